#include "engine/graph_store.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "tests/engine/store_test_util.h"

namespace lkg {
namespace {

using testing::DocOf;
using testing::EdgeOf;
using testing::Ev;
using testing::KeyOf;
using testing::NodeOf;
using testing::OpenOrDie;
using testing::TempDir;

const nlohmann::json kNested = {{"founded", 1950},
                                {"hq", {{"city", "İstanbul"}, {"tags", {"metal", "türk"}}, {"floor", nullptr}}},
                                {"members", 12000.5}};

// A document with a union, a person, a country and two edges.
DocumentFacts TurkishDoc() {
  DocumentFacts d = DocOf("Öz Çelik-İş başkanı Вадим Борисов, Türkiye.", "https://example.org/oz", "Çelik haber");
  d.nodes.push_back(NodeOf(NodeType::kUnion, "Öz Çelik-İş", {"Öz Çelik İş Sendikası"}, kNested));
  d.nodes.push_back(NodeOf(NodeType::kPerson, "Вадим Борисов"));
  d.nodes.push_back(NodeOf(NodeType::kCountry, "Türkiye"));
  NodeKey oz = KeyOf(NodeType::kUnion, "Öz Çelik-İş");
  d.edges.push_back(EdgeOf(KeyOf(NodeType::kPerson, "Вадим Борисов"), EdgeType::kHasRole, oz, 0.7,
                           {{"role", "başkan"}, {"period", {{"since", "2020"}}}}));
  d.edges.push_back(EdgeOf(oz, EdgeType::kLocatedIn, KeyOf(NodeType::kCountry, "Türkiye"), 0.95));
  return d;
}

TEST_CASE("GraphStore round-trips documents, nodes, edges, evidence and decisions") {
  TempDir dir;
  DocumentFacts facts = TurkishDoc();
  NodeKey oz = KeyOf(NodeType::kUnion, "Öz Çelik-İş");
  NodeKey person = KeyOf(NodeType::kPerson, "Вадим Борисов");
  DocKey doc_key = DocumentKeyForText(facts.document.text);
  {
    auto store = OpenOrDie(dir.path());
    auto result = store->Apply(facts);
    REQUIRE(result.ok());
    CHECK(result->document == doc_key);
    CHECK_FALSE(result->unchanged);
    CHECK(result->nodes_added == 3);
    CHECK(result->edges_added == 2);
    CHECK(result->evidence_added == 5);
    ResolutionDecision decision{ResolutionDecision::Kind::kDistinct, oz, person, "", "ana", "2024-05-01T10:00:00Z"};
    REQUIRE(store->AddDecision(decision).ok());
  }
  auto store = OpenOrDie(dir.path(), /*read_only=*/true);  // everything survives a reopen
  auto reader = store->NewReader();
  auto node = reader->GetNode(oz);
  REQUIRE(node.ok());
  CHECK(node->name == "Öz Çelik-İş");
  CHECK(node->type == NodeType::kUnion);
  CHECK(node->aliases == std::vector<std::string>{"Öz Çelik İş Sendikası"});
  CHECK(node->properties == kNested);
  CHECK(node->evidence_count == 1);
  CHECK(reader->GetNode(person)->name == "Вадим Борисов");

  EdgeKey role = EdgeKeyFor(person, EdgeType::kHasRole, oz);
  auto edge = reader->GetEdge(role);
  REQUIRE(edge.ok());
  CHECK(edge->source == person);
  CHECK(edge->target == oz);
  CHECK(edge->type == EdgeType::kHasRole);
  CHECK(edge->properties == nlohmann::json({{"role", "başkan"}, {"period", {{"since", "2020"}}}}));
  CHECK(edge->max_confidence == doctest::Approx(0.7));

  auto doc = reader->GetDocument(doc_key);
  REQUIRE(doc.ok());
  CHECK(doc->text == facts.document.text);
  CHECK(doc->title == "Çelik haber");
  CHECK(doc->url == "https://example.org/oz");
  CHECK(doc->published == "2024-01-02");
  CHECK(*reader->FindDocumentByUrl("https://example.org/oz").value() == doc_key);
  CHECK_FALSE(reader->FindDocumentByUrl("https://example.org/other").value().has_value());

  auto evidence = reader->NodeEvidence(oz, 10);
  REQUIRE(evidence.ok());
  REQUIRE(evidence->size() == 1);
  CHECK((*evidence)[0].document == doc_key);
  CHECK((*evidence)[0].sentence == "… Öz Çelik-İş …");
  CHECK((*evidence)[0].extractor == "rule:test");
  CHECK((*evidence)[0].confidence == doctest::Approx(0.9));
  CHECK((*evidence)[0].end == std::string("Öz Çelik-İş").size());
  CHECK(reader->EdgeEvidence(role, 10)->at(0).confidence == doctest::Approx(0.7));

  std::vector<Adjacent> adjacent;
  REQUIRE(reader->ForEachAdjacent(oz, [&](const Adjacent& a) { return adjacent.push_back(a), true; }).ok());
  REQUIRE(adjacent.size() == 2);
  CHECK(adjacent[0].outgoing);  // located_in: outgoing first
  CHECK(adjacent[0].type == EdgeType::kLocatedIn);
  CHECK_FALSE(adjacent[1].outgoing);
  CHECK(adjacent[1].other == person);

  std::vector<Document> docs;
  REQUIRE(reader->ForEachDocument([&](const Document& d) { return docs.push_back(d), true; }).ok());
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text.empty());  // listed without text
  CHECK(docs[0].title == "Çelik haber");

