// The full-text index: ranked search with phrases and stemming, any script,
// kept in step with the store (additions, removals) by its sequence number,
// rebuilt when deleted.
#include <doctest/doctest.h>

#include <filesystem>

#include "engine/fulltext_index.h"
#include "tests/engine/store_test_util.h"

namespace lkg::testing {
namespace {

DocKey Add(GraphStore& store, const std::string& text, const std::string& url, const std::string& title) {
  DocumentFacts facts = DocOf(text, url, title);
  facts.nodes.push_back(NodeOf(NodeType::kUnion, "Union of " + title));
  Result<ApplyResult> applied = store.Apply(facts);
  REQUIRE(applied.ok());
  return applied->document;
}

std::vector<DocKey> Found(const std::string& dir, const std::string& query) {
  Result<TextSearchPage> page = SearchText(dir, query, 0, 10);
  REQUIRE_MESSAGE(page.ok(), page.status().message());
  std::vector<DocKey> keys;
  for (const TextHit& hit : page->hits) keys.push_back(hit.document);
  return keys;
}

TEST_CASE("full-text search: ranking, phrases, stemming, titles, any script") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  DocKey hunger = Add(*store, "Miners began a hunger strike in Zhanaozen after the dismissals.", "https://a.test/1",
                      "Hunger strike in Zhanaozen");
  DocKey strikes = Add(*store, "Dockers went on strike; strikes spread to three ports. Hunger was not an issue.",
                       "https://a.test/2", "Port strikes");
  DocKey cyrillic = Add(*store, "Нефтяники Жанаозена объявили голодовку.", "https://a.test/3", "Голодовка");
  auto index = FullTextIndex::OpenWritable(dir.path());
  REQUIRE(index.ok());
  Result<size_t> added = (*index)->CatchUp(*store->NewReader());
  REQUIRE(added.ok());
  CHECK(*added == 3);
  CHECK(Found(dir.path(), "\"hunger strike\"") == std::vector<DocKey>{hunger});
  CHECK(Found(dir.path(), "striking").size() == 2);  // stemmed: strike, strikes
  CHECK(Found(dir.path(), "zhanaozen").front() == hunger);
  CHECK(Found(dir.path(), "title:ports") == std::vector<DocKey>{strikes});
  CHECK(Found(dir.path(), "голодовку") == std::vector<DocKey>{cyrillic});
  Result<TextSearchPage> page = SearchText(dir.path(), "dockers", 0, 10);
  REQUIRE(page.ok());
  REQUIRE(page->hits.size() == 1);
  CHECK(page->hits[0].snippet.find("«Dockers»") != std::string::npos);
  CHECK(page->hits[0].score > 0);
  Result<TextSearchPage> bad = SearchText(dir.path(), "AND OR (", 0, 10);
  CHECK(bad.status().code() == StatusCode::kInvalidArgument);
  CHECK(bad.status().message() == "cannot read the search query: Syntax: <expression> AND <expression>");
}

TEST_CASE("full-text index follows the store: sequence, removal, rebuild after deletion") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  CHECK(SearchText(dir.path(), "x", 0, 1).status().message() ==
        "there is no full-text index yet (run lkg ingest or lkg documents --query)");
  CHECK(!FullTextSequence(dir.path()));
  DocKey first = Add(*store, "A lockout at the smelter.", "https://a.test/1", "Lockout");
  {
    auto index = FullTextIndex::OpenWritable(dir.path());
    REQUIRE(index.ok());
    CHECK((*index)->CatchUp(*store->NewReader()).value() == 1);
    CHECK((*index)->CatchUp(*store->NewReader()).value() == 0);  // same sequence: nothing to do
    CHECK(FullTextSequence(dir.path()) == store->NewReader()->sequence());
    auto second = FullTextIndex::OpenWritable(dir.path());
    CHECK(second.status().code() == StatusCode::kBusy);
    REQUIRE(store->RemoveDocument(first).ok());
    Add(*store, "A second lockout, at the port.", "https://a.test/2", "Port lockout");
    CHECK((*index)->CatchUp(*store->NewReader()).value() == 2);  // one removed, one added
  }
  CHECK(Found(dir.path(), "smelter").empty());
  CHECK(Found(dir.path(), "lockout").size() == 1);
  std::filesystem::remove_all(FullTextDir(dir.path()));
  auto rebuilt = FullTextIndex::OpenWritable(dir.path());
  REQUIRE(rebuilt.ok());
  CHECK((*rebuilt)->CatchUp(*store->NewReader()).value() == 1);
  CHECK(Found(dir.path(), "port").size() == 1);
}

}  // namespace
}  // namespace lkg::testing
