// What Gephi, Cytoscape, NetworkX and igraph users read from GraphML and
// GEXF: node labels, each edge's source (sentence, URL, title, date) unless
// evidence is off, weights, viz colour and size, clean decimals.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "query/clean_decimal.h"
#include "query/export.h"
#include "query/type_style.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

struct SmallGraph {
  testing::MemoryReader reader;
  SmallGraph() {
    NodeKey u = reader.AddNode(NodeType::kUnion, "Mining Union");
    NodeKey p = reader.AddNode(NodeType::kPerson, "Ana Petrova");
    NodeKey c = reader.AddNode(NodeType::kCompany, "Gold Mine Ltd");
    reader.AddEdge(p, EdgeType::kHasRole, u, 2, 0.6f, {{"role", "president"}});
    reader.AddEdge(u, EdgeType::kOrganizesAt, c, 1, 0.95f);
  }
};

std::string Export(ExportFormat format, bool evidence) {
  SmallGraph g;
  ExportOptions options;
  options.evidence = evidence;
  std::ostringstream out;
  REQUIRE(WriteExport(format, ExportScope::WholeGraph(g.reader), options, out).ok());
  return out.str();
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string TempFile(const std::string& name, const std::string& text) {
  std::string path =
      (std::filesystem::temp_directory_path() / ("lkg_gephi_" + std::to_string(getpid()) + "_" + name)).string();
  std::ofstream(path) << text;
  return path;
}

// Runs a Python script; returns its exit code and fills `output`. -1: the
// module `needs` is not installed.
int Python(const std::string& needs, const std::string& script, std::string& output) {
  if (std::system(("/usr/bin/python3 -c 'import " + needs + "' >/dev/null 2>&1").c_str()) != 0) return -1;
  std::string code = TempFile("check.py", script + "\n");
  std::string log = code + ".log";
  int status = std::system(("/usr/bin/python3 " + code + " >" + log + " 2>&1").c_str());
  std::stringstream text;
  text << std::ifstream(log).rdbuf();
  output = text.str();
  std::filesystem::remove(code);
  std::filesystem::remove(log);
  return status;
}

TEST_CASE("clean decimals: floats are written as their shortest decimal") {
  CHECK(CleanDecimalText(0.6f) == "0.6");
  CHECK(CleanDecimalText(1.0f) == "1");
  CHECK(CleanDecimalText(0.95f) == "0.95");
  CHECK(CleanDecimal(0.6f) == 0.6);
}

TEST_CASE("GraphML: label key, edge sources and weight, as Gephi's importer reads them") {
  std::string text = Export(ExportFormat::kGraphml, true);
  CHECK(Has(text, "<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"));
  CHECK(Has(text, "<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"));
  CHECK(Has(text, "<data key=\"label\">Mining Union</data>"));
  CHECK(Has(text, "<data key=\"confidence\">0.6</data>"));
  CHECK(!Has(text, "0.6000000238418579"));
  CHECK(Has(text, "<data key=\"sentence\">Ana Petrova has_role Mining Union (source 1).</data>"));
  CHECK(Has(text, "<data key=\"source_url\">https://example.org/doc/1</data>"));
  CHECK(Has(text, "<data key=\"source_title\">Document 1</data>"));
  CHECK(Has(text, "<data key=\"source_date\">2024-01-02</data>"));
  std::string bare = Export(ExportFormat::kGraphml, false);
  CHECK(Has(bare, "<data key=\"label\">Mining Union</data>"));
  CHECK(!Has(bare, "sentence"));
  CHECK(!Has(bare, "source_url"));
}

TEST_CASE("GraphML with sources loads in NetworkX and igraph") {
  std::string path = TempFile("g.graphml", Export(ExportFormat::kGraphml, true));
  std::string output;
  int nx = Python("networkx",
                  "import networkx as nx\n"
                  "g = nx.read_graphml('" + path + "')\n"
                  "labels = sorted(d['label'] for _, d in g.nodes(data=True))\n"
                  "assert labels == ['Ana Petrova', 'Gold Mine Ltd', 'Mining Union'], labels\n"
                  "e = [d for _, _, d in g.edges(data=True) if d['type'] == 'has_role'][0]\n"
                  "assert e['sentence'] == 'Ana Petrova has_role Mining Union (source 1).', e\n"
                  "assert e['source_url'] == 'https://example.org/doc/1' and e['source_date'] == '2024-01-02', e\n"
                  "assert e['confidence'] == 0.6 and e['weight'] == 2.0, e",
                  output);
  if (nx == -1) MESSAGE("skipped: NetworkX not installed (Debian python3-networkx)");
  else CHECK_MESSAGE(nx == 0, output);
  int ig = Python("igraph",
                  "import igraph\n"
                  "g = igraph.Graph.Read_GraphML('" + path + "')\n"
                  "assert sorted(g.vs['label']) == ['Ana Petrova', 'Gold Mine Ltd', 'Mining Union']\n"
                  "assert 'Document 1' in g.es['source_title'], g.es['source_title']",
                  output);
  if (ig == -1) MESSAGE("skipped: igraph not installed (Debian python3-igraph)");
  else CHECK_MESSAGE(ig == 0, output);
  std::filesystem::remove(path);
}

TEST_CASE("GEXF: viz colour by type, size by degree, edge weight and sources") {
  Rgb union_color = TypeColor(NodeType::kUnion);
  CHECK(union_color.r == 0x00);
  CHECK(union_color.g == 0x72);
  CHECK(union_color.b == 0xB2);
  CHECK(NodeSize(0) == 10.0);
  CHECK(NodeSize(4) == 18.0);
  std::string text = Export(ExportFormat::kGexf, true);
  CHECK(Has(text, "xmlns:viz=\"http://gexf.net/1.3/viz\""));
  // The union has two edges: size 10 + 4 * sqrt(2) = 15.7.
  CHECK(Has(text, "<viz:color r=\"0\" g=\"114\" b=\"178\"/><viz:size value=\"15.7\"/>"));
  CHECK(Has(text, "weight=\"2\""));
  CHECK(Has(text, "<attvalue for=\"confidence\" value=\"0.6\"/>"));
  CHECK(Has(text, "<attvalue for=\"source_url\" value=\"https://example.org/doc/1\"/>"));
  CHECK(!Has(Export(ExportFormat::kGexf, false), "source_url"));
  std::string path = TempFile("g.gexf", text);
  std::string output;
  int et = Python("xml",
                  "import xml.etree.ElementTree as ET\n"
                  "ns = {'g': 'http://gexf.net/1.3', 'viz': 'http://gexf.net/1.3/viz'}\n"
                  "r = ET.parse('" + path + "').getroot()\n"
                  "assert len(r.findall('.//g:node', ns)) == 3\n"
                  "sizes = sorted(float(s.get('value')) for s in r.findall('.//viz:size', ns))\n"
                  "assert sizes == [14.0, 14.0, 15.7], sizes",
                  output);
  CHECK_MESSAGE(et == 0, output);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace lkg::query

namespace lkg::query {

TEST_CASE("GEXF: edges take their case's or event's dates, else their source's publication date") {
  testing::MemoryReader reader;
  NodeKey u = reader.AddNode(NodeType::kUnion, "Mining Union");
  NodeKey c = reader.AddNode(NodeType::kCompany, "Gold Mine Ltd");
  NodeKey strike = reader.AddNode(NodeType::kEvent, "strike at Gold Mine",
                                  {{"kind", "strike"}, {"start", "2019-03"}, {"end", "2019-04-02"}});
  reader.AddEdge(u, EdgeType::kOrganizesAt, c);
  reader.AddEdge(strike, EdgeType::kParticipant, u);
  ExportOptions options;
  std::ostringstream with, without;
  REQUIRE(WriteExport(ExportFormat::kGexf, ExportScope::WholeGraph(reader), options, with).ok());
  options.evidence = false;
  REQUIRE(WriteExport(ExportFormat::kGexf, ExportScope::WholeGraph(reader), options, without).ok());
  // The event's own spell, on the node and on its edge.
  CHECK(Has(with.str(), "label=\"participant\" weight=\"1\" start=\"2019-03-01\" end=\"2019-04-02\""));
  CHECK(Has(with.str(), "label=\"strike at Gold Mine\" start=\"2019-03-01\" end=\"2019-04-02\""));
  // The union-company edge starts on its document's publication date, with evidence only.
  std::string dated = "label=\"organizes_at\" weight=\"1\" start=\"2024-01-0";
  CHECK(Has(with.str(), dated));
  CHECK(!Has(without.str(), dated));
  CHECK(Has(without.str(), "label=\"organizes_at\" weight=\"1\">"));
}

}  // namespace lkg::query
