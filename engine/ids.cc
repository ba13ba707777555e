#include "engine/ids.h"

#include <cstdio>

#include "engine/name_normalizer.h"

namespace lkg {
namespace {

uint64_t Finalize(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

std::string FormatKey(char prefix, uint64_t key) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%c:%016llx", prefix, static_cast<unsigned long long>(key));
  return buf;
}

std::optional<uint64_t> ParseKey(char prefix, std::string_view id) {
  if (id.size() != 18 || id[0] != prefix || id[1] != ':') return std::nullopt;
  uint64_t value = 0;
  for (char c : id.substr(2)) {
    int digit;
    if (c >= '0' && c <= '9') digit = c - '0';
    else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    else return std::nullopt;
    value = (value << 4) | static_cast<uint64_t>(digit);
  }
  return value;
}

}  // namespace

uint64_t StableHash64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Finalize(h);
}

NodeKey RawNodeKey(NodeType type, std::string_view identity) {
  std::string buf(NodeTypeName(type));
  buf.push_back('\x1f');
  buf.append(identity);
  return StableHash64(buf);
}

NodeKey EntityKey(NodeType type, std::string_view identity) {
  return RawNodeKey(type, NormalizeName(identity));
}

EdgeKey EdgeKeyFor(NodeKey source, EdgeType type, NodeKey target) {
  char buf[17];
  for (int i = 0; i < 8; ++i) buf[i] = static_cast<char>(source >> (56 - 8 * i));
  buf[8] = static_cast<char>(type);
  for (int i = 0; i < 8; ++i) buf[9 + i] = static_cast<char>(target >> (56 - 8 * i));
  return StableHash64(std::string_view(buf, sizeof buf));
}

DocKey DocumentKeyForText(std::string_view normalized_text) {
  return StableHash64(normalized_text);
}

std::string FormatNodeId(NodeKey key) { return FormatKey('n', key); }
std::string FormatEdgeId(EdgeKey key) { return FormatKey('e', key); }
std::string FormatDocId(DocKey key) { return FormatKey('d', key); }

std::optional<NodeKey> ParseNodeId(std::string_view id) { return ParseKey('n', id); }
std::optional<EdgeKey> ParseEdgeId(std::string_view id) { return ParseKey('e', id); }
std::optional<DocKey> ParseDocId(std::string_view id) { return ParseKey('d', id); }

}  // namespace lkg
