// The seed articles end to end through the readers and the extractor.
#include <doctest/doctest.h>

#include <filesystem>

#include "ingest/ingest_record.h"
#include "ingest/readers/input_reader.h"
#include "tests/ingest/extract_helpers.h"

using namespace lkg::ingest;
using namespace lkg::ingest::testing;

namespace {
// The documents of seed `prefix` (a listing page gives one per item).
std::vector<DocumentFacts> SeedDocuments(const std::string& prefix) {
  std::string dir = std::string(LKG_SHARED_DIR) + "/seeds";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
    std::vector<DocumentFacts> out;
    ReadPath(entry.path().string(), [&](InputRecord&& r) {
      auto f = ExtractRecord(r);
      if (f.ok()) out = std::move(*f);
    }, [](const std::string&, const lkg::Status&) {});
    return out;
  }
  return {};
}

DocumentFacts Seed(const std::string& prefix) {
  std::vector<DocumentFacts> docs = SeedDocuments(prefix);
  return docs.empty() ? DocumentFacts{} : std::move(docs.front());
}
}  // namespace

TEST_CASE("seed 004: a listing page is one document per item; MMTUK, Zhongda, Tadjibaev's arrest on 2023-12-06") {
  if (!std::filesystem::exists(std::string(LKG_SHARED_DIR) + "/seeds")) return;
  std::vector<DocumentFacts> items = SeedDocuments("004_");
  REQUIRE(items.size() == 9);
  auto any = [&](auto&& check) {
    for (const DocumentFacts& f : items) if (check(f)) return true;
    return false;
  };
  CHECK(any([](const DocumentFacts& f) { return TypeOf(f, "Mining and Metallurgy Trade Union of Kyrgyzstan") == "union"; }));
  CHECK(any([](const DocumentFacts& f) { return HasAlias(f, "Mining and Metallurgy Trade Union of Kyrgyzstan", "MMTUK"); }));
  CHECK(any([](const DocumentFacts& f) { return TypeOf(f, "Zhongda") == "company"; }));
  CHECK(any([](const DocumentFacts& f) { return TypeOf(f, "Eldar Tadjibaev") == "person"; }));
  CHECK(any([](const DocumentFacts& f) { return FindEdge(f, "located_in", "Zhongda", "Kyrgyzstan") != nullptr; }));
  const DocumentFacts* arrest_item = nullptr;
  for (const DocumentFacts& f : items) {
    for (const NodeFact* c : Cases(f, "arrest")) if (c->node.properties["date"] == "2023-12-06") arrest_item = &f;
    CHECK(f.document.text.find("Showing 31-39") == std::string::npos);
    CHECK(f.document.text.find("Jump to main content") == std::string::npos);
    CHECK(f.document.properties.contains("listing_span"));
    CHECK_FALSE(f.document.properties.contains("listing_page"));  // read from a file: no page URL
  }
  REQUIRE(arrest_item != nullptr);
  // The arrest is cited with its own item's headline and date, not the page's first item's.
  CHECK(arrest_item->document.title == "Union leaders in Kyrgyzstan must be released immediately");
  CHECK(arrest_item->document.published == "2023-12-11");
  CHECK(arrest_item->document.url.empty());
  CHECK(CaseInvolves(*arrest_item, "arrest", "Eldar Tadjibaev"));
  CHECK(items.front().document.title == "IndustriALL in the CIS region - unified front against attacks on workers' rights");
  CHECK(items.front().document.published == "2015-09-07");
}

TEST_CASE("seed 002: Vadim Borisov regional secretary of IndustriALL, Sky Mobile Ltd subsidiary of VimpelCom Ltd") {
  if (!std::filesystem::exists(std::string(LKG_SHARED_DIR) + "/seeds")) return;
  DocumentFacts f = Seed("002_");
  CHECK(f.document.title == "IndustriALL holds workshops across Kyrgyzstan");
  CHECK(f.document.published == "2016-05-10");
  const lkg::EdgeFact* role = FindEdge(f, "has_role", "Vadim Borisov", "IndustriALL Global Union");
  REQUIRE(role != nullptr);
  CHECK(role->edge.properties["role"] == "regional secretary");
  CHECK(FindEdge(f, "subsidiary_of", "Sky Mobile Ltd", "VimpelCom Ltd") != nullptr);
  CHECK(FindEdge(f, "affiliated_with", "MMTUK", "IndustriALL Global Union") != nullptr);
  CHECK(TypeOf(f, "Kumtor gold mine") == "company");
}
