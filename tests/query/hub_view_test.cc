// The hub view: big buckets of parallel facts become counted groups (cases
// and events split by kind, with their date range), hub types are hidden,
// and a node budget keeps the most important neighbours and says how many
// it left out.
#include <doctest/doctest.h>

#include <algorithm>

#include "query/hub_view.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

struct Hub {
  testing::MemoryReader reader;
  NodeKey employer, country, big_union;
  std::vector<NodeKey> unions;

  Hub() {
    employer = reader.AddNode(NodeType::kCompany, "Postal Service");
    country = reader.AddNode(NodeType::kCountry, "United States");
    reader.AddEdge(employer, EdgeType::kLocatedIn, country);
    for (int i = 0; i < 40; ++i) {
      std::string year = std::to_string(1984 + i % 30);
      NodeKey c = reader.AddNode(NodeType::kCase, "charge " + std::to_string(i),
                                 {{"kind", i < 30 ? "refusal_to_bargain" : "dismissal"}, {"date", year + "-05-01"}});
      reader.AddEdge(c, EdgeType::kPerpetrator, employer);
    }
    for (int i = 0; i < 5; ++i) {
      NodeKey u = reader.AddNode(NodeType::kUnion, "union " + std::to_string(i));
      unions.push_back(u);
      reader.AddEdge(u, EdgeType::kOrganizesAt, employer);
      reader.nodes()[u].evidence_count = static_cast<uint32_t>(1 + i * 10);
    }
  }
};

const NeighborGroup* Find(const HubView& view, const std::string& key) {
  for (const NeighborGroup& g : view.groups) {
    if (g.key.ToString() == key) return &g;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("hub view: 40 cases become groups by kind with years, the country is hidden, unions shown") {
  Hub hub;
  auto s = GraphSnapshot::Load(hub.reader).value();
  HubViewRequest request;
  request.seeds = {*s->Find(hub.employer)};
  Result<HubView> view = BuildHubView(*s, hub.reader, ResolvedFilter(), request, QueryLimits());
  REQUIRE(view.ok());
  const NeighborGroup* refusals = Find(*view, "perpetrator:in:case:refusal_to_bargain");
  REQUIRE(refusals != nullptr);
  CHECK(refusals->members.size() == 30);
  CHECK(refusals->first_date == "1984-05-01");
  CHECK(refusals->last_date == "2013-05-01");
  CHECK(GroupLabel(*refusals) == "30 cases · refusal to bargain, 1984–2013");
  // Ten dismissals are few enough to show one by one.
  CHECK(Find(*view, "perpetrator:in:case:dismissal") == nullptr);
  const NeighborGroup* countries = Find(*view, "located_in:out:country");
  REQUIRE(countries != nullptr);
  CHECK(countries->hidden);
  CHECK(view->nodes.size() == 1 + 10 + 5);
  CHECK(view->cut == 0);
  CHECK(view->edges.size() == 15);
}

TEST_CASE("hub view: a node budget keeps the most important neighbours and counts the rest") {
  Hub hub;
  auto s = GraphSnapshot::Load(hub.reader).value();
  HubViewRequest request;
  request.seeds = {*s->Find(hub.employer)};
  request.collapse_above = 100;
  request.max_nodes = 3;
  Result<HubView> view = BuildHubView(*s, hub.reader, ResolvedFilter(), request, QueryLimits());
  REQUIRE(view.ok());
  REQUIRE(view->nodes.size() == 4);
  // The unions with the most evidence come first (41, 31, 21 records; cases have 1).
  CHECK(view->nodes[1] == *s->Find(hub.unions[4]));
  CHECK(view->nodes[2] == *s->Find(hub.unions[3]));
  CHECK(view->nodes[3] == *s->Find(hub.unions[2]));
  CHECK(view->cut == 40 + 5 - 3);
}

TEST_CASE("hub view: the expand menu (collapse 0) counts every bucket; group keys round-trip") {
  Hub hub;
  auto s = GraphSnapshot::Load(hub.reader).value();
  HubViewRequest request;
  request.seeds = {*s->Find(hub.employer)};
  request.collapse_above = 0;
  request.max_nodes = 0;
  request.hidden_types.clear();
  Result<HubView> view = BuildHubView(*s, hub.reader, ResolvedFilter(), request, QueryLimits());
  REQUIRE(view.ok());
  CHECK(view->nodes.size() == 1);
  CHECK(view->groups.size() == 4);
  const NeighborGroup* dismissals = Find(*view, "perpetrator:in:case:dismissal");
  REQUIRE(dismissals != nullptr);
  CHECK(dismissals->members.size() == 10);
  CHECK(GroupEdges(*s, ResolvedFilter(), *dismissals, dismissals->members).size() == 10);
  CHECK(Find(*view, "organizes_at:in:union")->members.size() == 5);
  for (const NeighborGroup& g : view->groups) {
    Result<GroupKey> parsed = ParseGroupKey(g.key.ToString());
    REQUIRE(parsed.ok());
    CHECK(*parsed == g.key);
  }
}

TEST_CASE("hub view: a bucket larger than the record budget stays one group without kinds or dates") {
  Hub hub;
  auto s = GraphSnapshot::Load(hub.reader).value();
  HubViewRequest request;
  request.seeds = {*s->Find(hub.employer)};
  request.max_record_reads = 39;
  Result<HubView> view = BuildHubView(*s, hub.reader, ResolvedFilter(), request, QueryLimits());
  REQUIRE(view.ok());
  const NeighborGroup* cases = Find(*view, "perpetrator:in:case");
  REQUIRE(cases != nullptr);
  CHECK(cases->members.size() == 40);
  CHECK(cases->first_date.empty());
  CHECK(view->record_reads == 0);
  CHECK(GroupLabel(*cases) == "40 cases");
}

TEST_CASE("hub view: bad requests and group keys say what is wrong") {
  Hub hub;
  auto s = GraphSnapshot::Load(hub.reader).value();
  HubViewRequest request;
  CHECK(BuildHubView(*s, hub.reader, ResolvedFilter(), request, QueryLimits()).status().message() ==
        "a hub view needs at least one seed node");
  request.seeds = {0};
  request.depth = 0;
  CHECK(BuildHubView(*s, hub.reader, ResolvedFilter(), request, QueryLimits()).status().message() ==
        "depth must be at least 1");
  request.depth = 9;
  CHECK(BuildHubView(*s, hub.reader, ResolvedFilter(), request, QueryLimits()).status().message() ==
        "depth 9 is above the limit of 6");
  CHECK(ParseGroupKey("victim").status().message() ==
        "group 'victim' is not <edge type>:<in|out>:<node type>[:<kind>]");
  CHECK(ParseGroupKey("bogus:in:case").status().message() == "group 'bogus:in:case': unknown edge type 'bogus'");
  CHECK(ParseGroupKey("victim:up:case").status().message() == "group 'victim:up:case': direction must be in or out");
  CHECK(ParseGroupKey("victim:in:thing").status().message() == "group 'victim:in:thing': unknown node type 'thing'");
}

}  // namespace lkg::query
