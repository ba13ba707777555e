// The union-parse scorer and its label files.
#include "ingest/names/union_parse_eval.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace lkg::names {

TEST_CASE("The parser's answer in label form") {
  UnionLabel local = PredictUnionLabel("Teamsters Local Union No. 705");
  CHECK(local.affiliation == "IBT");
  CHECK(local.local == "705");
  CHECK(local.kind == "local");
  UnionLabel national = PredictUnionLabel("SERVICE EMPLOYEES INTERNATIONAL UNION, AFL-CIO, CLC");
  CHECK(national.affiliation == "SEIU");
  CHECK(national.local.empty());
  CHECK(national.kind == "national");
  CHECK(PredictUnionLabel("USW IBB IAM").affiliation == "MULTI");
  CHECK(PredictUnionLabel("IBT 198 & 222").affiliation == "IBT");
  CHECK(PredictUnionLabel("IBT 198 & 222").kind == "multi");
  CHECK(PredictUnionLabel("Amazon Labor Union").affiliation == "UNAFF");
  CHECK(PredictUnionLabel("NOITU Local 528").affiliation == "NOITU");
}

TEST_CASE("Scores count affiliation and local number separately") {
  std::vector<UnionLabel> labels = {{"IBT Local 705", "t", "IBT", "705", "local"},
                                    {"IBT Local 705", "t", "IBT", "706", "local"},
                                    {"IBT Local 705", "t", "UFCW", "705", "local"}};
  UnionParseScore s = ScoreUnionParse(labels);
  CHECK(s.rows == 3);
  CHECK(s.affiliation_right == 2);
  CHECK(s.local_right == 2);
  CHECK(s.errors.size() == 2);
}

TEST_CASE("Label files: every row has five fields; both splits are there") {
  auto train = ReadUnionLabels(std::string(LKG_SOURCE_DIR) + "/tests/data/union_labels/train.tsv");
  auto test = ReadUnionLabels(std::string(LKG_SOURCE_DIR) + "/tests/data/union_labels/test.tsv");
  REQUIRE(train.ok());
  REQUIRE(test.ok());
  CHECK(train->size() + test->size() >= 500);
  auto path = std::filesystem::temp_directory_path() / ("lkg_labels_" + std::to_string(::getpid()) + ".tsv");
  std::ofstream(path) << "# comment\nIBT 705\tfmcs\tIBT\n";
  auto bad = ReadUnionLabels(path.string());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == path.string() + ":2: expected 5 tab-separated fields, got 3");
  std::filesystem::remove(path);
  auto missing = ReadUnionLabels("/nonexistent/labels.tsv");
  CHECK(missing.status().message() == "cannot open /nonexistent/labels.tsv");
}

}  // namespace lkg::names
