// A supernode with 100k edges must not take a query down: answers are cut
// at the result limit, and depth, k and time budgets give LimitExceeded.
#include <doctest/doctest.h>

#include "query/cases.h"
#include "query/neighbors.h"
#include "query/path.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

struct Supernode {
  testing::MemoryReader reader;
  NodeKey hub, first, last;
  std::shared_ptr<const GraphSnapshot> snapshot;
  Supernode() {
    hub = reader.AddNode(NodeType::kPlace, "Big City");
    for (int i = 0; i < 100000; ++i) {
      std::string name = "case ";
      name += std::to_string(i);
      NodeKey c = reader.AddNode(NodeType::kCase, name);
      reader.AddEdge(c, EdgeType::kInPlace, hub);
      if (i == 0) first = c;
      last = c;
    }
    snapshot = GraphSnapshot::Load(reader).value();
  }
};

TEST_CASE("a supernode's neighbourhood is cut at the result limit") {
  static Supernode g;
  QueryLimits limits;
  limits.max_results = 500;
  auto hood = Neighbors(*g.snapshot, ResolvedFilter(), {{*g.snapshot->Find(g.first)}, 2, true}, limits);
  REQUIRE(hood.ok());
  CHECK(hood->truncated);
  CHECK(hood->nodes.size() == 500);
  CHECK(hood->edges.size() == 499);
  CHECK(g.snapshot->degree(*g.snapshot->Find(g.hub)) == 100000);
}

TEST_CASE("paths through a supernode are found and bounded") {
  static Supernode g;
  PathRequest request{*g.snapshot->Find(g.first), *g.snapshot->Find(g.last), 3, 6, {}, PathWeight::kHops};
  auto result = FindPaths(*g.snapshot, ResolvedFilter(), request, QueryLimits());
  REQUIRE(result.ok());
  REQUIRE(result->paths.size() == 1);  // the only loopless path goes through the hub
  CHECK(result->paths[0].edges.size() == 2);
  request.k = 5000;
  auto too_many = FindPaths(*g.snapshot, ResolvedFilter(), request, QueryLimits());
  CHECK(too_many.status().code() == StatusCode::kLimitExceeded);
  CHECK(too_many.status().message() == "k = 5000 is above the limit of 1000 paths");
}

TEST_CASE("an exhausted time budget gives LimitExceeded naming the query") {
  static Supernode g;
  QueryLimits limits;
  limits.time_budget_ms = 0;
  limits.max_results = SIZE_MAX;
  auto hood = Neighbors(*g.snapshot, ResolvedFilter(), {{*g.snapshot->Find(g.first)}, 3, false}, limits);
  CHECK(hood.status().code() == StatusCode::kLimitExceeded);
  CHECK(hood.status().message() == "neighbourhood query exceeded the time budget of 0 ms");
  CasesRequest cases;
  auto page = ListCases(g.reader, cases, limits);
  CHECK(page.status().message() == "case listing exceeded the time budget of 0 ms");
}

TEST_CASE("neighbourhood requests are checked") {
  static Supernode g;
  auto none = Neighbors(*g.snapshot, ResolvedFilter(), {{}, 1, true}, QueryLimits());
  CHECK(none.status().message() == "a neighbourhood needs at least one seed node");
  auto negative = Neighbors(*g.snapshot, ResolvedFilter(), {{0}, -1, true}, QueryLimits());
  CHECK(negative.status().message() == "depth must not be negative");
  CasesRequest cases;
  cases.limit = 0;
  CHECK(ListCases(g.reader, cases, QueryLimits()).status().message() == "page size must be between 1 and 1000");
}

}  // namespace
}  // namespace lkg::query
