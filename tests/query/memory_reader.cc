#include "tests/query/memory_reader.h"

#include <algorithm>
#include <set>

#include "engine/name_normalizer.h"

namespace lkg::testing {

std::vector<Evidence> MemoryReader::MakeEvidence(const std::string& about, uint32_t count,
                                                 float confidence) const {
  std::vector<Evidence> evidence;
  for (uint32_t i = 0; i < count; ++i) {
    Evidence e;
    e.document = 1 + i;
    e.start = 0;
    e.end = static_cast<uint32_t>(about.size());
    e.sentence = about + " (source " + std::to_string(i + 1) + ").";
    e.extractor = "manual:test";
    e.confidence = confidence;
    evidence.push_back(e);
  }
  return evidence;
}

NodeKey MemoryReader::AddNode(NodeType type, const std::string& name, nlohmann::json properties) {
  Node node;
  node.key = RawNodeKey(type, name);
  node.type = type;
  node.name = name;
  node.properties = std::move(properties);
  node.evidence_count = 1;
  node_evidence_[node.key] = MakeEvidence(name + " is mentioned", 1, 1.0f);
  nodes_[node.key] = node;
  return node.key;
}

EdgeKey MemoryReader::AddEdge(NodeKey source, EdgeType type, NodeKey target, uint32_t evidence_count,
                              float confidence, nlohmann::json properties) {
  Edge edge;
  edge.key = EdgeKeyFor(source, type, target);
  edge.source = source;
  edge.target = target;
  edge.type = type;
  edge.properties = std::move(properties);
  edge.evidence_count = evidence_count;
  edge.max_confidence = confidence;
  std::string about = nodes_.at(source).name + " " + std::string(EdgeTypeName(type)) + " " + nodes_.at(target).name;
  edge_evidence_[edge.key] = MakeEvidence(about, evidence_count, confidence);
  edges_[edge.key] = edge;
  return edge.key;
}

Result<Node> MemoryReader::GetNode(NodeKey key) const {
  auto it = nodes_.find(key);
  if (it == nodes_.end()) return Status::NotFound("no node " + FormatNodeId(key));
  return it->second;
}

Result<Edge> MemoryReader::GetEdge(EdgeKey key) const {
  auto it = edges_.find(key);
  if (it == edges_.end()) return Status::NotFound("no edge " + FormatEdgeId(key));
  return it->second;
}

Result<Document> MemoryReader::GetDocument(DocKey key) const {
  Document doc;
  doc.key = key;
  doc.url = "https://example.org/doc/" + std::to_string(key);
  doc.title = "Document " + std::to_string(key);
  doc.published = "2024-01-0" + std::to_string(key % 9 + 1);
  return doc;
}

Result<std::optional<DocKey>> MemoryReader::FindDocumentByUrl(std::string_view) const {
  return std::optional<DocKey>();
}

Result<std::vector<Evidence>> MemoryReader::NodeEvidence(NodeKey key, size_t limit) const {
  auto it = node_evidence_.find(key);
  if (it == node_evidence_.end()) return std::vector<Evidence>{};
  return std::vector<Evidence>(it->second.begin(), it->second.begin() + std::min(limit, it->second.size()));
}

Result<std::vector<Evidence>> MemoryReader::EdgeEvidence(EdgeKey key, size_t limit) const {
  auto it = edge_evidence_.find(key);
  if (it == edge_evidence_.end()) return std::vector<Evidence>{};
  return std::vector<Evidence>(it->second.begin(), it->second.begin() + std::min(limit, it->second.size()));
}

Status MemoryReader::ForEachAdjacent(NodeKey key, const Visitor<Adjacent>& visit) const {
  for (bool outgoing : {true, false}) {
    for (const auto& [ekey, e] : edges_) {
      if ((outgoing ? e.source : e.target) != key) continue;
      if (!visit(Adjacent{ekey, e.type, outgoing ? e.target : e.source, outgoing})) return Status::Ok();
    }
  }
  return Status::Ok();
}

Result<std::vector<NodeKey>> MemoryReader::FindByName(std::string_view name, std::optional<NodeType> type) const {
  std::vector<NodeKey> found;
  std::string wanted = NormalizeName(name);
  for (const auto& [key, node] : nodes_) {
    if (type && node.type != *type) continue;
    bool match = NormalizeName(node.name) == wanted;
    for (const std::string& alias : node.aliases) match = match || NormalizeName(alias) == wanted;
    if (match) found.push_back(key);
  }
  return found;
}

Result<std::vector<NameMatch>> MemoryReader::SearchNames(std::string_view, std::optional<NodeType>, size_t) const {
  return std::vector<NameMatch>{};
}

Status MemoryReader::ForEachNodeBrief(const Visitor<NodeBrief>& visit) const {
  for (const auto& [key, node] : nodes_) {
    if (!visit(NodeBrief{key, node.type, node.evidence_count})) break;
  }
  return Status::Ok();
}

Status MemoryReader::ForEachEdgeBrief(const Visitor<EdgeBrief>& visit) const {
  for (const auto& [key, e] : edges_) {
    bool props = !(e.properties.is_null() || (e.properties.is_object() && e.properties.empty()));
    if (!visit(EdgeBrief{key, e.source, e.target, e.type, e.evidence_count, e.max_confidence, props})) break;
  }
  return Status::Ok();
}

Status MemoryReader::ForEachNode(const Visitor<Node>& visit) const {
  for (const auto& [key, node] : nodes_) {
    if (!visit(node)) break;
  }
  return Status::Ok();
}

Status MemoryReader::ForEachEdge(const Visitor<Edge>& visit) const {
  for (const auto& [key, e] : edges_) {
    if (!visit(e)) break;
  }
  return Status::Ok();
}

Status MemoryReader::ForEachNodeOfType(NodeType type, const Visitor<NodeKey>& visit) const {
  for (const auto& [key, node] : nodes_) {
    if (node.type == type && !visit(key)) break;
  }
  return Status::Ok();
}

Status MemoryReader::ForEachDocument(const Visitor<Document>& visit) const {
  std::set<DocKey> docs;
  for (const auto& [key, list] : node_evidence_) for (const Evidence& e : list) docs.insert(e.document);
  for (const auto& [key, list] : edge_evidence_) for (const Evidence& e : list) docs.insert(e.document);
  for (DocKey d : docs) {
    if (!visit(GetDocument(d).value())) break;
  }
  return Status::Ok();
}

Status MemoryReader::ForEachCase(const CaseFilter& filter, const Visitor<NodeKey>& visit) const {
  std::vector<std::pair<std::string, NodeKey>> cases;
  for (const auto& [key, node] : nodes_) {
    if (node.type != NodeType::kCase) continue;
    std::string date = node.properties.value("date", "");
    std::string kind = node.properties.value("kind", "");
    std::string country = NormalizeName(node.properties.value("country", ""));
    if (!filter.kind.empty() && kind != filter.kind) continue;
    if (!filter.country.empty() && country != filter.country) continue;
    if (!filter.since.empty() && date.substr(0, filter.since.size()) < filter.since) continue;
    if (!filter.until.empty() && date.substr(0, filter.until.size()) > filter.until) continue;
    cases.emplace_back(date, key);
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [date, key] : cases) {
    if (!visit(key)) break;
  }
  return Status::Ok();
}

}  // namespace lkg::testing
