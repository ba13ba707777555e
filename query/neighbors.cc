#include "query/neighbors.h"

#include <algorithm>

#include "query/visit_marks.h"

namespace lkg::query {

VisitMarks& ThreadMarks(int slot, size_t n) {
  thread_local VisitMarks marks[4];
  marks[slot].Reset(n);
  return marks[slot];
}

namespace {

// Vertices ordered by (degree, id): an edge joining two returned nodes is
// collected while scanning its lower-ranked endpoint.
bool RankedBelow(const GraphSnapshot& snapshot, VertexId a, VertexId b) {
  uint32_t da = snapshot.degree(a), db = snapshot.degree(b);
  return da != db ? da < db : a < b;
}

// Adds the allowed edges between marked vertices, each once, ordered by the
// position of their source in hood.nodes, then by edge id. Each edge is found
// from its lower-ranked endpoint, so the highest-ranked returned node (in a
// neighbourhood next to a hub, the hub with its tens of thousands of edges)
// is not scanned, unless it has a self-loop.
void CollectEdges(const GraphSnapshot& snapshot, const ResolvedFilter& filter, VisitMarks& marks,
                  Neighborhood& hood) {
  if (hood.nodes.empty()) return;
  VertexId top = hood.nodes.front();
  for (uint32_t i = 0; i < hood.nodes.size(); ++i) {
    VertexId u = hood.nodes[i];
    marks.Mark(u, i);  // the value is the position, for the final order
    if (RankedBelow(snapshot, top, u)) top = u;
  }
  // Collected as (position of the source) << 32 | edge: sorting plain
  // integers avoids random reads of the edge arrays inside the sort.
  std::vector<uint64_t> keyed;
  auto collect = [&](EdgeId e) {
    keyed.push_back(static_cast<uint64_t>(marks.Value(snapshot.edge_source(e))) << 32 | e);
  };
  for (VertexId u : hood.nodes) {
    if (u == top) {
      if (!snapshot.has_self_loop(u)) continue;
      snapshot.ForEachIncident(u, [&](VertexId other, EdgeId e) {
        if (other == u && filter.EdgeAllowed(e, snapshot)) collect(e);
        return true;
      });
      continue;
    }
    snapshot.ForEachIncident(u, [&](VertexId other, EdgeId e) {
      if ((other == u || (marks.Marked(other) && RankedBelow(snapshot, u, other))) &&
          filter.EdgeAllowed(e, snapshot)) {
        collect(e);
      }
      return true;
    });
  }
  std::sort(keyed.begin(), keyed.end());
  hood.edges.reserve(hood.edges.size() + keyed.size());
  for (uint64_t k : keyed) hood.edges.push_back(static_cast<EdgeId>(k));
}

Status CheckRequest(const GraphSnapshot& snapshot, const NeighborhoodRequest& request,
                    const QueryLimits& limits) {
  if (request.seeds.empty()) return Status::InvalidArgument("a neighbourhood needs at least one seed node");
  if (request.depth < 0) return Status::InvalidArgument("depth must not be negative");
  if (request.depth > limits.max_depth) {
    return Status::LimitExceeded("depth " + std::to_string(request.depth) + " is above the limit of " +
                                 std::to_string(limits.max_depth));
  }
  for (VertexId seed : request.seeds) {
    if (seed >= snapshot.num_nodes()) return Status::InvalidArgument("seed vertex out of range");
  }
  return Status::Ok();
}

}  // namespace

Result<Neighborhood> Neighbors(const GraphSnapshot& snapshot, const ResolvedFilter& filter,
                               const NeighborhoodRequest& request, const QueryLimits& limits) {
  LKG_RETURN_IF_ERROR(CheckRequest(snapshot, request, limits));
  Deadline deadline(limits.time_budget_ms);
  VisitMarks& marks = ThreadMarks(0, snapshot.num_nodes());
  Neighborhood hood;
  for (VertexId seed : request.seeds) {
    if (marks.Marked(seed)) continue;
    marks.Mark(seed);
    hood.nodes.push_back(seed);
    hood.hops.push_back(0);
  }
  for (size_t head = 0; head < hood.nodes.size() && !hood.truncated; ++head) {
    VertexId u = hood.nodes[head];
    uint8_t hop = hood.hops[head];
    if (hop >= request.depth) break;  // breadth-first: every later node is as far
    if ((head & 255) == 255 && deadline.Expired()) return deadline.TimeoutStatus("neighbourhood query");
    snapshot.ForEachIncident(u, [&](VertexId other, EdgeId e) {
      if (marks.Marked(other) || !filter.EdgeAllowed(e, snapshot) || !filter.NodeAllowed(other, snapshot)) {
        return true;
      }
      if (hood.nodes.size() >= limits.max_results) {
        hood.truncated = true;
        return false;
      }
      marks.Mark(other);
      hood.nodes.push_back(other);
      hood.hops.push_back(static_cast<uint8_t>(hop + 1));
      return true;
    });
  }
  if (request.with_edges) CollectEdges(snapshot, filter, marks, hood);
  return hood;
}

Result<Neighborhood> FilteredGraph(const GraphSnapshot& snapshot, const ResolvedFilter& filter,
                                   const QueryLimits& limits) {
  VisitMarks& marks = ThreadMarks(0, snapshot.num_nodes());
  Neighborhood hood;
  for (VertexId v = 0; v < snapshot.num_nodes(); ++v) {
    if (!filter.NodeAllowed(v, snapshot)) continue;
    if (hood.nodes.size() >= limits.max_results) {
      hood.truncated = true;
      break;
    }
    marks.Mark(v);
    hood.nodes.push_back(v);
    hood.hops.push_back(0);
  }
  CollectEdges(snapshot, filter, marks, hood);
  return hood;
}

void CollectEdgesAmong(const GraphSnapshot& snapshot, const ResolvedFilter& filter, Neighborhood& hood) {
  CollectEdges(snapshot, filter, ThreadMarks(0, snapshot.num_nodes()), hood);
}

ExportScope ScopeOf(const Neighborhood& hood, const GraphSnapshot& snapshot, const GraphReader& reader) {
  return ExportScope::Subgraph(reader, snapshot, hood.nodes, hood.edges);
}

Result<nlohmann::json> NeighborhoodToJson(const Neighborhood& hood, const GraphSnapshot& snapshot,
                                          const GraphReader& reader) {
  nlohmann::json nodes = nlohmann::json::array();
  for (size_t i = 0; i < hood.nodes.size(); ++i) {
    Result<Node> node = reader.GetNode(snapshot.node_key(hood.nodes[i]));
    if (!node.ok()) return node.status();
    nodes.push_back({{"id", FormatNodeId(node->key)},
                     {"type", std::string(NodeTypeName(node->type))},
                     {"name", node->name},
                     {"hops", hood.hops[i]}});
  }
  nlohmann::json edges = nlohmann::json::array();
  for (EdgeId e : hood.edges) {
    edges.push_back({{"id", FormatEdgeId(snapshot.edge_key(e))},
                     {"source", FormatNodeId(snapshot.node_key(snapshot.edge_source(e)))},
                     {"target", FormatNodeId(snapshot.node_key(snapshot.edge_target(e)))},
                     {"type", std::string(EdgeTypeName(snapshot.edge_type(e)))}});
  }
  return nlohmann::json{{"nodes", std::move(nodes)}, {"edges", std::move(edges)}, {"truncated", hood.truncated}};
}

}  // namespace lkg::query
