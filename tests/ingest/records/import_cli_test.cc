// `lkg import` from the command line: usage errors, missing files, reports.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "cli/command.h"
#include "tests/cli/run_lkg.h"
#include "tests/ingest/records/import_test_util.h"

namespace lkg::records {
namespace {

using Run = ::lkg::testing::CliRun;
using ::lkg::testing::RunLkg;


std::string FixturePath(const char* name) {
  return std::string(LKG_SOURCE_DIR) + "/tests/ingest/records/fixtures/" + name;
}

}  // namespace

TEST_CASE("lkg import rejects unknown kinds and wrong arguments with usage errors") {
  auto dir = std::filesystem::temp_directory_path() / ("lkg_import_cli_" + std::to_string(::getpid()));
  auto unknown = RunLkg({"--db", dir.string(), "import", "osha", "x.csv"});
  CHECK(unknown.code == 2);
  CHECK(unknown.err.find("unknown KIND 'osha' (nlrb-cases, nlrb-elections, fmcs, collective-action)") != std::string::npos);
  auto missing_arg = RunLkg({"--db", dir.string(), "import", "fmcs"});
  CHECK(missing_arg.code == 2);
  CHECK(missing_arg.err.find("expected KIND FILE") != std::string::npos);
  auto bad_chunk = RunLkg({"--db", dir.string(), "import", "fmcs", "x.csv", "--chunk", "0"});
  CHECK(bad_chunk.code == 2);
  auto help = RunLkg({"import", "--help"});
  CHECK(help.code == 0);
  CHECK(help.out.find("collective-action  Collective Action in Tech") != std::string::npos);
}

TEST_CASE("lkg import reports records, issues and resolution; a missing file is an error") {
  auto dir = std::filesystem::temp_directory_path() / ("lkg_import_cli2_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  auto missing = RunLkg({"--db", dir.string(), "import", "fmcs", "/nonexistent/ws.csv"});
  CHECK(missing.code == 1);
  CHECK(missing.err.find("lkg: error: ") != std::string::npos);
  CHECK(missing.err.find("cannot open /nonexistent/ws.csv") != std::string::npos);
  auto ok = RunLkg({"--db", dir.string(), "import", "fmcs", FixturePath("fmcs_slice.csv")});
  REQUIRE_MESSAGE(ok.code == 0, ok.err);
  CHECK(ok.out.find("imported 4 of 5 records") != std::string::npos);
  CHECK(ok.out.find("row 5: empty Employer (skipped)") != std::string::npos);
  CHECK(ok.err.empty());  // no progress output when stderr is not a terminal
  auto json = RunLkg({"--db", dir.string(), "import", "fmcs", FixturePath("fmcs_slice.csv"), "--json"});
  REQUIRE(json.code == 0);
  auto report = nlohmann::json::parse(json.out);
  CHECK(report["records"] == 5);
  CHECK(report["evidence_added"] == 0);  // the second run adds nothing
  CHECK(report["issues"].size() == 2);
  std::filesystem::remove_all(dir);
}

}  // namespace lkg::records
