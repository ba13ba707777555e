// The forgiving resolver on a real store: the seed articles and the
// sample Wikinews articles ingested, then the names people type.
#include <doctest/doctest.h>

#include <filesystem>

#include "tests/cli/run_lkg.h"
#include "tests/engine/store_test_util.h"

namespace lkg {
namespace {

using testing::CliRun;
using testing::RunLkg;
using testing::TempDir;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// One store for every case below (ingesting takes a few seconds).
const std::string& SeedStore() {
  static TempDir dir;
  static bool ingested = [] {
    CliRun run = RunLkg({"--db", dir.path(), "ingest", std::string(LKG_SHARED_DIR) + "/seeds",
                         std::string(LKG_SOURCE_DIR) + "/samples/wikinews_labour.jsonl"});
    return run.code == 0;
  }();
  REQUIRE(ingested);
  return dir.path();
}

bool HaveSeeds() { return std::filesystem::exists(std::string(LKG_SHARED_DIR) + "/seeds"); }

TEST_CASE("lkg show Teamsters answers with the national union") {
  if (!HaveSeeds()) return;
  CliRun run = RunLkg({"--db", SeedStore(), "show", "Teamsters"});
  INFO(run.err);
  REQUIRE(run.code == 0);
  CHECK(run.out.rfind("International Brotherhood of Teamsters", 0) == 0);
}

TEST_CASE("lkg show Tadzhibaev finds Eldar Tadjibaev") {
  if (!HaveSeeds()) return;
  CliRun run = RunLkg({"--db", SeedStore(), "show", "Tadzhibaev"});
  INFO(run.err);
  REQUIRE(run.code == 0);
  CHECK(run.out.rfind("Eldar Tadjibaev", 0) == 0);
  CliRun cyrillic = RunLkg({"--db", SeedStore(), "show", "Таджибаев"});
  INFO(cyrillic.err);
  CHECK(cyrillic.code == 0);
  CHECK(cyrillic.out.rfind("Eldar Tadjibaev", 0) == 0);
}

TEST_CASE("lkg path VimpelCom Tadzhibaev connects the company and the union leader") {
  if (!HaveSeeds()) return;
  CliRun run = RunLkg({"--db", SeedStore(), "path", "VimpelCom", "Tadzhibaev"});
  INFO(run.err);
  REQUIRE(run.code == 0);
  CHECK(Has(run.out, "VimpelCom"));
  CHECK(Has(run.out, "Eldar Tadjibaev"));
}

TEST_CASE("a miss on the seed store says so and suggests near spellings") {
  if (!HaveSeeds()) return;
  CliRun miss = RunLkg({"--db", SeedStore(), "show", "Zzyzx Qwerty"});
  CHECK(miss.code == 1);
  CHECK(miss.err == "lkg: error: no node named 'Zzyzx Qwerty'\n");
  CliRun near = RunLkg({"--db", SeedStore(), "neighbors", "Kyrgyztan"});
  CHECK(near.code == 1);
  CHECK(Has(near.err, "no node named 'Kyrgyztan'; did you mean one of these?"));
  CHECK(Has(near.err, "country  Kyrgyzstan"));
}

}  // namespace
}  // namespace lkg
