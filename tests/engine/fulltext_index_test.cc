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

TEST_CASE("full-text index follows one write without listing the store, else catches up") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  Add(*store, "A lockout at the smelter.", "https://a.test/1", "Lockout");
  auto index = FullTextIndex::OpenWritable(dir.path());
  REQUIRE(index.ok());
  REQUIRE((*index)->CatchUp(*store->NewReader()).ok());
  uint64_t before = store->NewReader()->sequence();
  DocKey port = Add(*store, "A second lockout, at the port.", "https://a.test/2", "Port lockout");
  CHECK((*index)->Follow(*store->NewReader(), before, {port}).value() == 1);
  CHECK(FullTextSequence(dir.path()) == store->NewReader()->sequence());
  CHECK(Found(dir.path(), "port") == std::vector<DocKey>{port});
  before = store->NewReader()->sequence();
  REQUIRE(store->RemoveDocument(port).ok());
  CHECK((*index)->Follow(*store->NewReader(), before, {port}).value() == 1);  // gone from the store: dropped
  CHECK(Found(dir.path(), "port").empty());
  // The index did not reflect `before`: the named documents are not enough, so it catches up.
  DocKey mine = Add(*store, "Miners struck at the pit.", "https://a.test/3", "Pit strike");
  Add(*store, "Dockers struck at the quay.", "https://a.test/4", "Quay strike");
  CHECK((*index)->Follow(*store->NewReader(), before, {mine}).value() == 2);
  CHECK(Found(dir.path(), "struck").size() == 2);
}

TEST_CASE("full-text search: summaries from the index, filters with offsets, phrases marked in snippets") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  for (int i = 0; i < 5; ++i) {
    DocumentFacts facts = DocOf("Day " + std::to_string(i) + ": the hunger strike went on; hungry strikers waited.",
                                "https://b.test/" + std::to_string(i), "Strike day " + std::to_string(i));
    facts.document.source = i % 2 ? "Odd Times" : "Even Post";
    REQUIRE(store->Apply(facts).ok());
  }
  auto index = FullTextIndex::OpenWritable(dir.path());
  REQUIRE(index.ok());
  REQUIRE((*index)->CatchUp(*store->NewReader()).ok());
  FullTextSearcher searcher(dir.path());
  TextSearchRequest request;
  request.query = "\"hunger strike\"";
  Result<TextSearchPage> all = searcher.Search(request);
  REQUIRE(all.ok());
  REQUIRE(all->hits.size() == 5);
  CHECK(all->hits[0].summary.title.rfind("Strike day ", 0) == 0);
  CHECK(all->hits[0].summary.key == all->hits[0].document);
  CHECK(all->hits[0].snippet.find("the «hunger strike» went on") != std::string::npos);
  request.keep = [](const Document& d) { return d.source == "Even Post"; };
  request.offset = 1;
  Result<TextSearchPage> even = searcher.Search(request);
  REQUIRE(even.ok());
  CHECK(even->total == 3);  // days 0, 2, 4
  REQUIRE(even->hits.size() == 2);
  for (const TextHit& hit : even->hits) CHECK(hit.summary.source == "Even Post");
  // A write, then Changed(): the searcher's open handles see it at once.
  Add(*store, "A hunger strike at the port.", "https://b.test/9", "Port");
  REQUIRE((*index)->CatchUp(*store->NewReader()).ok());
  searcher.Changed();
  request.keep = nullptr;
  request.offset = 0;
  CHECK(searcher.Search(request)->hits.size() == 6);
}

}  // namespace
}  // namespace lkg::testing
