#include "query/snapshot.h"

#include <utility>

namespace lkg::query {

std::optional<VertexId> GraphSnapshot::Find(NodeKey key) const {
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

Status GraphSnapshot::LoadNodes(const GraphReader& reader) {
  return reader.ForEachNodeBrief([&](const NodeBrief& brief) {
    if (brief.type == NodeType::kDocument) return true;  // documents are not graph vertices
    VertexId v = static_cast<VertexId>(node_keys_.size());
    if (!index_.emplace(brief.key, v).second) return true;  // defensive: a key seen twice
    node_keys_.push_back(brief.key);
    node_types_.push_back(brief.type);
    node_evidence_.push_back(brief.evidence_count);
    return true;
  });
}

Status GraphSnapshot::LoadEdges(const GraphReader& reader) {
  Status missing;
  Status status = reader.ForEachEdgeBrief([&](const EdgeBrief& brief) {
    auto s = index_.find(brief.source);
    auto t = index_.find(brief.target);
    if (s == index_.end() || t == index_.end()) {
      missing = Status::Corruption("edge " + FormatEdgeId(brief.key) + " has an endpoint missing from the store");
      return false;
    }
    edge_keys_.push_back(brief.key);
    edge_source_.push_back(s->second);
    edge_target_.push_back(t->second);
    edge_types_.push_back(brief.type);
    edge_evidence_.push_back(brief.evidence_count);
    edge_confidence_.push_back(brief.max_confidence);
    return true;
  });
  LKG_RETURN_IF_ERROR(status);
  return missing;
}

void GraphSnapshot::BuildAdjacency() {
  std::vector<std::pair<VertexId, VertexId>> half_edges;
  std::vector<HalfEdge> props;
  half_edges.reserve(edge_keys_.size() * 2);
  props.reserve(edge_keys_.size() * 2);
  for (EdgeId e = 0; e < edge_keys_.size(); ++e) {
    half_edges.emplace_back(edge_source_[e], edge_target_[e]);
    props.push_back({e});
    if (edge_source_[e] == edge_target_[e]) continue;  // a self-loop is incident once
    half_edges.emplace_back(edge_target_[e], edge_source_[e]);
    props.push_back({e});
  }
  graph_ = CsrGraph(boost::edges_are_unsorted_multi_pass, half_edges.begin(), half_edges.end(),
                    props.begin(), node_keys_.size());
}

Result<std::shared_ptr<const GraphSnapshot>> GraphSnapshot::Load(const GraphReader& reader) {
  std::shared_ptr<GraphSnapshot> snapshot(new GraphSnapshot());
  snapshot->sequence_ = reader.sequence();
  try {
    LKG_RETURN_IF_ERROR(snapshot->LoadNodes(reader));
    LKG_RETURN_IF_ERROR(snapshot->LoadEdges(reader));
    snapshot->BuildAdjacency();
  } catch (const std::bad_alloc&) {
    return Status::LimitExceeded("not enough memory to load the graph snapshot");
  }
  return std::shared_ptr<const GraphSnapshot>(std::move(snapshot));
}

Result<std::shared_ptr<const GraphSnapshot>> SnapshotCache::Get(const GraphReader& reader) {
  std::lock_guard<std::mutex> lock(mu_);
  if (current_ && current_->sequence() == reader.sequence()) return current_;
  Result<std::shared_ptr<const GraphSnapshot>> loaded = GraphSnapshot::Load(reader);
  if (!loaded.ok()) return loaded.status();
  current_ = loaded.value();
  return current_;
}

}  // namespace lkg::query
