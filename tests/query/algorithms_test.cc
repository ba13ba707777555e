// Known answers for the graph algorithms. Reference values come from
// NetworkX (tests/query/reference_values.py), computed independently.
#include <random>
#include <set>

#include <doctest/doctest.h>

#include "query/communities.h"
#include "query/path.h"
#include "query/rank.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

// Vertices v0..v12 as unions; the edges of reference_values.py.
struct ReferenceGraph {
  testing::MemoryReader reader;
  std::vector<NodeKey> keys;
  std::shared_ptr<const GraphSnapshot> snapshot;

  ReferenceGraph() {
    for (int i = 0; i < 13; ++i) {
      std::string name = "v";
      name += std::to_string(i);
      keys.push_back(reader.AddNode(NodeType::kUnion, name));
    }
    const int edges[][2] = {{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 4}, {3, 4}, {3, 5},
                            {4, 6}, {5, 6}, {5, 7}, {6, 8}, {7, 8}, {8, 9}, {11, 12}};
    for (const auto& e : edges) reader.AddEdge(keys[e[0]], EdgeType::kAffiliatedWith, keys[e[1]]);
    snapshot = GraphSnapshot::Load(reader).value();
  }
  VertexId V(int i) const { return *snapshot->Find(keys[i]); }
  int Name(VertexId v) const {
    for (int i = 0; i < 13; ++i) {
      if (keys[i] == snapshot->node_key(v)) return i;
    }
    return -1;
  }
  std::vector<int> Names(const std::vector<VertexId>& vs) const {
    std::vector<int> out;
    for (VertexId v : vs) out.push_back(Name(v));
    return out;
  }
};

constexpr double kPageRank[13] = {0.063614420083, 0.090467689076, 0.090480808822, 0.089822302454, 0.089881727185,
                                  0.093097490004, 0.093353529334, 0.067887039965, 0.102930842770, 0.041509417797,
                                  0.012345679012, 0.082304526749, 0.082304526749};
constexpr double kBetweenness[13] = {0, 4.083333333333, 5.333333333333, 8.666666666667, 10.750000000000,
                                     8.083333333333, 11.833333333333, 2.166666666667, 9.083333333333, 0, 0, 0, 0};

TEST_CASE("snapshot maps store keys to dense vertices and back") {
  ReferenceGraph g;
  CHECK(g.snapshot->num_nodes() == 13);
  CHECK(g.snapshot->num_edges() == 14);
  CHECK(g.snapshot->degree(g.V(8)) == 3);
  CHECK(g.snapshot->degree(g.V(10)) == 0);
  CHECK(g.snapshot->node_key(g.V(5)) == g.keys[5]);
  CHECK_FALSE(g.snapshot->Find(12345).has_value());
}

TEST_CASE("snapshot cache reloads only when the sequence moves") {
  ReferenceGraph g;
  SnapshotCache cache;
  auto first = cache.Get(g.reader).value();
  CHECK(cache.Get(g.reader).value() == first);
  g.reader.AddNode(NodeType::kPerson, "newcomer");
  g.reader.set_sequence(2);
  auto second = cache.Get(g.reader).value();
  CHECK(second != first);
  CHECK(second->num_nodes() == 14);
}

TEST_CASE("PageRank matches NetworkX to 1e-6") {
  ReferenceGraph g;
  std::vector<double> rank = PageRank(*g.snapshot);
  double sum = 0;
  for (int i = 0; i < 13; ++i) {
    CHECK(std::fabs(rank[g.V(i)] - kPageRank[i]) < 1e-6);
    sum += rank[g.V(i)];
  }
  CHECK(sum == doctest::Approx(1.0));
}

TEST_CASE("betweenness (Boost, exact) matches NetworkX") {
  ReferenceGraph g;
  std::vector<double> exact = ExactBetweenness(*g.snapshot);
  for (int i = 0; i < 13; ++i) CHECK(std::fabs(exact[g.V(i)] - kBetweenness[i]) < 1e-9);
}

TEST_CASE("sampled Brandes over every source equals the exact betweenness") {
  ReferenceGraph g;
  std::vector<double> all = BetweennessFromSources(*g.snapshot, SampleSources(13, 13, 1));
  for (int i = 0; i < 13; ++i) CHECK(std::fabs(all[g.V(i)] - kBetweenness[i]) < 1e-9);
  std::vector<VertexId> some = SampleSources(13, 5, 7);
  CHECK(some.size() == 5);
  CHECK(std::set<VertexId>(some.begin(), some.end()).size() == 5);
}

