// GraphSnapshot: the store's topology loaded once into a read-optimised
// Boost.Graph structure (compressed_sparse_row_graph) with dense vertex
// indices 0..n-1, per-vertex type arrays, per-edge arrays and a map back to
// store keys. Built only from GraphReader::ForEachNodeBrief/ForEachEdgeBriefIn
// (compact headers, no properties; the edges as two key ranges scanned on two
// threads). Immutable once built: any number of threads may query one
// snapshot concurrently.
//
// Edges are directed in the store; the snapshot also keeps every edge as two
// half-edges (u->v and v->u) so traversals can treat the graph as undirected.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "engine/graph_store.h"

namespace lkg::query {

using VertexId = uint32_t;
using EdgeId = uint32_t;  // index into the snapshot's edge arrays

// The edge property of each half-edge: which store edge it belongs to.
struct HalfEdge {
  EdgeId edge;
};

// Both directions of every edge; vertex v's out-edges are all its incident edges.
using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, HalfEdge,
                                                    boost::no_property, VertexId, uint32_t>;

class GraphSnapshot {
 public:
  // Loads the topology visible to `reader`. Edges whose endpoints are missing
  // give Corruption (the store's invariant is broken).
  static Result<std::shared_ptr<const GraphSnapshot>> Load(const GraphReader& reader);

  size_t num_nodes() const { return node_keys_.size(); }
  size_t num_edges() const { return edge_keys_.size(); }
  uint64_t sequence() const { return sequence_; }

  NodeKey node_key(VertexId v) const { return node_keys_[v]; }
  NodeType node_type(VertexId v) const { return node_types_[v]; }
  uint32_t node_evidence(VertexId v) const { return node_evidence_[v]; }
  // The dense index of a store key, if the node is in the snapshot
  // (vertices are numbered in key order; a bucket table over the keys' top
  // bits narrows the search to about one vertex).
  std::optional<VertexId> Find(NodeKey key) const;

  EdgeKey edge_key(EdgeId e) const { return edge_keys_[e]; }
  VertexId edge_source(EdgeId e) const { return edge_source_[e]; }
  VertexId edge_target(EdgeId e) const { return edge_target_[e]; }
  EdgeType edge_type(EdgeId e) const { return edge_types_[e]; }
  uint32_t edge_evidence(EdgeId e) const { return edge_evidence_[e]; }
  float edge_confidence(EdgeId e) const { return edge_confidence_[e]; }
  // False when the edge's properties are empty: its whole record is then
  // known from the snapshot (exports build it instead of reading the store).
  bool edge_has_properties(EdgeId e) const { return edge_has_properties_[e]; }

  // Whether u and v are in one connected component (edges undirected, no
  // filter). Labels are computed on the first call (O(n + m), once per
  // snapshot, thread-safe): a path search between components can stop at once.
  bool Connected(VertexId u, VertexId v) const;

  // Number of incident edges (self-loops once).
  uint32_t degree(VertexId v) const {
    const auto& rows = graph_.m_forward.m_rowstart;
    return rows[v + 1] - rows[v];
  }

  // True when v has an edge to itself (a sorted list, usually empty), so
  // callers need not scan a hub's edges to find out.
  bool has_self_loop(VertexId v) const { return std::binary_search(self_loops_.begin(), self_loops_.end(), v); }

  // Calls fn(other, edge) for every edge incident to v; stops when fn
  // returns false. Reads the CSR arrays directly (public members of Boost's
  // compressed_sparse_row_graph) to keep the hot loops tight.
  template <typename Fn>
  void ForEachIncident(VertexId v, Fn&& fn) const {
    const auto& fwd = graph_.m_forward;
    for (uint32_t i = fwd.m_rowstart[v], end = fwd.m_rowstart[v + 1]; i < end; ++i) {
      if (!fn(fwd.m_column[i], fwd.m_edge_properties[i].edge)) return;
    }
  }

  // The node records (name, aliases, properties, evidence count) of every
  // vertex, index = VertexId, read with one sequential scan of `reader` on
  // the first call (thread-safe; later calls return the same table, whatever
  // reader they pass) and kept with the snapshot, so exports of subgraphs
  // read no node from the store. A vertex the scan did not see (removed
  // since the snapshot) has key 0. Costs memory in proportion to the store's
  // node records: only exports ask for it. Store errors of the scan are
  // returned by every call.
  Result<const std::vector<Node>*> NodeRecords(const GraphReader& reader) const;

  // The Boost view for Boost algorithms (vertex index = VertexId).
  const CsrGraph& graph() const { return graph_; }

 private:
  GraphSnapshot() = default;
  Status LoadNodes(const GraphReader& reader);
  void SortNodes();
  void BuildBuckets();  // bucket_start_ from node_keys_ (sorted)  // key order, duplicates dropped (the store already scans in key order)
  Status LoadEdges(const GraphReader& reader);
  struct EdgeColumns;
  void LoadEdgeRange(const GraphReader& reader, EdgeKey first, EdgeKey last, EdgeColumns& out) const;
  bool ResolveBatch(const EdgeBrief* batch, size_t count, EdgeColumns& out) const;
  void BuildAdjacency();

  uint64_t sequence_ = 0;
  std::vector<NodeKey> node_keys_;
  // Vertices whose key >> bucket_shift_ == b are [bucket_start_[b], bucket_start_[b + 1]).
  std::vector<uint32_t> bucket_start_ = {0, 0};
  int bucket_shift_ = 63;
  std::vector<NodeType> node_types_;
  std::vector<uint32_t> node_evidence_;

  std::vector<EdgeKey> edge_keys_;
  std::vector<VertexId> edge_source_, edge_target_;
  std::vector<EdgeType> edge_types_;
  std::vector<uint32_t> edge_evidence_;
  std::vector<float> edge_confidence_;
  std::vector<bool> edge_has_properties_;

  std::vector<VertexId> self_loops_;  // vertices with a self-loop, sorted, unique

  CsrGraph graph_;

  mutable std::once_flag records_once_;
  mutable std::vector<Node> records_;  // filled by NodeRecords' first call
  mutable Status records_status_;

  mutable std::once_flag components_once_;
  mutable std::vector<uint32_t> component_;  // per vertex, filled by Connected's first call
};

// Keeps one snapshot and rebuilds it when the reader's sequence() moved.
// Thread-safe; callers keep the shared_ptr they got for the whole query.
class SnapshotCache {
 public:
  // The cached snapshot if it matches reader.sequence(), else a fresh load.
  Result<std::shared_ptr<const GraphSnapshot>> Get(const GraphReader& reader);

 private:
  std::mutex mu_;
  std::shared_ptr<const GraphSnapshot> current_;
};

}  // namespace lkg::query
