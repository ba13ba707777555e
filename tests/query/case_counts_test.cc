// Case facets: several kinds and countries (names or ISO codes), source,
// and counts grouped by actor, kind, country and year.
#include <doctest/doctest.h>

#include "query/case_counts.h"
#include "query/cases.h"
#include "query/country_codes.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

struct Cases {
  testing::MemoryReader reader;
  NodeKey kg, kz, miners, mine, arrest, detention, dismissal, strike_ban;
  Cases() {
    kg = reader.AddNode(NodeType::kCountry, "Kyrgyzstan");
    kz = reader.AddNode(NodeType::kCountry, "Kazakhstan");
    miners = reader.AddNode(NodeType::kUnion, "Miners Union");
    mine = reader.AddNode(NodeType::kCompany, "Gold Mine Ltd");
    arrest = AddCase("arrest of a leader", "arrest", "2023-12-06", "Kyrgyzstan");
    detention = AddCase("detention of strikers", "detention", "2021-05", "Kyrgyzstan");
    dismissal = AddCase("dismissal of organisers", "dismissal", "2022", "Kazakhstan");
    strike_ban = AddCase("strike declared illegal", "strike_ban", "2019-01-10", "Kazakhstan");
    reader.AddEdge(arrest, EdgeType::kVictim, miners);
    reader.AddEdge(arrest, EdgeType::kPerpetrator, mine);
    reader.AddEdge(detention, EdgeType::kConcerns, miners);
    reader.AddEdge(dismissal, EdgeType::kPerpetrator, mine);
    reader.AddEdge(arrest, EdgeType::kInCountry, kg);
  }
  NodeKey AddCase(const std::string& name, const std::string& kind, const std::string& date,
                  const std::string& country) {
    return reader.AddNode(NodeType::kCase, name, {{"kind", kind}, {"date", date}, {"country", country}});
  }
};

std::vector<NodeKey> Listed(const Cases& c, const CasesRequest& request) {
  Result<CasePage> page = ListCases(c.reader, request, QueryLimits());
  REQUIRE_MESSAGE(page.ok(), page.status().message());
  std::vector<NodeKey> keys;
  for (const CaseRow& row : page->rows) keys.push_back(row.node.key);
  return keys;
}

TEST_CASE("ISO codes name countries from the gazetteer") {
  CHECK(CountryOfIsoCode("KG") == std::optional<std::string>("Kyrgyzstan"));
  CHECK(CountryOfIsoCode("kz") == std::optional<std::string>("Kazakhstan"));
  CHECK(!CountryOfIsoCode("XX"));
  CHECK(!CountryOfIsoCode("KGZ"));
}

TEST_CASE("cases: several kinds, several countries by name or code, newest first") {
  Cases c;
  CasesRequest request;
  request.kinds = {"arrest", "detention"};
  request.countries = {"KG"};
  CHECK(Listed(c, request) == std::vector<NodeKey>{c.arrest, c.detention});
  request.kinds = {"arrest", "dismissal", "strike_ban"};
  request.countries = {"kg", "Kazakhstan"};
  request.since = "2020";
  CHECK(Listed(c, request) == std::vector<NodeKey>{c.arrest, c.dismissal});
  CasesRequest bad_kind;
  bad_kind.kinds = {"arrest", "picnic"};
  CHECK(ListCases(c.reader, bad_kind, QueryLimits()).status().message() == "unknown case kind 'picnic'");
  CasesRequest bad_country;
  bad_country.countries = {"KG", "Atlantis"};
  CHECK(ListCases(c.reader, bad_country, QueryLimits()).status().message() == "unknown country 'Atlantis'");
}

TEST_CASE("cases: source filters by publisher or URL of the evidence documents") {
  Cases c;
  CasesRequest request;
  request.source = "EXAMPLE.org/doc/1";  // every test node's evidence cites document 1
  CHECK(Listed(c, request).size() == 4);
  request.source = "nlrb.gov";
  CHECK(Listed(c, request).empty());
}

TEST_CASE("case counts by kind, country, year and actor") {
  Cases c;
  CasesRequest all;
  Result<CaseCounts> by_year = CountCases(c.reader, all, CaseGrouping::kYear, 0, QueryLimits());
  REQUIRE(by_year.ok());
  CHECK(by_year->total == 4);
  CHECK(CaseCountsToJson(*by_year, CaseGrouping::kYear).dump() ==
        R"({"group_by":"year","groups":[{"count":1,"key":"2019"},{"count":1,"key":"2021"},)"
        R"({"count":1,"key":"2022"},{"count":1,"key":"2023"}],"total":4})");
  Result<CaseCounts> by_country = CountCases(c.reader, all, CaseGrouping::kCountry, 0, QueryLimits());
  REQUIRE(by_country.ok());
  CHECK(by_country->groups.size() == 2);
  CHECK(by_country->groups[0].count == 2);
  Result<CaseCounts> by_actor = CountCases(c.reader, all, CaseGrouping::kActor, 1, QueryLimits());
  REQUIRE(by_actor.ok());
  REQUIRE(by_actor->groups.size() == 1);  // --top 1
  CHECK(by_actor->groups[0].key == "Gold Mine Ltd");  // 2 cases; Miners Union 2 too, ties by name
  CHECK(by_actor->groups[0].count == 2);
  CHECK(by_actor->groups[0].id == FormatNodeId(c.mine));
  Result<CaseCounts> all_actors = CountCases(c.reader, all, CaseGrouping::kActor, 0, QueryLimits());
  REQUIRE(all_actors.ok());
  REQUIRE(all_actors->groups.size() == 3);
  CHECK(all_actors->groups[2].key == "unknown");  // the strike ban has no actor; unknown goes last
  CasesRequest kg;
  kg.countries = {"KG"};
  Result<CaseCounts> kinds = CountCases(c.reader, kg, CaseGrouping::kKind, 0, QueryLimits());
  REQUIRE(kinds.ok());
  CHECK(kinds->total == 2);
  CHECK(ParseCaseGrouping("year") == CaseGrouping::kYear);
  CHECK(!ParseCaseGrouping("month"));
}

}  // namespace
}  // namespace lkg::query
