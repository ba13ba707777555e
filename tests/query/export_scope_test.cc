// A subgraph scope built from snapshot vertices and edges: the same export as
// the key-based scope, but edges without properties come from the snapshot
// instead of the store.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "query/export.h"
#include "query/snapshot.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

// Counts the records read from the store; a node scan can be made to fail.
class CountingReader : public testing::MemoryReader {
 public:
  Result<Edge> GetEdge(EdgeKey key) const override {
    ++edge_reads;
    return MemoryReader::GetEdge(key);
  }
  Result<Node> GetNode(NodeKey key) const override {
    ++node_reads;
    return MemoryReader::GetNode(key);
  }
  Status ForEachNode(const Visitor<Node>& visit) const override {
    if (fail_scan) return Status::IOError("scan failed");
    return MemoryReader::ForEachNode(visit);
  }
  mutable size_t edge_reads = 0;
  mutable size_t node_reads = 0;
  bool fail_scan = false;
};

std::vector<VertexId> AllVertices(const GraphSnapshot& g) {
  std::vector<VertexId> vertices;
  for (VertexId v = 0; v < g.num_nodes(); ++v) vertices.push_back(v);
  return vertices;
}

TEST_CASE("a snapshot subgraph scope reads its nodes from the snapshot's records, kept from the first export") {
  CountingReader reader;
  NodeKey u = reader.AddNode(NodeType::kUnion, "Union", {{"founded", 1950}});
  NodeKey c = reader.AddNode(NodeType::kCompany, "Company");
  reader.AddEdge(u, EdgeType::kOrganizesAt, c);
  auto g = GraphSnapshot::Load(reader).value();
  ExportScope first = ExportScope::Subgraph(reader, *g, AllVertices(*g), {});
  std::vector<std::string> names;
  REQUIRE(first.ForEachNode([&](const Node& n) { return names.push_back(n.name), true; }).ok());
  CHECK(names.size() == 2);
  CHECK(reader.node_reads == 0);  // one scan, no point reads
  reader.nodes()[u].name = "Renamed";  // after the records were read: the export stays as of then
  names.clear();
  ExportScope second = ExportScope::Subgraph(reader, *g, AllVertices(*g), {});
  REQUIRE(second.ForEachNode([&](const Node& n) { return names.push_back(n.name), true; }).ok());
  CHECK(std::find(names.begin(), names.end(), "Union") != names.end());
  // A scan that fails is reported by every export of that snapshot.
  auto fresh = GraphSnapshot::Load(reader).value();
  reader.fail_scan = true;
  ExportScope failing = ExportScope::Subgraph(reader, *fresh, AllVertices(*fresh), {});
  CHECK(failing.ForEachNode([](const Node&) { return true; }).message() == "scan failed");
  CHECK(fresh->NodeRecords(reader).status().message() == "scan failed");
}

TEST_CASE("a snapshot subgraph scope exports what the key scope does, reading only edges with properties") {
  CountingReader reader;
  NodeKey u = reader.AddNode(NodeType::kUnion, "Union", {{"founded", 1950}});
  NodeKey c = reader.AddNode(NodeType::kCompany, "Company");
  NodeKey k = reader.AddNode(NodeType::kCountry, "Chile");
  NodeKey p = reader.AddNode(NodeType::kPerson, "Ana");
  reader.AddEdge(u, EdgeType::kOrganizesAt, c, 3, 0.5f, {{"since", "2001"}});
  reader.AddEdge(c, EdgeType::kLocatedIn, k, 2, 0.75f);
  reader.AddEdge(u, EdgeType::kLocatedIn, k);
  reader.AddEdge(p, EdgeType::kHasRole, u, 1, 0.25f, {{"role", "president"}});
  auto loaded = GraphSnapshot::Load(reader);
  REQUIRE(loaded.ok());
  const GraphSnapshot& g = **loaded;
  std::vector<VertexId> vertices;
  std::vector<EdgeId> edges;
  std::vector<NodeKey> node_keys;
  std::vector<EdgeKey> edge_keys;
  for (VertexId v = 0; v < g.num_nodes(); ++v) vertices.push_back(v), node_keys.push_back(g.node_key(v));
  for (EdgeId e = g.num_edges(); e-- > 0;) edges.push_back(e), edge_keys.push_back(g.edge_key(e));  // any order
  for (ExportFormat format : {ExportFormat::kGraphml, ExportFormat::kJson, ExportFormat::kCsv}) {
    ExportOptions options;
    options.csv_part = ExportOptions::CsvPart::kEdges;
    std::ostringstream from_store, from_snapshot;
    reader.edge_reads = 0;
    REQUIRE(WriteExport(format, ExportScope::Subgraph(reader, node_keys, edge_keys), options, from_store).ok());
    CHECK(reader.edge_reads == 4);
    reader.edge_reads = 0;
    REQUIRE(WriteExport(format, ExportScope::Subgraph(reader, g, vertices, edges), options, from_snapshot).ok());
    CHECK(reader.edge_reads == 2);  // the two edges with properties
    CHECK(from_snapshot.str() == from_store.str());
  }
}

}  // namespace
}  // namespace lkg::query
