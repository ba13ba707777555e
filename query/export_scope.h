// ExportScope: what an export covers — the whole store, or a chosen set of
// nodes and edges (a subgraph picked by seeds, depth and filters). Exporters
// stream through a scope one record at a time, so a 1M-node export never
// holds the graph in memory.
#pragma once

#include <set>
#include <vector>

#include "engine/graph_store.h"
#include "query/snapshot.h"

namespace lkg::query {

class ExportScope {
 public:
  // Every node and edge of the store `reader` sees.
  static ExportScope WholeGraph(const GraphReader& reader);
  // Only these nodes and edges (edges must join listed nodes; the caller
  // guarantees it). Keys are sorted and deduplicated here.
  static ExportScope Subgraph(const GraphReader& reader, std::vector<NodeKey> nodes,
                              std::vector<EdgeKey> edges);
  // The same subgraph given as snapshot vertices and edges: nodes come from
  // the snapshot's records (GraphSnapshot::NodeRecords, read once per
  // snapshot) when the store has at most 250,000 nodes, and an edge whose properties are empty is built from
  // `snapshot` (endpoints, type, evidence count, confidence) instead of read
  // from the store. `snapshot` must outlive the scope; where it is older
  // than `reader`, nodes and those edges are as of the snapshot.
  static ExportScope Subgraph(const GraphReader& reader, const GraphSnapshot& snapshot,
                              const std::vector<VertexId>& vertices, const std::vector<EdgeId>& edges);

  bool whole() const { return whole_; }
  const GraphReader& reader() const { return *reader_; }
  // Sizes of a subgraph (0 for the whole graph: unknown without a scan).
  size_t node_count() const { return nodes_.size(); }
  size_t edge_count() const { return edges_.size(); }

  // Visit nodes (never documents) / edges; stop early when visit returns
  // false. Not thread-safe on one scope (a subgraph caches its records).
  Status ForEachNode(const Visitor<Node>& visit) const;
  Status ForEachEdge(const Visitor<Edge>& visit) const;
  // The documents to list: all of them for the whole graph, else those in
  // `referenced` (collected from the evidence written). Without text.
  Status ForEachDocument(const std::set<DocKey>& referenced, const Visitor<Document>& visit) const;

 private:
  ExportScope(const GraphReader& reader, bool whole) : reader_(&reader), whole_(whole) {}

  Status ReadEdges() const;
  Status ForEachSnapshotNode(const Visitor<Node>& visit) const;

  const GraphReader* reader_;
  const GraphSnapshot* snapshot_ = nullptr;  // set: edges_ are read only where props_ is true
  bool whole_;
  std::vector<NodeKey> nodes_;
  std::vector<EdgeKey> edges_;
  std::vector<EdgeId> edge_ids_;  // with snapshot_: the EdgeId of each edges_[i]
  std::vector<VertexId> node_ids_;  // with snapshot_: the VertexId of each nodes_[i]
  // A subgraph's records, read once: two-pass writers (GraphML, GEXF) then
  // read the store once. Bounded by the subgraph's size limit.
  mutable std::vector<Node> node_cache_;
  mutable std::vector<Edge> edge_cache_;
};

}  // namespace lkg::query
