#include "query/export_scope.h"

#include <algorithm>
#include <thread>

namespace lkg::query {
namespace {

constexpr size_t kMaxSnapshotRecords = 250000;

template <typename T>
void SortUnique(std::vector<T>& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

// Reads the records of `keys` into `out` with `get`, on two threads when
// there are many (RocksDB point reads are thread-safe and dominate the cost).
template <typename Record, typename Get>
Status ReadAll(const std::vector<uint64_t>& keys, std::vector<Record>& out, Get get) {
  std::vector<Record> records(keys.size());
  auto read_range = [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      Result<Record> record = get(keys[i]);
      if (!record.ok()) return record.status();
      records[i] = std::move(record.value());
    }
    return Status::Ok();
  };
  size_t half = keys.size() >= 512 ? keys.size() / 2 : keys.size();
  Status second;
  std::thread helper;
  if (half < keys.size()) helper = std::thread([&] { second = read_range(half, keys.size()); });
  Status first = read_range(0, half);
  if (helper.joinable()) helper.join();
  LKG_RETURN_IF_ERROR(first);
  LKG_RETURN_IF_ERROR(second);
  out = std::move(records);
  return Status::Ok();
}

}  // namespace

ExportScope ExportScope::WholeGraph(const GraphReader& reader) { return ExportScope(reader, true); }

ExportScope ExportScope::Subgraph(const GraphReader& reader, std::vector<NodeKey> nodes,
                                  std::vector<EdgeKey> edges) {
  ExportScope scope(reader, false);
  SortUnique(nodes);
  SortUnique(edges);
  scope.nodes_ = std::move(nodes);
  scope.edges_ = std::move(edges);
  return scope;
}

ExportScope ExportScope::Subgraph(const GraphReader& reader, const GraphSnapshot& snapshot,
                                  const std::vector<VertexId>& vertices, const std::vector<EdgeId>& edges) {
  ExportScope scope(reader, false);
  scope.node_ids_ = vertices;
  SortUnique(scope.node_ids_);  // vertices are numbered in key order
  scope.nodes_.reserve(scope.node_ids_.size());
  for (VertexId v : scope.node_ids_) scope.nodes_.push_back(snapshot.node_key(v));
  scope.snapshot_ = &snapshot;
  scope.edge_ids_ = edges;
  auto by_key = [&](EdgeId a, EdgeId b) { return snapshot.edge_key(a) < snapshot.edge_key(b); };
  std::sort(scope.edge_ids_.begin(), scope.edge_ids_.end(), by_key);
  scope.edge_ids_.erase(std::unique(scope.edge_ids_.begin(), scope.edge_ids_.end()), scope.edge_ids_.end());
  for (EdgeId e : scope.edge_ids_) scope.edges_.push_back(snapshot.edge_key(e));
  return scope;
}

// Fills edge_cache_: every record from the store, or, with a snapshot, only
// those with properties (the rest are built from the snapshot).
Status ExportScope::ReadEdges() const {
  auto get = [&](EdgeKey key) { return reader_->GetEdge(key); };
  if (!snapshot_) return ReadAll(edges_, edge_cache_, get);
  std::vector<EdgeKey> with_props;
  for (size_t i = 0; i < edges_.size(); ++i) {
    if (snapshot_->edge_has_properties(edge_ids_[i])) with_props.push_back(edges_[i]);
  }
  std::vector<Edge> read;
  LKG_RETURN_IF_ERROR(ReadAll(with_props, read, get));
  std::vector<Edge> records(edges_.size());
  for (size_t i = 0, r = 0; i < edges_.size(); ++i) {
    EdgeId e = edge_ids_[i];
    if (snapshot_->edge_has_properties(e)) {
      records[i] = std::move(read[r++]);
      continue;
    }
    Edge& edge = records[i];
    edge.key = edges_[i];
    edge.source = snapshot_->node_key(snapshot_->edge_source(e));
    edge.target = snapshot_->node_key(snapshot_->edge_target(e));
    edge.type = snapshot_->edge_type(e);
    edge.evidence_count = snapshot_->edge_evidence(e);
    edge.max_confidence = snapshot_->edge_confidence(e);
  }
  edge_cache_ = std::move(records);
  return Status::Ok();
}

Status ExportScope::ForEachSnapshotNode(const Visitor<Node>& visit) const {
  Result<const std::vector<Node>*> records = snapshot_->NodeRecords(*reader_);
  if (!records.ok()) return records.status();
  for (size_t i = 0; i < nodes_.size(); ++i) {
    const Node& kept = (**records)[node_ids_[i]];
    if (kept.key == nodes_[i]) {
      if (!visit(kept)) break;
      continue;
    }
    Result<Node> node = reader_->GetNode(nodes_[i]);  // not in the records: removed since the snapshot
    if (!node.ok()) return node.status();
    if (!visit(*node)) break;
  }
  return Status::Ok();
}

Status ExportScope::ForEachNode(const Visitor<Node>& visit) const {
  // The snapshot's records cost memory in proportion to the store: kept only
  // for stores up to kMaxSnapshotRecords nodes; bigger ones read each node.
  if (snapshot_ && snapshot_->num_nodes() <= kMaxSnapshotRecords) return ForEachSnapshotNode(visit);
  if (whole_) {
    return reader_->ForEachNode([&](const Node& node) {
      return node.type == NodeType::kDocument ? true : visit(node);
    });
  }
  if (node_cache_.size() != nodes_.size()) {
    LKG_RETURN_IF_ERROR(ReadAll(nodes_, node_cache_, [&](NodeKey key) { return reader_->GetNode(key); }));
  }
  for (const Node& node : node_cache_) {
    if (!visit(node)) break;
  }
  return Status::Ok();
}

Status ExportScope::ForEachEdge(const Visitor<Edge>& visit) const {
  if (whole_) return reader_->ForEachEdge(visit);
  if (edge_cache_.size() != edges_.size()) LKG_RETURN_IF_ERROR(ReadEdges());
  for (const Edge& edge : edge_cache_) {
    if (!visit(edge)) break;
  }
  return Status::Ok();
}

Status ExportScope::ForEachDocument(const std::set<DocKey>& referenced,
                                    const Visitor<Document>& visit) const {
  if (whole_) return reader_->ForEachDocument(visit);
  for (DocKey key : referenced) {
    Result<Document> doc = reader_->GetDocument(key);
    if (!doc.ok()) return doc.status();
    doc->text.clear();
    if (!visit(doc.value())) break;
  }
  return Status::Ok();
}

}  // namespace lkg::query
