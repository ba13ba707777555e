// lkg stats / show / search / remove: output, exit codes (0/1/2) and messages,
// run in-process through cli::Main and a few through the real binary.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/command.h"
#include "tests/cli/run_lkg.h"
#include "tests/engine/store_test_util.h"

namespace lkg {
namespace {

using Run = testing::CliRun;
using testing::RunLkg;


using testing::DocOf;
using testing::EdgeOf;
using testing::KeyOf;
using testing::NodeOf;
using testing::OpenOrDie;
using testing::TempDir;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const NodeKey kUnion = KeyOf(NodeType::kUnion, "Öz Çelik-İş");
const NodeKey kPerson = KeyOf(NodeType::kPerson, "Ayşe Demir");

// A store with two documents: a union, its president, a country, a case.
void Populate(const std::string& dir) {
  auto store = OpenOrDie(dir);
  DocumentFacts d1 = DocOf("Ayşe Demir, president of Öz Çelik-İş, spoke in Türkiye.", "https://news.test/1",
                           "Union leader speaks");
  d1.nodes.push_back(NodeOf(NodeType::kUnion, "Öz Çelik-İş", {"Oz Celik Is Sendikasi"}, {{"founded", 1950}}));
  d1.nodes.push_back(NodeOf(NodeType::kPerson, "Ayşe Demir"));
  d1.nodes.push_back(NodeOf(NodeType::kCountry, "Türkiye"));
  d1.edges.push_back(EdgeOf(kPerson, EdgeType::kHasRole, kUnion, 0.9, {{"role", "president"}}));
  d1.edges.push_back(EdgeOf(kUnion, EdgeType::kLocatedIn, KeyOf(NodeType::kCountry, "Türkiye"), 0.8));
  REQUIRE(store->Apply(d1).ok());
  DocumentFacts d2 = DocOf("Metal workers were dismissed in 2024.", "https://news.test/2", "Dismissals");
  d2.nodes.push_back(NodeOf(NodeType::kCase, "dismissal of metal workers", {}, {{"kind", "dismissal"}, {"date", "2024"}}));
  d2.nodes.push_back(NodeOf(NodeType::kUnion, "Öz Çelik-İş"));
  d2.nodes.push_back(NodeOf(NodeType::kCompany, "Metal", {}, {}));
  d2.nodes.push_back(NodeOf(NodeType::kUnion, "Metal"));  // two nodes named "Metal"
  d2.edges.push_back(EdgeOf(KeyOf(NodeType::kCase, "dismissal of metal workers"), EdgeType::kConcerns, kUnion));
  REQUIRE(store->Apply(d2).ok());
}

TEST_CASE("lkg stats prints counts per type and JSON; a missing store is an error") {
  TempDir dir;
  Populate(dir.path());
  Run human = RunLkg({"--db", dir.path(), "stats"});
  REQUIRE(human.code == 0);
  CHECK(Has(human.out, "documents  2\n"));
  CHECK(Has(human.out, "nodes      6\n"));
  CHECK(Has(human.out, "edges      3\n"));
  CHECK(Has(human.out, "dismissal"));
  CHECK(Has(human.out, "on disk"));
  Run json = RunLkg({"--db", dir.path(), "stats", "--json"});
  REQUIRE(json.code == 0);
  nlohmann::json parsed = nlohmann::json::parse(json.out);
  CHECK(parsed["nodes"] == 6);
  CHECK(parsed["nodes_by_type"]["union"] == 2);
  CHECK(parsed["edges_by_type"]["has_role"] == 1);
  CHECK(parsed["cases_by_kind"]["dismissal"] == 1);
  CHECK(parsed["evidence"] == 10);

  Run missing = RunLkg({"--db", dir.Sub("nowhere"), "stats"});
  CHECK(missing.code == 1);
  CHECK(missing.err.rfind("lkg: error: no lkg store at '" + dir.Sub("nowhere") + "' (the directory does not exist)\n" +
                              "  looked in " + dir.Sub("nowhere") + " (given with --db)\n", 0) == 0);
  CHECK(RunLkg({"--db", dir.path(), "stats", "extra"}).code == 2);
  Run bad_flag = RunLkg({"--db", dir.path(), "stats", "--bogus"});
  CHECK(bad_flag.code == 2);
  CHECK(Has(bad_flag.err, "lkg: usage: unknown option '--bogus'"));
  CHECK(Has(bad_flag.err, "lkg stats --help"));
}

TEST_CASE("lkg show prints a node with aliases, properties, edges and evidence") {
  TempDir dir;
  Populate(dir.path());
  Run by_name = RunLkg({"--db", dir.path(), "show", "oz celik is"});
  REQUIRE_MESSAGE(by_name.code == 0, by_name.err);
  const std::string& out = by_name.out;
  CHECK(Has(out, "Öz Çelik-İş  [union " + FormatNodeId(kUnion) + "]"));
  CHECK(Has(out, "aliases: Oz Celik Is Sendikasi"));
  CHECK(Has(out, "founded: 1950"));
  CHECK(Has(out, "has_role\n    <- Ayşe Demir  [person " + FormatNodeId(kPerson) + "]  (role: president)"));
  CHECK(Has(out, "located_in\n    -> Türkiye"));
  CHECK(Has(out, "concerns\n    <- dismissal of metal workers"));
  CHECK(Has(out, "evidence (2)"));
  CHECK(Has(out, "— Union leader speaks <https://news.test/1>"));
  CHECK(Has(out, "\"… Öz Çelik-İş …\""));

  Run by_id = RunLkg({"--db", dir.path(), "show", FormatNodeId(kUnion), "--json", "--evidence", "1"});
  REQUIRE(by_id.code == 0);
  nlohmann::json j = nlohmann::json::parse(by_id.out);
  CHECK(j["name"] == "Öz Çelik-İş");
  CHECK(j["evidence"].size() == 1);
  CHECK(j["evidence_count"] == 2);
  CHECK(j["edges"].size() == 3);
  CHECK(j["evidence"][0]["document"]["url"] == "https://news.test/1");

  Run truncated = RunLkg({"--db", dir.path(), "show", "Öz Çelik-İş", "--evidence", "0", "--edges", "1"});
  CHECK(Has(truncated.out, "… 2 more (raise --edges)"));
  CHECK(Has(truncated.out, "… 2 more (raise --evidence)"));
}

TEST_CASE("lkg show errors: unknown, ambiguous, bad flags, missing argument") {
  TempDir dir;
  Populate(dir.path());
  Run unknown = RunLkg({"--db", dir.path(), "show", "Nobody"});
  CHECK(unknown.code == 1);
  CHECK(unknown.err == "lkg: error: no node named 'Nobody'\n");
  Run unknown_id = RunLkg({"--db", dir.path(), "show", "n:00000000000000ff"});
  CHECK(unknown_id.code == 1);
  CHECK(Has(unknown_id.err, "no node with id 'n:00000000000000ff'"));
  Run ambiguous = RunLkg({"--db", dir.path(), "show", "metal"});
  CHECK(ambiguous.code == 1);
  CHECK(Has(ambiguous.err, "'metal' could name several nodes; did you mean one of these? (give the id)"));
  CHECK(Has(ambiguous.err, FormatNodeId(KeyOf(NodeType::kCompany, "Metal")) + "  company  Metal"));
  CHECK(Has(ambiguous.err, FormatNodeId(KeyOf(NodeType::kUnion, "Metal")) + "  union  Metal"));
  Run bad_evidence = RunLkg({"--db", dir.path(), "show", "Metal", "--evidence", "many"});
  CHECK(bad_evidence.code == 2);
  CHECK(Has(bad_evidence.err, "--evidence takes a whole number from 0 to 10000, not 'many'"));
  Run missing = RunLkg({"--db", dir.path(), "show"});
  CHECK(missing.code == 2);
  CHECK(Has(missing.err, "missing NODE"));
  CHECK(RunLkg({"--db", dir.Sub("none"), "show", "x"}).code == 1);
}

TEST_CASE("lkg search ranks, filters and limits; bad values are usage errors") {
  TempDir dir;
  Populate(dir.path());
  Run all = RunLkg({"--db", dir.path(), "search", "ÖZ"});
  REQUIRE(all.code == 0);
  CHECK(Has(all.out, FormatNodeId(kUnion) + "  union        Öz Çelik-İş"));
  Run word = RunLkg({"--db", dir.path(), "search", "celik", "is"});  // words join into one query
  CHECK(Has(word.out, "Öz Çelik-İş\n"));
  Run alias = RunLkg({"--db", dir.path(), "search", "sendikasi"});
  CHECK(Has(alias.out, "Öz Çelik-İş  (matches \"oz celik is sendikasi\")"));
  Run typed = RunLkg({"--db", dir.path(), "search", "metal", "--type", "company", "--json"});
  REQUIRE(typed.code == 0);
  nlohmann::json j = nlohmann::json::parse(typed.out);
  REQUIRE(j["results"].size() == 1);
  CHECK(j["results"][0]["type"] == "company");
  CHECK(j["results"][0]["exact"] == true);
  Run limited = RunLkg({"--db", dir.path(), "search", "metal", "--limit", "1", "--json"});
  CHECK(nlohmann::json::parse(limited.out)["results"].size() == 1);
  Run none = RunLkg({"--db", dir.path(), "search", "zzz"});
  CHECK(none.code == 0);
  CHECK(none.out == "no matches for 'zzz'\n");

  Run bad_limit = RunLkg({"--db", dir.path(), "search", "metal", "--limit", "0"});
  CHECK(bad_limit.code == 2);
  CHECK(Has(bad_limit.err, "--limit takes a whole number from 1 to 1000, not '0'"));
  Run bad_type = RunLkg({"--db", dir.path(), "search", "metal", "--type", "guild"});
  CHECK(bad_type.code == 2);
  CHECK(Has(bad_type.err, "unknown node type 'guild'"));
  Run empty = RunLkg({"--db", dir.path(), "search", "--", "!!"});
  CHECK(empty.code == 2);
  CHECK(Has(empty.err, "missing TEXT"));
}

TEST_CASE("lkg remove deletes a document by id or url and only its own facts") {
  TempDir dir;
  Populate(dir.path());
  Run by_url = RunLkg({"--db", dir.path(), "remove", "https://news.test/2"});
  REQUIRE_MESSAGE(by_url.code == 0, by_url.err);
  CHECK(by_url.out == "removed " + FormatDocId(DocumentKeyForText("Metal workers were dismissed in 2024.")) +
                          ": 3 nodes, 1 edges, 5 evidence records\n");
  Run shown = RunLkg({"--db", dir.path(), "show", "Öz Çelik-İş"});
  CHECK(shown.code == 0);  // the union is still supported by document 1
  CHECK(Has(shown.out, "evidence (1)"));
  std::string doc1 = FormatDocId(DocumentKeyForText("Ayşe Demir, president of Öz Çelik-İş, spoke in Türkiye."));
  Run by_id = RunLkg({"--db", dir.path(), "remove", doc1, "--json"});
  REQUIRE(by_id.code == 0);
  CHECK(nlohmann::json::parse(by_id.out)["nodes_removed"] == 3);
  CHECK(Has(RunLkg({"--db", dir.path(), "stats"}).out, "nodes      0\n"));

  Run again = RunLkg({"--db", dir.path(), "remove", doc1});
  CHECK(again.code == 1);
  CHECK(again.err == "lkg: error: no document with id '" + doc1 + "'\n");
  Run unknown_url = RunLkg({"--db", dir.path(), "remove", "https://nowhere.test/"});
  CHECK(unknown_url.code == 1);
  CHECK(Has(unknown_url.err, "no document with id or url 'https://nowhere.test/'"));
  CHECK(RunLkg({"--db", dir.path(), "remove"}).code == 2);
  Run no_store = RunLkg({"--db", dir.Sub("none"), "remove", doc1});
  CHECK(no_store.code == 1);
  CHECK(Has(no_store.err, "no lkg store at"));
}

TEST_CASE("read commands work while a writer holds the store; remove reports the lock") {
  TempDir dir;
  Populate(dir.path());
  auto writer = OpenOrDie(dir.path());
  CHECK(RunLkg({"--db", dir.path(), "stats"}).code == 0);
  CHECK(RunLkg({"--db", dir.path(), "show", "Ayşe Demir"}).code == 0);
  CHECK(RunLkg({"--db", dir.path(), "search", "ayse"}).code == 0);
  Run locked = RunLkg({"--db", dir.path(), "remove", "https://news.test/1"});
  CHECK(locked.code == 1);
  CHECK(Has(locked.err, "is locked by another process"));
}

TEST_CASE("unknown commands are usage errors") {
  Run unknown = RunLkg({"frobnicate"});
  CHECK(unknown.code == 2);
  CHECK(Has(unknown.err, "lkg: usage: unknown command 'frobnicate'"));
  Run help = RunLkg({"show", "--help"});
  CHECK(help.code == 0);
  CHECK(Has(help.out, "Usage: lkg show NODE"));
}

// Runs the real binary; returns its exit code and fills `err`.
int RunBinary(const std::string& args, std::string& out, std::string& err, const TempDir& dir) {
  std::string command = std::string(LKG_BINARY) + " " + args + " >" + dir.Sub("out.txt") + " 2>" + dir.Sub("err.txt");
  int status = std::system(command.c_str());
  std::ifstream o(dir.Sub("out.txt")), e(dir.Sub("err.txt"));
  out.assign(std::istreambuf_iterator<char>(o), {});
  err.assign(std::istreambuf_iterator<char>(e), {});
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_CASE("the lkg binary gives the same exit codes") {
  TempDir dir;
  std::string store = dir.Sub("store");
  Populate(store);
  std::string out, err;
  CHECK(RunBinary("--db " + store + " stats --json", out, err, dir) == 0);
  CHECK(nlohmann::json::parse(out)["documents"] == 2);
  CHECK(RunBinary("--db " + store + " show 'Ayşe Demir'", out, err, dir) == 0);
  CHECK(Has(out, "has_role\n    -> Öz Çelik-İş"));
  CHECK(RunBinary("--db " + dir.Sub("missing") + " show X", out, err, dir) == 1);
  CHECK(Has(err, "lkg: error: no lkg store at"));
  CHECK(RunBinary("--db " + store + " search --limit x y", out, err, dir) == 2);
  CHECK(Has(err, "--limit takes a whole number"));
}

}  // namespace
}  // namespace lkg

namespace lkg {
namespace {

TEST_CASE("lkg show d:… prints a document; an unknown document is an error") {
  TempDir dir;
  Populate(dir.path());
  DocKey doc = 0;
  {
    auto store = OpenOrDie(dir.path());
    auto found = store->NewReader()->FindDocumentByUrl("https://news.test/1");
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    doc = **found;
  }
  Run shown = RunLkg({"--db", dir.path(), "show", FormatDocId(doc)});
  REQUIRE(shown.code == 0);
  CHECK(shown.out.find("Union leader speaks  [document " + FormatDocId(doc) + "]\nurl: https://news.test/1\n") == 0);
  CHECK(Has(shown.out, "\n\nAyşe Demir, president of Öz Çelik-İş, spoke in Türkiye.\n"));
  Run json = RunLkg({"--db", dir.path(), "show", FormatDocId(doc), "--json"});
  REQUIRE(json.code == 0);
  CHECK(nlohmann::json::parse(json.out)["url"] == "https://news.test/1");
  Run missing = RunLkg({"--db", dir.path(), "show", "d:00000000000000ff"});
  CHECK(missing.code == 1);
  CHECK(missing.err == "lkg: error: no document with id 'd:00000000000000ff'\n");
}

}  // namespace
}  // namespace lkg
