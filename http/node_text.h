// The answer of GET /api/v1/nodes/{id} written as JSON text directly: the
// same bytes as NodeDetailJson(...).dump(), without building the tree (an
// answer with 50 evidence sentences took ~40% of its time in nlohmann
// allocations and escaping). Internal to lkg_http.
#pragma once

#include <optional>
#include <string>

#include "engine/graph_store.h"
#include "http/json_views.h"

namespace lkg::http {

// NodeDetailJson(reader, key, max_evidence, max_edges, &docs, known_degree,
// &names).dump(-1, ' ', false, replace), byte for byte. NotFound when the
// node is missing; store errors as they come.
Result<std::string> NodeDetailText(const GraphReader& reader, NodeKey key, size_t max_evidence, size_t max_edges,
                                   DocumentSummaries& docs, std::optional<size_t> known_degree, NodeNames& names);

}  // namespace lkg::http
