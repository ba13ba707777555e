// Loading the query snapshot: the edge scan split into key ranges (two
// threads) loses and repeats nothing and keeps key order; the hand-filled CSR
// arrays equal what Boost's edges_are_unsorted_multi_pass constructor builds.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "query/snapshot.h"
#include "tests/engine/store_test_util.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

constexpr EdgeKey kHalf = EdgeKey{1} << 63;

// 30 companies, 8 unions, 3 countries; organizes_at and located_in edges.
DocumentFacts ManyEdges() {
  DocumentFacts d = testing::DocOf(std::string(4000, 'x'), "https://example.org/many");
  std::vector<NodeKey> companies, unions, countries;
  for (int i = 0; i < 30; ++i) {
    d.nodes.push_back(testing::NodeOf(NodeType::kCompany, "Company " + std::to_string(i)));
    companies.push_back(d.nodes.back().node.key);
  }
  for (int i = 0; i < 8; ++i) {
    d.nodes.push_back(testing::NodeOf(NodeType::kUnion, "Union " + std::to_string(i)));
    unions.push_back(d.nodes.back().node.key);
  }
  for (const char* name : {"Chile", "Peru", "Kenya"}) {
    d.nodes.push_back(testing::NodeOf(NodeType::kCountry, name));
    countries.push_back(d.nodes.back().node.key);
  }
  for (size_t u = 0; u < unions.size(); ++u) {
    for (size_t c = 0; c < companies.size(); ++c) {
      if ((u * 7 + c * 3) % 4 == 0) d.edges.push_back(testing::EdgeOf(unions[u], EdgeType::kOrganizesAt, companies[c]));
    }
  }
  for (size_t c = 0; c < companies.size(); ++c) {
    d.edges.push_back(testing::EdgeOf(companies[c], EdgeType::kLocatedIn, countries[c % countries.size()]));
  }
  return d;
}

std::vector<EdgeBrief> Briefs(const GraphReader& reader, EdgeKey first, EdgeKey last) {
  std::vector<EdgeBrief> out;
  REQUIRE(reader.ForEachEdgeBriefIn(first, last, [&](const EdgeBrief& b) { return out.push_back(b), true; }).ok());
  return out;
}

std::vector<EdgeKey> Keys(const std::vector<EdgeBrief>& briefs) {
  std::vector<EdgeKey> keys;
  for (const EdgeBrief& b : briefs) keys.push_back(b.key);
  return keys;
}

// What the snapshot used to build: Boost's CSR from 2m half-edges.
CsrGraph ReferenceCsr(const GraphSnapshot& g) {
  std::vector<std::pair<VertexId, VertexId>> half_edges;
  std::vector<HalfEdge> props;
  for (EdgeId e = 0; e < g.num_edges(); ++e) {
    half_edges.emplace_back(g.edge_source(e), g.edge_target(e));
    props.push_back({e});
    if (g.edge_source(e) == g.edge_target(e)) continue;
    half_edges.emplace_back(g.edge_target(e), g.edge_source(e));
    props.push_back({e});
  }
  return CsrGraph(boost::edges_are_unsorted_multi_pass, half_edges.begin(), half_edges.end(), props.begin(),
                  g.num_nodes());
}

void CheckSameCsr(const GraphSnapshot& g) {
  CsrGraph ref = ReferenceCsr(g);
  const auto& a = g.graph().m_forward;
  const auto& b = ref.m_forward;
  CHECK(a.m_rowstart == b.m_rowstart);
  CHECK(a.m_column == b.m_column);
  REQUIRE(a.m_edge_properties.size() == b.m_edge_properties.size());
  for (size_t i = 0; i < a.m_edge_properties.size(); ++i) CHECK(a.m_edge_properties[i].edge == b.m_edge_properties[i].edge);
  CHECK(num_vertices(g.graph()) == g.num_nodes());
}

TEST_CASE("edge brief key ranges split a store scan without loss or overlap, in key order") {
  testing::TempDir dir;
  auto store = testing::OpenOrDie(dir.path());
  REQUIRE(store->Apply(ManyEdges()).ok());
  auto reader = store->NewReader();
  std::vector<EdgeBrief> all;
  REQUIRE(reader->ForEachEdgeBrief([&](const EdgeBrief& b) { return all.push_back(b), true; }).ok());
  REQUIRE(all.size() == 90);
  std::vector<EdgeKey> low = Keys(Briefs(*reader, 0, kHalf - 1)), high = Keys(Briefs(*reader, kHalf, ~EdgeKey{0}));
  CHECK(!low.empty());
  CHECK(!high.empty());
  for (EdgeKey k : low) CHECK(k < kHalf);
  std::vector<EdgeKey> joined = low;
  joined.insert(joined.end(), high.begin(), high.end());
  CHECK(joined == Keys(all));
  // An inner range, both ends inclusive.
  std::vector<EdgeKey> all_keys = Keys(all);
  std::vector<EdgeKey> inner(all_keys.begin() + 3, all_keys.begin() + 8);
  CHECK(Keys(Briefs(*reader, all[3].key, all[7].key)) == inner);
  // A visitor returning false stops the range scan.
  size_t visited = 0;
  REQUIRE(reader->ForEachEdgeBriefIn(0, ~EdgeKey{0}, [&](const EdgeBrief&) { return ++visited, false; }).ok());
  CHECK(visited == 1);
}

