// The canonical JSON export: {"nodes": [...], "edges": [...]}, one record
// serialised at a time.
#include <set>

#include "query/export.h"
#include "query/export_util.h"

namespace lkg::query {
namespace {

// Appends the evidence of one node/edge and remembers the documents cited.
Status AddEvidence(const Result<std::vector<Evidence>>& evidence, nlohmann::json& record,
                   std::set<DocKey>& documents) {
  if (!evidence.ok()) return evidence.status();
  nlohmann::json list = nlohmann::json::array();
  for (const Evidence& e : evidence.value()) {
    list.push_back(EvidenceToJson(e));
    documents.insert(e.document);
  }
  record["evidence"] = std::move(list);
  return Status::Ok();
}

nlohmann::json DocumentNode(const Document& doc) {
  nlohmann::json props = doc.properties.is_object() ? doc.properties : nlohmann::json::object();
  props["url"] = doc.url;
  props["title"] = doc.title;
  props["published"] = doc.published;
  props["source"] = doc.source;
  props["retrieved_at"] = doc.retrieved_at;
  props["lang"] = doc.lang;
  return {{"id", FormatDocId(doc.key)},
          {"type", "document"},
          {"name", doc.title.empty() ? doc.url : doc.title},
          {"aliases", nlohmann::json::array()},
          {"properties", std::move(props)},
          {"evidence", nlohmann::json::array()}};
}

// Writes `record` after a separator; the first record of a list has none.
void WriteRecord(const nlohmann::json& record, bool& first, std::ostream& out) {
  out << (first ? "\n  " : ",\n  ") << DumpJson(record);
  first = false;
}

}  // namespace

Status WriteJson(const ExportScope& scope, const ExportOptions& options, std::ostream& out) {
  const GraphReader& reader = scope.reader();
  std::set<DocKey> documents;
  Status inner;
  bool first = true;
  out << "{\"nodes\": [";
  LKG_RETURN_IF_ERROR(scope.ForEachNode([&](const Node& node) {
    nlohmann::json record = NodeToJson(node);
    if (options.evidence) {
      inner = AddEvidence(reader.NodeEvidence(node.key, options.max_evidence_per_item), record, documents);
    }
    WriteRecord(record, first, out);
    return inner.ok() && out.good();
  }));
  LKG_RETURN_IF_ERROR(inner);
  std::string edges_json;
  // Edges come after the document nodes in the file, but their evidence
  // names documents too, so documents are written after a first edge pass
  // only for subgraphs; the whole graph lists every document directly.
  if (options.evidence) {
    LKG_RETURN_IF_ERROR(CollectEdgeDocuments(scope, options.max_evidence_per_item, documents));
    LKG_RETURN_IF_ERROR(scope.ForEachDocument(documents, [&](const Document& doc) {
      WriteRecord(DocumentNode(doc), first, out);
      return out.good();
    }));
  }
  out << "\n],\n\"edges\": [";
  first = true;
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    nlohmann::json record = EdgeToJson(edge);
    if (options.evidence) {
      inner = AddEvidence(reader.EdgeEvidence(edge.key, options.max_evidence_per_item), record, documents);
    }
    WriteRecord(record, first, out);
    return inner.ok() && out.good();
  }));
  LKG_RETURN_IF_ERROR(inner);
  out << "\n]}\n";
  return StreamStatus(out);
}

}  // namespace lkg::query
