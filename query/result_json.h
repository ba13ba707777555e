// Shared pieces of the JSON forms of query results.
#pragma once

#include <map>

#include <nlohmann/json.hpp>

#include "engine/graph_store.h"

namespace lkg::query {

// {"id", "type", "name"} of a node read from the store.
Result<nlohmann::json> NodeSummaryJson(const GraphReader& reader, NodeKey key);

// The first evidence of an edge as {"sentence", "document", "url", "title",
// "extractor", "confidence"}, or null when it has none. `documents` caches
// document lookups across calls.
Result<nlohmann::json> EdgeEvidenceJson(const GraphReader& reader, EdgeKey key,
                                        std::map<DocKey, nlohmann::json>& documents);

}  // namespace lkg::query