TEST_CASE("a snapshot loaded from a store keeps edges in key order with the reference CSR") {
  testing::TempDir dir;
  auto store = testing::OpenOrDie(dir.path());
  REQUIRE(store->Apply(ManyEdges()).ok());
  auto reader = store->NewReader();
  auto loaded = GraphSnapshot::Load(*reader);
  REQUIRE(loaded.ok());
  const GraphSnapshot& g = **loaded;
  std::vector<EdgeBrief> all;
  REQUIRE(reader->ForEachEdgeBrief([&](const EdgeBrief& b) { return all.push_back(b), true; }).ok());
  CHECK(g.num_nodes() == 41);
  REQUIRE(g.num_edges() == all.size());
  for (EdgeId e = 0; e < g.num_edges(); ++e) {
    CHECK(g.edge_key(e) == all[e].key);
    CHECK(g.node_key(g.edge_source(e)) == all[e].source);
    CHECK(g.node_key(g.edge_target(e)) == all[e].target);
    CHECK(g.edge_type(e) == all[e].type);
  }
  CheckSameCsr(g);
}

TEST_CASE("the snapshot's CSR matches Boost's with self-loops, isolated nodes and parallel edges") {
  testing::MemoryReader reader;
  NodeKey a = reader.AddNode(NodeType::kUnion, "A");
  NodeKey b = reader.AddNode(NodeType::kCompany, "B");
  NodeKey c = reader.AddNode(NodeType::kCountry, "C");
  reader.AddNode(NodeType::kPerson, "Isolated");
  reader.AddEdge(a, EdgeType::kOrganizesAt, b);
  reader.AddEdge(a, EdgeType::kAffiliatedWith, a);  // a self-loop is incident once
  reader.AddEdge(b, EdgeType::kLocatedIn, c);
  reader.AddEdge(a, EdgeType::kLocatedIn, c);
  reader.AddEdge(b, EdgeType::kSubsidiaryOf, a);  // a second edge between a and b
  auto loaded = GraphSnapshot::Load(reader);
  REQUIRE(loaded.ok());
  const GraphSnapshot& g = **loaded;
  CHECK(g.num_nodes() == 4);
  CHECK(g.num_edges() == 5);
  VertexId va = *g.Find(a);
  CHECK(g.degree(va) == 4);  // organizes_at, the loop once, located_in, subsidiary_of
  CheckSameCsr(g);
}

TEST_CASE("Find maps every node key to its vertex and absent keys to nothing") {
  for (int n : {0, 1, 2, 3, 1000, 5000}) {
    testing::MemoryReader reader;
    for (int i = 0; i < n; ++i) reader.AddNode(NodeType::kCompany, "Company " + std::to_string(i));
    auto loaded = GraphSnapshot::Load(reader);
    REQUIRE(loaded.ok());
    const GraphSnapshot& g = **loaded;
    REQUIRE(g.num_nodes() == static_cast<size_t>(n));
    size_t wrong = 0;
    for (VertexId v = 0; v < g.num_nodes(); ++v) {
      NodeKey key = g.node_key(v);
      if (v > 0 && g.node_key(v - 1) >= key) ++wrong;  // key order
      if (g.Find(key) != v) ++wrong;
      if (g.Find(key + 1).has_value() && (v + 1 >= g.num_nodes() || g.node_key(v + 1) != key + 1)) ++wrong;
    }
    CHECK(wrong == 0);
    CHECK_FALSE(g.Find(0).has_value());
    CHECK_FALSE(g.Find(~NodeKey{0}).has_value());
  }
}

TEST_CASE("Connected agrees with the component labels, from many threads") {
  testing::MemoryReader reader;
  std::vector<NodeKey> k;
  for (int i = 0; i < 9; ++i) k.push_back(reader.AddNode(NodeType::kCompany, "C" + std::to_string(i)));
  reader.AddEdge(k[0], EdgeType::kSubsidiaryOf, k[1]);  // {0,1,2}, {3,4}, {5} alone, {6,7,8}
  reader.AddEdge(k[2], EdgeType::kSubsidiaryOf, k[1]);
  reader.AddEdge(k[3], EdgeType::kSubsidiaryOf, k[4]);
  reader.AddEdge(k[6], EdgeType::kSubsidiaryOf, k[7]);
  reader.AddEdge(k[8], EdgeType::kSubsidiaryOf, k[7]);
  reader.AddEdge(k[5], EdgeType::kSubsidiaryOf, k[5]);
  auto g = *GraphSnapshot::Load(reader);
  auto group = [](int i) { return i <= 2 ? 0 : i <= 4 ? 1 : i == 5 ? 2 : 3; };
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 9; ++i) {
        for (int j = 0; j < 9; ++j) {
          if (g->Connected(*g->Find(k[i]), *g->Find(k[j])) != (group(i) == group(j))) ++wrong[t];
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(wrong == std::vector<int>(4, 0));
}

}  // namespace
}  // namespace lkg::query
