// Write semantics: removal, replacement by URL, unchanged documents, append
// mode, merges, updates, bad facts.
#include <doctest/doctest.h>

#include "engine/graph_store.h"
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

StoreStats StatsOf(const GraphStore& store) {
  auto stats = store.NewReader()->Stats();
  REQUIRE(stats.ok());
  return *stats;
}

void RequireConsistent(const GraphStore& store) {
  Status s = store.NewReader()->CheckConsistency();
  INFO(s.ToString());
  REQUIRE(s.ok());
}

const NodeKey kA = KeyOf(NodeType::kUnion, "Alpha Union");
const NodeKey kB = KeyOf(NodeType::kCompany, "Beta Corp");
const NodeKey kC = KeyOf(NodeType::kCompany, "Gamma Corp");

// doc1: A, B, A->B.   doc2: A, C, A->C.
DocumentFacts Doc1() {
  DocumentFacts d = DocOf("doc one: Alpha Union organizes at Beta Corp", "https://x/1");
  d.nodes.push_back(NodeOf(NodeType::kUnion, "Alpha Union"));
  d.nodes.push_back(NodeOf(NodeType::kCompany, "Beta Corp"));
  d.edges.push_back(EdgeOf(kA, EdgeType::kOrganizesAt, kB, 0.6));
  return d;
}

DocumentFacts Doc2() {
  DocumentFacts d = DocOf("doc two: Alpha Union organizes at Gamma Corp", "https://x/2");
  d.nodes.push_back(NodeOf(NodeType::kUnion, "Alpha Union", {"AU"}));
  d.nodes.push_back(NodeOf(NodeType::kCompany, "Gamma Corp"));
  d.edges.push_back(EdgeOf(kA, EdgeType::kOrganizesAt, kC, 0.9));
  return d;
}

TEST_CASE("RemoveDocument removes exactly the facts only that document supports") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  auto r1 = store->Apply(Doc1());
  auto r2 = store->Apply(Doc2());
  REQUIRE(r1.ok());
  REQUIRE(r2.ok());
  CHECK(r2->nodes_added == 1);  // Alpha Union already existed
  StoreStats before = StatsOf(*store);
  CHECK(before.nodes == 3);
  CHECK(before.edges == 2);
  CHECK(before.evidence == 6);
  CHECK(before.documents == 2);

  auto removed = store->RemoveDocument(r1->document);
  REQUIRE(removed.ok());
  CHECK(removed->nodes_removed == 1);
  CHECK(removed->edges_removed == 1);
  CHECK(removed->evidence_removed == 3);
  auto reader = store->NewReader();
  CHECK(reader->GetNode(kB).status().code() == StatusCode::kNotFound);
  CHECK(reader->GetEdge(EdgeKeyFor(kA, EdgeType::kOrganizesAt, kB)).status().code() == StatusCode::kNotFound);
  auto a = reader->GetNode(kA);
  REQUIRE(a.ok());
  CHECK(a->evidence_count == 1);
  CHECK(a->aliases == std::vector<std::string>{"AU"});  // names are kept while the node lives
  CHECK(reader->GetNode(kC).ok());
  CHECK(reader->FindByName("Beta Corp", std::nullopt)->empty());
  CHECK_FALSE(reader->FindDocumentByUrl("https://x/1")->has_value());
  StoreStats after = StatsOf(*store);
  CHECK(after.nodes == 2);
  CHECK(after.edges == 1);
  CHECK(after.evidence == 3);
  CHECK(after.documents == 1);
  CHECK(after.nodes_by_type.count("company") == 1);
  RequireConsistent(*store);

  REQUIRE(store->RemoveDocument(r2->document).ok());
  StoreStats empty = StatsOf(*store);
  CHECK(empty.nodes == 0);
  CHECK(empty.edges == 0);
  CHECK(empty.evidence == 0);
  CHECK(empty.documents == 0);
  CHECK(empty.nodes_by_type.empty());
  RequireConsistent(*store);

  auto missing = store->RemoveDocument(r2->document);
  CHECK(missing.status().code() == StatusCode::kNotFound);
  CHECK(missing.status().message() == "no document " + FormatDocId(r2->document));
}

