#include "http/json_views.h"

#include <mutex>

#include "http/json_text.h"

namespace lkg::http {

std::optional<nlohmann::json> DocumentSummaries::Find(DocKey key) const {
  std::shared_lock<std::shared_mutex> lock(mu_);
  auto it = summaries_.find(key);
  if (it == summaries_.end()) return std::nullopt;
  return it->second.json;
}

bool DocumentSummaries::AppendText(DocKey key, std::string& out) const {
  std::shared_lock<std::shared_mutex> lock(mu_);
  auto it = summaries_.find(key);
  if (it == summaries_.end()) return false;
  out.append(it->second.text);
  return true;
}

void DocumentSummaries::Put(DocKey key, const nlohmann::json& summary) {
  Summary entry{summary, summary.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
  std::unique_lock<std::shared_mutex> lock(mu_);
  if (summaries_.size() >= kMaxEntries) summaries_.clear();
  summaries_[key] = std::move(entry);
}

void DocumentSummaries::Clear() {
  std::unique_lock<std::shared_mutex> lock(mu_);
  summaries_.clear();
}

Result<NodeNames::Entry> NodeNames::Read(const GraphReader& reader, NodeKey key) {
  Result<Node> node = reader.GetNode(key);
  if (!node.ok()) return node.status();
  Entry entry{node->name, node->type, ",\"name\":"};
  AppendJsonString(entry.json_tail, node->name);
  entry.json_tail.append(",\"type\":");
  AppendJsonString(entry.json_tail, NodeTypeName(node->type));
  entry.json_tail.push_back('}');
  return entry;
}

void NodeNames::Publish(uint64_t sequence, const std::unordered_map<NodeKey, Entry>& entries) {
  std::unique_lock<std::shared_mutex> lock(mu_);
  if (sequence < sequence_) return;  // read from a view older than the last Reset
  if (entries_.size() + entries.size() > kMaxEntries) entries_.clear();
  for (const auto& [key, entry] : entries) entries_.emplace(key, entry);
}

Status NodeNames::ForEach(const GraphReader& reader, const std::vector<NodeKey>& keys,
                          const std::function<void(size_t, const Entry&)>& fn) {
  const uint64_t sequence = reader.sequence();
  std::unordered_map<NodeKey, Entry> local;  // read by this call
  std::vector<const Entry*> found(keys.size());
  for (;;) {  // at most twice: the second pass finds every key in `local`
    std::vector<NodeKey> missing;
    {
      std::shared_lock<std::shared_mutex> lock(mu_);
      const bool usable = sequence >= sequence_;
      for (size_t i = 0; i < keys.size(); ++i) {
        auto mine = local.find(keys[i]);
        auto shared = usable && mine == local.end() ? entries_.find(keys[i]) : entries_.end();
        found[i] = mine != local.end() ? &mine->second : shared != entries_.end() ? &shared->second : nullptr;
        if (!found[i]) missing.push_back(keys[i]);
      }
      if (missing.empty()) {
        for (size_t i = 0; i < keys.size(); ++i) fn(i, *found[i]);
        return Status::Ok();
      }
    }
    std::unordered_map<NodeKey, Entry> fresh;
    for (NodeKey key : missing) {
      Result<Entry> entry = Read(reader, key);
      if (!entry.ok()) return entry.status();
      fresh.emplace(key, *entry);
    }
    Publish(sequence, fresh);
    local.merge(fresh);
  }
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
