#include "engine/key_codec.h"

#include <cstring>

namespace lkg::internal {

void PutBigEndian64(std::string& out, uint64_t value) {
  for (int shift = 56; shift >= 0; shift -= 8) out.push_back(static_cast<char>(value >> shift));
}

uint64_t GetBigEndian64(const char* p) {
  uint64_t value = 0;
  for (int i = 0; i < 8; ++i) value = (value << 8) | static_cast<unsigned char>(p[i]);
  return value;
}

void PutLittle32(std::string& out, uint32_t value) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(value >> (8 * i)));
}

uint32_t GetLittle32(const char* p) {
  uint32_t value = 0;
  for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(p[i]);
  return value;
}

void PutLittle64(std::string& out, uint64_t value) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>(value >> (8 * i)));
}

uint64_t GetLittle64(const char* p) {
  uint64_t value = 0;
  for (int i = 7; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(p[i]);
  return value;
}

std::string Key64(uint64_t key) {
  std::string out;
  PutBigEndian64(out, key);
  return out;
}

std::string AdjacencyPrefix(NodeKey node) { return Key64(node); }

std::string AdjacencyKey(NodeKey node, EdgeType type, EdgeKey edge) {
  std::string out = Key64(node);
  out.push_back(static_cast<char>(type));
  PutBigEndian64(out, edge);
  return out;
}

std::string NameKey(std::string_view normalized, NodeKey node) {
  std::string out(normalized);
  out.push_back('\0');
  PutBigEndian64(out, node);
  return out;
}

std::string WordKey(std::string_view suffix, NodeKey node, std::string_view normalized) {
  std::string out = NameKey(suffix, node);
  out.append(normalized);
  return out;
}

namespace {

std::optional<NameEntry> SplitNameKey(std::string_view key) {
  size_t nul = key.find('\0');
  if (nul == std::string_view::npos || key.size() < nul + 9) return std::nullopt;
  NameEntry entry;
  entry.indexed = key.substr(0, nul);
  entry.node = GetBigEndian64(key.data() + nul + 1);
  entry.normalized = key.substr(nul + 9);
  return entry;
}

void AppendInvertedDate(std::string& out, std::string_view date) {
  for (size_t i = 0; i < kCaseDateWidth; ++i) {
    unsigned char c = i < date.size() ? static_cast<unsigned char>(date[i]) : 0;
    out.push_back(static_cast<char>(0xFF - c));
  }
}

}  // namespace

std::optional<NameEntry> DecodeNameKey(std::string_view key) {
  auto entry = SplitNameKey(key);
  if (!entry || !entry->normalized.empty()) return std::nullopt;
  entry->normalized = entry->indexed;
  return entry;
}

std::optional<NameEntry> DecodeWordKey(std::string_view key) {
  auto entry = SplitNameKey(key);
  if (!entry || entry->normalized.size() < entry->indexed.size()) return std::nullopt;
  return entry;
}

std::string TypeKey(NodeType type, NodeKey node) {
  std::string out(1, static_cast<char>(type));
  PutBigEndian64(out, node);
  return out;
}

std::string CaseIndexPrefix(CaseIndex index, std::string_view country, std::string_view kind) {
  std::string out(1, static_cast<char>(index));
  if (index == CaseIndex::kCountry || index == CaseIndex::kCountryKind) {
    out.append(country);
    out.push_back('\0');
  }
  if (index == CaseIndex::kKind || index == CaseIndex::kCountryKind) {
    out.append(kind);
    out.push_back('\0');
  }
  return out;
}

std::string CaseKey(CaseIndex index, std::string_view country, std::string_view kind,
                    std::string_view date, NodeKey node) {
  std::string out = CaseIndexPrefix(index, country, kind);
  AppendInvertedDate(out, date.substr(0, kCaseDateWidth));
  PutBigEndian64(out, node);
  return out;
}

std::string CaseKeyDate(std::string_view key) {
  std::string date;
  if (key.size() < kCaseDateWidth + 8) return date;
  const char* p = key.data() + key.size() - 8 - kCaseDateWidth;
  for (size_t i = 0; i < kCaseDateWidth; ++i) {
    unsigned char c = static_cast<unsigned char>(0xFF - static_cast<unsigned char>(p[i]));
    if (c == 0) break;
    date.push_back(static_cast<char>(c));
  }
  return date;
}

NodeKey CaseKeyNode(std::string_view key) {
  if (key.size() < 8) return 0;
  return GetBigEndian64(key.data() + key.size() - 8);
}

std::string EvidenceOwnerPrefix(OwnerKind kind, uint64_t owner) {
  std::string out(1, static_cast<char>(kind));
  PutBigEndian64(out, owner);
  return out;
}

std::string EvidenceOwnerDocPrefix(OwnerKind kind, uint64_t owner, DocKey doc) {
  std::string out = EvidenceOwnerPrefix(kind, owner);
  PutBigEndian64(out, doc);
  return out;
}

std::string EvidenceKey(OwnerKind kind, uint64_t owner, DocKey doc, uint64_t span_hash) {
  std::string out = EvidenceOwnerDocPrefix(kind, owner, doc);
  PutBigEndian64(out, span_hash);
  return out;
}

uint64_t EvidenceSpanHash(uint32_t start, uint32_t end, std::string_view extractor) {
  std::string buf;
  PutLittle32(buf, start);
  PutLittle32(buf, end);
  buf.append(extractor);
  return StableHash64(buf);
}

std::string DocFactKey(DocKey doc, OwnerKind kind, uint64_t owner) {
  std::string out = Key64(doc);
  out.push_back(static_cast<char>(kind));
  PutBigEndian64(out, owner);
  return out;
}

std::string NodeTypeCounter(NodeType type) {
  return "count/node/" + std::string(NodeTypeName(type));
}

std::string EdgeTypeCounter(EdgeType type) {
  return "count/edge/" + std::string(EdgeTypeName(type));
}

std::string CaseKindCounter(std::string_view kind) {
  return "count/case/" + std::string(kind);
}

}  // namespace lkg::internal
