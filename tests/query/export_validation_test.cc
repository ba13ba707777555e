// Every export format opens in the tool it is for: xmllint for GraphML and
// GEXF, NetworkX and igraph for GraphML, Graphviz for DOT, a JSON parser for
// cyjs, a CSV reader for csv. A test is skipped (with a message) only when
// its tool is not installed; scripts/deps.sh installs them all.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "query/export.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

// A graph with names that need escaping in every format.
struct TrickyGraph {
  testing::MemoryReader reader;
  TrickyGraph() {
    NodeKey u = reader.AddNode(NodeType::kUnion, "Öz \"Çelik\" <İş> & Sons, Ltd", {{"founded", 1950}, {"global", true}});
    reader.nodes()[u].aliases = {"ÖÇİ", "Line\nBreak"};
    NodeKey p = reader.AddNode(NodeType::kPerson, "Back\\slash 'quote'", {{"age", 51.5}});
    NodeKey c = reader.AddNode(NodeType::kCase, "arrest; 2023", {{"kind", "arrest"}, {"date", "2023-12"}, {"tags", nlohmann::json::array({"a", "b"})}});
    NodeKey k = reader.AddNode(NodeType::kCountry, "Türkiye");
    NodeKey m = reader.AddNode(NodeType::kCompany, "Mixed", {{"founded", "unknown"}});
    reader.AddEdge(p, EdgeType::kHasRole, u, 2, 0.75f, {{"role", "president"}, {"since", "2019"}});
    reader.AddEdge(c, EdgeType::kVictim, p);
    reader.AddEdge(c, EdgeType::kInCountry, k);
    reader.AddEdge(u, EdgeType::kLocatedIn, k);
    reader.AddEdge(u, EdgeType::kOrganizesAt, m, 1, 1.0f, {{"since", "2001-02-03"}, {"until", "2010"}});
  }
};

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("lkg_query_" + std::to_string(getpid()) + "_" + name)).string();
}

std::string WriteTo(ExportFormat format, const std::string& name, ExportOptions options = {}) {
  TrickyGraph g;
  std::string path = TempPath(name);
  std::ofstream out(path);
  REQUIRE(WriteExport(format, ExportScope::WholeGraph(g.reader), options, out).ok());
  return path;
}

bool HaveTool(const std::string& check) { return std::system((check + " >/dev/null 2>&1").c_str()) == 0; }

// Runs `command`, returning its exit code and (merged) output.
int Run(const std::string& command, std::string& output) {
  std::string log = TempPath("cmd.log");
  int code = std::system((command + " >" + log + " 2>&1").c_str());
  std::ifstream in(log);
  std::stringstream text;
  text << in.rdbuf();
  output = text.str();
  std::filesystem::remove(log);
  return code;
}

const char* kPython = "/usr/bin/python3";

// Runs a Python script (written to a file, so no shell quoting is involved).
int RunPython(const std::string& script, std::string& output) {
  std::string path = TempPath("check.py");
  std::ofstream(path) << script << "\n";
  int code = Run(std::string(kPython) + " " + path, output);
  std::filesystem::remove(path);
  return code;
}

TEST_CASE("GraphML export is well-formed XML with typed keys") {
  if (!HaveTool("xmllint --version")) {
    MESSAGE("skipped: xmllint not installed (Debian libxml2-utils)");
    return;
  }
  std::string path = WriteTo(ExportFormat::kGraphml, "g.graphml");
  std::string output;
  CHECK_MESSAGE(Run("xmllint --noout " + path, output) == 0, output);
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("attr.name=\"founded\" attr.type=\"string\"") != std::string::npos);  // 1950 and "unknown"
  CHECK(text.find("attr.name=\"global\" attr.type=\"boolean\"") != std::string::npos);
  CHECK(text.find("attr.name=\"age\" attr.type=\"double\"") != std::string::npos);
  std::filesystem::remove(path);
}

