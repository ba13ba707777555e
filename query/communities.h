// Clusters of the snapshot: connected components (union-find over all
// edges) and Louvain communities (query/louvain.h) on the undirected graph
// whose edge weights are the number of parallel edges between two nodes.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "query/limits.h"
#include "query/louvain.h"
#include "query/snapshot.h"

namespace lkg::query {

struct Components {
  std::vector<uint32_t> component;  // per vertex, numbered 0..count-1 by first vertex
  uint32_t count = 0;
};

// Connected components ignoring direction.
Components ConnectedComponents(const GraphSnapshot& snapshot);

// The snapshot as a weighted undirected graph (parallel edges add up).
WeightedGraph ToWeightedGraph(const GraphSnapshot& snapshot);

struct CommunitiesRequest {
  std::vector<NodeType> types;  // only list members of these types (detection uses the whole graph)
  size_t top = 20;              // communities listed, largest first
  size_t members = 20;          // members listed per community, highest degree first
};

struct Cluster {
  uint32_t id;
  size_t size;                   // all members, of any type
  std::vector<VertexId> members; // up to request.members of the requested types
};

struct CommunitiesResult {
  uint32_t component_count = 0;
  size_t largest_component = 0;
  uint32_t community_count = 0;
  double modularity = 0;
  int levels = 0;
  std::vector<Cluster> communities;  // largest first
};

// Components and Louvain communities. LimitExceeded when top or members
// exceed limits.max_results.
Result<CommunitiesResult> Communities(const GraphSnapshot& snapshot, const CommunitiesRequest& request,
                                      const QueryLimits& limits);

// {"components": {"count", "largest"}, "communities": {"algorithm": "louvain", "count",
//  "modularity", "clusters": [{"id", "size", "members": [{id,type,name}]}]}}.
Result<nlohmann::json> CommunitiesToJson(const CommunitiesResult& result, const GraphSnapshot& snapshot,
                                         const GraphReader& reader);

}  // namespace lkg::query
