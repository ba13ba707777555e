#include "query/edge_sources.h"

namespace lkg::query {

Result<EdgeSource> EdgeSources::Of(const Edge& edge) {
  Result<std::vector<Evidence>> evidence = reader_.EdgeEvidence(edge.key, 1);
  if (!evidence.ok()) return evidence.status();
  if (evidence->empty()) return EdgeSource{};
  const Evidence& first = evidence->front();
  auto it = documents_.find(first.document);
  if (it == documents_.end()) {
    EdgeSource doc;
    Result<Document> document = reader_.GetDocument(first.document);
    if (document.ok()) {
      doc = EdgeSource{"", document->url, document->title, document->published};
    } else if (document.status().code() != StatusCode::kNotFound) {
      return document.status();
    }
    it = documents_.emplace(first.document, std::move(doc)).first;
  }
  EdgeSource source = it->second;
  source.sentence = first.sentence;
  return source;
}

Status EdgeSources::Write(const Edge& edge,
                          const std::function<void(const char* key, const std::string& value)>& write) {
  Result<EdgeSource> source = Of(edge);
  if (!source.ok()) return source.status();
  source->ForEachField(write);
  return Status::Ok();
}

}  // namespace lkg::query