TEST_CASE("removing a node's last document also removes edges other documents support") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  auto r1 = store->Apply(Doc1());
  // doc3 mentions only the edge A->B (its endpoints are already stored).
  DocumentFacts d3 = DocOf("doc three: the union at Beta");
  d3.edges.push_back(EdgeOf(kA, EdgeType::kOrganizesAt, kB, 0.5, {}, 5));
  d3.nodes.push_back(NodeOf(NodeType::kUnion, "Alpha Union"));
  REQUIRE(store->Apply(d3).ok());
  CHECK(store->NewReader()->GetEdge(EdgeKeyFor(kA, EdgeType::kOrganizesAt, kB))->evidence_count == 2);
  auto removed = store->RemoveDocument(r1->document);  // B loses its only evidence
  REQUIRE(removed.ok());
  CHECK(removed->nodes_removed == 1);
  CHECK(removed->edges_removed == 1);
  CHECK(removed->evidence_removed == 4);  // A, B, edge from doc1 + the edge's evidence from doc3
  StoreStats stats = StatsOf(*store);
  CHECK(stats.nodes == 1);
  CHECK(stats.edges == 0);
  CHECK(stats.evidence == 1);
  RequireConsistent(*store);
}

TEST_CASE("an edited document with the same URL replaces the old one; an identical one is a no-op") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  auto first = store->Apply(Doc1());
  REQUIRE(first.ok());
  auto again = store->Apply(Doc1());
  REQUIRE(again.ok());
  CHECK(again->unchanged);
  CHECK(again->document == first->document);
  CHECK(StatsOf(*store).evidence == 3);

  DocumentFacts edited = DocOf("doc one, edited: Alpha Union organizes at Gamma Corp", "https://x/1");
  edited.nodes.push_back(NodeOf(NodeType::kUnion, "Alpha Union"));
  edited.nodes.push_back(NodeOf(NodeType::kCompany, "Gamma Corp"));
  edited.edges.push_back(EdgeOf(kA, EdgeType::kOrganizesAt, kC, 0.9));
  auto replaced = store->Apply(edited);
  REQUIRE(replaced.ok());
  REQUIRE(replaced->replaced.has_value());
  CHECK(*replaced->replaced == first->document);
  CHECK(replaced->nodes_added == 1);  // Gamma; Alpha was re-created in the same batch
  auto reader = store->NewReader();
  CHECK(reader->GetDocument(first->document).status().code() == StatusCode::kNotFound);
  CHECK(*reader->FindDocumentByUrl("https://x/1").value() == replaced->document);
  CHECK(reader->GetNode(kB).status().code() == StatusCode::kNotFound);
  CHECK(reader->GetNode(kA)->evidence_count == 1);
  StoreStats stats = StatsOf(*store);
  CHECK(stats.documents == 1);
  CHECK(stats.nodes == 2);
  CHECK(stats.edges == 1);
  CHECK(stats.evidence == 3);
  RequireConsistent(*store);
}

TEST_CASE("append mode adds chunks to one document and ignores repeated evidence") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  DocumentFacts chunk1 = DocOf("records.csv contents", "file:///records.csv");
  chunk1.nodes.push_back(NodeOf(NodeType::kCompany, "Beta Corp"));
  DocumentFacts chunk2 = chunk1;
  chunk2.nodes = {NodeOf(NodeType::kCompany, "Gamma Corp", {}, {}, 40)};
  ApplyOptions append;
  append.append = true;
  REQUIRE(store->Apply(chunk1, append).ok());
  REQUIRE(store->Apply(chunk2, append).ok());
  auto repeat = store->Apply(chunk1, append);
  REQUIRE(repeat.ok());
  CHECK_FALSE(repeat->unchanged);
  CHECK(repeat->evidence_added == 0);
  CHECK(repeat->nodes_added == 0);
  StoreStats stats = StatsOf(*store);
  CHECK(stats.documents == 1);
  CHECK(stats.nodes == 2);
  CHECK(stats.evidence == 2);
  CHECK(store->NewReader()->GetNode(kB)->evidence_count == 1);
  RequireConsistent(*store);
}

