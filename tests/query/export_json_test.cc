#include <sstream>

#include <doctest/doctest.h>

#include "query/export.h"
#include "query/neighbors.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

struct SmallGraph {
  testing::MemoryReader reader;
  NodeKey union_, person, company, country, case_;
  SmallGraph() {
    union_ = reader.AddNode(NodeType::kUnion, "Mining Union");
    reader.nodes()[union_].aliases = {"MU"};
    person = reader.AddNode(NodeType::kPerson, "Ana Petrova");
    company = reader.AddNode(NodeType::kCompany, "Gold Mine Ltd");
    country = reader.AddNode(NodeType::kCountry, "Kyrgyzstan");
    case_ = reader.AddNode(NodeType::kCase, "arrest of Ana Petrova",
                           {{"kind", "arrest"}, {"date", "2023-12-06"}, {"country", "Kyrgyzstan"}});
    reader.AddEdge(person, EdgeType::kHasRole, union_, 2, 0.9f, {{"role", "president"}});
    reader.AddEdge(union_, EdgeType::kOrganizesAt, company);
    reader.AddEdge(company, EdgeType::kLocatedIn, country);
    reader.AddEdge(case_, EdgeType::kVictim, person);
    reader.AddEdge(case_, EdgeType::kInCountry, country);
  }
};

nlohmann::json Export(const ExportScope& scope, const ExportOptions& options) {
  std::ostringstream out;
  REQUIRE(WriteJson(scope, options, out).ok());
  return nlohmann::json::parse(out.str());
}

const nlohmann::json* FindById(const nlohmann::json& list, const std::string& id) {
  for (const nlohmann::json& item : list) {
    if (item["id"] == id) return &item;
  }
  return nullptr;
}

TEST_CASE("json export of the whole graph has the shape of export.md") {
  SmallGraph g;
  nlohmann::json doc = Export(ExportScope::WholeGraph(g.reader), {});
  const nlohmann::json* u = FindById(doc["nodes"], FormatNodeId(g.union_));
  REQUIRE(u != nullptr);
  CHECK((*u)["type"] == "union");
  CHECK((*u)["name"] == "Mining Union");
  CHECK((*u)["aliases"] == nlohmann::json::array({"MU"}));
  CHECK((*u)["properties"].is_object());
  REQUIRE((*u)["evidence"].size() == 1);
  CHECK((*u)["evidence"][0]["sentence"] == "Mining Union is mentioned (source 1).");
  const nlohmann::json* c = FindById(doc["nodes"], FormatNodeId(g.case_));
  REQUIRE(c != nullptr);
  CHECK((*c)["type"] == "case");
  CHECK((*c)["properties"]["kind"] == "arrest");
  CHECK((*c)["properties"]["date"] == "2023-12-06");
  const nlohmann::json* d = FindById(doc["nodes"], FormatDocId(1));
  REQUIRE(d != nullptr);
  CHECK((*d)["type"] == "document");
  CHECK((*d)["properties"]["url"] == "https://example.org/doc/1");
  CHECK(doc["edges"].size() == 5);
  const nlohmann::json* role =
      FindById(doc["edges"], FormatEdgeId(EdgeKeyFor(g.person, EdgeType::kHasRole, g.union_)));
  REQUIRE(role != nullptr);
  CHECK((*role)["source"] == FormatNodeId(g.person));
  CHECK((*role)["target"] == FormatNodeId(g.union_));
  CHECK((*role)["type"] == "has_role");
  CHECK((*role)["properties"]["role"] == "president");
  CHECK((*role)["evidence"].size() == 2);
  CHECK((*role)["evidence"][1]["confidence"].get<double>() == doctest::Approx(0.9));
}

TEST_CASE("json export without evidence has no document nodes and no evidence") {
  SmallGraph g;
  ExportOptions options;
  options.evidence = false;
  nlohmann::json doc = Export(ExportScope::WholeGraph(g.reader), options);
  CHECK(doc["nodes"].size() == 5);
  for (const nlohmann::json& n : doc["nodes"]) {
    CHECK(n["type"] != "document");
    CHECK_FALSE(n.contains("evidence"));
  }
  CHECK(doc["edges"].size() == 5);
}

TEST_CASE("json export of a subgraph lists only its nodes, edges and cited documents") {
  SmallGraph g;
  auto snapshot = GraphSnapshot::Load(g.reader);
  REQUIRE(snapshot.ok());
  const GraphSnapshot& s = **snapshot;
  NeighborhoodRequest request;
  request.seeds = {*s.Find(g.person)};
  request.depth = 1;
  auto hood = Neighbors(s, ResolvedFilter(), request, QueryLimits());
  REQUIRE(hood.ok());
  nlohmann::json doc = Export(ScopeOf(hood.value(), s, g.reader), {});
  size_t entities = 0, documents = 0;
  for (const nlohmann::json& n : doc["nodes"]) (n["type"] == "document" ? documents : entities)++;
  CHECK(entities == 3);   // person, union, case
  CHECK(documents == 2);  // the has_role edge cites documents 1 and 2
  CHECK(doc["edges"].size() == 2);
  CHECK(FindById(doc["nodes"], FormatNodeId(g.company)) == nullptr);
}

TEST_CASE("export formats parse by name and reject unknown ones") {
  CHECK(ParseExportFormat("graphml") == ExportFormat::kGraphml);
  CHECK(ParseExportFormat("cypher") == ExportFormat::kCypher);
  CHECK_FALSE(ParseExportFormat("xlsx").has_value());
  CHECK(ExportContentType(ExportFormat::kJson) == "application/json");
}

}  // namespace
}  // namespace lkg::query
