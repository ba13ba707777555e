#include "query/export_scope.h"

#include <algorithm>

namespace lkg::query {
namespace {

template <typename T>
void SortUnique(std::vector<T>& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
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
    node_cache_.clear();
    node_cache_.reserve(nodes_.size());
    for (NodeKey key : nodes_) {
      Result<Node> node = reader_->GetNode(key);
      if (!node.ok()) return node.status();
      node_cache_.push_back(std::move(node.value()));
    }
  }
  for (const Node& node : node_cache_) {
    if (!visit(node)) break;
  }
  return Status::Ok();
}

Status ExportScope::ForEachEdge(const Visitor<Edge>& visit) const {
  if (whole_) return reader_->ForEachEdge(visit);
  if (edge_cache_.size() != edges_.size()) {
    edge_cache_.clear();
    edge_cache_.reserve(edges_.size());
    for (EdgeKey key : edges_) {
      Result<Edge> edge = reader_->GetEdge(key);
      if (!edge.ok()) return edge.status();
      edge_cache_.push_back(std::move(edge.value()));
    }
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
