// The k-hop neighbourhood of one or more seed nodes (breadth-first), and the
// subgraph selection that exports use (seeds + depth + filters).
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "query/export_scope.h"
#include "query/filter.h"
#include "query/limits.h"
#include "query/snapshot.h"

namespace lkg::query {

struct NeighborhoodRequest {
  std::vector<VertexId> seeds;  // at least one
  int depth = 1;                // 0..limits.max_depth
  bool with_edges = true;       // also list the edges among the returned nodes
};

struct Neighborhood {
  std::vector<VertexId> nodes;  // breadth-first order, seeds first
  std::vector<uint8_t> hops;    // hops[i]: distance of nodes[i] from the nearest seed
  std::vector<EdgeId> edges;    // allowed edges joining two returned nodes (if with_edges)
  bool truncated = false;       // limits.max_results cut the answer
};

// Breadth-first from the seeds through allowed edges to allowed nodes (seeds
// are always included). Stops adding nodes at limits.max_results and sets
// `truncated`. LimitExceeded when depth > limits.max_depth or the time budget runs out.
Result<Neighborhood> Neighbors(const GraphSnapshot& snapshot, const ResolvedFilter& filter,
                               const NeighborhoodRequest& request, const QueryLimits& limits);

// Every allowed node and every allowed edge between two allowed nodes (a
// filtered whole graph), capped like Neighbors.
Result<Neighborhood> FilteredGraph(const GraphSnapshot& snapshot, const ResolvedFilter& filter,
                                   const QueryLimits& limits);

// Appends to hood.edges the allowed edges joining two of hood.nodes, each
// once, ordered by the position of their source in hood.nodes.
void CollectEdgesAmong(const GraphSnapshot& snapshot, const ResolvedFilter& filter, Neighborhood& hood);

// The scope an export of `hood` covers.
ExportScope ScopeOf(const Neighborhood& hood, const GraphSnapshot& snapshot, const GraphReader& reader);

// {"nodes": [{"id","type","name","hops"}], "edges": [{"id","source","target","type"}],
//  "truncated": bool}. Names are read from the store.
Result<nlohmann::json> NeighborhoodToJson(const Neighborhood& hood, const GraphSnapshot& snapshot,
                                          const GraphReader& reader);

}  // namespace lkg::query
