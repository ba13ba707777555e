// News <-> records: an employer or union named in an article and in records
// is one node, so a path runs from a news story to an NLRB case. The article
// is a small DocumentFacts standing in for the extractor's output; the
// extractor resolves names with GraphReader::FindByName (normalised name or
// alias), which the importers' canonical names and aliases feed.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "engine/graph_store.h"
#include "engine/name_normalizer.h"
#include "ingest/names/employer_names.h"
#include "ingest/names/union_names.h"
#include "tests/ingest/records/import_test_util.h"

namespace lkg::records {
namespace {

// The alias index as the store keeps it: normalised name/alias -> node.
std::multimap<std::string, NodeKey> AliasIndex(const testing::Imported& r) {
  std::multimap<std::string, NodeKey> index;
  for (const auto& [key, node] : r.nodes) {
    index.emplace(NormalizeName(node.name), key);
    for (const auto& a : node.aliases) index.emplace(NormalizeName(a), key);
  }
  return index;
}

// What an article about Acme and Teamsters Local 705 contributes.
DocumentFacts Article(NodeKey union_key, NodeKey company_key) {
  DocumentFacts facts;
  facts.document.url = "https://example.org/news/acme-teamsters";
  facts.document.title = "Teamsters Local 705 strike at Acme Widgets";
  facts.document.text = "Members of Teamsters Local 705 walked out at Acme Widgets Inc. in Chicago.";
  Evidence e;
  e.start = 0;
  e.end = static_cast<uint32_t>(facts.document.text.size());
  e.sentence = facts.document.text;
  e.extractor = "rule:test";
  e.confidence = 0.9;
  NodeFact u;
  u.node.key = union_key;
  u.node.type = NodeType::kUnion;
  u.node.name = "Teamsters Local 705";
  u.evidence = {e};
  NodeFact c;
  c.node.key = company_key;
  c.node.type = NodeType::kCompany;
  c.node.name = "Acme Widgets Inc.";
  c.evidence = {e};
  EdgeFact organizes;
  organizes.edge.source = union_key;
  organizes.edge.target = company_key;
  organizes.edge.type = EdgeType::kOrganizesAt;
  organizes.evidence = {e};
  facts.nodes = {u, c};
  facts.edges = {organizes};
  return facts;
}

}  // namespace

TEST_CASE("Article spellings find the records' nodes through the alias index") {
  auto r = testing::RunImport(ImportKind::kNlrbCases, testing::Fixture("nlrb_cases_slice.jsonl"));
  auto index = AliasIndex(r);
  const Node* local = r.Find("IBT Local 705");
  const Node* acme = r.Find("Acme Widgets, Inc.");  // the name as the record wrote it
  REQUIRE(local != nullptr);
  REQUIRE(acme != nullptr);
  for (const char* mention : {"Teamsters Local 705", "IBT Local 705", "International Brotherhood of Teamsters Local 705"}) {
    CAPTURE(mention);
    auto [b, e] = index.equal_range(NormalizeName(mention));
    REQUIRE(b != e);
    CHECK(b->second == local->key);
  }
  // The article says "Acme Widgets Inc.": the legal form goes, the key is the records' key.
  CHECK(EntityKey(NodeType::kCompany, names::ParseEmployerName("Acme Widgets Inc.").canonical) == acme->key);
  // The records' case names the same union as victim: the path article -> union -> case exists.
  CHECK(r.edge_lines.count("NLRB 13-CA-000001 Acme Widgets -victim-> IBT Local 705") == 1);
}

TEST_CASE("In the store, an article and an NLRB case share the union and the employer") {
  auto dir = std::filesystem::temp_directory_path() / ("lkg_news_join_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  auto store = GraphStore::Open(dir.string());
  REQUIRE_MESSAGE(store.ok(), store.status().ToString());
  auto report = ImportContent(ImportKind::kNlrbCases, testing::Fixture("nlrb_cases_slice.jsonl"), "cases.jsonl",
                              StoreSink(**store));
  REQUIRE_MESSAGE(report.ok(), report.status().ToString());
  // The extractor's resolution step: FindByName on the article's spellings.
  auto reader = (*store)->NewReader();
  auto unions = reader->FindByName("Teamsters Local 705", NodeType::kUnion);
  auto companies = reader->FindByName(names::ParseEmployerName("Acme Widgets Inc.").canonical, NodeType::kCompany);
  REQUIRE(unions.ok());
  REQUIRE(companies.ok());
  REQUIRE(unions->size() == 1);
  REQUIRE(companies->size() == 1);
  auto applied = (*store)->Apply(Article(unions->front(), companies->front()));
  REQUIRE_MESSAGE(applied.ok(), applied.status().ToString());
  CHECK(applied->nodes_added == 0);  // no new union or company: the article joined the records' nodes
  // Path: article evidence -> union -> NLRB case 13-CA-000001.
  reader = (*store)->NewReader();
  NodeKey case_key = RawNodeKey(NodeType::kCase, "nlrb:13-CA-000001");
  bool union_in_case = false;
  REQUIRE(reader->ForEachAdjacent(unions->front(), [&](const Adjacent& a) {
                  if (a.other == case_key && a.type == EdgeType::kVictim) union_in_case = true;
                  return true;
                }).ok());
  CHECK(union_in_case);
  auto evidence = reader->NodeEvidence(unions->front(), 10);
  REQUIRE(evidence.ok());
  bool from_article = false, from_records = false;
  for (const auto& e : *evidence) {
    from_article |= e.extractor == "rule:test";
    from_records |= e.extractor == "import:nlrb-cases";
  }
  CHECK(from_article);
  CHECK(from_records);
  reader.reset();  // a reader must not outlive its store
  store->reset();
  std::filesystem::remove_all(dir);
}

TEST_CASE("Re-importing the same file adds nothing") {
  auto dir = std::filesystem::temp_directory_path() / ("lkg_reimport_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  auto store = GraphStore::Open(dir.string());
  REQUIRE_MESSAGE(store.ok(), store.status().ToString());
  for (auto [kind, file] : {std::pair{ImportKind::kNlrbCases, "nlrb_cases_slice.jsonl"},
                            std::pair{ImportKind::kNlrbElections, "nlrb_elections_slice.csv"},
                            std::pair{ImportKind::kFmcs, "fmcs_slice.csv"},
                            std::pair{ImportKind::kCollectiveAction, "collective_action_slice.json"}}) {
    CAPTURE(file);
    auto first = ImportContent(kind, testing::Fixture(file), file, StoreSink(**store), {.chunk_records = 2, .progress = {}});
    REQUIRE_MESSAGE(first.ok(), first.status().ToString());
    CHECK(first->totals.evidence_added > 0);
    auto stats = (*store)->NewReader()->Stats();
    auto again = ImportContent(kind, testing::Fixture(file), file, StoreSink(**store), {.chunk_records = 3, .progress = {}});
    REQUIRE_MESSAGE(again.ok(), again.status().ToString());
    CHECK(again->totals.nodes_added == 0);
    CHECK(again->totals.cases_added == 0);
    CHECK(again->totals.edges_added == 0);
    CHECK(again->totals.evidence_added == 0);
    auto after = (*store)->NewReader()->Stats();
    CHECK(after->nodes == stats->nodes);
    CHECK(after->edges == stats->edges);
    CHECK(after->evidence == stats->evidence);
  }
  CHECK((*store)->NewReader()->CheckConsistency().ok());
  store->reset();
  std::filesystem::remove_all(dir);
}

}  // namespace lkg::records