TEST_CASE("rank says when betweenness is approximate") {
  ReferenceGraph g;
  RankRequest request;
  request.by = RankBy::kBetweenness;
  request.exact_betweenness_max_nodes = 5;
  request.samples = 4;
  request.top = 3;
  RankResult result = Rank(*g.snapshot, request, QueryLimits()).value();
  CHECK(result.approximate);
  CHECK(result.method.find("4 sampled sources") != std::string::npos);
  request.exact_betweenness_max_nodes = 100;
  result = Rank(*g.snapshot, request, QueryLimits()).value();
  CHECK_FALSE(result.approximate);
  CHECK(g.Names({result.rows[0].vertex, result.rows[1].vertex, result.rows[2].vertex}) == std::vector<int>{6, 4, 8});
  request.top = 5000;
  Result<RankResult> too_many = Rank(*g.snapshot, request, QueryLimits());
  CHECK(too_many.status().code() == StatusCode::kLimitExceeded);
  CHECK(too_many.status().message() == "top 5000 is above the limit of 1000");
}

TEST_CASE("degree ranking counts incident edges and filters by type") {
  ReferenceGraph g;
  RankRequest request;
  request.by = RankBy::kDegree;
  request.top = 2;
  RankResult result = Rank(*g.snapshot, request, QueryLimits()).value();
  CHECK(result.rows[0].score == 3);
  request.types = {NodeType::kPerson};
  CHECK(Rank(*g.snapshot, request, QueryLimits()).value().rows.empty());
}

TEST_CASE("shortest path by hops is the unique 5-hop path") {
  ReferenceGraph g;
  PathRequest request{g.V(0), g.V(9), 1, 6, {}, PathWeight::kHops};
  PathResult result = FindPaths(*g.snapshot, ResolvedFilter(), request, QueryLimits()).value();
  REQUIRE(result.paths.size() == 1);
  CHECK(g.Names(result.paths[0].nodes) == std::vector<int>{0, 2, 4, 6, 8, 9});
  CHECK(result.paths[0].edges.size() == 5);
  CHECK(result.paths[0].cost == 5);
}

TEST_CASE("k shortest simple paths (Yen) match NetworkX") {
  ReferenceGraph g;
  PathRequest request{g.V(0), g.V(9), 5, 6, {}, PathWeight::kHops};
  PathResult result = FindPaths(*g.snapshot, ResolvedFilter(), request, QueryLimits()).value();
  REQUIRE(result.paths.size() == 5);
  CHECK(g.Names(result.paths[0].nodes) == std::vector<int>{0, 2, 4, 6, 8, 9});
  std::set<std::vector<int>> six;
  for (size_t i = 1; i < 5; ++i) six.insert(g.Names(result.paths[i].nodes));
  std::set<std::vector<int>> expected = {
      {0, 1, 2, 4, 6, 8, 9}, {0, 1, 3, 4, 6, 8, 9}, {0, 1, 3, 5, 6, 8, 9}, {0, 1, 3, 5, 7, 8, 9}};
  CHECK(six == expected);
  request.k = 10;
  request.max_len = 6;
  CHECK(FindPaths(*g.snapshot, ResolvedFilter(), request, QueryLimits()).value().paths.size() == 5);
}

TEST_CASE("paths respect max_len, components and limits") {
  ReferenceGraph g;
  PathRequest request{g.V(0), g.V(9), 1, 4, {}, PathWeight::kHops};
  CHECK(FindPaths(*g.snapshot, ResolvedFilter(), request, QueryLimits()).value().paths.empty());
  request = {g.V(0), g.V(11), 1, 6, {}, PathWeight::kHops};
  CHECK(FindPaths(*g.snapshot, ResolvedFilter(), request, QueryLimits()).value().paths.empty());
  request.max_len = 9;
  Result<PathResult> deep = FindPaths(*g.snapshot, ResolvedFilter(), request, QueryLimits());
  CHECK(deep.status().code() == StatusCode::kLimitExceeded);
  CHECK(deep.status().message() == "max_len 9 is above the limit of 6 hops");
  request = {g.V(3), g.V(3), 1, 6, {}, PathWeight::kHops};
  CHECK(FindPaths(*g.snapshot, ResolvedFilter(), request, QueryLimits()).status().message() ==
        "a path needs two different nodes");
}

