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
  CHECK(NameVariantKey("Fiat SpA") == NameVariantKey("Fiat"));
  CHECK(NameVariantKey("Mittal Steel Company") == NameVariantKey("Mittal Steel"));
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

namespace lkg::ingest {

TEST_CASE("resolution: a bare surname is the one stored person of that surname, never one of two") {
  ScratchDir dir;
  auto store = GraphStore::Open(dir.path.string());
  REQUIRE(store.ok());
  Ingester ingester(**store);
  REQUIRE(ingester.Ingest(Record("Union leader Natalia Sokolova was arrested on Monday. She denied the charges.")).ok());
  REQUIRE(ingester.Ingest(Record("Lawyer Sokolova appealed against the verdict, she said.")).ok());
  CHECK(CountNamed(**store, "Natalia Sokolova", NodeType::kPerson) == 1);
  CHECK(CountNamed(**store, "Sokolova", NodeType::kPerson) == 1);  // the alias of Natalia Sokolova
  ScratchDir other;
  auto two = GraphStore::Open(other.path.string());
  REQUIRE(two.ok());
  Ingester second(**two);
  REQUIRE(second.Ingest(Record("Union leader Natalia Sokolova was arrested on Monday. She denied the charges.")).ok());
  REQUIRE(second.Ingest(Record("Union leader Irina Sokolova was arrested too. She denied the charges.")).ok());
  REQUIRE(second.Ingest(Record("Activist Sokolova was released on Friday, she said.")).ok());
  auto bare = (*two)->NewReader()->FindByName("Sokolova", NodeType::kPerson);
  REQUIRE(bare.ok());
  REQUIRE(bare->size() == 1);  // a node of its own: which Sokolova is unknown
  auto node = (*two)->NewReader()->GetNode((*bare)[0]);
  REQUIRE(node.ok());
  CHECK(node->name == "Sokolova");
}

TEST_CASE("resolution: a company's short and long forms join the one stored company") {
  ScratchDir dir;
  auto store = GraphStore::Open(dir.path.string());
  REQUIRE(store.ok());
  Ingester ingester(**store);
  REQUIRE(ingester.Ingest(Record("Workers at Schneider Electric went on strike on Monday.")).ok());
  REQUIRE(ingester.Ingest(Record("Schneider Electric and the union met. Later Schneider agreed to talks.")).ok());
  REQUIRE(ingester.Ingest(Record("Workers at Oak Harbor Ltd struck on Monday.")).ok());
  REQUIRE(ingester.Ingest(Record("Oak Harbor Freight Lines Inc dismissed 40 drivers on Friday.")).ok());
  auto schneider = (*store)->NewReader()->FindByName("Schneider Electric", NodeType::kCompany);
  REQUIRE(schneider.ok());
  CHECK(schneider->size() == 1);
  auto oak = (*store)->NewReader()->FindByName("Oak Harbor Freight Lines Inc", NodeType::kCompany);
  auto oak_short = (*store)->NewReader()->FindByName("Oak Harbor Ltd", NodeType::kCompany);
  REQUIRE(oak.ok());
  REQUIRE(oak_short.ok());
  CHECK(*oak == *oak_short);
}

}  // namespace lkg::ingest
