#include "query/result_json.h"

namespace lkg::query {

Result<nlohmann::json> NodeSummaryJson(const GraphReader& reader, NodeKey key) {
  Result<Node> node = reader.GetNode(key);
  if (!node.ok()) return node.status();
  return nlohmann::json{
      {"id", FormatNodeId(key)}, {"type", std::string(NodeTypeName(node->type))}, {"name", node->name}};
}

Result<nlohmann::json> EdgeEvidenceJson(const GraphReader& reader, EdgeKey key,
                                        std::map<DocKey, nlohmann::json>& documents) {
  Result<std::vector<Evidence>> evidence = reader.EdgeEvidence(key, 1);
  if (!evidence.ok()) return evidence.status();
  if (evidence->empty()) return nlohmann::json(nullptr);
  const Evidence& e = evidence->front();
  auto it = documents.find(e.document);
  if (it == documents.end()) {
    Result<Document> doc = reader.GetDocument(e.document);
    nlohmann::json info = {{"url", ""}, {"title", ""}};
    if (doc.ok()) info = {{"url", doc->url}, {"title", doc->title}};
    it = documents.emplace(e.document, std::move(info)).first;
  }
  return nlohmann::json{{"sentence", e.sentence},
                        {"document", FormatDocId(e.document)},
                        {"url", it->second["url"]},
                        {"title", it->second["title"]},
                        {"extractor", e.extractor},
                        {"confidence", e.confidence}};
}

}  // namespace lkg::query
