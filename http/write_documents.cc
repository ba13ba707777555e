#include "http/write_documents.h"

#include "engine/name_normalizer.h"

namespace lkg::http {
namespace {

Result<nlohmann::json> ParseRecord(const std::string& body) {
  if (!IsValidUtf8(body)) return Status::InvalidArgument("the request body is not valid UTF-8");
  nlohmann::json record = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return Status::InvalidArgument("the request body is not valid JSON");
  if (!record.is_object()) return Status::InvalidArgument("the request body must be a JSON object");
  bool has_text = record.contains("text") && record["text"].is_string();
  bool has_html = record.contains("html") && record["html"].is_string();
  if (!has_text && !has_html) {
    return Status::InvalidArgument("the record needs a \"text\" or \"html\" string");
  }
  for (const char* field : {"title", "url", "date", "source"}) {
    if (record.contains(field) && !record[field].is_string() && !record[field].is_null()) {
      return Status::InvalidArgument(std::string("the field \"") + field + "\" must be a string");
    }
  }
  return record;
}

}  // namespace

Result<nlohmann::json> IngestDocumentBody(ingest::Ingester& ingester, const std::string& body) {
  Result<nlohmann::json> checked = ParseRecord(body);
  if (!checked.ok()) return checked.status();
  Result<ingest::InputRecord> record = ingest::RecordFromJson(body, "request");
  if (!record.ok()) return record.status();
  Result<ingest::IngestOutcome> outcome = ingester.Ingest(*record);
  if (!outcome.ok()) return outcome.status();
  return outcome->ToJson();
}

Result<nlohmann::json> RemoveDocumentById(GraphStore& store, const std::string& id_or_url) {
  if (!IsValidUtf8(id_or_url)) return Status::InvalidArgument("the document id is not valid UTF-8");
  std::optional<DocKey> key = ParseDocId(id_or_url);
  if (!key) {
    std::unique_ptr<GraphReader> reader = store.NewReader();
    Result<std::optional<DocKey>> by_url = reader->FindDocumentByUrl(id_or_url);
    if (!by_url.ok()) return by_url.status();
    if (!*by_url) return Status::NotFound("no document with the id or URL '" + id_or_url + "'");
    key = **by_url;
  }
  Result<RemoveResult> removed = store.RemoveDocument(*key);
  if (!removed.ok()) return removed.status();
  return nlohmann::json{{"document", FormatDocId(removed->document)},
                        {"nodes_removed", removed->nodes_removed},
                        {"edges_removed", removed->edges_removed},
                        {"evidence_removed", removed->evidence_removed}};
}

}  // namespace lkg::http
