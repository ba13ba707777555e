#include "query/snapshot.h"

#include <algorithm>
#include <thread>
#include <utility>

namespace lkg::query {

std::optional<VertexId> GraphSnapshot::Find(NodeKey key) const {
  if (node_keys_.empty()) return std::nullopt;
  // Keys are hashes, spread evenly: the bucket of the key's top bits holds
  // about one vertex, so a lookup is two or three cache misses. (Interpolation
  // search was off by ~sqrt(n) positions and cost ~15 misses per lookup at 1 M
  // nodes: most of the snapshot's load time.)
  const size_t bucket = static_cast<size_t>(key >> bucket_shift_);
  auto begin = node_keys_.begin() + bucket_start_[bucket], end = node_keys_.begin() + bucket_start_[bucket + 1];
  auto it = std::lower_bound(begin, end, key);
  if (it == end || *it != key) return std::nullopt;
  return static_cast<VertexId>(it - node_keys_.begin());
}

void GraphSnapshot::BuildBuckets() {
  int bits = 1;
  while (bits < 24 && (size_t{1} << bits) < node_keys_.size()) ++bits;
  bucket_shift_ = 64 - bits;
  bucket_start_.assign((size_t{1} << bits) + 1, 0);
  size_t i = 0;
  for (size_t b = 0; b < (size_t{1} << bits); ++b) {
    bucket_start_[b] = static_cast<uint32_t>(i);
    while (i < node_keys_.size() && static_cast<size_t>(node_keys_[i] >> bucket_shift_) == b) ++i;
  }
  bucket_start_.back() = static_cast<uint32_t>(node_keys_.size());
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
  BuildBuckets();
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

// Resolves a batch of edges' endpoints and appends them to `out`. The
// lookups are random over the node arrays (a cache and TLB miss each at 1 M
// nodes), so the batch first prefetches every bucket, then every key range,
// then looks up: the misses overlap instead of queueing. False when an
// endpoint is missing (out.status says which).
bool GraphSnapshot::ResolveBatch(const EdgeBrief* batch, size_t count, EdgeColumns& out) const {
  if (node_keys_.empty() && count > 0) {
    out.status = Status::Corruption("edge " + FormatEdgeId(batch[0].key) + " has an endpoint missing from the store");
    return false;
  }
  for (size_t i = 0; i < count; ++i) {
    __builtin_prefetch(&bucket_start_[batch[i].source >> bucket_shift_]);
    __builtin_prefetch(&bucket_start_[batch[i].target >> bucket_shift_]);
  }
  for (size_t i = 0; i < count; ++i) {
    __builtin_prefetch(&node_keys_[bucket_start_[batch[i].source >> bucket_shift_]]);
    __builtin_prefetch(&node_keys_[bucket_start_[batch[i].target >> bucket_shift_]]);
  }
  for (size_t i = 0; i < count; ++i) {
    const EdgeBrief& brief = batch[i];
    std::optional<VertexId> s = Find(brief.source), t = Find(brief.target);
    if (!s || !t) {
      out.status = Status::Corruption("edge " + FormatEdgeId(brief.key) + " has an endpoint missing from the store");
      return false;
    }
    out.keys.push_back(brief.key);
    out.source.push_back(*s);
    out.target.push_back(*t);
    out.types.push_back(brief.type);
    out.evidence.push_back(brief.evidence_count);
    out.confidence.push_back(brief.max_confidence);
    out.has_properties.push_back(brief.has_properties);
  }
  return true;
}

// Scans edges with first <= key <= last into `out`, resolving endpoints in
// batches (no vector of all briefs in between). Sets out.status on failure;
// never throws.
void GraphSnapshot::LoadEdgeRange(const GraphReader& reader, EdgeKey first, EdgeKey last, EdgeColumns& out) const {
  try {
    constexpr size_t kBatch = 64;
    EdgeBrief batch[kBatch];
    size_t count = 0;
    bool ok = true;
    Status scan = reader.ForEachEdgeBriefIn(first, last, [&](const EdgeBrief& brief) {
      batch[count++] = brief;
      if (count == kBatch) ok = ResolveBatch(batch, count, out), count = 0;
      return ok;
    });
    if (ok && scan.ok()) ResolveBatch(batch, count, out);
    if (!scan.ok()) out.status = scan;
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
    if (s == t) {
      self_loops_.push_back(s);
      continue;
    }
    i = next[t]++;
    fwd.m_column[i] = s;
    fwd.m_edge_properties[i] = HalfEdge{e};
  }
  fwd.m_rowstart = std::move(rows);
  std::sort(self_loops_.begin(), self_loops_.end());
  self_loops_.erase(std::unique(self_loops_.begin(), self_loops_.end()), self_loops_.end());
}

bool GraphSnapshot::Connected(VertexId u, VertexId v) const {
  std::call_once(components_once_, [this] {
    // Breadth-first labelling over the CSR (iterative: no recursion depth).
    const uint32_t kNone = UINT32_MAX;
    std::vector<uint32_t> label(num_nodes(), kNone), queue;
    uint32_t next = 0;
    for (VertexId root = 0; root < num_nodes(); ++root) {
      if (label[root] != kNone) continue;
      label[root] = next;
      queue.assign(1, root);
      for (size_t head = 0; head < queue.size(); ++head) {
        ForEachIncident(queue[head], [&](VertexId w, EdgeId) {
          if (label[w] == kNone) label[w] = next, queue.push_back(w);
          return true;
        });
      }
      ++next;
    }
    component_ = std::move(label);
  });
  return component_[u] == component_[v];
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
