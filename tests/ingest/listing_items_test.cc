// Listing pages: one document per dated item, with its own title, date, URL
// anchor and span in the page.
#include "ingest/listing_items.h"

#include <doctest/doctest.h>

#include "engine/graph_store.h"
#include "engine/ids.h"
#include "ingest/ingest_record.h"
#include "tests/engine/store_test_util.h"

namespace lkg::ingest {
namespace {

const char* kPage =
    "Showing 1-2 of 2 results\n\n"
    "Union leader arrested in Kyrgyzstan\n\n"
    "11 December, 2023\nUnion leader Eldar Tadjibaev was arrested on 6 December.\n\n"
    "Chinese oil company recognizes union\n\n"
    "27 April, 2015\nZhongda recognized a local branch of the union.\n";

ArticleInput Page(const std::string& url) {
  ArticleInput a;
  a.text = kPage;
  a.url = url;
  a.title = "Search results";
  return a;
}

TEST_CASE("a listing page splits into one article per dated item") {
  std::vector<ArticleInput> items = SplitListingItems(Page("https://example.org/search?p=2"));
  REQUIRE(items.size() == 2);
  CHECK(items[0].title == "Union leader arrested in Kyrgyzstan");
  CHECK(items[0].published == "2023-12-11");
  CHECK(items[0].url == "https://example.org/search?p=2#union-leader-arrested-in-kyrgyzstan");
  CHECK(items[0].listing_page_url == "https://example.org/search?p=2");
  CHECK(items[1].title == "Chinese oil company recognizes union");
  CHECK(items[1].published == "2015-04-27");
  for (const ArticleInput& item : items) {
    CHECK(item.listing_item);
    // The span names exactly the item's text in the page.
    CHECK(std::string(kPage).substr(item.listing_start, item.listing_end - item.listing_start) == item.text);
    CHECK(item.text.find("Showing 1-2") == std::string::npos);
  }
  CHECK(items[1].text.back() == '.');
}

TEST_CASE("an article with one dateline stays one article") {
  ArticleInput a;
  a.text = "Strike at the port\n\n3 May, 2020\nDockers struck on Monday.";
  a.url = "https://example.org/a";
  std::vector<ArticleInput> items = SplitListingItems(a);
  REQUIRE(items.size() == 1);
  CHECK(items[0].url == "https://example.org/a");
  CHECK_FALSE(items[0].listing_item);
}

TEST_CASE("item anchors are slugs of the title, or item-N") {
  CHECK(ItemAnchor("Kyrgyzstan: Chinese oil company recognizes union!", 1) ==
        "kyrgyzstan-chinese-oil-company-recognizes-union");
  CHECK(ItemAnchor("— ?", 3) == "item-3");
  CHECK(ItemAnchor(std::string(300, 'a'), 1).size() == 80);
}

TEST_CASE("ingesting a listing page stores every item as its own document, once") {
  lkg::testing::TempDir dir;
  auto store = GraphStore::Open(dir.path());
  REQUIRE(store.ok());
  Ingester ingester(**store);
  InputRecord r;
  r.origin = "test";
  r.body = kPage;
  r.url = "https://example.org/search?p=2";
  auto first = ingester.Ingest(r);
  REQUIRE(first.ok());
  REQUIRE(first->documents.size() == 2);
  CHECK(first->document_id == first->documents[0]);
  CHECK_FALSE(first->unchanged);
  auto reader = (*store)->NewReader();
  auto key = reader->FindDocumentByUrl("https://example.org/search?p=2#union-leader-arrested-in-kyrgyzstan");
  REQUIRE(key.ok());
  REQUIRE(key->has_value());
  auto doc = reader->GetDocument(**key);
  REQUIRE(doc.ok());
  CHECK(doc->title == "Union leader arrested in Kyrgyzstan");
  CHECK(doc->published == "2023-12-11");
  CHECK(doc->properties["listing_page"] == "https://example.org/search?p=2");
  auto again = ingester.Ingest(r);
  REQUIRE(again.ok());
  CHECK(again->unchanged);
  CHECK(again->documents == first->documents);
}

}  // namespace
}  // namespace lkg::ingest