  auto decisions = reader->Decisions();
  REQUIRE(decisions.ok());
  REQUIRE(decisions->size() == 1);
  CHECK((*decisions)[0].kind == ResolutionDecision::Kind::kDistinct);
  CHECK((*decisions)[0].a == oz);
  CHECK((*decisions)[0].b == person);
  CHECK((*decisions)[0].user == "ana");

  auto stats = reader->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->nodes == 3);
  CHECK(stats->edges == 2);
  CHECK(stats->documents == 1);
  CHECK(stats->evidence == 5);
  CHECK(stats->nodes_by_type.at("union") == 1);
  CHECK(stats->edges_by_type.at("has_role") == 1);
  CHECK(stats->store_bytes > 0);
  CHECK(reader->CheckConsistency().ok());
}

TEST_CASE("GraphStore scans: briefs, full records, types") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  REQUIRE(store->Apply(TurkishDoc()).ok());
  auto reader = store->NewReader();
  size_t nodes = 0, edges = 0, full_nodes = 0, full_edges = 0;
  REQUIRE(reader->ForEachNodeBrief([&](const NodeBrief& b) { return ++nodes, b.evidence_count == 1; }).ok());
  REQUIRE(reader->ForEachEdgeBrief([&](const EdgeBrief& b) {
    CHECK(b.key == EdgeKeyFor(b.source, b.type, b.target));
    return ++edges, true;
  }).ok());
  REQUIRE(reader->ForEachNode([&](const Node& n) { return ++full_nodes, !n.name.empty(); }).ok());
  REQUIRE(reader->ForEachEdge([&](const Edge& e) { return ++full_edges, e.properties.is_object(); }).ok());
  CHECK(nodes == 3);
  CHECK(edges == 2);
  CHECK(full_nodes == 3);
  CHECK(full_edges == 2);
  std::vector<NodeKey> countries;
  REQUIRE(reader->ForEachNodeOfType(NodeType::kCountry, [&](NodeKey k) { return countries.push_back(k), true; }).ok());
  CHECK(countries == std::vector<NodeKey>{KeyOf(NodeType::kCountry, "Türkiye")});
  size_t visited = 0;  // a visitor returning false stops the scan
  REQUIRE(reader->ForEachNodeBrief([&](const NodeBrief&) { return ++visited, false; }).ok());
  CHECK(visited == 1);
}