TEST_CASE("GraphML export loads in NetworkX and igraph with its attributes") {
  std::string path = WriteTo(ExportFormat::kGraphml, "nx.graphml");
  std::string output;
  if (HaveTool(std::string(kPython) + " -c 'import networkx'")) {
    std::string script =
        "import networkx as nx; g = nx.read_graphml('" + path + "'); "
        "assert g.number_of_nodes() == 5 and g.number_of_edges() == 5, (g.number_of_nodes(), g.number_of_edges()); "
        "names = sorted(d['name'] for _, d in g.nodes(data=True)); "
        "assert 'Öz \"Çelik\" <İş> & Sons, Ltd' in names, names; "
        "assert any(d.get('global') is True for _, d in g.nodes(data=True)); "
        "assert any(d.get('role') == 'president' for _, _, d in g.edges(data=True))";
    CHECK_MESSAGE(RunPython(script, output) == 0, output);
  } else {
    MESSAGE("skipped: NetworkX not installed (Debian python3-networkx)");
  }
  if (HaveTool(std::string(kPython) + " -c 'import igraph'")) {
    std::string script = "import igraph; g = igraph.Graph.Read_GraphML(\"" + path +
                         "\"); assert g.vcount() == 5 and g.ecount() == 5; "
                         "assert \"Türkiye\" in g.vs[\"name\"]; assert sorted(set(g.es[\"type\"]))[0] == \"has_role\"";
    CHECK_MESSAGE(RunPython(script, output) == 0, output);
  } else {
    MESSAGE("skipped: igraph not installed (Debian python3-igraph)");
  }
  std::filesystem::remove(path);
}

TEST_CASE("GEXF 1.3 export is well-formed and carries dates as start/end") {
  std::string path = WriteTo(ExportFormat::kGexf, "g.gexf");
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("version=\"1.3\"") != std::string::npos);
  CHECK(text.find("start=\"2023-12-01\"") != std::string::npos);                     // the case date
  CHECK(text.find("start=\"2001-02-03\" end=\"2010-01-01\"") != std::string::npos);   // organizes_at since/until
  CHECK(text.find("label=\"Öz &quot;Çelik&quot; &lt;İş&gt; &amp; Sons, Ltd\"") != std::string::npos);
  if (HaveTool("xmllint --version")) {
    std::string output;
    CHECK_MESSAGE(Run("xmllint --noout " + path, output) == 0, output);
  } else {
    MESSAGE("skipped: xmllint not installed (Debian libxml2-utils)");
  }
  // NetworkX 2.8 reads only the GEXF 1.1/1.2 namespaces, so the structure is checked with ElementTree.
  if (HaveTool(std::string(kPython) + " -c 'import xml'")) {
    std::string script = "import xml.etree.ElementTree as ET; ns = {\"g\": \"http://gexf.net/1.3\"}; "
                         "r = ET.parse(\"" + path + "\").getroot(); "
                         "assert len(r.findall(\".//g:node\", ns)) == 5; assert len(r.findall(\".//g:edge\", ns)) == 5";
    std::string output;
    CHECK_MESSAGE(RunPython(script, output) == 0, output);
  }
  std::filesystem::remove(path);
}

TEST_CASE("DOT export renders with Graphviz without warnings") {
  if (!HaveTool("dot -V")) {
    MESSAGE("skipped: Graphviz not installed (Debian graphviz)");
    return;
  }
  std::string path = WriteTo(ExportFormat::kDot, "g.dot");
  std::string output;
  CHECK(Run("dot -Tsvg -o " + path + ".svg " + path, output) == 0);
  CHECK_MESSAGE(output.empty(), output);
  std::ifstream svg(path + ".svg");
  std::string text((std::istreambuf_iterator<char>(svg)), std::istreambuf_iterator<char>());
  CHECK(text.find("Back\\slash") != std::string::npos);
  std::filesystem::remove(path);
  std::filesystem::remove(path + ".svg");
}

TEST_CASE("cyjs export is Cytoscape JSON") {
  std::string path = WriteTo(ExportFormat::kCyjs, "g.cyjs");
  std::ifstream in(path);
  nlohmann::json doc = nlohmann::json::parse(in);
  CHECK(doc["elements"]["nodes"].size() == 5);
  CHECK(doc["elements"]["edges"].size() == 5);
  for (const nlohmann::json& e : doc["elements"]["edges"]) {
    CHECK(e["data"].contains("source"));
    CHECK(e["data"].contains("target"));
  }
  std::filesystem::remove(path);
}

TEST_CASE("csv exports parse back with the same rows") {
  if (!HaveTool(std::string(kPython) + " -c 'import csv'")) {
    MESSAGE("skipped: python3 not installed");
    return;
  }
  ExportOptions options;
  std::string nodes = WriteTo(ExportFormat::kCsv, "nodes.csv", options);
  options.csv_part = ExportOptions::CsvPart::kEdges;
  std::string edges = WriteTo(ExportFormat::kCsv, "edges.csv", options);
  std::string script = "import csv; n = list(csv.DictReader(open(\"" + nodes + "\", encoding=\"utf-8\"))); "
                       "e = list(csv.DictReader(open(\"" + edges + "\", encoding=\"utf-8\"))); "
                       "assert len(n) == 5 and len(e) == 5; "
                       "assert any(r[\"name\"] == \"Öz \\\"Çelik\\\" <İş> & Sons, Ltd\" for r in n), n; "
                       "assert any(r[\"aliases\"] == \"ÖÇİ;Line\\nBreak\" for r in n); "
                       "ids = {r[\"id\"] for r in n}; assert all(r[\"source\"] in ids and r[\"target\"] in ids for r in e)";
  std::string output;
  CHECK_MESSAGE(RunPython(script, output) == 0, output);
  std::filesystem::remove(nodes);
  std::filesystem::remove(edges);
}

