// The query and export commands end to end: a small store on disk, `lkg`
// run in-process through cli::Main, stdout/stderr and exit codes checked.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "cli/command.h"
#include "engine/graph_store.h"

namespace lkg::cli {
namespace {

struct Output {
  int code;
  std::string out, err;
};

class QueryStore {
 public:
  QueryStore() : dir_(std::filesystem::temp_directory_path() / ("lkg_cli_query_" + std::to_string(getpid()))) {
    std::filesystem::remove_all(dir_);
    auto store = GraphStore::Open(dir_.string());
    REQUIRE_MESSAGE(store.ok(), store.status().ToString());
    DocumentFacts facts;
    facts.document.url = "https://example.org/arrest";
    facts.document.title = "Union leader arrested";
    facts.document.text = "Ana Petrova, president of the Mining Union, was arrested in Kyrgyzstan.";
    NodeKey ana = Add(facts, NodeType::kPerson, "Ana Petrova", {});
    NodeKey mu = Add(facts, NodeType::kUnion, "Mining Union", {});
    NodeKey kg = Add(facts, NodeType::kCountry, "Kyrgyzstan", {});
    NodeKey gm = Add(facts, NodeType::kCompany, "Gold Mine", {});
    NodeKey arrest = Add(facts, NodeType::kCase, "arrest of Ana Petrova",
                         {{"kind", "arrest"}, {"date", "2023-12-06"}, {"country", "Kyrgyzstan"}});
    Link(facts, ana, EdgeType::kHasRole, mu, {{"role", "president"}});
    Link(facts, mu, EdgeType::kOrganizesAt, gm, {});
    Link(facts, gm, EdgeType::kLocatedIn, kg, {});
    Link(facts, arrest, EdgeType::kVictim, ana, {});
    Link(facts, arrest, EdgeType::kInCountry, kg, {});
    auto applied = (*store)->Apply(facts);
    REQUIRE_MESSAGE(applied.ok(), applied.status().ToString());
  }
  ~QueryStore() { std::filesystem::remove_all(dir_); }

  Output Run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"lkg", "--db", dir_.string()});
    std::vector<const char*> argv;
    for (const std::string& a : args) argv.push_back(a.c_str());
    std::istringstream in;
    std::ostringstream out, err;
    int code = Main(static_cast<int>(argv.size()), argv.data(), in, out, err);
    return {code, out.str(), err.str()};
  }
  std::string dir() const { return dir_.string(); }

 private:
  static NodeKey Add(DocumentFacts& facts, NodeType type, const std::string& name, nlohmann::json props) {
    NodeFact fact;
    fact.node.key = type == NodeType::kCase ? RawNodeKey(type, name) : EntityKey(type, name);
    fact.node.type = type;
    fact.node.name = name;
    fact.node.properties = std::move(props);
    fact.evidence.push_back({0, 0, 10, name + " is named here.", "manual:test", 1.0});
    facts.nodes.push_back(fact);
    return fact.node.key;
  }
  static void Link(DocumentFacts& facts, NodeKey a, EdgeType type, NodeKey b, nlohmann::json props) {
    EdgeFact fact;
    fact.edge.source = a;
    fact.edge.target = b;
    fact.edge.type = type;
    fact.edge.properties = std::move(props);
    fact.evidence.push_back({0, 0, 20, "Sentence about " + std::string(EdgeTypeName(type)) + ".", "manual:test", 0.9});
    facts.edges.push_back(fact);
  }
  std::filesystem::path dir_;
};

TEST_CASE("lkg neighbors lists the neighbourhood, human and --json") {
  QueryStore store;
  Output human = store.Run({"neighbors", "Ana Petrova"});
  CHECK(human.code == 0);
  CHECK(human.out.find("Ana Petrova (person, n:") == 0);
  CHECK(human.out.find("2 nodes within 1 hop") != std::string::npos);
  CHECK(human.out.find("union        Mining Union") != std::string::npos);
  Output json = store.Run({"neighbors", "Ana Petrova", "--depth", "2", "--json"});
  REQUIRE(json.code == 0);
  nlohmann::json doc = nlohmann::json::parse(json.out);
  CHECK(doc["nodes"].size() == 5);
  CHECK(doc["truncated"] == false);
}

TEST_CASE("lkg neighbors --grouped prints the explorer's view: countries grouped, the rest one by one") {
  QueryStore store;
  Output human = store.Run({"neighbors", "Gold Mine", "--grouped"});
  CHECK(human.code == 0);
  CHECK(human.out.find("Gold Mine (company, n:") == 0);
  CHECK(human.out.find(": 1 shown one by one, 1 group\n") != std::string::npos);
  CHECK(human.out.find("  Mining Union (union, n:") != std::string::npos);
  CHECK(human.out.find("  [1 country]  located_in, hidden on the page\n") != std::string::npos);
  Output json = store.Run({"neighbors", "Ana Petrova", "--grouped", "--json"});
  REQUIRE(json.code == 0);
  nlohmann::json doc = nlohmann::json::parse(json.out);
  CHECK(doc["shown"] == 2);  // the union and the arrest (a dated case)
  for (const nlohmann::json& n : doc["nodes"]) {
    if (n["type"] == "case") CHECK(n["first"] == "2023-12-06");
  }
  Output zero = store.Run({"neighbors", "Ana Petrova", "--grouped", "--depth", "0"});
  CHECK(zero.code == 2);
  CHECK(zero.err.find("--depth") != std::string::npos);
}

