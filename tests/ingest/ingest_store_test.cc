// Ingesting into a real store: cross-document resolution, re-ingest
// idempotence, manual decisions, and the `lkg ingest/merge/split/distinct` CLI.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/command.h"
#include "tests/cli/run_lkg.h"
#include "engine/graph_store.h"
#include "ingest/ingest_record.h"
#include "ingest/resolution/resolver.h"
#include "tests/engine/store_test_util.h"

namespace lkg::ingest {
namespace {

using testing::CliRun;
using testing::RunLkg;


using lkg::testing::TempDir;

InputRecord Text(const std::string& text, const std::string& url = "") {
  InputRecord r;
  r.origin = "test";
  r.body = text;
  r.url = url;
  return r;
}

std::vector<Node> NodesNamed(GraphStore& store, const std::string& name, std::optional<NodeType> type) {
  std::unique_ptr<GraphReader> reader = store.NewReader();
  std::vector<Node> out;
  auto keys = reader->FindByName(name, type);
  if (keys.ok()) {
    for (NodeKey k : *keys) {
      auto n = reader->GetNode(k);
      if (n.ok()) out.push_back(*n);
    }
  }
  return out;
}

size_t CountType(GraphStore& store, NodeType type) {
  size_t n = 0;
  Status s = store.NewReader()->ForEachNodeOfType(type, [&](const NodeKey&) { ++n; return true; });
  return s.ok() ? n : 0;
}

}  // namespace

TEST_CASE("transliteration keys fold romanisation variants") {
  CHECK(TransliterationKey("Eldar Tadjibaev") == TransliterationKey("Eldar Tadzhibaev"));
  CHECK(TransliterationKey("Kushakbaev") == TransliterationKey("Kushakbayev"));
  CHECK(TransliterationKey("Kyrgyzstan") != TransliterationKey("Kazakhstan"));
}

TEST_CASE("ingest: the same entity from two articles is one node, with the reason recorded") {
  TempDir dir;
  auto store = GraphStore::Open(dir.path());
  REQUIRE(store.ok());
  Ingester ingester(**store);
  auto a = ingester.Ingest(Text("Union leader Eldar Tadjibaev, chair of the Mining and Metallurgy Trade Union of "
                                "Kyrgyzstan (MMTUK), was arrested in Kyrgyzstan. The IMF, the metalworkers' federation, protested."));
  REQUIRE(a.ok());
  CHECK(a->nodes_added >= 4);
  auto b = ingester.Ingest(Text("Union leader Eldar Tadzhibaev of the MMTUK union was released. The International "
                                "Metalworkers' Federation and IndustriALL Global Union welcomed it."));
  REQUIRE(b.ok());
  CHECK(NodesNamed(**store, "Eldar Tadjibaev", NodeType::kPerson).size() == 1);
  auto person = NodesNamed(**store, "Eldar Tadzhibaev", NodeType::kPerson);
  REQUIRE(person.size() == 1);
  CHECK(person[0].name == "Eldar Tadjibaev");
  CHECK(person[0].properties["resolution"] == "transliteration variant of an existing name");
  CHECK(NodesNamed(**store, "MMTUK", NodeType::kUnion).size() == 1);
  CHECK(NodesNamed(**store, "IMF", NodeType::kUnion).size() == 1);
  CHECK(NodesNamed(**store, "International Metalworkers' Federation", NodeType::kUnion).size() == 1);
  CHECK(CountType(**store, NodeType::kPerson) == 1);
}

TEST_CASE("ingest: different entities sharing a short name stay apart (type-aware)") {
  TempDir dir;
  auto store = GraphStore::Open(dir.path());
  REQUIRE(store.ok());
  Ingester ingester(**store);
  REQUIRE(ingester.Ingest(Text("Workers at Apex Mining Corporation (AMC) struck in Chile.")).ok());
  REQUIRE(ingester.Ingest(Text("The Allied Miners Confederation (AMC) met in Peru.")).ok());
  CHECK(NodesNamed(**store, "AMC", std::nullopt).size() == 2);
}

TEST_CASE("ingest: re-ingesting the same article is a no-op") {
  TempDir dir;
  auto store = GraphStore::Open(dir.path());
  REQUIRE(store.ok());
  Ingester ingester(**store);
  InputRecord r = Text("Vadim Borisov, IndustriALL regional secretary, visited Kyrgyzstan.");
  auto first = ingester.Ingest(r);
  REQUIRE(first.ok());
  CHECK_FALSE(first->unchanged);
  auto stats1 = (*store)->NewReader()->Stats();
  auto second = ingester.Ingest(r);
  REQUIRE(second.ok());
  CHECK(second->unchanged);
  CHECK(second->nodes_added == 0);
  CHECK(second->edges_added == 0);
  CHECK(second->document_id == first->document_id);
  auto stats2 = (*store)->NewReader()->Stats();
  CHECK(stats1->nodes == stats2->nodes);
  CHECK(stats1->edges == stats2->edges);
  CHECK(stats1->evidence == stats2->evidence);
  // A new ingester (a later `lkg ingest` run) also sees it as stored.
  Ingester later(**store);
  auto third = later.Ingest(r);
  REQUIRE(third.ok());
  CHECK(third->unchanged);
}

TEST_CASE("ingest: bad input reports a clear error and loses nothing stored") {
  TempDir dir;
  auto store = GraphStore::Open(dir.path());
  REQUIRE(store.ok());
  Ingester ingester(**store);
  REQUIRE(ingester.Ingest(Text("Workers struck at Acme Steel Corporation in Chile.")).ok());
  auto before = (*store)->NewReader()->Stats();
  auto bad = ingester.Ingest(Text(std::string("bad \xFF bytes")));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "invalid UTF-8 at byte 4");
  auto empty = ingester.Ingest(Text("   "));
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message() == "no text (empty or no letters)");
  auto json = IngestJsonRecord(**store, "{\"title\": \"x\"}");
  REQUIRE_FALSE(json.ok());
  CHECK(json.status().message() == "a record needs a \"text\" or \"html\" string");
  auto after = (*store)->NewReader()->Stats();
  CHECK(before->nodes == after->nodes);
  CHECK(before->documents == after->documents);
}

