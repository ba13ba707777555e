#include "http/json_views.h"

#include <mutex>

namespace lkg::http {

std::optional<nlohmann::json> DocumentSummaries::Find(DocKey key) const {
  std::shared_lock<std::shared_mutex> lock(mu_);
  auto it = summaries_.find(key);
  if (it == summaries_.end()) return std::nullopt;
  return it->second;
}

void DocumentSummaries::Put(DocKey key, const nlohmann::json& summary) {
  std::unique_lock<std::shared_mutex> lock(mu_);
  if (summaries_.size() >= kMaxEntries) summaries_.clear();
  summaries_[key] = summary;
}

void DocumentSummaries::Clear() {
  std::unique_lock<std::shared_mutex> lock(mu_);
  summaries_.clear();
}

Result<NodeNames::Entry> NodeNames::Get(const GraphReader& reader, NodeKey key) {
  uint64_t sequence = reader.sequence();
  {
    std::shared_lock<std::shared_mutex> lock(mu_);
    auto it = entries_.find(key);
    if (sequence == sequence_ && it != entries_.end()) return it->second;
  }
  Result<Node> node = reader.GetNode(key);
  if (!node.ok()) return node.status();
  Entry entry{node->name, node->type};
  std::unique_lock<std::shared_mutex> lock(mu_);
  if (sequence != sequence_) return entry;  // an older (or newer) view: do not cache
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_[key] = entry;
  return entry;
}

void NodeNames::Reset(uint64_t sequence) {
  std::unique_lock<std::shared_mutex> lock(mu_);
  entries_.clear();
  sequence_ = sequence;
}

const nlohmann::json& DocumentCache::Summary(DocKey key) {
  auto it = summaries_.find(key);
  if (it != summaries_.end()) return it->second;
  if (shared_) {
    if (std::optional<nlohmann::json> known = shared_->Find(key)) {
      return summaries_.emplace(key, std::move(*known)).first->second;
    }
  }
  nlohmann::json summary = {{"id", FormatDocId(key)}};
  Result<Document> doc = reader_.GetDocument(key);
  if (doc.ok()) {
    summary["title"] = doc->title;
    summary["url"] = doc->url;
    summary["published"] = doc->published;
    summary["source"] = doc->source;
    if (shared_) shared_->Put(key, summary);
  }
  return summaries_.emplace(key, std::move(summary)).first->second;
}

nlohmann::json EvidenceListJson(const std::vector<Evidence>& evidence, DocumentCache& docs) {
  nlohmann::json list = nlohmann::json::array();
  for (const Evidence& e : evidence) {
    nlohmann::json item = EvidenceToJson(e);
    item["document"] = docs.Summary(e.document);
    list.push_back(std::move(item));
  }
  return list;
}

nlohmann::json NodeBriefJson(const Node& node) {
  return {{"id", FormatNodeId(node.key)}, {"type", NodeTypeName(node.type)}, {"name", node.name}};
}

namespace {

// Lists up to `max_edges` edges of `key`; counts them all into `degree`
// unless `count_all` is false (then it stops after max_edges + 1).
Result<nlohmann::json> AdjacentEdgesJson(const GraphReader& reader, NodeKey key, size_t max_edges,
                                         bool count_all, size_t& degree) {
  nlohmann::json edges = nlohmann::json::array();
  Status failure;
  Status walked = reader.ForEachAdjacent(key, [&](const Adjacent& adj) {
    ++degree;
    if (edges.size() >= max_edges) return count_all;
    Result<Node> other = reader.GetNode(adj.other);
    if (!other.ok()) {
      failure = other.status();
      return false;
    }
    edges.push_back({{"id", FormatEdgeId(adj.edge)},
                     {"type", EdgeTypeName(adj.type)},
                     {"direction", adj.outgoing ? "out" : "in"},
                     {"other", NodeBriefJson(*other)}});
    return true;
  });
  LKG_RETURN_IF_ERROR(walked);
  LKG_RETURN_IF_ERROR(failure);
  return edges;
}

}  // namespace

Result<nlohmann::json> NodeDetailJson(const GraphReader& reader, NodeKey key, size_t max_evidence,
                                      size_t max_edges, DocumentSummaries* shared,
                                      std::optional<size_t> known_degree) {
  Result<Node> node = reader.GetNode(key);
  if (!node.ok()) return node.status();
  Result<std::vector<Evidence>> evidence = reader.NodeEvidence(key, max_evidence);
  if (!evidence.ok()) return evidence.status();
  DocumentCache docs(reader, shared);
  nlohmann::json out = NodeToJson(*node);
  out["evidence_count"] = node->evidence_count;
  out["evidence"] = EvidenceListJson(*evidence, docs);
  size_t degree = 0;
  Result<nlohmann::json> edges = AdjacentEdgesJson(reader, key, max_edges, !known_degree, degree);
  if (!edges.ok()) return edges.status();
  if (known_degree) degree = *known_degree;
  out["degree"] = degree;
  out["edges"] = std::move(*edges);
  out["edges_truncated"] = degree > max_edges;
  return out;
}

Result<nlohmann::json> EdgeDetailJson(const GraphReader& reader, EdgeKey key, size_t max_evidence,
                                      DocumentSummaries* shared) {
  Result<Edge> edge = reader.GetEdge(key);
  if (!edge.ok()) return edge.status();
  Result<Node> source = reader.GetNode(edge->source);
  if (!source.ok()) return source.status();
  Result<Node> target = reader.GetNode(edge->target);
  if (!target.ok()) return target.status();
  Result<std::vector<Evidence>> evidence = reader.EdgeEvidence(key, max_evidence);
  if (!evidence.ok()) return evidence.status();
  DocumentCache docs(reader, shared);
  nlohmann::json out = EdgeToJson(*edge);
  out["source_node"] = NodeBriefJson(*source);
  out["target_node"] = NodeBriefJson(*target);
  out["evidence_count"] = edge->evidence_count;
  out["evidence"] = EvidenceListJson(*evidence, docs);
  return out;
}

nlohmann::json StatsJson(const StoreStats& stats) {
  return {{"nodes", stats.nodes},
          {"edges", stats.edges},
          {"documents", stats.documents},
          {"evidence", stats.evidence},
          {"store_bytes", stats.store_bytes},
          {"nodes_by_type", stats.nodes_by_type},
          {"edges_by_type", stats.edges_by_type},
          {"cases_by_kind", stats.cases_by_kind}};
}

}  // namespace lkg::http
