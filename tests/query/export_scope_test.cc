// A subgraph scope built from snapshot vertices and edges: the same export as
// the key-based scope, but edges without properties come from the snapshot
// instead of the store.
#include <doctest/doctest.h>

#include <sstream>

#include "query/export.h"
#include "query/snapshot.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

// Counts the edge records read from the store.
class CountingReader : public testing::MemoryReader {
 public:
  Result<Edge> GetEdge(EdgeKey key) const override {
    ++edge_reads;
    return MemoryReader::GetEdge(key);
  }
  mutable size_t edge_reads = 0;
};

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
