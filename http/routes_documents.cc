// GET /api/v1/documents: the documents list (newest first; source, since,
// until, lang filters; limit/offset) or, with q=, full-text search over
// titles and text (ranked, phrases, stemming) with a snippet per document.
#include "engine/fulltext_index.h"
#include "http/params.h"
#include "http/query_params.h"
#include "http/routes.h"
#include "query/document_list.h"

namespace lkg::http {
namespace {

Result<query::DocumentPageRequest> ParseDocumentQuery(const Params& params, const ApiLimits& limits) {
  query::DocumentPageRequest request;
  Result<std::string> source = TextParam(params, "source", "", 256);
  Result<std::string> since = TextParam(params, "since", "", 32);
  Result<std::string> until = TextParam(params, "until", "", 32);
  Result<std::string> lang = TextParam(params, "lang", "", 16);
  for (const auto* r : {&source, &since, &until, &lang}) {
    if (!r->ok()) return r->status();
  }
  LKG_RETURN_IF_ERROR(CheckIsoDate("since", *since));
  LKG_RETURN_IF_ERROR(CheckIsoDate("until", *until));
  Result<long long> limit = IntParam(params, "limit", 20, 1, limits.max_page);
  if (!limit.ok()) return limit.status();
  Result<long long> offset = IntParam(params, "offset", 0, 0, 1000000000);
  if (!offset.ok()) return offset.status();
  request.filter = {*source, *since, *until, *lang};
  request.limit = static_cast<size_t>(*limit);
  request.offset = static_cast<size_t>(*offset);
  return request;
}

Result<nlohmann::json> DocumentsRoute(ApiContext& ctx, const ReadView& view, const httplib::Request& req) {
  Result<query::DocumentPageRequest> request = ParseDocumentQuery(req.params, ctx.options.limits);
  if (!request.ok()) return request.status();
  Result<std::string> q = TextParam(req.params, "q", "", 512);
  if (!q.ok()) return q.status();
  if (q->empty()) return query::ListDocuments(*view.reader, *request);
  return query::SearchDocuments(ctx.searcher, *q, *request);
}

// The documents a write's answer names ("documents", else "document"), or
// nullopt when the write may have touched others (an older version replaced).
std::optional<std::vector<DocKey>> WrittenDocuments(const nlohmann::json& answer) {
  if (answer.value("replaced", false)) return std::nullopt;
  if (answer.value("unchanged", false)) return std::vector<DocKey>{};
  std::vector<std::string> ids;
  if (answer.contains("documents") && answer["documents"].is_array()) {
    for (const nlohmann::json& id : answer["documents"]) ids.push_back(id.is_string() ? id.get<std::string>() : "");
  } else if (answer.contains("document") && answer["document"].is_string()) {
    ids.push_back(answer["document"].get<std::string>());
  }
  std::vector<DocKey> keys;
  for (const std::string& id : ids) {
    std::optional<DocKey> key = ParseDocId(id);
    if (!key) return std::nullopt;
    keys.push_back(*key);
  }
  return keys;
}

}  // namespace

Status RefreshFullTextIndex(ApiContext& ctx, uint64_t before, const nlohmann::json& answer) {
  if (!ctx.fulltext) {
    Result<std::unique_ptr<FullTextIndex>> index = FullTextIndex::OpenWritable(ctx.store.path());
    if (!index.ok()) return index.status();
    ctx.fulltext = std::move(*index);
  }
  std::unique_ptr<GraphReader> reader = ctx.store.NewReader();
  std::optional<std::vector<DocKey>> written = WrittenDocuments(answer);
  Result<size_t> changed = written ? ctx.fulltext->Follow(*reader, before, *written) : ctx.fulltext->CatchUp(*reader);
  ctx.searcher.Changed();
  return changed.ok() ? Status::Ok() : changed.status();
}

void RegisterDocumentsRoute(httplib::Server& server, ApiContext& ctx) {
  AddReadRoute(server, ctx, "/api/v1/documents", [&ctx](const ReadView& view, const httplib::Request& req) {
    return DocumentsRoute(ctx, view, req);
  });
}

}  // namespace lkg::http
