#include "query/snapshot.h"

#include <algorithm>
#include <thread>
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
  // Straight into the final arrays: no intermediate copy of the briefs.
  LKG_RETURN_IF_ERROR(reader.ForEachNodeBrief([&](const NodeBrief& brief) {
    if (brief.type == NodeType::kDocument) return true;  // documents are not vertices
    node_keys_.push_back(brief.key);
    node_types_.push_back(brief.type);
    node_evidence_.push_back(brief.evidence_count);
    return true;
  }));
  // Vertices are numbered in key order so Find is a binary search. The store
  // scans in key order, so this is a linear check; the sort is defensive.
  if (!std::is_sorted(node_keys_.begin(), node_keys_.end())) SortNodes();
  node_keys_.shrink_to_fit();
  node_types_.shrink_to_fit();
  node_evidence_.shrink_to_fit();
  return Status::Ok();
}

void GraphSnapshot::SortNodes() {
  std::vector<uint32_t> order(node_keys_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return node_keys_[a] < node_keys_[b]; });
  std::vector<NodeKey> keys;
  std::vector<NodeType> types;
  std::vector<uint32_t> evidence;
  for (uint32_t i : order) {
    if (!keys.empty() && keys.back() == node_keys_[i]) continue;  // a key seen twice
    keys.push_back(node_keys_[i]);
    types.push_back(node_types_[i]);
    evidence.push_back(node_evidence_[i]);
  }
  node_keys_.swap(keys);
  node_types_.swap(types);
  node_evidence_.swap(evidence);
}

// The edges of one key range with their endpoints resolved to vertices.
struct GraphSnapshot::EdgeColumns {
  std::vector<EdgeKey> keys;
  std::vector<VertexId> source, target;
  std::vector<EdgeType> types;
  std::vector<uint32_t> evidence;
  std::vector<float> confidence;
  std::vector<bool> has_properties;
  Status status;

  template <typename T>
  static void Append(std::vector<T>& to, std::vector<T>& from) {
    if (to.empty()) to.swap(from);
    else to.insert(to.end(), from.begin(), from.end());
    std::vector<T>().swap(from);
  }
  void Append(EdgeColumns& part) {
    Append(keys, part.keys);
    Append(source, part.source);
    Append(target, part.target);
    Append(types, part.types);
    Append(evidence, part.evidence);
    Append(confidence, part.confidence);
    Append(has_properties, part.has_properties);
  }
};

// Scans edges with first <= key <= last into `out`, resolving endpoints
// (no vector of briefs in between). Sets out.status on failure; never throws.
void GraphSnapshot::LoadEdgeRange(const GraphReader& reader, EdgeKey first, EdgeKey last, EdgeColumns& out) const {
  try {
    Status missing;
    out.status = reader.ForEachEdgeBriefIn(first, last, [&](const EdgeBrief& brief) {
      std::optional<VertexId> s = Find(brief.source), t = Find(brief.target);
      if (!s || !t) {
        missing = Status::Corruption("edge " + FormatEdgeId(brief.key) + " has an endpoint missing from the store");
        return false;
      }
      out.keys.push_back(brief.key);
      out.source.push_back(*s);
      out.target.push_back(*t);
      out.types.push_back(brief.type);
      out.evidence.push_back(brief.evidence_count);
      out.confidence.push_back(brief.max_confidence);
      out.has_properties.push_back(brief.has_properties);
      return true;
    });
    if (out.status.ok()) out.status = missing;
  } catch (const std::bad_alloc&) {
    out.status = Status::LimitExceeded("not enough memory to load the graph snapshot");
  }
}

Status GraphSnapshot::LoadEdges(const GraphReader& reader) {
  // Two halves of the key space on two threads (keys are hashes: even
  // halves). The low half comes first, so edges stay in key order and
  // EdgeIds are the same as from one sequential scan.
  constexpr EdgeKey kHalf = EdgeKey{1} << 63;
  EdgeColumns low, high;
  std::thread helper([&] { LoadEdgeRange(reader, kHalf, ~EdgeKey{0}, high); });
  LoadEdgeRange(reader, 0, kHalf - 1, low);
  helper.join();
  LKG_RETURN_IF_ERROR(low.status);
  LKG_RETURN_IF_ERROR(high.status);
  low.Append(high);
  edge_keys_ = std::move(low.keys);
  edge_source_ = std::move(low.source);
  edge_target_ = std::move(low.target);
  edge_types_ = std::move(low.types);
  edge_evidence_ = std::move(low.evidence);
  edge_confidence_ = std::move(low.confidence);
  edge_has_properties_ = std::move(low.has_properties);
  return Status::Ok();
}

void GraphSnapshot::BuildAdjacency() {
  // Fills Boost's CSR arrays directly (a counting sort by vertex), in the
  // order the edges_are_unsorted_multi_pass constructor would: per vertex,
  // incident edges by increasing EdgeId, u->v before v->u. Saves building
  // 2m (vertex, vertex) pairs and 2m properties first.
  const size_t n = node_keys_.size(), m = edge_keys_.size();
  auto& fwd = graph_.m_forward;
  std::vector<uint32_t> rows(n + 1, 0);
  for (EdgeId e = 0; e < m; ++e) {
    ++rows[edge_source_[e] + 1];
    if (edge_source_[e] != edge_target_[e]) ++rows[edge_target_[e] + 1];  // a self-loop is incident once
  }
  for (size_t v = 0; v < n; ++v) rows[v + 1] += rows[v];
  std::vector<uint32_t> next(rows.begin(), rows.end() - 1);
  fwd.m_column.resize(rows[n]);
  fwd.m_edge_properties.resize(rows[n]);
  for (EdgeId e = 0; e < m; ++e) {
    VertexId s = edge_source_[e], t = edge_target_[e];
    uint32_t i = next[s]++;
    fwd.m_column[i] = t;
    fwd.m_edge_properties[i] = HalfEdge{e};
    if (s == t) continue;
    i = next[t]++;
    fwd.m_column[i] = s;
    fwd.m_edge_properties[i] = HalfEdge{e};
  }
  fwd.m_rowstart = std::move(rows);
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
