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

// The node named by `id_or_name`: an "n:…" id, else an exact name or alias
// (the node with the most evidence wins a tie). NotFound names the input.
Result<NodeKey> ResolveNode(const GraphReader& reader, const std::string& id_or_name);

// health, stats, search, nodes/{id}, edges/{id}, documents/{id}.
void RegisterStoreRoutes(httplib::Server& server, ApiContext& ctx);
// neighbors, path, rank, communities, export.
void RegisterQueryRoutes(httplib::Server& server, ApiContext& ctx);
// GET /api/v1/export.
void RegisterExportRoute(httplib::Server& server, ApiContext& ctx);
// GET /api/v1/cases.
void RegisterCaseRoute(httplib::Server& server, ApiContext& ctx);
// POST /api/v1/documents, DELETE /api/v1/documents/{id}.
void RegisterWriteRoutes(httplib::Server& server, ApiContext& ctx);
// GET / and /assets/… from the embedded asset set only.
void RegisterAssetRoutes(httplib::Server& server);

}  // namespace lkg::http
