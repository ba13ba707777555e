// The write routes. Each write checks read-only mode and the bearer token,
// runs under the single writer lock, and is answered once a read view showing
// it is current (coalesced rebuilds, http/snapshot.h), so later reads see it
// and earlier ones are undisturbed.
#include "http/auth.h"
#include "http/routes.h"
#include "http/write_documents.h"

namespace lkg::http {
namespace {

// Runs `write` for an authorised request under the writer lock; answers 503
// once shutdown has begun (the write is not started, so nothing is lost).
void AuthorisedWrite(ApiContext& ctx, const httplib::Request& req, httplib::Response& res,
                     const std::function<Result<nlohmann::json>()>& write, int success_status,
                     bool removes_documents) {
  if (auto refused = CheckWrite(ctx.options.read_only, ctx.options.token, req.get_header_value("Authorization"))) {
    SendError(res, *refused);
    return;
  }
  nlohmann::json body;
  {
    std::lock_guard<std::mutex> lock(ctx.writer);
    if (ctx.stopping.load()) {
      SendStatus(res, Status::Busy("the server is shutting down; retry later"));
      return;
    }
    uint64_t before = ctx.store.NewReader()->sequence();
    Result<nlohmann::json> answer = write();
    if (!answer.ok()) {
      SendStatus(res, answer.status());  // nothing was written: the view stays
      return;
    }
    body = std::move(*answer);
    // The full-text index follows (a failure leaves it stale; the next write or start retries).
    (void)RefreshFullTextIndex(ctx, before, body);
    // A removal can delete nodes (which may come back under another spelling).
    if (removes_documents) ctx.views.InvalidateNames();
  }
  // Outside the writer lock: writes arriving meanwhile share the rebuild.
  Status refreshed = ctx.views.AwaitRefresh();
  // A removed document's summary must not linger (new ones only add keys);
  // cleared once the view without the document is current.
  if (removes_documents) ctx.views.documents().Clear();
  if (!refreshed.ok()) {
    SendStatus(res, refreshed);  // committed, but reads would not show it
    return;
  }
  SendJsonNoCache(res, success_status, body);
}

}  // namespace

void RegisterWriteRoutes(httplib::Server& server, ApiContext& ctx) {
  server.Post("/api/v1/documents", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Guarded(res, [&] {
      AuthorisedWrite(ctx, req, res, [&]() -> Result<nlohmann::json> {
        if (!ctx.ingester) ctx.ingester = std::make_unique<ingest::Ingester>(ctx.store);
        return IngestDocumentBody(*ctx.ingester, req.body);
      }, 201, /*removes_documents=*/false);
    });
  });
  server.Delete(R"(/api/v1/documents/(.+))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Guarded(res, [&] {
      AuthorisedWrite(ctx, req, res, [&] { return RemoveDocumentById(ctx.store, req.matches[1].str()); }, 200,
                      /*removes_documents=*/true);
    });
  });
}

}  // namespace lkg::http