TEST_CASE("cypher export has one MERGE per node and edge with escaped literals") {
  TrickyGraph g;
  std::ostringstream out;
  REQUIRE(WriteCypher(ExportScope::WholeGraph(g.reader), out).ok());
  std::string text = out.str();
  size_t merges = 0;
  for (size_t at = text.find("MERGE ("); at != std::string::npos; at = text.find("MERGE (", at + 1)) ++merges;
  CHECK(merges == 5 + 5);  // node MERGEs, and the edge MERGE inside each MATCH line
  CHECK(text.find("n.name = \"Back\\\\slash 'quote'\"") != std::string::npos);
  CHECK(text.find("[r:HAS_ROLE {id:") != std::string::npos);
  CHECK(text.find("n.`tags` = [\"a\", \"b\"]") != std::string::npos);
  std::ostringstream admin;
  REQUIRE(WriteNeo4jAdminNodes(ExportScope::WholeGraph(g.reader), admin).ok());
  CHECK(admin.str().rfind("id:ID,:LABEL,name,aliases:string[],evidence_count:long,properties\n", 0) == 0);
  CHECK(admin.str().find(",Entity;Union,") != std::string::npos);
}

// The neo4j-admin import CSVs (bench-free check of docs/records.md "Beyond one
// machine"): exact typed headers, every row parses with the header's columns,
// every relationship joins two exported ids, types are upper case.
TEST_CASE("neo4j-admin CSVs have the import headers and rows that parse back") {
  ExportOptions options;
  options.cypher_admin_csv = true;
  std::string nodes = WriteTo(ExportFormat::kCypher, "admin_nodes.csv", options);
  options.csv_part = ExportOptions::CsvPart::kEdges;
  std::string edges = WriteTo(ExportFormat::kCypher, "admin_edges.csv", options);
  std::ifstream node_in(nodes), edge_in(edges);
  std::string node_header, edge_header;
  std::getline(node_in, node_header);
  std::getline(edge_in, edge_header);
  CHECK(node_header == "id:ID,:LABEL,name,aliases:string[],evidence_count:long,properties");
  CHECK(edge_header == ":START_ID,:END_ID,:TYPE,id,evidence_count:long,confidence:double,properties");
  if (!HaveTool(std::string(kPython) + " -c 'import csv'")) {
    MESSAGE("skipped the row check: python3 not installed");
  } else {
    std::string script =
        "import csv, json; n = list(csv.DictReader(open(\"" + nodes + "\", encoding=\"utf-8\"))); "
        "e = list(csv.DictReader(open(\"" + edges + "\", encoding=\"utf-8\"))); "
        "assert len(n) == 5 and len(e) == 5, (len(n), len(e)); "
        "assert all(None not in r and len(r) == 6 for r in n) and all(None not in r and len(r) == 7 for r in e); "
        "assert all(r[\":LABEL\"].startswith(\"Entity;\") for r in n); "
        "ids = {r[\"id:ID\"] for r in n}; "
        "assert all(r[\":START_ID\"] in ids and r[\":END_ID\"] in ids for r in e); "
        "assert {r[\":TYPE\"] for r in e} == {\"HAS_ROLE\", \"VICTIM\", \"IN_COUNTRY\", \"LOCATED_IN\", \"ORGANIZES_AT\"}, e; "
        "assert all(int(r[\"evidence_count:long\"]) >= 0 and 0 <= float(r[\"confidence:double\"]) <= 1 for r in e); "
        "p = [json.loads(r[\"properties\"]) for r in e if r[\"properties\"]]; "
        "assert {\"role\": \"president\", \"since\": \"2019\"} in p, p";
    std::string output;
    CHECK_MESSAGE(RunPython(script, output) == 0, output);
  }
  std::filesystem::remove(nodes);
  std::filesystem::remove(edges);
}

TEST_CASE("a failing stream gives IOError") {
  TrickyGraph g;
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  Status status = WriteGraphml(ExportScope::WholeGraph(g.reader), {}, out);
  CHECK(status.code() == StatusCode::kIOError);
  CHECK(status.message() == "could not write the export (output stream failed)");
}

}  // namespace
}  // namespace lkg::query
