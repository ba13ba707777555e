// The seed articles end to end through the readers and the extractor.
#include <doctest/doctest.h>

#include <filesystem>

#include "ingest/ingest_record.h"
#include "ingest/readers/input_reader.h"
#include "tests/ingest/extract_helpers.h"

using namespace lkg::ingest;
using namespace lkg::ingest::testing;

namespace {
DocumentFacts Seed(const std::string& prefix) {
  std::string dir = std::string(LKG_SHARED_DIR) + "/seeds";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
    DocumentFacts out;
    ReadPath(entry.path().string(), [&](InputRecord&& r) {
      auto f = ExtractRecord(r);
      if (f.ok()) out = std::move(*f);
    }, [](const std::string&, const lkg::Status&) {});
    return out;
  }
  return {};
}
}  // namespace

TEST_CASE("seed 004: listing page, MMTUK, Zhongda, Kyrgyzstan, Tadjibaev's arrest on 2023-12-06") {
  if (!std::filesystem::exists(std::string(LKG_SHARED_DIR) + "/seeds")) return;
  DocumentFacts f = Seed("004_");
  CHECK(TypeOf(f, "Mining and Metallurgy Trade Union of Kyrgyzstan") == "union");
  CHECK(HasAlias(f, "Mining and Metallurgy Trade Union of Kyrgyzstan", "MMTUK"));
  CHECK(TypeOf(f, "Zhongda") == "company");
  CHECK(TypeOf(f, "Kyrgyzstan") == "country");
  CHECK(TypeOf(f, "Eldar Tadjibaev") == "person");
  bool found = false;
  for (const NodeFact* c : Cases(f, "arrest")) found = found || c->node.properties["date"] == "2023-12-06";
  CHECK(found);
  CHECK(CaseInvolves(f, "arrest", "Eldar Tadjibaev"));
  CHECK(FindEdge(f, "organizes_at", "MMTUK", "Zhongda") != nullptr);
  CHECK(FindEdge(f, "located_in", "Zhongda", "Kyrgyzstan") != nullptr);
  CHECK(f.document.text.find("Showing 31-39") == std::string::npos);
  CHECK(f.document.text.find("Jump to main content") == std::string::npos);
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
