#include "query/path.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <queue>
#include <set>
#include <unordered_set>

#include "query/visit_marks.h"

namespace lkg::query {
namespace {

constexpr uint32_t kNoEdge = std::numeric_limits<uint32_t>::max();

// One shortest-path search problem: what may be traversed, and the bans Yen adds.
struct SearchContext {
  const GraphSnapshot& snapshot;
  const ResolvedFilter& filter;
  uint32_t via_mask;  // 0: any type
  PathWeight weight;
  const Deadline& deadline;
  VertexId from, to;  // the request's endpoints: exempt from via/filter rules
  std::unordered_set<EdgeId> banned_edges;
  std::unordered_set<VertexId> banned_nodes;
  bool allows_all = filter.AllowsAll() && via_mask == 0;  // no rule: skip the type lookups

  bool CanStep(EdgeId e, VertexId w) const {
    if (allows_all && banned_edges.empty() && banned_nodes.empty()) return true;
    if (!filter.EdgeAllowed(e, snapshot) || banned_edges.count(e) || banned_nodes.count(w)) return false;
    if (w == from || w == to) return true;
    if (!filter.NodeAllowed(w, snapshot)) return false;
    return via_mask == 0 || (via_mask & (1u << static_cast<unsigned>(snapshot.node_type(w))));
  }
  VertexId Other(EdgeId e, VertexId v) const {
    return snapshot.edge_source(e) == v ? snapshot.edge_target(e) : snapshot.edge_source(e);
  }
};

// Follows parent edges stored in `marks` from v back to the search root.
void Unwind(const SearchContext& ctx, const VisitMarks& marks, VertexId v, std::vector<VertexId>& nodes,
            std::vector<EdgeId>& edges) {
  while (marks.Value(v) != kNoEdge) {
    EdgeId e = marks.Value(v);
    edges.push_back(e);
    v = ctx.Other(e, v);
    nodes.push_back(v);
  }
}

// Expands one BFS layer of `side` (depth d to d + 1); records the meeting
// vertex when it shortens the best path. Stops at the first improvement: by
// then every meeting of length <= d_fwd + d_bwd was found in earlier layers
// (an edge between the two marked sets is seen by whichever side expanded it
// last), so the first new meeting has the least possible length,
// d_fwd + d_bwd + 1, and no later one in this layer is shorter.
bool ExpandLayer(const SearchContext& ctx, std::vector<VertexId>& frontier, VisitMarks& side,
                 const VisitMarks& other, uint32_t& best_len, VertexId& meet, EdgeId& meet_edge) {
  std::vector<VertexId> next;
  size_t steps = 0;
  bool met = false;
  for (VertexId u : frontier) {
    if ((++steps & 127) == 0 && ctx.deadline.Expired()) return false;
    uint32_t du = side.Aux(u);
    ctx.snapshot.ForEachIncident(u, [&](VertexId w, EdgeId e) {
      if (!ctx.CanStep(e, w)) return true;
      if (other.Marked(w) && du + 1 + other.Aux(w) < best_len) {
        best_len = du + 1 + other.Aux(w);
        meet = u;
        meet_edge = e;
        met = true;
        return false;
      }
      if (!side.Marked(w)) {
        side.Mark(w, e, du + 1);
        next.push_back(w);
      }
      return true;
    });
    if (met) break;
  }
  frontier.swap(next);
  return true;
}

// The work of expanding a frontier: the sum of its degrees.
uint64_t FrontierWork(const GraphSnapshot& snapshot, const std::vector<VertexId>& frontier) {
  uint64_t work = 0;
  for (VertexId v : frontier) work += snapshot.degree(v);
  return work;
}

// Fewest-hop path by bidirectional BFS; nullopt when none within max_len.
Result<std::optional<Path>> ShortestByHops(const SearchContext& ctx, VertexId s, VertexId t, uint32_t max_len) {
  VisitMarks& fwd = ThreadMarks(1, ctx.snapshot.num_nodes());
  VisitMarks& bwd = ThreadMarks(2, ctx.snapshot.num_nodes());
  fwd.Mark(s, kNoEdge, 0);
  bwd.Mark(t, kNoEdge, 0);
  std::vector<VertexId> ff = {s}, bf = {t};
  uint32_t best = std::numeric_limits<uint32_t>::max(), df = 0, db = 0;
  VertexId meet = 0;
  EdgeId meet_edge = 0;
  bool meet_forward = true;
  while (!ff.empty() && !bf.empty() && df + db < max_len && best > df + db + 1) {
    // The cheaper side: a frontier of a few hubs costs more than many leaves.
    bool forward = FrontierWork(ctx.snapshot, ff) <= FrontierWork(ctx.snapshot, bf);
    uint32_t before = best;
    bool ok = forward ? ExpandLayer(ctx, ff, fwd, bwd, best, meet, meet_edge)
                      : ExpandLayer(ctx, bf, bwd, fwd, best, meet, meet_edge);
    if (!ok) return ctx.deadline.TimeoutStatus("path query");
    if (best != before) meet_forward = forward;
    (forward ? df : db)++;
  }
  if (best > max_len) return std::optional<Path>();
  Path path;
  VertexId near = meet, far = ctx.Other(meet_edge, meet);
  const VisitMarks& near_marks = meet_forward ? fwd : bwd;
  const VisitMarks& far_marks = meet_forward ? bwd : fwd;
  std::vector<VertexId> a_nodes = {near}, b_nodes = {far};
  std::vector<EdgeId> a_edges, b_edges;
  Unwind(ctx, near_marks, near, a_nodes, a_edges);
  Unwind(ctx, far_marks, far, b_nodes, b_edges);
  if (!meet_forward) {  // a_* lead back to t, b_* to s
    std::swap(a_nodes, b_nodes);
    std::swap(a_edges, b_edges);
  }
  path.nodes.assign(a_nodes.rbegin(), a_nodes.rend());
  path.edges.assign(a_edges.rbegin(), a_edges.rend());
  path.edges.push_back(meet_edge);
  path.nodes.insert(path.nodes.end(), b_nodes.begin(), b_nodes.end());
  path.edges.insert(path.edges.end(), b_edges.begin(), b_edges.end());
  path.cost = static_cast<double>(path.edges.size());
  return std::optional<Path>(std::move(path));
}

// Cheapest path by Dijkstra (hop-bounded labels); nullopt when none.
Result<std::optional<Path>> ShortestByWeight(const SearchContext& ctx, VertexId s, VertexId t, uint32_t max_len) {
  VisitMarks& marks = ThreadMarks(1, ctx.snapshot.num_nodes());
  std::map<VertexId, double> dist;
  using Item = std::pair<double, VertexId>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
  std::unordered_set<VertexId> done;
  marks.Mark(s, kNoEdge, 0);
  dist[s] = 0;
  heap.push({0, s});
  size_t steps = 0;
  while (!heap.empty()) {
    auto [d, u] = heap.top();
    heap.pop();
    if (!done.insert(u).second) continue;
    if (u == t) break;
    if ((++steps & 127) == 0 && ctx.deadline.Expired()) return ctx.deadline.TimeoutStatus("path query");
    if (marks.Aux(u) >= max_len) continue;
    ctx.snapshot.ForEachIncident(u, [&](VertexId w, EdgeId e) {
      if (!ctx.CanStep(e, w) || done.count(w)) return true;
      double nd = d + EdgeCost(ctx.snapshot, e, ctx.weight);
      auto it = dist.find(w);
      if (it == dist.end() || nd < it->second) {
        dist[w] = nd;
        marks.Mark(w, e, marks.Aux(u) + 1);
        heap.push({nd, w});
      }
      return true;
    });
  }
  if (!done.count(t)) return std::optional<Path>();
  Path path;
  std::vector<VertexId> nodes = {t};
  std::vector<EdgeId> edges;
  Unwind(ctx, marks, t, nodes, edges);
  path.nodes.assign(nodes.rbegin(), nodes.rend());
  path.edges.assign(edges.rbegin(), edges.rend());
  path.cost = dist[t];
  return std::optional<Path>(std::move(path));
}

Result<std::optional<Path>> Shortest(const SearchContext& ctx, VertexId s, VertexId t, uint32_t max_len) {
  if (ctx.weight == PathWeight::kHops) return ShortestByHops(ctx, s, t, max_len);
  return ShortestByWeight(ctx, s, t, max_len);
}

double PathCost(const GraphSnapshot& snapshot, const std::vector<EdgeId>& edges, PathWeight weight) {
  double cost = 0;
  for (EdgeId e : edges) cost += EdgeCost(snapshot, e, weight);
  return cost;
}

// Yen: the next candidates deviating from `prev` at each of its nodes.
Status AddDeviations(SearchContext& ctx, const std::vector<Path>& found, const Path& prev, uint32_t max_len,
                     std::set<std::pair<double, std::vector<EdgeId>>>& candidates,
                     std::map<std::vector<EdgeId>, std::vector<VertexId>>& nodes_of) {
  for (size_t i = 0; i + 1 < prev.nodes.size(); ++i) {
    ctx.banned_edges.clear();
    ctx.banned_nodes.clear();
    std::vector<EdgeId> root(prev.edges.begin(), prev.edges.begin() + i);
    for (const Path& p : found) {
      if (p.edges.size() > i && std::equal(root.begin(), root.end(), p.edges.begin())) {
        ctx.banned_edges.insert(p.edges[i]);
      }
    }
    for (size_t j = 0; j < i; ++j) ctx.banned_nodes.insert(prev.nodes[j]);
    Result<std::optional<Path>> spur = Shortest(ctx, prev.nodes[i], ctx.to, max_len - static_cast<uint32_t>(i));
    if (!spur.ok()) return spur.status();
    if (!spur->has_value()) continue;
    std::vector<EdgeId> edges = root;
    edges.insert(edges.end(), (*spur)->edges.begin(), (*spur)->edges.end());
    std::vector<VertexId> nodes(prev.nodes.begin(), prev.nodes.begin() + i);
    nodes.insert(nodes.end(), (*spur)->nodes.begin(), (*spur)->nodes.end());
    if (nodes_of.emplace(edges, nodes).second) {
      candidates.insert({PathCost(ctx.snapshot, edges, ctx.weight), edges});
    }
  }
  return Status::Ok();
}

Status CheckRequest(const GraphSnapshot& snapshot, const PathRequest& request, const QueryLimits& limits) {
  if (request.from >= snapshot.num_nodes() || request.to >= snapshot.num_nodes()) {
    return Status::InvalidArgument("path endpoint out of range");
  }
  if (request.from == request.to) return Status::InvalidArgument("a path needs two different nodes");
  if (request.k < 1) return Status::InvalidArgument("k must be at least 1");
  if (static_cast<size_t>(request.k) > limits.max_results) {
    return Status::LimitExceeded("k = " + std::to_string(request.k) + " is above the limit of " +
                                 std::to_string(limits.max_results) + " paths");
  }
  if (request.max_len < 1) return Status::InvalidArgument("max_len must be at least 1");
  if (request.max_len > limits.max_depth) {
    return Status::LimitExceeded("max_len " + std::to_string(request.max_len) + " is above the limit of " +
                                 std::to_string(limits.max_depth) + " hops");
  }
  return Status::Ok();
}

}  // namespace

double EdgeCost(const GraphSnapshot& snapshot, EdgeId e, PathWeight weight) {
  if (weight == PathWeight::kHops) return 1.0;
  double confidence = std::clamp(static_cast<double>(snapshot.edge_confidence(e)), 0.05, 1.0);
  double evidence = std::max<uint32_t>(1, snapshot.edge_evidence(e));
  return 1.0 + 1.0 / (confidence * (1.0 + std::log(evidence)));
}

Result<PathResult> FindPaths(const GraphSnapshot& snapshot, const ResolvedFilter& filter,
                             const PathRequest& request, const QueryLimits& limits) {
  LKG_RETURN_IF_ERROR(CheckRequest(snapshot, request, limits));
  Deadline deadline(limits.time_budget_ms);
  uint32_t via_mask = 0;
  for (NodeType t : request.via_types) via_mask |= 1u << static_cast<unsigned>(t);
  SearchContext ctx{snapshot, filter, via_mask, request.weight, deadline, request.from, request.to, {}, {}};
  uint32_t max_len = static_cast<uint32_t>(request.max_len);
  PathResult result;
  // No path between components (filters only remove edges): no search.
  if (!snapshot.Connected(request.from, request.to)) return result;
  Result<std::optional<Path>> first = Shortest(ctx, request.from, request.to, max_len);
  if (!first.ok()) return first.status();
  if (!first->has_value()) return result;
  result.paths.push_back(std::move(**first));
  std::set<std::pair<double, std::vector<EdgeId>>> candidates;
  std::map<std::vector<EdgeId>, std::vector<VertexId>> nodes_of = {{result.paths[0].edges, result.paths[0].nodes}};
  while (result.paths.size() < static_cast<size_t>(request.k)) {
    LKG_RETURN_IF_ERROR(AddDeviations(ctx, result.paths, result.paths.back(), max_len, candidates, nodes_of));
    if (candidates.empty()) break;
    auto best = candidates.begin();
    result.paths.push_back(Path{nodes_of[best->second], best->second, best->first});
    candidates.erase(best);
  }
  return result;
}

}  // namespace lkg::query
