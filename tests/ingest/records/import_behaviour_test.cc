// How imports report problems, cite records, chunk and stay deterministic.
#include <doctest/doctest.h>

#include "engine/name_normalizer.h"
#include "ingest/records/importers.h"
#include "ingest/records/us_places.h"
#include "tests/ingest/records/import_test_util.h"

namespace lkg::records {

using testing::Fixture;
using testing::RunImport;

namespace {

std::vector<std::string> IssueLines(const ImportReport& r) {
  std::vector<std::string> out;
  for (const auto& i : r.issues) out.push_back(std::to_string(i.row) + ": " + i.problem + (i.skipped ? " (skipped)" : ""));
  return out;
}

}  // namespace

TEST_CASE("Malformed records are counted and reported with their row numbers") {
  auto cases = RunImport(ImportKind::kNlrbCases, Fixture("nlrb_cases_slice.jsonl"));
  CHECK(cases.report.records == 4);
  CHECK(cases.report.imported == 3);
  CHECK(cases.report.skipped == 1);
  CHECK(IssueLines(cases.report) == std::vector<std::string>{
                                       "3: broken JSON line (skipped)",
                                       "5: missing or unreadable date_filed",
                                       "5: participant 3 (Union) has an empty name"});
  auto elections = RunImport(ImportKind::kNlrbElections, Fixture("nlrb_elections_slice.csv"));
  CHECK(IssueLines(elections.report) ==
        std::vector<std::string>{"4: missing election_date", "5: empty employer name (case_name) (skipped)"});
  auto fmcs = RunImport(ImportKind::kFmcs, Fixture("fmcs_slice.csv"));
  CHECK(IssueLines(fmcs.report) == std::vector<std::string>{"5: empty Employer (skipped)", "6: missing Start Date"});
  auto actions = RunImport(ImportKind::kCollectiveAction, Fixture("collective_action_slice.json"));
  CHECK(IssueLines(actions.report) ==
        std::vector<std::string>{"4: missing or unreadable date", "5: record is not a JSON object (skipped)"});
}

TEST_CASE("NLRB case nodes carry kind, date, status and external id") {
  auto r = RunImport(ImportKind::kNlrbCases, Fixture("nlrb_cases_slice.jsonl"));
  const Node* c = r.Find("NLRB 01-CA-037663 Worcester Telegram & Gazette");
  REQUIRE(c != nullptr);
  CHECK(c->properties["kind"] == "refusal_to_bargain");
  CHECK(c->properties["date"] == "1999-10-25");
  CHECK(c->properties["status"] == "Closed");
  CHECK(c->properties["external_id"] == "01-CA-037663");
  CHECK(c->properties["country"] == "United States");
  const Node* undated = r.Find("NLRB 13-CA-000001 Acme Widgets");
  REQUIRE(undated != nullptr);
  CHECK(undated->properties["date"].is_null());
  CHECK(undated->properties["kind"] == "dismissal");
}

TEST_CASE("NlrbCaseKind maps allegation texts to case kinds") {
  CHECK(NlrbCaseKind("CA", {"8(a)(3) Discharge (Including Layoff and Refusal to Hire (not salting))"}) == "dismissal");
  CHECK(NlrbCaseKind("CA", {"8(a)(5) Refusal to Furnish Information"}) == "refusal_to_bargain");
  CHECK(NlrbCaseKind("CA", {"8(a)(1) Coercive Actions (Surveillance, etc)"}) == "union_busting");
  CHECK(NlrbCaseKind("CB", {"8(b)(1)(A) Duty of Fair Representation, incl'g Superseniority, denial of access"}) == "other");
  CHECK(NlrbCaseKind("CB", {"8(b)(3) Refusal to Bargain/Bad Faith or Surface Bargaining"}) == "refusal_to_bargain");
  CHECK(NlrbCaseKind("RC", {}) == "other");
}

TEST_CASE("A WON election is organizes_at with since and the election's details") {
  auto r = RunImport(ImportKind::kNlrbElections, Fixture("nlrb_elections_slice.csv"));
  const Edge* won = nullptr;
  for (const auto& c : r.chunks) {
    for (const auto& ef : c.edges) {
      if (ef.edge.type == EdgeType::kOrganizesAt && r.nodes[ef.edge.target].name == "Delta Projects, Inc.") won = &ef.edge;
    }
  }
  REQUIRE(won != nullptr);
  CHECK(r.nodes[won->source].name == "SEIU Local 509");
  CHECK(won->properties["since"] == "2010-02-22");
  CHECK(won->properties["election_case"] == "01-RC-022416");
  CHECK(won->properties["votes_for"] == 97);
  CHECK(won->properties["votes_against"] == 36);
  CHECK(won->properties["eligible_voters"] == 171);
  // Every election is an event, won or lost.
  const Node* election = r.Find("NLRB election 01-RC-022416 at Delta Projects, Inc., 2010-02-22");
  REQUIRE(election != nullptr);
  CHECK(election->type == NodeType::kEvent);
  CHECK(election->properties["kind"] == "election");
  CHECK(election->properties["start"] == "2010-02-22");
  CHECK(election->properties["workers"] == 171);
  CHECK(election->properties["outcome"] == "WON");
  CHECK(r.Find("NLRB election 01-RC-022466 at First Student, 2010-10-06") != nullptr);
  // The LOSS election at First Student gives no organizes_at edge.
  CHECK(r.edge_lines.count("IBT Local 633 -organizes_at-> First Student") == 0);
}

TEST_CASE("Evidence cites the record: extractor, byte span and a rendering") {
  std::string content = Fixture("fmcs_slice.csv");
  auto r = RunImport(ImportKind::kFmcs, content);
  REQUIRE(r.chunks.size() == 1);
  const auto& doc = r.chunks[0].document;
  CHECK(doc.key == DocumentKeyForText(content));
  CHECK(doc.text == content);
  bool found = false;
  for (const auto& nf : r.chunks[0].nodes) {
    if (nf.node.name != "Newark Metal Products") continue;
    REQUIRE(nf.evidence.size() == 1);
    const Evidence& e = nf.evidence[0];
    CHECK(e.extractor == "import:fmcs");
    CHECK(e.document == doc.key);
    CHECK(content.substr(e.start, e.end - e.start).rfind("Newark Metal Products,LIUNA 734", 0) == 0);
    CHECK(e.sentence.rfind("FMCS work stoppage 1984AA00L339: Newark Metal Products / LIUNA 734", 0) == 0);
    found = true;
  }
  CHECK(found);
}

TEST_CASE("Chunking changes nothing but the number of writes; runs are deterministic") {
  auto whole = RunImport(ImportKind::kNlrbElections, Fixture("nlrb_elections_slice.csv"));
  auto chunked = RunImport(ImportKind::kNlrbElections, Fixture("nlrb_elections_slice.csv"), 1);
  CHECK(whole.report.chunks == 1);
  CHECK(chunked.report.chunks == 4);
  CHECK(whole.node_lines == chunked.node_lines);
  CHECK(whole.edge_lines == chunked.edge_lines);
  CHECK(whole.node_evidence == chunked.node_evidence);
  auto again = RunImport(ImportKind::kNlrbElections, Fixture("nlrb_elections_slice.csv"));
  CHECK(again.nodes.size() == whole.nodes.size());
  CHECK(again.node_evidence == whole.node_evidence);
}

TEST_CASE("Unusable files give clear errors") {
  FactsSink sink = [](const DocumentFacts&) -> Result<ApplyResult> { return ApplyResult{}; };
  auto bad_utf8 = ImportContent(ImportKind::kFmcs, "Employer\n\xff\xfe\n", "x.csv", sink);
  REQUIRE_FALSE(bad_utf8.ok());
  CHECK(bad_utf8.status().message() == "x.csv: the file is not valid UTF-8");
  auto columns = ImportContent(ImportKind::kFmcs, "Employer,Union\nAcme,IBT 705\n", "x.csv", sink);
  REQUIRE_FALSE(columns.ok());
  CHECK(columns.status().message() == "CSV header lacks column(s): Case Number, City, State, Start Date");
  auto not_array = ImportContent(ImportKind::kCollectiveAction, "{\"id\": 1}", "a.json", sink);
  REQUIRE_FALSE(not_array.ok());
  CHECK(not_array.status().message() == "collective-action: the file is not a JSON array");
  auto missing = ImportFile(ImportKind::kFmcs, "/nonexistent/file.csv", sink);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message() == "cannot open /nonexistent/file.csv");
  FactsSink failing = [](const DocumentFacts&) -> Result<ApplyResult> { return Status::Busy("store locked"); };
  auto failed = ImportContent(ImportKind::kFmcs, Fixture("fmcs_slice.csv"), "f.csv", failing);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.status().message() == "store locked");
}

