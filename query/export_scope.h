// ExportScope: what an export covers — the whole store, or a chosen set of
// nodes and edges (a subgraph picked by seeds, depth and filters). Exporters
// stream through a scope one record at a time, so a 1M-node export never
// holds the graph in memory.
#pragma once

#include <set>
#include <vector>

#include "engine/graph_store.h"

namespace lkg::query {

class ExportScope {
 public:
  // Every node and edge of the store `reader` sees.
  static ExportScope WholeGraph(const GraphReader& reader);
  // Only these nodes and edges (edges must join listed nodes; the caller
  // guarantees it). Keys are sorted and deduplicated here.
  static ExportScope Subgraph(const GraphReader& reader, std::vector<NodeKey> nodes,
                              std::vector<EdgeKey> edges);

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

  const GraphReader* reader_;
  bool whole_;
  std::vector<NodeKey> nodes_;
  std::vector<EdgeKey> edges_;
  // A subgraph's records, read once: two-pass writers (GraphML, GEXF) then
  // read the store once. Bounded by the subgraph's size limit.
  mutable std::vector<Node> node_cache_;
  mutable std::vector<Edge> edge_cache_;
};

}  // namespace lkg::query