TEST_CASE("IngestJsonRecord: one HTTP record in, what was added out") {
  TempDir dir;
  auto store = GraphStore::Open(dir.path());
  REQUIRE(store.ok());
  auto r = IngestJsonRecord(**store, R"({"text": "Kim Chang Keun, president of the Korean Metal Workers' Union, was arrested in South Korea on 3 June 2002.", "url": "http://x/1", "date": "2002-06-10", "source": "test"})");
  REQUIRE(r.ok());
  CHECK(r->document_id.rfind("d:", 0) == 0);
  CHECK(r->cases_added == 1);
  CHECK(r->edges_added >= 3);
  nlohmann::json j = r->ToJson();
  CHECK(j["document"] == r->document_id);
  CHECK(j["cases_added"] == 1);
  auto doc = (*store)->NewReader()->FindDocumentByUrl("http://x/1");
  REQUIRE(doc.ok());
  CHECK(doc->has_value());
}

TEST_CASE("lkg ingest: counts, stdin, broken lines with line numbers, exit code 1, others stored") {
  TempDir dir;
  std::string db = dir.Sub("db");
  std::string file = dir.Sub("feed.jsonl");
  std::ofstream(file) << "{\"text\": \"Workers at Acme Steel Corporation in Chile struck.\"}\n{broken\n"
                      << "{\"text\": \"Vadim Borisov, IndustriALL regional secretary, spoke.\"}\n";
  CliRun run = RunLkg({"--db", db, "ingest", file, dir.Sub("missing.txt")});
  CHECK(run.code == 1);
  CHECK(run.err.find("lkg: error: " + file + ":2: malformed JSON") != std::string::npos);
  CHECK(run.err.find("missing.txt: no such file or directory") != std::string::npos);
  CHECK(run.out.find("documents: 2 added, 0 unchanged, 0 replaced, 2 failed") != std::string::npos);
  CliRun again = RunLkg({"--db", db, "ingest", file, "--json"});
  CHECK(again.code == 1);
  auto j = nlohmann::json::parse(again.out);
  CHECK(j["documents_unchanged"] == 2);
  CHECK(j["nodes_added"] == 0);
  CliRun piped = RunLkg({"--db", db, "ingest", "-"}, "Members of the Korean Metal Workers' Union struck in South Korea.");
  CHECK(piped.code == 0);
  CHECK(piped.out.find("documents: 1 added") != std::string::npos);
  CliRun usage = RunLkg({"--db", db, "ingest"});
  CHECK(usage.code == 2);
  CHECK(usage.err.find("give at least one PATH") != std::string::npos);
}

TEST_CASE("lkg merge / distinct / split: decisions persist and are honoured on re-ingest") {
  TempDir dir;
  std::string db = dir.Sub("db");
  RunLkg({"--db", db, "ingest", "-"}, "Union leader Eldar Tadjibaev was arrested in Kyrgyzstan.");
  RunLkg({"--db", db, "ingest", "-"}, "Union leader Eldar Tajibayev spoke in Bishkek, Kyrgyzstan.");
  {
    auto store = GraphStore::Open(db);
    REQUIRE(store.ok());
    CHECK(NodesNamed(**store, "Eldar Tajibayev", NodeType::kPerson).size() == 1);
  }
  CliRun same = RunLkg({"--db", db, "distinct", "Eldar Tadjibaev", "Eldar Tadjibaev"});
  CHECK(same.code == 1);
  CHECK(same.err.find("are the same node") != std::string::npos);
  CliRun missing = RunLkg({"--db", db, "merge", "Eldar Tadjibaev", "Nobody Here"});
  CHECK(missing.code == 1);
  CHECK(missing.err.find("no node named 'Nobody Here'") != std::string::npos);
  CliRun usage = RunLkg({"--db", db, "merge", "Eldar Tadjibaev"});
  CHECK(usage.code == 2);
  CliRun split = RunLkg({"--db", db, "split", "Eldar Tadjibaev", "Eldar Tajibayev"});
  CHECK(split.code == 0);
  CHECK(split.out.find("split 'Eldar Tajibayev' off") != std::string::npos);
  CliRun no_alias = RunLkg({"--db", db, "split", "Eldar Tadjibaev", "Someone Else"});
  CHECK(no_alias.code == 1);
  CHECK(no_alias.err.find("has no alias 'Someone Else'") != std::string::npos);
  // A new article naming the split-off spelling stays on its own node.
  RunLkg({"--db", db, "ingest", "-"}, "Union leader Eldar Tajibayev was detained again in Kyrgyzstan.");
  {
    auto store = GraphStore::Open(db);
    REQUIRE(store.ok());
    auto split_nodes = NodesNamed(**store, "Eldar Tajibayev", NodeType::kPerson);
    REQUIRE(split_nodes.size() == 1);
    CHECK(split_nodes[0].name == "Eldar Tajibayev");
    CHECK(CountType(**store, NodeType::kPerson) == 2);
  }
  CliRun merge = RunLkg({"--db", db, "merge", "Eldar Tadjibaev", "Eldar Tajibayev"});
  CHECK(merge.code == 0);
  CHECK(merge.out.find("merged") != std::string::npos);
  RunLkg({"--db", db, "ingest", "-"}, "Union leader Eldar Tajibayev was released in Kyrgyzstan.");
  {
    auto store = GraphStore::Open(db);
    REQUIRE(store.ok());
    CHECK(CountType(**store, NodeType::kPerson) == 1);
  }
  CliRun distinct = RunLkg({"--db", db, "distinct", "Eldar Tadjibaev", "Kyrgyzstan"});
  CHECK(distinct.code == 0);
  CHECK(distinct.out.find("are different entities") != std::string::npos);
}

}  // namespace lkg::ingest
