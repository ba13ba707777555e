// Stable identifiers. Every node, edge and document has a 64-bit key that is
// a hash of what identifies it, so the same input in any order yields the
// same ids. Users see keys as strings: "n:" / "e:" / "d:" + 16 hex digits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/schema.h"

namespace lkg {

using NodeKey = uint64_t;
using EdgeKey = uint64_t;
using DocKey = uint64_t;

// A stable 64-bit hash of `bytes` (FNV-1a with a 64-bit finaliser). Never
// changes between versions: ids are persisted and shared.
uint64_t StableHash64(std::string_view bytes);

// The key of an entity of `type` whose identity is `identity`. For named
// entities `identity` is the canonical name; it is normalised with
// NormalizeName first, so "Öz Çelik-İş" and "oz celik is" give one key.
NodeKey EntityKey(NodeType type, std::string_view identity);

// The key of a node whose identity is already a normalised string (cases,
// places built by importers): no normalisation is applied.
NodeKey RawNodeKey(NodeType type, std::string_view identity);

// The key of the edge `source -type-> target`. Direction matters.
EdgeKey EdgeKeyFor(NodeKey source, EdgeType type, NodeKey target);

// The key of a document: hash of its normalised text (see ingest/).
DocKey DocumentKeyForText(std::string_view normalized_text);

std::string FormatNodeId(NodeKey key);  // "n:0123456789abcdef"
std::string FormatEdgeId(EdgeKey key);  // "e:…"
std::string FormatDocId(DocKey key);    // "d:…"

// Parse the string forms above; nullopt when `id` is not of that form.
std::optional<NodeKey> ParseNodeId(std::string_view id);
std::optional<EdgeKey> ParseEdgeId(std::string_view id);
std::optional<DocKey> ParseDocId(std::string_view id);

}  // namespace lkg
