// Paths between two nodes: the shortest (fewest hops, bidirectional BFS, or
// cheapest under an evidence-based weight, Dijkstra), the k shortest simple
// paths (Yen's algorithm), optionally only through nodes of "via" types.
// Every hop can be returned with the sentence and document supporting it.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "query/filter.h"
#include "query/limits.h"
#include "query/snapshot.h"

namespace lkg::query {

enum class PathWeight {
  kHops,      // every edge costs 1
  kEvidence,  // 1 + 1 / (confidence × (1 + ln evidence_count)): well-evidenced edges are cheaper
};

struct PathRequest {
  VertexId from = 0;
  VertexId to = 0;
  int k = 1;                        // number of paths (Yen); 1..limits.max_results
  int max_len = 6;                  // hops; at most limits.max_depth
  std::vector<NodeType> via_types;  // intermediate nodes must have one of these types (empty: any)
  PathWeight weight = PathWeight::kHops;
};

struct Path {
  std::vector<VertexId> nodes;  // from … to
  std::vector<EdgeId> edges;    // edges[i] joins nodes[i] and nodes[i+1] (either direction)
  double cost = 0;
};

struct PathResult {
  std::vector<Path> paths;  // cheapest first; empty when the nodes are not connected within max_len
};

// Finds up to request.k loopless paths through allowed edges and nodes.
// InvalidArgument for from == to or a bad k; LimitExceeded when max_len is
// above limits.max_depth or the time budget runs out.
Result<PathResult> FindPaths(const GraphSnapshot& snapshot, const ResolvedFilter& filter,
                             const PathRequest& request, const QueryLimits& limits);

// The weight of edge e under `weight`.
double EdgeCost(const GraphSnapshot& snapshot, EdgeId e, PathWeight weight);

// {"paths": [{"cost", "length", "nodes": [{id,type,name}], "hops": [{"edge", "type", "source",
// "target", "from", "to", "evidence": {"sentence", "document", "url", "title"}}]}]}.
// Reads names and the first evidence of each edge from the store.
Result<nlohmann::json> PathsToJson(const PathResult& result, const GraphSnapshot& snapshot,
                                   const GraphReader& reader);

}  // namespace lkg::query
