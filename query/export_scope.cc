#include "query/export_scope.h"

#include <algorithm>
#include <thread>

namespace lkg::query {
namespace {

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

Status ExportScope::ForEachNode(const Visitor<Node>& visit) const {
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
  if (edge_cache_.size() != edges_.size()) {
    LKG_RETURN_IF_ERROR(ReadAll(edges_, edge_cache_, [&](EdgeKey key) { return reader_->GetEdge(key); }));
  }
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
