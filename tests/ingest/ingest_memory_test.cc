// The bounded-memory store profile of long ingests (IngestStoreOptions):
// small memtables that flush often and table indexes kept in the block
// cache must store and read back exactly what the default profile does.
#include <doctest/doctest.h>

#include <string>

#include "engine/graph_store.h"
#include "ingest/ingest_record.h"
#include "tests/engine/store_test_util.h"

namespace lkg::ingest {
namespace {

InputRecord Article(int i) {
  InputRecord r;
  r.origin = "memory-test";
  r.body = "Workers at Acme Plant " + std::to_string(i) + " Ltd, represented by the Metal Workers Union, went on "
           "strike in Chile on Monday. Maria Gomez, president of the Metal Workers Union, said the company "
           "dismissed union organizer Pedro Ruiz " + std::to_string(i) + " after the vote.\n\n" +
           std::string(1500, ' ') + "Article number " + std::to_string(i) + ".";
  return r;
}

}  // namespace

TEST_CASE("ingest profile: tiny memtables and cached indexes store what the default profile reads back") {
  lkg::testing::TempDir dir;
  StoreOptions options = IngestStoreOptions();
  CHECK(options.index_in_cache);
  CHECK(options.memtable_bytes < StoreOptions().memtable_bytes);
  options.memtable_bytes = 1u << 20;  // force many flushes in a short run
  options.block_cache_bytes = 1u << 20;
  const int kArticles = 600;
  {
    auto store = GraphStore::Open(dir.path(), options);
    REQUIRE(store.ok());
    Ingester ingester(**store);
    for (int i = 0; i < kArticles; ++i) REQUIRE(ingester.Ingest(Article(i)).ok());
  }
  auto store = GraphStore::Open(dir.path());  // the default profile reads the same store
  REQUIRE(store.ok());
  auto stats = (*store)->NewReader()->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->documents == kArticles);
  auto unions = (*store)->NewReader()->FindByName("Metal Workers Union", NodeType::kUnion);
  REQUIRE(unions.ok());
  CHECK(unions->size() == 1);
  CHECK((*store)->NewReader()->CheckConsistency().ok());
}

}  // namespace lkg::ingest
