#include "ingest/model/annotated_article.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace lkg::ingest::model {
namespace {

std::string TempDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("lkg_annot_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

void Write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

TEST_CASE("the dev set reads as 34 annotated articles with texts") {
  int missing = -1;
  auto articles = ReadAnnotatedFolder(std::string(LKG_SOURCE_DIR) + "/tests/data/devset", &missing);
  REQUIRE(articles.ok());
  CHECK(missing == 0);
  CHECK(articles->size() == 34);
  const AnnotatedArticle& first = articles->front();
  CHECK(first.path.find("01.json") != std::string::npos);
  CHECK_FALSE(first.text.empty());
  CHECK_FALSE(first.nodes.empty());
}

TEST_CASE("annotations without their text are counted, not read") {
  std::string dir = TempDir("missing");
  Write(dir + "/a.json", R"({"url": "u", "nodes": [{"type": "union", "name": "KCTU"}]})");
  Write(dir + "/a.txt", "KCTU said.");
  Write(dir + "/b.json", R"({"url": "v", "nodes": []})");
  int missing = 0;
  auto articles = ReadAnnotatedFolder(dir, &missing);
  REQUIRE(articles.ok());
  CHECK(articles->size() == 1);
  CHECK(missing == 1);
  CHECK((*articles)[0].nodes[0].name == "KCTU");
}

TEST_CASE("bad annotations fail with the file and the reason") {
  std::string dir = TempDir("bad");
  Write(dir + "/a.txt", "text");
  Write(dir + "/a.json", "{not json");
  auto bad_json = ReadAnnotatedArticle(dir + "/a.json");
  REQUIRE_FALSE(bad_json.ok());
  CHECK(bad_json.status().message().find("malformed JSON") != std::string::npos);
  CHECK(bad_json.status().message().find("a.json") != std::string::npos);
  Write(dir + "/a.json", R"({"cases": [{"kind": "picnic", "victims": ["X"]}]})");
  auto bad_kind = ReadAnnotatedArticle(dir + "/a.json");
  REQUIRE_FALSE(bad_kind.ok());
  CHECK(bad_kind.status().message().find("unknown case kind 'picnic'") != std::string::npos);
  auto no_dir = ReadAnnotatedFolder(dir + "/nope", nullptr);
  REQUIRE_FALSE(no_dir.ok());
  CHECK(no_dir.status().message().find("no annotated folder") != std::string::npos);
}

}  // namespace
}  // namespace lkg::ingest::model
