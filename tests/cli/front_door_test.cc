// Output that talks to people: what ingest and import found, what export
// wrote, rounded numbers, "undated", the help and no-store messages.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "tests/cli/run_lkg.h"
#include "tests/engine/store_test_util.h"

namespace lkg {
namespace {

using testing::RunLkg;
using testing::TempDir;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string Source(const std::string& relative) { return std::string(LKG_SOURCE_DIR) + "/" + relative; }

// The five seed articles (tests/data/devset/01–05) ingested into `db`.
testing::CliRun IngestSeeds(const std::string& db, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"--db", db, "ingest"};
  for (const char* n : {"01", "02", "03", "04", "05"}) args.push_back(Source("tests/data/devset/") + n + ".txt");
  args.insert(args.end(), extra.begin(), extra.end());
  return RunLkg(args);
}

TEST_CASE("lkg ingest ends with the entities and cases it found") {
  TempDir dir;
  testing::CliRun run = IngestSeeds(dir.Sub("db"));
  REQUIRE(run.code == 0);
  CHECK(Has(run.out, "documents: 5 added"));
  CHECK(Has(run.out, "found most often:\n"));
  CHECK(Has(run.out, "Mining and Metallurgy Trade Union of Kyrgyzstan"));
  CHECK(Has(run.out, "IndustriALL Global Union"));
  CHECK(Has(run.out, "cases:\n  2023-12-06  arrest"));
  testing::CliRun json = IngestSeeds(dir.Sub("db"), {"--json"});
  REQUIRE(json.code == 0);
  nlohmann::json parsed = nlohmann::json::parse(json.out);
  CHECK(parsed["documents_unchanged"] == 5);
  CHECK(parsed["found"]["top_entities"].size() > 0);
  CHECK(!parsed.contains("facts"));
}

TEST_CASE("lkg ingest --show-facts lists every fact with a rounded confidence") {
  TempDir dir;
  testing::CliRun run = RunLkg({"--db", dir.Sub("db"), "ingest", "--show-facts", Source("tests/data/devset/02.txt")});
  REQUIRE(run.code == 0);
  CHECK(std::regex_search(run.out, std::regex("^d:[0-9a-f]{16}  \"", std::regex::multiline)));
  CHECK(std::regex_search(run.out, std::regex("\n    union +[^\n]+  [01]\\.[0-9]{2}  rule:")));
  CHECK(std::regex_search(run.out, std::regex("\n    [a-z_]+ +[^\n]+ -> [^\n]+  [01]\\.[0-9]{2}  rule:")));
  testing::CliRun json =
      RunLkg({"--db", dir.Sub("db2"), "ingest", "--show-facts", "--json", Source("tests/data/devset/02.txt")});
  REQUIRE(json.code == 0);
  nlohmann::json facts = nlohmann::json::parse(json.out)["facts"];
  REQUIRE(facts.size() == 1);
  CHECK(facts[0]["nodes"].size() > 0);
  CHECK(facts[0]["nodes"][0]["confidence"].is_number());
  CHECK(facts[0]["nodes"][0]["extractor"].get<std::string>().rfind("rule:", 0) == 0);
}

TEST_CASE("lkg import reports its duration for people and what it found") {
  TempDir dir;
  testing::CliRun run =
      RunLkg({"--db", dir.Sub("db"), "import", "fmcs", Source("tests/ingest/records/fixtures/fmcs_slice.csv")});
  REQUIRE(run.code == 0);
  CHECK(std::regex_search(run.out, std::regex(R"(\(1 chunk, [0-9.]+ (ms|s)\))")));
  CHECK(Has(run.out, "found most often:\n"));
  CHECK(Has(run.out, " records)\n"));
  testing::CliRun nlrb =
      RunLkg({"--db", dir.Sub("db"), "import", "nlrb-cases", Source("tests/ingest/records/fixtures/nlrb_cases_slice.jsonl")});
  REQUIRE(nlrb.code == 0);
  CHECK(std::regex_search(nlrb.out, std::regex("\ncases:\n  [0-9]{4}-[0-9]{2}-[0-9]{2}  [a-z_]+ +NLRB ")));
}

TEST_CASE("lkg export says what it wrote and where; stdout exports stay clean") {
  TempDir dir;
  REQUIRE(IngestSeeds(dir.Sub("db")).code == 0);
  std::string file = dir.Sub("mmtuk.gexf");
  testing::CliRun run = RunLkg({"--db", dir.Sub("db"), "export", "--format", "gexf", "--seed", "MMTUK", "-o", file});
  REQUIRE(run.code == 0);
  CHECK(std::regex_match(run.out, std::regex("wrote gexf: [0-9]+ nodes, [0-9]+ edges \\([0-9.]+ KiB\\) to " + file +
                                             "\n")));
  testing::CliRun whole = RunLkg({"--db", dir.Sub("db"), "export", "-o", dir.Sub("all.json")});
  CHECK(Has(whole.out, "wrote json: "));
  testing::CliRun tables = RunLkg({"--db", dir.Sub("db"), "export", "--format", "csv", "-o", dir.Sub("csv")});
  CHECK(Has(tables.out, "to " + dir.Sub("csv") + "/nodes.csv and edges.csv\n"));
  testing::CliRun piped = RunLkg({"--db", dir.Sub("db"), "export", "--format", "dot"});
  CHECK(piped.out.rfind("digraph", 0) == 0);
  CHECK(!Has(piped.out, "wrote"));
  CHECK(piped.err.empty());
}

TEST_CASE("scores print rounded, direct links are shown, undated cases say so") {
  TempDir dir;
  REQUIRE(IngestSeeds(dir.Sub("db")).code == 0);
  testing::CliRun rank = RunLkg({"--db", dir.Sub("db"), "rank", "--top", "5"});
  REQUIRE(rank.code == 0);
  std::smatch score;
  REQUIRE(std::regex_search(rank.out, score, std::regex("\n +1 +([0-9.]+)  ")));
  std::string digits = std::regex_replace(score[1].str(), std::regex("^[0.]+|\\."), "");
  CHECK(digits.size() <= 3);
  testing::CliRun common = RunLkg({"--db", dir.Sub("db"), "common", "MMTUK", "IndustriALL Global Union"});
  REQUIRE(common.code == 0);
  CHECK(Has(common.out, "Direct links: 1\n  Mining and Metallurgy Trade Union of Kyrgyzstan -[affiliated_with]-> "
                        "IndustriALL Global Union\n"));

  auto store = testing::OpenOrDie(dir.Sub("undated"));
  DocumentFacts doc = testing::DocOf("Workers were dismissed.", "https://news.test/u", "Dismissals");
  doc.nodes.push_back(testing::NodeOf(NodeType::kCase, "dismissal of workers", {}, {{"kind", "dismissal"}}));
  REQUIRE(store->Apply(doc).ok());
  store.reset();
  testing::CliRun cases = RunLkg({"--db", dir.Sub("undated"), "cases"});
  REQUIRE(cases.code == 0);
  CHECK_MESSAGE(cases.out.rfind("undated     dismissal          dismissal of workers  n:", 0) == 0, cases.out);
}

TEST_CASE("lkg help --help explains help itself") {
  testing::CliRun run = RunLkg({"help", "--help"});
  CHECK(run.code == 0);
  CHECK(run.out.rfind("Usage: lkg help [COMMAND]\n", 0) == 0);
  CHECK(run.err.empty());
  testing::CliRun bad = RunLkg({"help", "nosuchthing"});
  CHECK(bad.code == 2);
  CHECK(bad.err == "lkg: usage: unknown command 'nosuchthing'\nRun 'lkg help' for the list of commands.\n");
}

TEST_CASE("a read command without a store says where it looked and how to point at one") {
  TempDir dir;
  testing::CliRun flag = RunLkg({"--db", dir.Sub("none"), "stats"});
  CHECK(flag.code == 1);
  CHECK(flag.err == "lkg: error: no lkg store at '" + dir.Sub("none") + "' (the directory does not exist)\n" +
                        "  looked in " + dir.Sub("none") + " (given with --db)\n" +
                        "  point at a store with --db DIR or LKG_DB=DIR, or create one with 'lkg ingest PATH…'\n");
  setenv("LKG_DB", dir.Sub("env").c_str(), 1);
  testing::CliRun env = RunLkg({"show", "X"});
  unsetenv("LKG_DB");
  CHECK(env.code == 1);
  CHECK(Has(env.err, "  looked in " + dir.Sub("env") + " (from $LKG_DB)\n"));
  std::filesystem::path here = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  testing::CliRun fallback = RunLkg({"cases"});
  std::filesystem::current_path(here);
  CHECK(fallback.code == 1);
  CHECK(Has(fallback.err, "  looked in " + dir.Sub("lkg-data") + " (the default: lkg-data in the current folder)\n"));
}

}  // namespace
}  // namespace lkg
