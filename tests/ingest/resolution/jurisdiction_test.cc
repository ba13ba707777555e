// Generic names of state bodies ("Supreme Court") are kept apart per
// country in resolution (issue 11, item 6).
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <set>

#include "engine/graph_store.h"
#include "ingest/ingest_record.h"
#include "ingest/resolution/jurisdiction.h"
#include "tests/ingest/extract_helpers.h"

namespace lkg::ingest {
namespace {

struct ScratchDir {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("lkg_jurisdiction_" + std::to_string(::getpid()) + "_" + std::to_string(rand()));
  ~ScratchDir() { std::filesystem::remove_all(path); }
};

InputRecord Record(const std::string& text) {
  InputRecord r;
  r.origin = "test";
  r.body = text;
  return r;
}

std::vector<Node> Named(GraphStore& store, const std::string& name) {
  std::vector<Node> out;
  auto reader = store.NewReader();
  auto keys = reader->FindByName(name, NodeType::kOrganization);
  if (!keys.ok()) return out;
  for (NodeKey k : *keys) {
    auto n = reader->GetNode(k);
    if (n.ok()) out.push_back(*n);
  }
  return out;
}

}  // namespace

TEST_CASE("jurisdiction: generic body names are the ones made only of generic words") {
  CHECK(IsGenericBodyName("Supreme Court"));
  CHECK(IsGenericBodyName("Ministry of Labour"));
  CHECK(IsGenericBodyName("National Assembly"));
  CHECK(!IsGenericBodyName("Court"));
  CHECK(!IsGenericBodyName("Supreme Court of Zimbabwe"));
  CHECK(!IsGenericBodyName("Kyrgyz Ministry of Labour"));
}

TEST_CASE("jurisdiction: 'Supreme Court' of two countries is two nodes; of one country, one") {
  ScratchDir dir;
  auto store = GraphStore::Open(dir.path.string());
  REQUIRE(store.ok());
  Ingester ingester(**store);
  REQUIRE(ingester.Ingest(Record("The Supreme Court in Zimbabwe declared the strike illegal. Zimbabwe's "
                                 "unions appealed.")).ok());
  REQUIRE(ingester.Ingest(Record("In South Korea, the Supreme Court upheld the dismissal of union members in "
                                 "South Korea.")).ok());
  REQUIRE(ingester.Ingest(Record("Zimbabwe's Supreme Court heard the union's appeal in Zimbabwe.")).ok());
  std::vector<Node> courts = Named(**store, "Supreme Court");
  REQUIRE(courts.size() == 2);
  std::set<std::string> places;
  for (const Node& n : courts) places.insert(JurisdictionOf(n));
  CHECK(places == std::set<std::string>{"South Korea", "Zimbabwe"});
}

}  // namespace lkg::ingest
