#include "query/snapshot.h"

#include <algorithm>
#include <utility>

namespace lkg::query {

std::optional<VertexId> GraphSnapshot::Find(NodeKey key) const {
  const size_t n = node_keys_.size();
  if (n == 0 || key < node_keys_.front() || key > node_keys_.back()) return std::nullopt;
  // Keys are hashes, spread evenly: interpolate a first guess, then gallop
  // to a small window and binary-search it (2-3 probes instead of ~17).
  uint64_t span = node_keys_.back() - node_keys_.front();
  size_t guess = span == 0 ? 0 : static_cast<size_t>(static_cast<unsigned __int128>(key - node_keys_.front()) * (n - 1) / span);
  size_t lo = guess, hi = guess + 1, step = 16;
  while (lo > 0 && node_keys_[lo] > key) {
    lo = lo > step ? lo - step : 0;
    step *= 2;
  }
  step = 16;
  while (hi < n && node_keys_[hi - 1] < key) {
    hi = std::min(n, hi + step);
    step *= 2;
  }
  auto it = std::lower_bound(node_keys_.begin() + lo, node_keys_.begin() + hi, key);
  if (it == node_keys_.begin() + hi || *it != key) return std::nullopt;
  return static_cast<VertexId>(it - node_keys_.begin());
}

Status GraphSnapshot::LoadNodes(const GraphReader& reader) {
  std::vector<NodeBrief> briefs;
  LKG_RETURN_IF_ERROR(reader.ForEachNodeBrief([&](const NodeBrief& brief) {
    if (brief.type != NodeType::kDocument) briefs.push_back(brief);  // documents are not vertices
    return true;
  }));
  // Vertices are numbered in key order so Find is a binary search (the
  // store scans in key order already; sorting is then linear-time cheap).
  if (!std::is_sorted(briefs.begin(), briefs.end(), [](const auto& a, const auto& b) { return a.key < b.key; })) {
    std::sort(briefs.begin(), briefs.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  }
  node_keys_.reserve(briefs.size());
  node_types_.reserve(briefs.size());
  node_evidence_.reserve(briefs.size());
  for (const NodeBrief& brief : briefs) {
    if (!node_keys_.empty() && node_keys_.back() == brief.key) continue;  // defensive: a key seen twice
    node_keys_.push_back(brief.key);
    node_types_.push_back(brief.type);
    node_evidence_.push_back(brief.evidence_count);
  }
  return Status::Ok();
}

Status GraphSnapshot::LoadEdges(const GraphReader& reader) {
  std::vector<EdgeBrief> briefs;
  LKG_RETURN_IF_ERROR(reader.ForEachEdgeBrief([&](const EdgeBrief& brief) {
    briefs.push_back(brief);
    return true;
  }));
  const size_t m = briefs.size();
  edge_keys_.resize(m);
  edge_source_.resize(m);
  edge_target_.resize(m);
  edge_types_.resize(m);
  edge_evidence_.resize(m);
  edge_confidence_.resize(m);
  for (size_t e = 0; e < m; ++e) {
    const EdgeBrief& brief = briefs[e];
    std::optional<VertexId> s = Find(brief.source), t = Find(brief.target);
    if (!s || !t) {
      return Status::Corruption("edge " + FormatEdgeId(brief.key) + " has an endpoint missing from the store");
    }
    edge_keys_[e] = brief.key;
    edge_source_[e] = *s;
    edge_target_[e] = *t;
    edge_types_[e] = brief.type;
    edge_evidence_[e] = brief.evidence_count;
    edge_confidence_[e] = brief.max_confidence;
  }
  return Status::Ok();
}

void GraphSnapshot::BuildAdjacency() {
  std::vector<std::pair<VertexId, VertexId>> half_edges;
  std::vector<HalfEdge> props;
  half_edges.reserve(edge_keys_.size() * 2);
  props.reserve(edge_keys_.size() * 2);
  for (EdgeId e = 0; e < edge_keys_.size(); ++e) {
    half_edges.emplace_back(edge_source_[e], edge_target_[e]);
    props.push_back({e});
    if (edge_source_[e] == edge_target_[e]) {  // a self-loop is incident once
      self_loops_.push_back(edge_source_[e]);
      continue;
    }
    half_edges.emplace_back(edge_target_[e], edge_source_[e]);
    props.push_back({e});
  }
  std::sort(self_loops_.begin(), self_loops_.end());
  self_loops_.erase(std::unique(self_loops_.begin(), self_loops_.end()), self_loops_.end());
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