TEST_CASE("the alias index folds case, accents and punctuation into one key") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  DocumentFacts d = DocOf("Öz Çelik-İş in Kyrgyzstan and Kazakhstan.");
  d.nodes.push_back(NodeOf(NodeType::kUnion, "Öz Çelik-İş"));
  d.nodes.push_back(NodeOf(NodeType::kCountry, "Kyrgyzstan"));
  d.nodes.push_back(NodeOf(NodeType::kCountry, "Kazakhstan"));
  REQUIRE(store->Apply(d).ok());
  auto reader = store->NewReader();
  NodeKey oz = KeyOf(NodeType::kUnion, "Öz Çelik-İş");
  for (const char* spelling : {"Öz Çelik-İş", "ÖZ ÇELIK IS", "oz celik is"}) {
    CAPTURE(spelling);
    CHECK(reader->FindByName(spelling, std::nullopt).value() == std::vector<NodeKey>{oz});
    CHECK(KeyOf(NodeType::kUnion, spelling) == oz);
  }
  CHECK(reader->FindByName("Kyrgyzstan", std::nullopt).value() ==
        std::vector<NodeKey>{KeyOf(NodeType::kCountry, "Kyrgyzstan")});
  CHECK(reader->FindByName("Kazakhstan", std::nullopt).value() ==
        std::vector<NodeKey>{KeyOf(NodeType::kCountry, "Kazakhstan")});
  CHECK(KeyOf(NodeType::kCountry, "Kyrgyzstan") != KeyOf(NodeType::kCountry, "Kazakhstan"));
  CHECK(reader->FindByName("Kyrgyz", std::nullopt).value().empty());  // exact only
  CHECK(reader->FindByName("oz celik is", NodeType::kCompany).value().empty());
}

TEST_CASE("SearchNames ranks exact matches, then prefixes, then word starts; filters and limits") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  DocumentFacts d = DocOf("Kumtor text");
  d.nodes.push_back(NodeOf(NodeType::kCompany, "Centerra Kumtor Operating"));
  d.nodes.push_back(NodeOf(NodeType::kUnion, "Kumtor Workers Union"));
  d.nodes.push_back(NodeOf(NodeType::kCompany, "Kumtor Gold"));
  d.nodes.push_back(NodeOf(NodeType::kCompany, "Kumtor"));
  d.nodes.push_back(NodeOf(NodeType::kCompany, "Kumtorbek Ltd", {"KBL"}));
  d.nodes.push_back(NodeOf(NodeType::kCompany, "Unrelated"));
  REQUIRE(store->Apply(d).ok());
  auto reader = store->NewReader();
  auto matches = reader->SearchNames("KUMTOR", std::nullopt, 10);
  REQUIRE(matches.ok());
  std::vector<std::string> order;
  for (const NameMatch& m : *matches) order.push_back(m.matched);
  CHECK(order == std::vector<std::string>{"kumtor", "kumtor gold", "kumtorbek ltd", "kumtor workers union",
                                          "centerra kumtor operating"});
  CHECK((*matches)[0].exact);
  CHECK((*matches)[0].key == KeyOf(NodeType::kCompany, "Kumtor"));
  CHECK_FALSE((*matches)[1].exact);
  auto unions = reader->SearchNames("kumtor", NodeType::kUnion, 10);
  REQUIRE(unions->size() == 1);
  CHECK(unions->at(0).type == NodeType::kUnion);
  CHECK(reader->SearchNames("kumtor", std::nullopt, 2)->size() == 2);
  CHECK(reader->SearchNames("kbl", std::nullopt, 5)->at(0).key == KeyOf(NodeType::kCompany, "Kumtorbek Ltd"));
  CHECK(reader->SearchNames("operat", std::nullopt, 5)->size() == 1);  // a word start inside the name
  CHECK(reader->SearchNames("!!!", std::nullopt, 5)->empty());
}

TEST_CASE("a reader keeps its snapshot after the store object is gone") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  REQUIRE(store->Apply(TurkishDoc()).ok());
  auto reader = store->NewReader();
  REQUIRE(store->Apply(DocOf("a later document")).ok());
  store.reset();
  CHECK(reader->Stats()->documents == 1);  // the snapshot predates the second document
  CHECK(reader->GetNode(KeyOf(NodeType::kUnion, "Öz Çelik-İş")).ok());
}

}  // namespace
}  // namespace lkg
