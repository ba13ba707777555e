// Event listing and counting (query/events.h) over an in-memory graph.
#include "query/events.h"

#include <doctest/doctest.h>

#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

struct Stoppages {
  testing::MemoryReader reader;
  NodeKey acme, boeing, ibt, state;
  Stoppages() {
    acme = reader.AddNode(NodeType::kCompany, "Acme");
    boeing = reader.AddNode(NodeType::kCompany, "Boeing");
    ibt = reader.AddNode(NodeType::kUnion, "IBT Local 705");
    state = reader.AddNode(NodeType::kPlace, "Illinois", {{"region", "IL"}});
    Add("s1", "2001-05-01", acme, 10);
    Add("s2", "2001-07-01", acme, 20);
    Add("s3", "2003-01-01", boeing, 5);
    NodeKey election = reader.AddNode(NodeType::kEvent, "e1", {{"kind", "election"}, {"start", "2001-02-02"}});
    reader.AddEdge(election, EdgeType::kParticipant, acme);
    reader.AddNode(NodeType::kCase, "a violation", {{"kind", "dismissal"}, {"date", "2001-01-01"}});
  }
  void Add(const std::string& name, const std::string& start, NodeKey employer, int workers) {
    NodeKey e = reader.AddNode(NodeType::kEvent, name, {{"kind", "work_stoppage"}, {"start", start}, {"workers", workers}});
    reader.AddEdge(e, EdgeType::kParticipant, employer);
    reader.AddEdge(e, EdgeType::kParticipant, ibt);
    reader.AddEdge(e, EdgeType::kInPlace, state);
  }
};

}  // namespace

TEST_CASE("events are counted per employer, union, year and state") {
  Stoppages g;
  EventsRequest stoppages{"work_stoppage", "", "", std::nullopt, 50};
  auto employers = CountEvents(g.reader, stoppages, EventGrouping::kEmployer, QueryLimits());
  REQUIRE(employers.ok());
  CHECK(employers->events == 3);
  REQUIRE(employers->groups.size() == 2);
  CHECK(employers->groups[0].label == "Acme");
  CHECK(employers->groups[0].events == 2);
  CHECK(employers->groups[0].workers == 30);
  CHECK(employers->groups[0].key == FormatNodeId(g.acme));
  CHECK(employers->groups[1].label == "Boeing");
  auto unions = CountEvents(g.reader, stoppages, EventGrouping::kUnion, QueryLimits());
  REQUIRE(unions.ok());
  CHECK(unions->groups.size() == 1);
  CHECK(unions->groups[0].events == 3);
  auto years = CountEvents(g.reader, stoppages, EventGrouping::kYear, QueryLimits());
  REQUIRE(years.ok());
  CHECK(years->groups[0].key == "2001");
  CHECK(years->groups[0].events == 2);
  auto states = CountEvents(g.reader, stoppages, EventGrouping::kState, QueryLimits());
  REQUIRE(states.ok());
  CHECK(states->groups[0].key == "IL");
  auto kinds = CountEvents(g.reader, EventsRequest{}, EventGrouping::kKind, QueryLimits());
  REQUIRE(kinds.ok());
  CHECK(kinds->events == 4);  // the case is not an event
  CHECK(kinds->groups.size() == 2);
  auto since = CountEvents(g.reader, {"work_stoppage", "2002", "", std::nullopt, 50}, EventGrouping::kYear, QueryLimits());
  REQUIRE(since.ok());
  CHECK(since->events == 1);
}

TEST_CASE("event lists are newest first and filtered by actor; limits give LimitExceeded") {
  Stoppages g;
  auto list = ListEvents(g.reader, {"", "", "", g.acme, 50}, QueryLimits());
  REQUIRE(list.ok());
  REQUIRE(list->size() == 3);
  CHECK((*list)[0].name == "s2");
  CHECK((*list)[2].name == "e1");
  QueryLimits small;
  small.max_results = 10;
  auto over = CountEvents(g.reader, {"", "", "", std::nullopt, 11}, EventGrouping::kYear, small);
  REQUIRE_FALSE(over.ok());
  CHECK(over.status().message() == "limit 11 is above 10");
  auto truncated = CountEvents(g.reader, {"", "", "", std::nullopt, 1}, EventGrouping::kEmployer, QueryLimits());
  REQUIRE(truncated.ok());
  CHECK(truncated->truncated);
  CHECK(EventCountsToJson(*truncated)["groups"].size() == 1);
  CHECK(ParseEventGrouping("state") == EventGrouping::kState);
  CHECK_FALSE(ParseEventGrouping("planet").has_value());
}

}  // namespace lkg::query