TEST_CASE("lkg path prints each hop with its evidence sentence and document") {
  QueryStore store;
  Output out = store.Run({"path", "Ana Petrova", "Kyrgyzstan", "--k", "2"});
  CHECK(out.code == 0);
  CHECK(out.out.find("Path 1 (2 hops") != std::string::npos);
  CHECK(out.out.find("<-[victim]- arrest of Ana Petrova") != std::string::npos);
  CHECK(out.out.find("\"Sentence about victim.\"") != std::string::npos);
  CHECK(out.out.find("Union leader arrested <https://example.org/arrest>") != std::string::npos);
  CHECK(out.out.find("Path 2 (3 hops") != std::string::npos);
  Output json = store.Run({"path", "Ana Petrova", "Gold Mine", "--json"});
  nlohmann::json doc = nlohmann::json::parse(json.out);
  CHECK(doc["paths"][0]["hops"][0]["evidence"]["url"] == "https://example.org/arrest");
}

TEST_CASE("lkg rank, communities, cases and common answer") {
  QueryStore store;
  Output rank = store.Run({"rank", "--by", "degree", "--top", "1"});
  CHECK(rank.code == 0);
  CHECK(rank.out.find("Top 1 by degree") == 0);
  Output communities = store.Run({"communities", "--json"});
  CHECK(nlohmann::json::parse(communities.out)["components"]["count"] == 1);
  Output cases = store.Run({"cases", "--country", "Kyrgyzstan"});
  CHECK(cases.out.find("2023-12-06  arrest") == 0);
  CHECK(cases.out.find("victim      Ana Petrova") != std::string::npos);
  Output common = store.Run({"common", "Ana Petrova", "Gold Mine"});
  CHECK(common.out.find("Shared neighbors: 1\n  Mining Union") != std::string::npos);
  CHECK(common.out.find("Shared countries: 1\n  Kyrgyzstan") != std::string::npos);
}

TEST_CASE("lkg export writes every format and subgraphs") {
  QueryStore store;
  Output json = store.Run({"export"});
  REQUIRE(json.code == 0);
  nlohmann::json doc = nlohmann::json::parse(json.out);
  CHECK(doc["nodes"].size() == 6);  // five entities and the document
  CHECK(doc["edges"].size() == 5);
  Output sub = store.Run({"export", "--seed", "Gold Mine", "--depth", "1", "--no-evidence"});
  nlohmann::json small = nlohmann::json::parse(sub.out);
  CHECK(small["nodes"].size() == 3);
  CHECK(small["edges"].size() == 2);
  std::string file = store.dir() + "-out.graphml";
  Output graphml = store.Run({"export", "--format", "graphml", "-o", file});
  CHECK(graphml.code == 0);
  CHECK(std::filesystem::file_size(file) > 500);
  std::filesystem::remove(file);
  std::string dir = store.dir() + "-csv";
  CHECK(store.Run({"export", "--format", "csv", "-o", dir}).code == 0);
  CHECK(std::filesystem::exists(dir + "/nodes.csv"));
  CHECK(std::filesystem::exists(dir + "/edges.csv"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("query commands report bad input with clear messages") {
  QueryStore store;
  Output missing = store.Run({"neighbors", "Nobody"});
  CHECK(missing.code == 1);
  CHECK(missing.err == "lkg: error: no node named 'Nobody'\n");
  Output deep = store.Run({"neighbors", "Ana Petrova", "--depth", "9"});
  CHECK(deep.code == 2);
  CHECK(deep.err.find("lkg: usage: ") == 0);
  Output type = store.Run({"neighbors", "Ana Petrova", "--types", "planet"});
  CHECK(type.code == 2);
  CHECK(type.err.find("unknown node type 'planet'") != std::string::npos);
  Output format = store.Run({"export", "--format", "xlsx"});
  CHECK(format.code == 2);
  CHECK(format.err.find("unknown format 'xlsx'") != std::string::npos);
  Output csv = store.Run({"export", "--format", "csv"});
  CHECK(csv.code == 2);
  CHECK(csv.err.find("give a directory with -o DIR") != std::string::npos);
  Output by = store.Run({"rank", "--by", "fame"});
  CHECK(by.err.find("--by must be pagerank, betweenness or degree") != std::string::npos);
  Output kind = store.Run({"cases", "--kind", "picnic"});
  CHECK(kind.code == 1);
  CHECK(kind.err == "lkg: error: unknown case kind 'picnic'\n");
  Output one = store.Run({"common", "Ana Petrova"});
  CHECK(one.code == 2);
  CHECK(one.err.find("missing NODE argument") != std::string::npos);
  Output same = store.Run({"path", "Gold Mine", "Gold Mine"});
  CHECK(same.err == "lkg: error: a path needs two different nodes\n");
}

TEST_CASE("query commands have help text") {
  QueryStore store;
  for (const char* command : {"neighbors", "path", "rank", "communities", "cases", "common", "export"}) {
    Output help = store.Run({command, "--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find(std::string("Usage: lkg ") + command) == 0);
    bool documents_json = help.out.find("--json") != std::string::npos || std::string(command) == "export";
    CHECK(documents_json);
  }
}

}  // namespace
}  // namespace lkg::cli
