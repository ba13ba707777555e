// Neighbourhood edge collection: exactly the allowed edges joining two
// returned nodes, each once, also around hubs and self-loops.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "query/neighbors.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

// Every allowed edge whose two ends are both in `hood`, by brute force.
std::multiset<EdgeId> Expected(const GraphSnapshot& s, const Neighborhood& hood, const ResolvedFilter& filter) {
  std::set<VertexId> in(hood.nodes.begin(), hood.nodes.end());
  std::multiset<EdgeId> out;
  for (EdgeId e = 0; e < s.num_edges(); ++e) {
    if (in.count(s.edge_source(e)) && in.count(s.edge_target(e)) && filter.EdgeAllowed(e, s)) out.insert(e);
  }
  return out;
}

}  // namespace

TEST_CASE("neighbourhood edges are exactly those joining returned nodes, around hubs and self-loops") {
  testing::MemoryReader reader;
  NodeKey hub = reader.AddNode(NodeType::kCountry, "hubland");
  NodeKey state = reader.AddNode(NodeType::kPlace, "big state");
  NodeKey seed = reader.AddNode(NodeType::kUnion, "seed union");
  reader.AddEdge(seed, EdgeType::kLocatedIn, hub);
  reader.AddEdge(seed, EdgeType::kLocatedIn, state);
  reader.AddEdge(state, EdgeType::kLocatedIn, hub);
  reader.AddEdge(hub, EdgeType::kLocatedIn, hub);      // a self-loop on the biggest node
  reader.AddEdge(state, EdgeType::kLocatedIn, state);  // and on another one
  std::vector<NodeKey> members;
  for (int i = 0; i < 60; ++i) {
    NodeKey c = reader.AddNode(NodeType::kCompany, "company " + std::to_string(i));
    members.push_back(c);
    reader.AddEdge(c, EdgeType::kLocatedIn, hub);
    if (i % 3 == 0) reader.AddEdge(c, EdgeType::kLocatedIn, state);
    if (i > 0 && i % 5 == 0) reader.AddEdge(members[static_cast<size_t>(i - 1)], EdgeType::kAffiliatedWith, c);
  }
  auto s = GraphSnapshot::Load(reader).value();
  for (size_t limit : {size_t{3}, size_t{10}, size_t{25}, size_t{1000}}) {
    for (int depth : {1, 2}) {
      QueryLimits limits;
      limits.max_results = limit;
      NeighborhoodRequest request{{*s->Find(seed)}, depth, true};
      Result<Neighborhood> hood = Neighbors(*s, ResolvedFilter(), request, limits);
      REQUIRE(hood.ok());
      std::multiset<EdgeId> got(hood->edges.begin(), hood->edges.end());
      CHECK_MESSAGE(got == Expected(*s, *hood, ResolvedFilter()), "limit " << limit << ", depth " << depth);
      // Ordered by the position of the source in the node list, then by id.
      std::vector<size_t> position(s->num_nodes());
      for (size_t i = 0; i < hood->nodes.size(); ++i) position[hood->nodes[i]] = i;
      CHECK(std::is_sorted(hood->edges.begin(), hood->edges.end(), [&](EdgeId a, EdgeId b) {
        size_t pa = position[s->edge_source(a)], pb = position[s->edge_source(b)];
        return pa != pb ? pa < pb : a < b;
      }));
    }
  }
  QueryFilter only_located;
  only_located.edge_types = {EdgeType::kLocatedIn};
  Result<ResolvedFilter> filter = ResolvedFilter::Resolve(only_located, *s, reader);
  REQUIRE(filter.ok());
  Result<Neighborhood> located = Neighbors(*s, *filter, {{*s->Find(seed)}, 2, true}, QueryLimits());
  REQUIRE(located.ok());
  std::multiset<EdgeId> got(located->edges.begin(), located->edges.end());
  CHECK(got == Expected(*s, *located, *filter));
  Result<Neighborhood> all = FilteredGraph(*s, ResolvedFilter(), QueryLimits());
  REQUIRE(all.ok());
  CHECK(all->edges.size() == s->num_edges());
}

}  // namespace lkg::query
