// Importer tests on small real slices (tests/ingest/records/fixtures): the exact
// nodes and edges each record file yields, and how malformed rows are reported.
#include <doctest/doctest.h>

#include "tests/ingest/records/import_test_util.h"

namespace lkg::records {

using testing::Fixture;
using testing::Lines;
using testing::RunImport;

TEST_CASE("import nlrb-cases: exact nodes and edges of the fixture slice") {
  auto r = RunImport(ImportKind::kNlrbCases, Fixture("nlrb_cases_slice.jsonl"));
  REQUIRE(r.report.file == "fixture");
  CHECK(r.node_lines == Lines({
        "case:NLRB 01-CA-037663 Worcester Telegram & Gazette",
        "case:NLRB 01-CA-040598 Snap-On Tools",
        "case:NLRB 13-CA-000001 Acme Widgets",
        "company:Acme Widgets",
        "company:Snap-On Tools",
        "company:Worcester Telegram & Gazette",
        "country:United States",
        "place:Chicago, IL",
        "place:Illinois",
        "place:Massachusetts",
        "place:Natick, MA",
        "place:Worcester, MA",
        "union:Communications Workers of America",
        "union:IBT Local 705",
        "union:International Brotherhood of Teamsters",
        "union:TNG Local 31041",
        "union:The NewsGuild",
      }));
  CHECK(r.edge_lines == Lines({
        "Acme Widgets -located_in-> Chicago, IL",
        "Acme Widgets -located_in-> United States",
        "Chicago, IL -located_in-> Illinois",
        "Communications Workers of America -located_in-> United States",
        "IBT Local 705 -affiliated_with-> International Brotherhood of Teamsters",
        "IBT Local 705 -located_in-> United States",
        "Illinois -located_in-> United States",
        "Massachusetts -located_in-> United States",
        "NLRB 01-CA-037663 Worcester Telegram & Gazette -concerns-> Communications Workers of America",
        "NLRB 01-CA-037663 Worcester Telegram & Gazette -in_country-> United States",
        "NLRB 01-CA-037663 Worcester Telegram & Gazette -in_place-> Worcester, MA",
        "NLRB 01-CA-037663 Worcester Telegram & Gazette -perpetrator-> Worcester Telegram & Gazette",
        "NLRB 01-CA-037663 Worcester Telegram & Gazette -victim-> TNG Local 31041",
        "NLRB 01-CA-040598 Snap-On Tools -in_country-> United States",
        "NLRB 01-CA-040598 Snap-On Tools -in_place-> Natick, MA",
        "NLRB 01-CA-040598 Snap-On Tools -perpetrator-> Snap-On Tools",
        "NLRB 13-CA-000001 Acme Widgets -in_country-> United States",
        "NLRB 13-CA-000001 Acme Widgets -in_place-> Illinois",
        "NLRB 13-CA-000001 Acme Widgets -perpetrator-> Acme Widgets",
        "NLRB 13-CA-000001 Acme Widgets -victim-> IBT Local 705",
        "Natick, MA -located_in-> Massachusetts",
        "Snap-On Tools -located_in-> Natick, MA",
        "Snap-On Tools -located_in-> United States",
        "TNG Local 31041 -affiliated_with-> The NewsGuild",
        "TNG Local 31041 -located_in-> United States",
        "Worcester Telegram & Gazette -located_in-> United States",
        "Worcester Telegram & Gazette -located_in-> Worcester, MA",
        "Worcester, MA -located_in-> Massachusetts",
      }));
}

TEST_CASE("import nlrb-elections: exact nodes and edges of the fixture slice") {
  auto r = RunImport(ImportKind::kNlrbElections, Fixture("nlrb_elections_slice.csv"));
  REQUIRE(r.report.file == "fixture");
  CHECK(r.node_lines == Lines({
        "company:Acme Widgets",
        "company:Delta Projects",
        "company:First Student",
        "company:Ruan",
        "country:United States",
        "place:Grayslake, IL",
        "place:Illinois",
        "place:Massachusetts",
        "place:Needham, MA",
        "place:New Hampshire",
        "place:North Hampton, NH",
        "union:IBT Local 633",
        "union:IBT Local 705",
        "union:IBT Local 710",
        "union:International Brotherhood of Teamsters",
        "union:SEIU Local 509",
        "union:Service Employees International Union",
        "union:UFCW Local 7",
        "union:United Food and Commercial Workers International Union",
      }));
  CHECK(r.edge_lines == Lines({
        "Acme Widgets -located_in-> Illinois",
        "Acme Widgets -located_in-> United States",
        "Delta Projects -located_in-> Needham, MA",
        "Delta Projects -located_in-> United States",
        "First Student -located_in-> North Hampton, NH",
        "First Student -located_in-> United States",
        "Grayslake, IL -located_in-> Illinois",
        "IBT Local 633 -affiliated_with-> International Brotherhood of Teamsters",
        "IBT Local 633 -located_in-> United States",
        "IBT Local 705 -affiliated_with-> International Brotherhood of Teamsters",
        "IBT Local 705 -located_in-> United States",
        "IBT Local 705 -organizes_at-> Ruan",
        "IBT Local 710 -affiliated_with-> International Brotherhood of Teamsters",
        "IBT Local 710 -located_in-> United States",
        "Illinois -located_in-> United States",
        "Massachusetts -located_in-> United States",
        "Needham, MA -located_in-> Massachusetts",
        "New Hampshire -located_in-> United States",
        "North Hampton, NH -located_in-> New Hampshire",
        "Ruan -located_in-> Grayslake, IL",
        "Ruan -located_in-> United States",
        "SEIU Local 509 -affiliated_with-> Service Employees International Union",
        "SEIU Local 509 -located_in-> United States",
        "SEIU Local 509 -organizes_at-> Delta Projects",
        "UFCW Local 7 -affiliated_with-> United Food and Commercial Workers International Union",
        "UFCW Local 7 -located_in-> United States",
        "UFCW Local 7 -organizes_at-> Acme Widgets",
      }));
}

TEST_CASE("import fmcs: exact nodes and edges of the fixture slice") {
  auto r = RunImport(ImportKind::kFmcs, Fixture("fmcs_slice.csv"));
  REQUIRE(r.report.file == "fixture");
  CHECK(r.node_lines == Lines({
        "case:Work stoppage 1984AA00L339 at Newark Metal Products",
        "case:Work stoppage 1984AA00P598 at Seaport Automotive Work Hours",
        "case:Work stoppage 201709870071 at Aristacare at Delaire",
        "case:Work stoppage X0000002 at Acme Widgets, Inc.",
        "company:Acme Widgets",
        "company:Aristacare at Delaire",
        "company:Newark Metal Products",
        "company:Seaport Automotive Work Hours",
        "country:United States",
        "place:California",
        "place:Chicago, IL",
        "place:Illinois",
        "place:Kenilworth, NJ",
        "place:New Jersey",
        "union:IBT Local 705",
        "union:International Brotherhood of Teamsters",
        "union:LIUNA Local 734",
        "union:Laborers' International Union of North America",
        "union:SEIU Local 1199",
        "union:Service Employees International Union",
      }));
  CHECK(r.edge_lines == Lines({
        "Acme Widgets -located_in-> Chicago, IL",
        "Acme Widgets -located_in-> United States",
        "Aristacare at Delaire -located_in-> United States",
        "California -located_in-> United States",
        "Chicago, IL -located_in-> Illinois",
        "IBT Local 705 -affiliated_with-> International Brotherhood of Teamsters",
        "IBT Local 705 -located_in-> United States",
        "IBT Local 705 -organizes_at-> Acme Widgets",
        "Illinois -located_in-> United States",
        "International Brotherhood of Teamsters -located_in-> United States",
        "International Brotherhood of Teamsters -organizes_at-> Seaport Automotive Work Hours",
        "Kenilworth, NJ -located_in-> New Jersey",
        "LIUNA Local 734 -affiliated_with-> Laborers' International Union of North America",
        "LIUNA Local 734 -located_in-> United States",
        "LIUNA Local 734 -organizes_at-> Newark Metal Products",
        "New Jersey -located_in-> United States",
        "Newark Metal Products -located_in-> Kenilworth, NJ",
        "Newark Metal Products -located_in-> United States",
        "SEIU Local 1199 -affiliated_with-> Service Employees International Union",
        "SEIU Local 1199 -located_in-> United States",
        "SEIU Local 1199 -organizes_at-> Aristacare at Delaire",
        "Seaport Automotive Work Hours -located_in-> California",
        "Seaport Automotive Work Hours -located_in-> United States",
        "Work stoppage 1984AA00L339 at Newark Metal Products -concerns-> LIUNA Local 734",
        "Work stoppage 1984AA00L339 at Newark Metal Products -concerns-> Newark Metal Products",
        "Work stoppage 1984AA00L339 at Newark Metal Products -in_country-> United States",
        "Work stoppage 1984AA00L339 at Newark Metal Products -in_place-> Kenilworth, NJ",
        "Work stoppage 1984AA00P598 at Seaport Automotive Work Hours -concerns-> International Brotherhood of Teamsters",
        "Work stoppage 1984AA00P598 at Seaport Automotive Work Hours -concerns-> Seaport Automotive Work Hours",
        "Work stoppage 1984AA00P598 at Seaport Automotive Work Hours -in_country-> United States",
        "Work stoppage 1984AA00P598 at Seaport Automotive Work Hours -in_place-> California",
        "Work stoppage 201709870071 at Aristacare at Delaire -concerns-> Aristacare at Delaire",
        "Work stoppage 201709870071 at Aristacare at Delaire -concerns-> SEIU Local 1199",
        "Work stoppage 201709870071 at Aristacare at Delaire -in_country-> United States",
        "Work stoppage X0000002 at Acme Widgets, Inc. -concerns-> Acme Widgets",
        "Work stoppage X0000002 at Acme Widgets, Inc. -concerns-> IBT Local 705",
        "Work stoppage X0000002 at Acme Widgets, Inc. -in_country-> United States",
        "Work stoppage X0000002 at Acme Widgets, Inc. -in_place-> Chicago, IL",
      }));
}

TEST_CASE("import collective-action: exact nodes and edges of the fixture slice") {
  auto r = RunImport(ImportKind::kCollectiveAction, Fixture("collective_action_slice.json"));
  REQUIRE(r.report.file == "fixture");
  CHECK(r.node_lines == Lines({
        "case:Protest at Amazon",
        "case:Protest at Uber, 2013-03-15",
        "case:Protest, 1969-03-04",
        "case:Strike at Amazon, 2013-05-19",
        "company:Amazon",
        "company:Uber",
        "country:Germany",
        "country:United States",
        "place:California",
        "place:New York",
        "place:New York City, NY",
        "place:San Francisco, CA",
        "place:Seattle, WA",
        "place:Washington",
      }));
  CHECK(r.edge_lines == Lines({
        "California -located_in-> United States",
        "New York -located_in-> United States",
        "New York City, NY -located_in-> New York",
        "Protest at Amazon -concerns-> Amazon",
        "Protest at Amazon -in_country-> United States",
        "Protest at Amazon -in_place-> Seattle, WA",
        "Protest at Uber, 2013-03-15 -concerns-> Uber",
        "Protest at Uber, 2013-03-15 -in_country-> United States",
        "Protest at Uber, 2013-03-15 -in_place-> San Francisco, CA",
        "Protest, 1969-03-04 -in_country-> United States",
        "Protest, 1969-03-04 -in_place-> New York City, NY",
        "San Francisco, CA -located_in-> California",
        "Seattle, WA -located_in-> Washington",
        "Strike at Amazon, 2013-05-19 -concerns-> Amazon",
        "Strike at Amazon, 2013-05-19 -in_country-> Germany",
        "Washington -located_in-> United States",
      }));
}

}  // namespace lkg::records
