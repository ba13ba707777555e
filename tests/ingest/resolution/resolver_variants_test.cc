// Resolution across articles of the spellings the entity tagger's recall
// brings (issue 11): spelling variants of an organisation's name, and a bare
// acronym seen before the article that spells it out.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "engine/graph_store.h"
#include "ingest/ingest_record.h"
#include "ingest/resolution/name_variants.h"

namespace lkg::ingest {
namespace {

struct ScratchDir {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("lkg_variants_" + std::to_string(::getpid()) + "_" + std::to_string(rand()));
  ~ScratchDir() { std::filesystem::remove_all(path); }
};

InputRecord Record(const std::string& text) {
  InputRecord r;
  r.origin = "test";
  r.body = text;
  return r;
}

size_t CountNamed(GraphStore& store, const std::string& name, NodeType type) {
  auto keys = store.NewReader()->FindByName(name, type);
  return keys.ok() ? keys->size() : 0;
}

}  // namespace

TEST_CASE("name variants: spellings, plurals, 'and', legal forms and 'the' fold alike") {
  CHECK(NameVariantKey("Georgian Trade Unions Confederation") == NameVariantKey("Georgian Trade Union Confederation"));
  CHECK(NameVariantKey("Centre of Indian Trade Unions") == NameVariantKey("Center of Indian Trade Unions"));
  CHECK(NameVariantKey("Interregional Labour Union") == NameVariantKey("Interregional Labor Union"));
  CHECK(NameVariantKey("Glencore Plc") == NameVariantKey("Glencore"));
  CHECK(NameVariantKey("Chemical, Energy, Mine & General Workers") ==
        NameVariantKey("Chemical, Energy, Mine and General Workers"));
  CHECK(NameVariantKey("The Metal Workers' Union") == NameVariantKey("Metal Workers Union"));
  CHECK(NameVariantKey("Ltd") == "ltd");  // a legal form alone stays a name
  CHECK(NameVariantKey("Glencore") != NameVariantKey("Glencore Xstrata"));
  CHECK(NameVariantKey("the") == "");
}

TEST_CASE("resolution: a spelling variant of a stored union is that union; other types are not") {
  ScratchDir dir;
  auto store = GraphStore::Open(dir.path.string());
  REQUIRE(store.ok());
  Ingester ingester(**store);
  REQUIRE(ingester.Ingest(Record("The Georgian Trade Unions Confederation called a strike on Monday.")).ok());
  REQUIRE(ingester.Ingest(Record("The Georgian Trade Union Confederation met the government on Friday.")).ok());
  CHECK(CountNamed(**store, "Georgian Trade Unions Confederation", NodeType::kUnion) == 1);
  CHECK(CountNamed(**store, "Georgian Trade Union Confederation", NodeType::kUnion) == 1);  // the same node, alias
}

TEST_CASE("resolution: a spelled-out name joins the bare acronym node an earlier article made") {
  ScratchDir dir;
  auto store = GraphStore::Open(dir.path.string());
  REQUIRE(store.ok());
  Ingester ingester(**store);
  REQUIRE(ingester.Ingest(Record("Members of NUPENG went on strike in Lagos on Monday.")).ok());
  REQUIRE(ingester.Ingest(Record("The Nigeria Union of Petroleum and Natural Gas Workers (NUPENG) ended the "
                                 "strike on Friday.")).ok());
  auto reader = (*store)->NewReader();
  auto bare = reader->FindByName("NUPENG", std::nullopt);
  REQUIRE(bare.ok());
  CHECK(bare->size() == 1);
  auto full = reader->FindByName("Nigeria Union of Petroleum and Natural Gas Workers", std::nullopt);
  REQUIRE(full.ok());
  CHECK(*full == *bare);
}

}  // namespace lkg::ingest