TEST_CASE("existing nodes merge aliases and properties without overwriting") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  DocumentFacts d1 = DocOf("first");
  d1.nodes.push_back(NodeOf(NodeType::kUnion, "Alpha Union", {"AU"}, {{"founded", 1990}}));
  DocumentFacts d2 = DocOf("second");
  NodeFact again = NodeOf(NodeType::kUnion, "Alpha Union", {"au", "ALPHA-UNION", "Alpha Trade Union"},
                          {{"founded", 2000}, {"members", 5}});
  d2.nodes.push_back(again);
  REQUIRE(store->Apply(d1).ok());
  REQUIRE(store->Apply(d2).ok());
  auto node = store->NewReader()->GetNode(kA);
  REQUIRE(node.ok());
  CHECK(node->name == "Alpha Union");
  CHECK(node->aliases == std::vector<std::string>{"AU", "Alpha Trade Union"});
  CHECK(node->properties == nlohmann::json({{"founded", 1990}, {"members", 5}}));
  CHECK(node->evidence_count == 2);
  RequireConsistent(*store);
}

TEST_CASE("MergeNodes moves names, evidence and edges and keeps counts exact") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  REQUIRE(store->Apply(Doc1()).ok());
  REQUIRE(store->Apply(Doc2()).ok());
  // Fold Gamma into Beta: A->C becomes A->B (which exists: evidence merges).
  REQUIRE(store->MergeNodes(kB, kC).ok());
  auto reader = store->NewReader();
  CHECK(reader->GetNode(kC).status().code() == StatusCode::kNotFound);
  auto b = reader->GetNode(kB);
  REQUIRE(b.ok());
  CHECK(b->aliases == std::vector<std::string>{"Gamma Corp"});
  CHECK(b->evidence_count == 2);
  CHECK(reader->FindByName("gamma corp", std::nullopt).value() == std::vector<NodeKey>{kB});
  auto edge = reader->GetEdge(EdgeKeyFor(kA, EdgeType::kOrganizesAt, kB));
  REQUIRE(edge.ok());
  CHECK(edge->evidence_count == 2);
  CHECK(edge->max_confidence == doctest::Approx(0.9));
  StoreStats stats = StatsOf(*store);
  CHECK(stats.nodes == 2);
  CHECK(stats.edges == 1);
  CHECK(stats.evidence == 6);
  RequireConsistent(*store);
  // Removing doc2 now removes only its evidence: Beta keeps doc1's.
  REQUIRE(store->RemoveDocument(DocumentKeyForText(Doc2().document.text)).ok());
  CHECK(store->NewReader()->GetNode(kB)->evidence_count == 1);
  RequireConsistent(*store);

  CHECK(store->MergeNodes(kB, kB).code() == StatusCode::kInvalidArgument);
  Status missing = store->MergeNodes(kB, kC);
  CHECK(missing.code() == StatusCode::kNotFound);
  CHECK(missing.message() == "no node " + FormatNodeId(kC));
}

TEST_CASE("UpdateNode renames a node and re-indexes it") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  REQUIRE(store->Apply(Doc1()).ok());
  Node node = store->NewReader()->GetNode(kB).value();
  node.name = "Beta Corporation";
  node.aliases = {"Beta Corp", "beta corp", "BC"};
  node.properties = {{"sector", "mining"}};
  REQUIRE(store->UpdateNode(node).ok());
  auto reader = store->NewReader();
  auto updated = reader->GetNode(kB);
  CHECK(updated->name == "Beta Corporation");
  CHECK(updated->aliases == std::vector<std::string>{"Beta Corp", "BC"});
  CHECK(updated->evidence_count == 1);
  CHECK(reader->FindByName("bc", std::nullopt).value() == std::vector<NodeKey>{kB});
  CHECK(reader->FindByName("beta corporation", std::nullopt).value() == std::vector<NodeKey>{kB});
  RequireConsistent(*store);
  node.key = 12345;
  CHECK(store->UpdateNode(node).code() == StatusCode::kNotFound);
}