TEST_CASE("US places: City, ST; Various; empty; unknown states") {
  auto worcester = ParseCityState("WORCESTER, MA");
  REQUIRE(worcester);
  CHECK(worcester->city == "Worcester");
  CHECK(worcester->state_name == "Massachusetts");
  CHECK(CityPlaceKey(*worcester) == CityPlaceKey(*ParseCityState("Worcester, MA")));
  auto various = ParseCityState("Various Locations, OH");
  REQUIRE(various);
  CHECK(various->city.empty());
  CHECK(various->various);
  CHECK(various->state_code == "OH");
  CHECK_FALSE(ParseCityState(", ").has_value());
  CHECK_FALSE(ParseCityState("Toronto, ON").has_value());
  CHECK(MakePlace("Seattle", "washington")->state_code == "WA");
}

TEST_CASE("The full record files import without errors (real data)") {
  struct File {
    ImportKind kind;
    const char* path;
    size_t min_records;
  };
  for (const File& f : {File{ImportKind::kNlrbCases, "/data/nlrb-case-pages/nlrb_case_pages.jsonl", 4161},
                        File{ImportKind::kNlrbElections, "/data/nlrb-elections/nlrb_elections_fy2011_2022.csv", 16457},
                        File{ImportKind::kFmcs, "/data/fmcs-work-stoppages/work_stoppages.csv", 14317},
                        File{ImportKind::kCollectiveAction, "/data/collective-action-tech/actions.json", 506}}) {
    size_t chunks = 0;
    FactsSink sink = [&chunks](const DocumentFacts& facts) -> Result<ApplyResult> {
      ++chunks;
      for (const auto& nf : facts.nodes) {
        if (!IsValidUtf8(nf.node.name) || nf.evidence.empty()) return Status::InvalidArgument("bad node " + nf.node.name);
      }
      return ApplyResult{};
    };
    auto r = ImportFile(f.kind, std::string(LKG_SHARED_DIR) + f.path, sink);
    REQUIRE_MESSAGE(r.ok(), r.status().ToString());
    CHECK(r->records >= f.min_records);
    CHECK(r->skipped < r->records / 100);
    CHECK(chunks == r->chunks);
  }
}

}  // namespace lkg::records
