#include "query/communities.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "query/result_json.h"

namespace lkg::query {
namespace {

uint32_t FindRoot(std::vector<uint32_t>& parent, uint32_t v) {
  while (parent[v] != v) {
    parent[v] = parent[parent[v]];  // path halving
    v = parent[v];
  }
  return v;
}

}  // namespace

Components ConnectedComponents(const GraphSnapshot& snapshot) {
  const size_t n = snapshot.num_nodes();
  std::vector<uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  for (EdgeId e = 0; e < snapshot.num_edges(); ++e) {
    uint32_t a = FindRoot(parent, snapshot.edge_source(e));
    uint32_t b = FindRoot(parent, snapshot.edge_target(e));
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  Components result;
  result.component.resize(n);
  std::vector<uint32_t> label(n, UINT32_MAX);
  for (uint32_t v = 0; v < n; ++v) {
    uint32_t root = FindRoot(parent, v);
    if (label[root] == UINT32_MAX) label[root] = result.count++;
    result.component[v] = label[root];
  }
  return result;
}

WeightedGraph ToWeightedGraph(const GraphSnapshot& snapshot) {
  WeightedGraph graph;
  graph.Resize(snapshot.num_nodes());
  std::unordered_map<uint64_t, double> weights;
  weights.reserve(snapshot.num_edges());
  for (EdgeId e = 0; e < snapshot.num_edges(); ++e) {
    uint32_t a = std::min(snapshot.edge_source(e), snapshot.edge_target(e));
    uint32_t b = std::max(snapshot.edge_source(e), snapshot.edge_target(e));
    weights[(static_cast<uint64_t>(a) << 32) | b] += 1.0;
  }
  std::vector<std::pair<uint64_t, double>> sorted(weights.begin(), weights.end());
  std::sort(sorted.begin(), sorted.end());  // deterministic adjacency order
  for (const auto& [pair, w] : sorted) graph.AddEdge(static_cast<uint32_t>(pair >> 32), static_cast<uint32_t>(pair), w);
  return graph;
}

Result<CommunitiesResult> Communities(const GraphSnapshot& snapshot, const CommunitiesRequest& request,
                                      const QueryLimits& limits) {
  if (request.top > limits.max_results || request.members > limits.max_results) {
    return Status::LimitExceeded("top and members may be at most " + std::to_string(limits.max_results));
  }
  CommunitiesResult result;
  Components components = ConnectedComponents(snapshot);
  result.component_count = components.count;
  std::vector<size_t> component_size(components.count, 0);
  for (uint32_t c : components.component) result.largest_component = std::max(result.largest_component, ++component_size[c]);
  LouvainResult louvain = Louvain(ToWeightedGraph(snapshot));
  result.community_count = louvain.count;
  result.modularity = louvain.modularity;
  result.levels = louvain.levels;
  std::vector<Cluster> clusters(louvain.count);
  for (uint32_t c = 0; c < louvain.count; ++c) clusters[c] = {c, 0, {}};
  uint32_t mask = 0;
  for (NodeType t : request.types) mask |= 1u << static_cast<unsigned>(t);
  for (VertexId v = 0; v < snapshot.num_nodes(); ++v) {
    Cluster& cluster = clusters[louvain.community[v]];
    cluster.size++;
    if (!mask || (mask & (1u << static_cast<unsigned>(snapshot.node_type(v))))) cluster.members.push_back(v);
  }
  if (mask) std::erase_if(clusters, [](const Cluster& c) { return c.members.empty(); });
  std::stable_sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) { return a.size > b.size; });
  if (clusters.size() > request.top) clusters.resize(request.top);
  for (Cluster& cluster : clusters) {
    std::stable_sort(cluster.members.begin(), cluster.members.end(),
                     [&](VertexId a, VertexId b) { return snapshot.degree(a) > snapshot.degree(b); });
    if (cluster.members.size() > request.members) cluster.members.resize(request.members);
  }
  result.communities = std::move(clusters);
  return result;
}

Result<nlohmann::json> CommunitiesToJson(const CommunitiesResult& result, const GraphSnapshot& snapshot,
                                         const GraphReader& reader) {
  nlohmann::json clusters = nlohmann::json::array();
  for (const Cluster& cluster : result.communities) {
    nlohmann::json members = nlohmann::json::array();
    for (VertexId v : cluster.members) {
      Result<nlohmann::json> node = NodeSummaryJson(reader, snapshot.node_key(v));
      if (!node.ok()) return node.status();
      members.push_back(std::move(node.value()));
    }
    clusters.push_back({{"id", cluster.id}, {"size", cluster.size}, {"members", std::move(members)}});
  }
  return nlohmann::json{
      {"components", {{"count", result.component_count}, {"largest", result.largest_component}}},
      {"communities",
       {{"algorithm", "louvain"}, {"count", result.community_count}, {"modularity", result.modularity},
        {"levels", result.levels}, {"clusters", std::move(clusters)}}}};
}

}  // namespace lkg::query
