// Byte layouts of the store's keys. Keys use big-endian integers so that
// RocksDB's bytewise order groups them by owner; values use little-endian.
// Internal to engine/: nothing outside the engine includes this header.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/ids.h"
#include "engine/schema.h"

namespace lkg::internal {

// Fixed-width integers.
void PutBigEndian64(std::string& out, uint64_t value);
uint64_t GetBigEndian64(const char* p);
void PutLittle32(std::string& out, uint32_t value);
uint32_t GetLittle32(const char* p);
void PutLittle64(std::string& out, uint64_t value);
uint64_t GetLittle64(const char* p);

// nodes / edges / docs / doc_texts: the 8-byte key.
std::string Key64(uint64_t key);

// out / in: node(8) + edge type(1) + edge(8) -> other node(8).
std::string AdjacencyKey(NodeKey node, EdgeType type, EdgeKey edge);
std::string AdjacencyPrefix(NodeKey node);

// names: normalised name + '\0' + node(8) -> node type(1).
std::string NameKey(std::string_view normalized, NodeKey node);
// name_words: suffix of a normalised name starting at a word after the
// first + '\0' + node(8) + the whole normalised name -> node type(1).
std::string WordKey(std::string_view suffix, NodeKey node, std::string_view normalized);

// A decoded names / name_words key.
struct NameEntry {
  std::string_view indexed;     // the indexed text (name, or suffix for words)
  NodeKey node = 0;
  std::string_view normalized;  // the whole normalised name
};
std::optional<NameEntry> DecodeNameKey(std::string_view key);
std::optional<NameEntry> DecodeWordKey(std::string_view key);

// types: type(1) + node(8).
std::string TypeKey(NodeType type, NodeKey node);

// cases: one of four index flavours + inverted date + node(8), newest first.
enum class CaseIndex : char { kAll = 'a', kCountry = 'c', kKind = 'k', kCountryKind = 'b' };
std::string CaseIndexPrefix(CaseIndex index, std::string_view country, std::string_view kind);
std::string CaseKey(CaseIndex index, std::string_view country, std::string_view kind,
                    std::string_view date, NodeKey node);
inline constexpr size_t kCaseDateWidth = 10;  // "2023-12-06"
// The date and node at the end of a case key (the prefix is known).
std::string CaseKeyDate(std::string_view key);
NodeKey CaseKeyNode(std::string_view key);

// evidence: owner kind(1) + owner(8) + document(8) + span hash(8).
enum class OwnerKind : char { kNode = 'n', kEdge = 'e' };
std::string EvidenceKey(OwnerKind kind, uint64_t owner, DocKey doc, uint64_t span_hash);
std::string EvidenceOwnerPrefix(OwnerKind kind, uint64_t owner);
std::string EvidenceOwnerDocPrefix(OwnerKind kind, uint64_t owner, DocKey doc);
inline constexpr size_t kEvidenceKeySize = 25;
// The hash that makes an evidence key: (start, end, extractor).
uint64_t EvidenceSpanHash(uint32_t start, uint32_t end, std::string_view extractor);

// doc_facts: document(8) + owner kind(1) + owner(8).
std::string DocFactKey(DocKey doc, OwnerKind kind, uint64_t owner);
inline constexpr size_t kDocFactKeySize = 17;

// meta: counter keys.
inline constexpr std::string_view kSchemaVersionKey = "schema_version";
inline constexpr std::string_view kDocumentsCounter = "count/documents";
inline constexpr std::string_view kEvidenceCounter = "count/evidence";
inline constexpr std::string_view kNextDecisionKey = "next_decision";
std::string NodeTypeCounter(NodeType type);
std::string EdgeTypeCounter(EdgeType type);
std::string CaseKindCounter(std::string_view kind);

// True when `key` starts with `prefix`.
inline bool HasPrefix(std::string_view key, std::string_view prefix) {
  return key.substr(0, prefix.size()) == prefix;
}

}  // namespace lkg::internal
