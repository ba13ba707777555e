// Route registration, one function per group of routes. Internal to lkg_http.
#pragma once

#include <functional>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "engine/graph_store.h"
#include "http/api_context.h"
#include "http/respond.h"

namespace lkg::http {

// A read handler: computes an answer from one consistent view.
using ReadHandler = std::function<Result<nlohmann::json>(const ReadView&, const httplib::Request&)>;

// Registers GET `pattern` running `handler` on the current view, guarded and
// answered with SendJson (ETag, Cache-Control) or the error.
void AddReadRoute(httplib::Server& server, ApiContext& ctx, const std::string& pattern, ReadHandler handler);

// A read handler that writes its JSON text itself (http/json_text.h).
using ReadTextHandler = std::function<Result<std::string>(const ReadView&, const httplib::Request&)>;

// As AddReadRoute, for a handler answering JSON text.
void AddReadTextRoute(httplib::Server& server, ApiContext& ctx, const std::string& pattern,
                      ReadTextHandler handler);

// The node named by `id_or_name`: an "n:…" id, else the best candidate of
// query::LookupNode (exact name, alias, other spelling, words of a longer
// name; ranked by evidence and degree). NotFound names the input and the
// near misses.
Result<NodeKey> ResolveNode(const GraphReader& reader, const std::string& id_or_name);

// health, stats, search, nodes/{id}, edges/{id}, documents/{id}.
void RegisterStoreRoutes(httplib::Server& server, ApiContext& ctx);
// neighbors, path, rank, communities, export.
void RegisterQueryRoutes(httplib::Server& server, ApiContext& ctx);
// GET /api/v1/nodes/{id}/hub: the aggregated neighbourhood.
void RegisterHubRoute(httplib::Server& server, ApiContext& ctx);
// GET /api/v1/export.
void RegisterExportRoute(httplib::Server& server, ApiContext& ctx);
// GET /api/v1/cases.
void RegisterCaseRoute(httplib::Server& server, ApiContext& ctx);
// GET /api/v1/events (list, or counts with group_by).
void RegisterEventsRoute(httplib::Server& server, ApiContext& ctx);
// GET /api/v1/documents: the documents list and full-text search.
void RegisterDocumentsRoute(httplib::Server& server, ApiContext& ctx);
// Brings the full-text index in step with the store after a write whose
// answer is `answer` (opening it for writing the first time): only the
// documents the answer names when the index reflected `before` (the store's
// sequence before the write), else a full catch-up. Call with `ctx.writer`
// held. Busy when another process writes the index.
Status RefreshFullTextIndex(ApiContext& ctx, uint64_t before, const nlohmann::json& answer);
// POST /api/v1/documents, DELETE /api/v1/documents/{id}.
void RegisterWriteRoutes(httplib::Server& server, ApiContext& ctx);
// GET / and /assets/… from the embedded asset set only.
void RegisterAssetRoutes(httplib::Server& server);

// The Allow header value of `path` ("GET, HEAD, OPTIONS", …), "" when no
// route serves the path.
std::string AllowedMethods(const std::string& path);
// POST/DELETE/PUT/PATCH on any path no route of that method serves: 405 with
// Allow when another method serves the path, else 404. Register last.
void RegisterMethodNotAllowed(httplib::Server& server);

}  // namespace lkg::http
