// Events counted right: every FMCS row is its own work-stoppage event, rows
// of one FMCS case number are part of one dispute, stoppages are not cases,
// and `lkg events --group-by employer` equals the file's row counts.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "engine/ids.h"
#include "ingest/names/employer_names.h"
#include "ingest/records/csv_reader.h"
#include "tests/cli/run_lkg.h"
#include "tests/ingest/records/import_test_util.h"

namespace lkg::records {
namespace {

using ::lkg::testing::RunLkg;
using testing::Fixture;
using testing::RunImport;

std::string FixturePath(const char* name) {
  return std::string(LKG_SOURCE_DIR) + "/tests/ingest/records/fixtures/" + name;
}

// Rows per employer node, counted from the CSV itself: each row's Employer
// string keyed the way the importer keys employers (legal form stripped).
std::map<std::string, size_t> RowsPerEmployer(const std::string& csv) {
  std::istringstream in(csv);
  CsvReader reader(in);
  std::vector<std::string> row;
  std::map<std::string, size_t> out;
  bool header = true;
  while (true) {
    auto next = reader.Next(row);
    REQUIRE(next.ok());
    if (!*next) break;
    if (header) {
      header = false;
      continue;
    }
    ++out[FormatNodeId(EntityKey(NodeType::kCompany, names::ParseEmployerName(row[0]).canonical))];
  }
  return out;
}

size_t CountType(const testing::Imported& r, NodeType type, const std::string& kind) {
  return static_cast<size_t>(std::count_if(r.nodes.begin(), r.nodes.end(), [&](const auto& entry) {
    return entry.second.type == type && (kind.empty() || entry.second.properties.value("kind", "") == kind);
  }));
}

}  // namespace

TEST_CASE("Each FMCS row is its own work-stoppage event; no stoppage is a case") {
  auto r = RunImport(ImportKind::kFmcs, Fixture("fmcs_top_employers.csv"));
  REQUIRE(r.report.imported == 244);
  CHECK(CountType(r, NodeType::kEvent, "work_stoppage") == 244);
  CHECK(CountType(r, NodeType::kCase, "") == 0);
  const Node* eden = r.Find("Work stoppage at Eden Medical Center, 2012-05-01");
  REQUIRE(eden != nullptr);
  CHECK(eden->properties["start"] == "2012-05-01");
  CHECK(eden->properties["end"] == "2012-06-06");
  CHECK(eden->properties["duration"] == 37);
  CHECK(eden->properties["workers"] == 600);
  CHECK(eden->properties["country"] == "United States");
  CHECK(eden->properties["country_code"] == "US");
  // The eight rows of FMCS case 2011N0505802 are part of one dispute.
  size_t parts = 0;
  for (const auto& c : r.chunks) {
    for (const auto& e : c.edges) {
      if (e.edge.type == EdgeType::kPartOf && r.nodes.at(e.edge.target).name == "FMCS dispute 2011N0505802") ++parts;
    }
  }
  CHECK(parts == 8);
}

TEST_CASE("lkg events --group-by employer equals the CSV's rows per employer; re-import adds nothing") {
  auto dir = std::filesystem::temp_directory_path() / ("lkg_events_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  auto first = RunLkg({"--db", dir.string(), "import", "fmcs", FixturePath("fmcs_top_employers.csv"), "--json"});
  REQUIRE_MESSAGE(first.code == 0, first.err);
  auto again = RunLkg({"--db", dir.string(), "import", "fmcs", FixturePath("fmcs_top_employers.csv"), "--json"});
  REQUIRE(again.code == 0);
  auto second = nlohmann::json::parse(again.out);
  CHECK(second["nodes_added"] == 0);
  CHECK(second["edges_added"] == 0);
  CHECK(second["evidence_added"] == 0);

  auto run = RunLkg({"--db", dir.string(), "events", "--kind", "work_stoppage", "--group-by", "employer", "--limit",
                     "1000", "--json"});
  REQUIRE_MESSAGE(run.code == 0, run.err);
  auto counts = nlohmann::json::parse(run.out);
  CHECK(counts["events"] == 244);
  std::map<std::string, size_t> in_store;
  for (const auto& g : counts["groups"]) in_store[g["key"].get<std::string>()] = g["events"].get<size_t>();
  std::map<std::string, size_t> in_file = RowsPerEmployer(Fixture("fmcs_top_employers.csv"));
  std::vector<std::pair<size_t, std::string>> top;
  for (const auto& [key, n] : in_file) top.emplace_back(n, key);
  std::sort(top.rbegin(), top.rend());
  REQUIRE(top.size() >= 20);
  for (size_t i = 0; i < 20; ++i) {
    CAPTURE(top[i].second);
    CHECK(in_store[top[i].second] == top[i].first);
  }
  CHECK(in_store.size() == in_file.size());
  auto eden = RunLkg({"--db", dir.string(), "events", "--kind", "work_stoppage", "--actor", "Eden Medical Center"});
  CHECK(std::count(eden.out.begin(), eden.out.end(), '\n') == 15);  // 15 rows in the file

  auto years = RunLkg({"--db", dir.string(), "events", "--kind", "work_stoppage", "--group-by", "year", "--limit", "1000", "--json"});
  REQUIRE_MESSAGE(years.code == 0, years.err);
  nlohmann::json year_counts = nlohmann::json::parse(years.out);
  size_t sum = 0;
  for (const auto& g : year_counts["groups"]) sum += g["events"].get<size_t>();
  CHECK(sum == 244);
  auto cases = RunLkg({"--db", dir.string(), "cases"});
  CHECK(cases.out == "no cases match\n");  // stoppages are not violations
  std::filesystem::remove_all(dir);
}

TEST_CASE("lkg events: usage errors and the import's resolution report") {
  auto dir = std::filesystem::temp_directory_path() / ("lkg_events2_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  auto bad = RunLkg({"--db", dir.string(), "events", "--group-by", "planet"});
  CHECK(bad.code == 2);
  CHECK(bad.err.find("unknown --group-by 'planet' (employer, union, year, state, kind, country)") != std::string::npos);
  auto extra = RunLkg({"--db", dir.string(), "events", "x"});
  CHECK(extra.code == 2);
  CHECK(extra.err.find("events takes no positional arguments") != std::string::npos);
  auto report = RunLkg({"--db", dir.string(), "import", "fmcs", FixturePath("fmcs_top_employers.csv"), "--report"});
  REQUIRE_MESSAGE(report.code == 0, report.err);
  CHECK(report.out.find("employer: ") != std::string::npos);
  CHECK(report.out.find("largest clusters:") != std::string::npos);
  CHECK(report.out.find("Georgia-Pacific") != std::string::npos);
  CHECK(report.out.find("unparsed: ") != std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace lkg::records
