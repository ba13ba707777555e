// `lkg documents`: the list with filters, and full-text search with the
// index built on demand.
#include <doctest/doctest.h>

#include "tests/cli/run_lkg.h"
#include "tests/engine/store_test_util.h"

namespace lkg {
namespace {

using testing::CliRun;
using testing::RunLkg;
using testing::TempDir;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void Ingest(const std::string& db) {
  const char* articles =
      R"({"url": "https://a.test/1", "title": "Hunger strike at the mine", "date": "2023-05-02", "source": "Eurasianet", "text": "Miners at the Kumtor gold mine began a hunger strike on Monday, the Kyrgyz union said."})" "\n"
      R"({"url": "https://b.test/2", "title": "Port strikes spread", "date": "2021-01-10", "source": "Reuters", "text": "Dockers went on strike in three ports over wages."})" "\n";
  CliRun run = RunLkg({"--db", db, "ingest", "-"}, articles);
  REQUIRE_MESSAGE(run.code == 0, run.err);
}

TEST_CASE("lkg documents lists documents newest first, filtered") {
  TempDir dir;
  Ingest(dir.path());
  CliRun all = RunLkg({"--db", dir.path(), "documents"});
  REQUIRE(all.code == 0);
  CHECK(all.out.find("2023-05-02 Hunger strike at the mine") == 0);
  CHECK(Has(all.out, "2 of 2 documents"));
  CliRun reuters = RunLkg({"--db", dir.path(), "documents", "--source", "reuters", "--json"});
  REQUIRE(reuters.code == 0);
  nlohmann::json j = nlohmann::json::parse(reuters.out);
  CHECK(j["total"] == 1);
  CHECK(j["documents"][0]["title"] == "Port strikes spread");
  CHECK(RunLkg({"--db", dir.path(), "documents", "extra"}).code == 2);
}

TEST_CASE("lkg documents --query: ranked full-text search with phrases and snippets") {
  TempDir dir;
  Ingest(dir.path());
  CliRun phrase = RunLkg({"--db", dir.path(), "documents", "--query", "\"hunger strike\"", "--json"});
  REQUIRE_MESSAGE(phrase.code == 0, phrase.err);
  nlohmann::json j = nlohmann::json::parse(phrase.out);
  REQUIRE(j["documents"].size() == 1);
  CHECK(j["documents"][0]["title"] == "Hunger strike at the mine");
  CHECK(Has(j["documents"][0]["snippet"].get<std::string>(), "a «hunger strike» on Monday"));
  CliRun stemmed = RunLkg({"--db", dir.path(), "documents", "--query", "striking"});
  REQUIRE(stemmed.code == 0);
  CHECK(Has(stemmed.out, "2 of 2 matching documents"));
  CliRun bad = RunLkg({"--db", dir.path(), "documents", "--query", "AND OR ("});
  CHECK(bad.code == 1);
  CHECK(bad.err == "lkg: error: cannot read the search query: Syntax: <expression> AND <expression>\n");
}

}  // namespace
}  // namespace lkg
