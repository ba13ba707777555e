// `lkg train`: determinism, speed, the report, --model for ingest, and the
// error paths. CI trains on the dev set (in git): the corpus texts are not.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "tests/cli/run_lkg.h"
#include "tests/engine/store_test_util.h"

namespace lkg {
namespace {

using testing::RunLkg;
using testing::TempDir;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string kDevset = std::string(LKG_SOURCE_DIR) + "/tests/data/devset";

TEST_CASE("lkg train is deterministic, fast and reports each part") {
  TempDir dir;
  const std::string others = dir.path() + "/others.jsonl";
  std::ofstream(others) << R"({"text": "Shares of the bank rose 3% after quarterly profits beat forecasts."})" << "\n"
                        << R"({"text": "The central bank kept interest rates unchanged on Tuesday."})" << "\n";
  const auto start = std::chrono::steady_clock::now();
  auto first = RunLkg({"train", kDevset, "--not-labour", others, "-o", dir.path() + "/a.lkgmodel"});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(first.code == 0);
  CHECK(seconds < 60.0);
  CHECK(Has(first.out, "trained on 34 annotated articles, 0 labour and 2 not-labour texts in "));
  // One relevance example per document: listing pages of the dev set give one per item.
  CHECK(Has(first.out, "  relevance: 44 examples, training accuracy "));
  CHECK(Has(first.out, "  entities: "));
  CHECK(Has(first.out, "candidate name runs; accuracy per token"));
  CHECK(Has(first.out, "  cases: "));
  CHECK(Has(first.out, "case_roles: "));
  auto second = RunLkg({"train", kDevset, "--not-labour", others, "-o", dir.path() + "/b.lkgmodel"});
  REQUIRE(second.code == 0);
  const std::string a = Slurp(dir.path() + "/a.lkgmodel");
  CHECK(a.size() > 100);
  CHECK(a == Slurp(dir.path() + "/b.lkgmodel"));

  auto ingest = RunLkg({"--db", dir.path() + "/db", "ingest", "--model", dir.path() + "/a.lkgmodel", kDevset + "/01.txt"});
  CHECK(ingest.code == 0);
  CHECK(Has(ingest.out, "documents: 1 added"));
}

TEST_CASE("lkg train without not-labour texts leaves relevance out and says so") {
  TempDir dir;
  auto run = RunLkg({"train", kDevset, "-o", dir.path() + "/m.lkgmodel", "--epochs", "2"});
  REQUIRE(run.code == 0);
  CHECK(Has(run.out, "  relevance: not trained: no not-labour texts (--not-labour FILE)"));
  auto only = RunLkg({"train", kDevset, "-o", dir.path() + "/cases.lkgmodel", "--epochs", "2", "--parts", "cases"});
  REQUIRE(only.code == 0);
  std::string bytes = Slurp(dir.path() + "/cases.lkgmodel");
  CHECK(bytes.find("case_roles") == std::string::npos);
  CHECK(bytes.find("cases") != std::string::npos);
}

TEST_CASE("lkg train and ingest --model error paths") {
  TempDir dir;
  auto no_dir = RunLkg({"train", "-o", dir.path() + "/m"});
  CHECK(no_dir.code == 2);
  CHECK(Has(no_dir.err, "give at least one GOLD_DIR"));
  auto no_out = RunLkg({"train", kDevset});
  CHECK(no_out.code == 2);
  CHECK(Has(no_out.err, "give the model file to write with -o MODEL"));
  auto bad_epochs = RunLkg({"train", kDevset, "-o", dir.path() + "/m", "--epochs", "0"});
  CHECK(bad_epochs.code == 2);
  CHECK(Has(bad_epochs.err, "epochs"));
  auto missing = RunLkg({"train", dir.path() + "/nope", "-o", dir.path() + "/m"});
  CHECK(missing.code == 1);
  CHECK(Has(missing.err, "lkg: error: "));
  CHECK(Has(missing.err, "/nope"));
  auto empty = RunLkg({"train", dir.path(), "-o", dir.path() + "/m"});
  CHECK(empty.code == 1);
  CHECK(Has(empty.err, "no annotated article to train on (NAME.json + NAME.txt)"));
  auto bad_part = RunLkg({"train", kDevset, "-o", dir.path() + "/m", "--parts", "cases,nope"});
  CHECK(bad_part.code == 2);
  CHECK(Has(bad_part.err, "--parts: no trained part 'nope'"));
  auto bad_others = RunLkg({"train", kDevset, "--not-labour", dir.path() + "/absent.jsonl", "-o", dir.path() + "/m"});
  CHECK(bad_others.code == 1);
  CHECK(Has(bad_others.err, "absent.jsonl"));
  std::ofstream(dir.path() + "/bad.lkgmodel") << "not a model";
  auto ingest = RunLkg({"--db", dir.path() + "/db", "ingest", "--model", dir.path() + "/bad.lkgmodel", kDevset + "/01.txt"});
  CHECK(ingest.code == 1);
  CHECK(Has(ingest.err, "bad.lkgmodel: not an lkg model file (bad magic bytes)"));
}

}  // namespace
}  // namespace lkg