TEST_CASE("weighted paths prefer well-evidenced edges") {
  testing::MemoryReader reader;
  NodeKey a = reader.AddNode(NodeType::kPerson, "a"), b = reader.AddNode(NodeType::kUnion, "b");
  NodeKey c = reader.AddNode(NodeType::kUnion, "c"), d = reader.AddNode(NodeType::kCompany, "d");
  NodeKey e = reader.AddNode(NodeType::kCompany, "e");
  reader.AddEdge(a, EdgeType::kHasRole, b, 1, 0.1f);  // weak two-hop route a-b-d
  reader.AddEdge(b, EdgeType::kOrganizesAt, d, 1, 0.1f);
  reader.AddEdge(a, EdgeType::kHasRole, c, 50, 1.0f);  // strong route a-c-e-d
  reader.AddEdge(c, EdgeType::kOrganizesAt, e, 50, 1.0f);
  reader.AddEdge(e, EdgeType::kSubsidiaryOf, d, 50, 1.0f);
  auto s = GraphSnapshot::Load(reader).value();
  PathRequest request{*s->Find(a), *s->Find(d), 1, 6, {}, PathWeight::kHops};
  CHECK(FindPaths(*s, ResolvedFilter(), request, QueryLimits()).value().paths[0].edges.size() == 2);
  request.weight = PathWeight::kEvidence;
  Path weighted = FindPaths(*s, ResolvedFilter(), request, QueryLimits()).value().paths[0];
  CHECK(weighted.edges.size() == 3);
  CHECK(weighted.cost == doctest::Approx(3 * (1 + 1 / (1 + std::log(50.0)))));
  request.via_types = {NodeType::kUnion};  // e is a company: the strong route is closed
  request.weight = PathWeight::kHops;
  Path via = FindPaths(*s, ResolvedFilter(), request, QueryLimits()).value().paths[0];
  CHECK(via.nodes[1] == *s->Find(b));
}

TEST_CASE("connected components") {
  ReferenceGraph g;
  Components c = ConnectedComponents(*g.snapshot);
  CHECK(c.count == 3);
  CHECK(c.component[g.V(0)] == c.component[g.V(9)]);
  CHECK(c.component[g.V(11)] == c.component[g.V(12)]);
  CHECK(c.component[g.V(10)] != c.component[g.V(0)]);
}

TEST_CASE("modularity matches NetworkX") {
  ReferenceGraph g;
  WeightedGraph wg = ToWeightedGraph(*g.snapshot);
  std::vector<uint32_t> part(13);
  const int groups[13] = {0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 4, 4};
  for (int i = 0; i < 13; ++i) part[g.V(i)] = groups[i];
  CHECK(Modularity(wg, part) == doctest::Approx(0.397959183673).epsilon(1e-9));
}

// Four planted groups of 25: p_in = 0.3, p_out = 0.01, fixed seed.
WeightedGraph PlantedPartition(std::vector<uint32_t>& truth) {
  std::mt19937 rng(2024);
  WeightedGraph g;
  g.Resize(100);
  truth.resize(100);
  for (uint32_t i = 0; i < 100; ++i) truth[i] = i / 25;
  for (uint32_t i = 0; i < 100; ++i) {
    for (uint32_t j = i + 1; j < 100; ++j) {
      double p = truth[i] == truth[j] ? 0.3 : 0.01;
      if (rng() < p * 4294967296.0) g.AddEdge(i, j, 1.0);
    }
  }
  return g;
}

TEST_CASE("Louvain recovers planted communities with modularity above 0.6") {
  std::vector<uint32_t> truth;
  WeightedGraph g = PlantedPartition(truth);
  LouvainResult result = Louvain(g);
  CHECK(result.count == 4);
  CHECK(result.modularity > 0.6);
  CHECK(result.modularity >= Modularity(g, truth) - 1e-9);
  for (uint32_t i = 0; i < 100; ++i) {
    for (uint32_t j = 0; j < 100; ++j) {
      if (truth[i] == truth[j]) CHECK(result.community[i] == result.community[j]);
    }
  }
}

TEST_CASE("Louvain on a graph without edges leaves every vertex alone") {
  WeightedGraph g;
  g.Resize(3);
  LouvainResult result = Louvain(g);
  CHECK(result.count == 3);
  CHECK(result.modularity == 0);
}

}  // namespace
}  // namespace lkg::query