TEST_CASE("ForEachCase filters by country, kind and dates, newest first") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  DocumentFacts d = DocOf("cases");
  auto add_case = [&](const std::string& name, const std::string& kind, const std::string& country,
                      nlohmann::json date) {
    d.nodes.push_back(NodeOf(NodeType::kCase, name, {}, {{"kind", kind}, {"country", country}, {"date", date}}));
  };
  add_case("arrest one", "arrest", "Kyrgyzstan", "2023-12-06");
  add_case("arrest two", "arrest", "Belarus", "2022");
  add_case("dismissal", "dismissal", "Kyrgyzstan", "2024-02");
  add_case("undated", "arrest", "Kyrgyzstan", nullptr);
  REQUIRE(store->Apply(d).ok());
  auto reader = store->NewReader();
  auto run = [&](CaseFilter filter) {
    std::vector<std::string> names;
    REQUIRE(reader->ForEachCase(filter, [&](NodeKey k) { return names.push_back(reader->GetNode(k)->name), true; }).ok());
    return names;
  };
  CHECK(run({}) == std::vector<std::string>{"dismissal", "arrest one", "arrest two", "undated"});
  CHECK(run({"kyrgyzstan", "", "", ""}) == std::vector<std::string>{"dismissal", "arrest one", "undated"});
  CHECK(run({"Kyrgyzstan", "arrest", "", ""}) == std::vector<std::string>{"arrest one", "undated"});
  CHECK(run({"", "arrest", "2023", ""}) == std::vector<std::string>{"arrest one"});
  CHECK(run({"", "", "", "2023-12"}) == std::vector<std::string>{"arrest one", "arrest two"});
  CHECK(run({"", "", "2024", "2024"}) == std::vector<std::string>{"dismissal"});
  StoreStats stats = StatsOf(*store);
  CHECK(stats.cases_by_kind.at("arrest") == 3);
  CHECK(stats.cases_by_kind.at("dismissal") == 1);
  CHECK(stats.nodes_by_type.at("case") == 4);
  RequireConsistent(*store);
}

void CheckRejected(GraphStore& store, const DocumentFacts& facts, const std::string& message_part) {
  StoreStats before = StatsOf(store);
  auto result = store.Apply(facts);
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().code() == StatusCode::kInvalidArgument);
  INFO(result.status().message());
  CHECK(result.status().message().find(message_part) != std::string::npos);
  StoreStats after = StatsOf(store);
  CHECK(after.documents == before.documents);
  CHECK(after.nodes == before.nodes);
  CHECK(after.evidence == before.evidence);
}

TEST_CASE("Apply rejects bad facts with a clear message and writes nothing") {
  TempDir dir;
  auto store = OpenOrDie(dir.path());
  REQUIRE(store->Apply(Doc1()).ok());

  DocumentFacts no_evidence = DocOf("no evidence");
  no_evidence.nodes.push_back(NodeOf(NodeType::kUnion, "Delta Union"));
  no_evidence.nodes.back().evidence.clear();
  CheckRejected(*store, no_evidence, "node 'Delta Union' has no evidence");

  DocumentFacts unknown_endpoint = DocOf("unknown endpoint");
  unknown_endpoint.nodes.push_back(NodeOf(NodeType::kUnion, "Delta Union"));
  unknown_endpoint.edges.push_back(EdgeOf(KeyOf(NodeType::kUnion, "Delta Union"), EdgeType::kOrganizesAt, 42));
  CheckRejected(*store, unknown_endpoint, "refers to unknown target node " + FormatNodeId(42));

  DocumentFacts bad_name = DocOf("bad utf8");
  bad_name.nodes.push_back(NodeOf(NodeType::kUnion, "Delta \xff Union"));
  CheckRejected(*store, bad_name, "name is not valid UTF-8");

  DocumentFacts bad_text = DocOf("bad \xc3 text");
  CheckRejected(*store, bad_text, "not valid UTF-8");

  DocumentFacts bad_props = DocOf("bad props");
  bad_props.nodes.push_back(NodeOf(NodeType::kUnion, "Delta Union", {}, {{"x", "\xfe"}}));
  CheckRejected(*store, bad_props, "properties contain invalid UTF-8");

  DocumentFacts other_doc = DocOf("evidence from elsewhere");
  other_doc.nodes.push_back(NodeOf(NodeType::kUnion, "Delta Union"));
  other_doc.nodes.back().evidence[0].document = 77;
  CheckRejected(*store, other_doc, "evidence points at document");

  DocumentFacts wrong_type = DocOf("type clash");
  wrong_type.nodes.push_back(NodeOf(NodeType::kUnion, "Delta Union"));
  wrong_type.nodes.back().node.key = kB;  // Beta Corp is a company
  CheckRejected(*store, wrong_type, "is a company, not a union");

  DocumentFacts bad_confidence = DocOf("confidence");
  bad_confidence.nodes.push_back(NodeOf(NodeType::kUnion, "Delta Union"));
  bad_confidence.nodes.back().evidence[0].confidence = 1.5;
  CheckRejected(*store, bad_confidence, "confidence must be in [0,1]");

  CheckRejected(*store, DocOf(""), "a document needs text or a key");
  RequireConsistent(*store);
  CHECK(StatsOf(*store).documents == 1);
}

}  // namespace
}  // namespace lkg
