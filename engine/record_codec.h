// Byte layouts of the store's values: a small binary header (what the fast
// topology scans need) followed by JSON for the rest. Decoders return
// Corruption instead of throwing. Internal to engine/.
#pragma once

#include <string>
#include <string_view>

#include "engine/graph_store.h"
#include "engine/records.h"
#include "engine/status.h"

namespace lkg::internal {

// nodes: type(1) + evidence_count(4) + JSON {name, aliases, properties}.
inline constexpr size_t kNodeHeaderSize = 5;
// Throws nlohmann::json::exception for strings that are not UTF-8; callers
// validate first (see ValidateFacts).
std::string EncodeNode(const Node& node);
Result<Node> DecodeNode(NodeKey key, std::string_view value);
// Only the header: no JSON parsing.
Result<NodeBrief> DecodeNodeBrief(NodeKey key, std::string_view value);

// edges: type(1) + source(8) + target(8) + evidence_count(4) +
// max_confidence(4, IEEE float) + JSON properties.
inline constexpr size_t kEdgeHeaderSize = 25;
std::string EncodeEdge(const Edge& edge);
Result<Edge> DecodeEdge(EdgeKey key, std::string_view value);
Result<EdgeBrief> DecodeEdgeBrief(EdgeKey key, std::string_view value);

// evidence: start(4) + end(4) + confidence(8) + extractor length(4) +
// extractor + sentence. The document is part of the key.
std::string EncodeEvidence(const Evidence& evidence);
Result<Evidence> DecodeEvidence(DocKey doc, std::string_view value);

// docs: JSON of everything but the key and the text (kept in doc_texts).
std::string EncodeDocumentMeta(const Document& doc);
Result<Document> DecodeDocumentMeta(DocKey key, std::string_view value);

// decisions: JSON.
std::string EncodeDecision(const ResolutionDecision& decision);
Result<ResolutionDecision> DecodeDecision(std::string_view value);

// u64 counters in meta.
std::string EncodeCounter(uint64_t value);
uint64_t DecodeCounter(std::string_view value);

}  // namespace lkg::internal
