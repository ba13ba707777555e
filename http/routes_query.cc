// Routes answered by the query library (query/): neighbourhoods, paths,
// rankings and communities. Each handler parses and bounds its parameters,
// calls query/ on the request's view, and returns the library's JSON.
#include "http/params.h"
#include "http/query_params.h"
#include "http/routes.h"
#include "query/neighbors.h"

namespace lkg::http {
namespace {

Result<nlohmann::json> NeighborsRoute(const ReadView& view, const httplib::Request& req, const ApiLimits& limits) {
  Result<NodeKey> key = ResolveNode(*view.reader, req.matches[1].str());
  if (!key.ok()) return key.status();
  std::optional<query::VertexId> seed = view.graph->Find(*key);
  if (!seed) return Status::NotFound("node " + FormatNodeId(*key) + " is not in the graph snapshot");
  Result<long long> depth = IntParam(req.params, "depth", 1, 0, limits.max_depth);
  if (!depth.ok()) return depth.status();
  Result<long long> limit = IntParam(req.params, "limit", 500, 1, limits.max_neighbors);
  if (!limit.ok()) return limit.status();
  Result<query::ResolvedFilter> filter = ResolveFilterParams(view, req.params);
  if (!filter.ok()) return filter.status();
  query::NeighborhoodRequest request;
  request.seeds = {*seed};
  request.depth = static_cast<int>(*depth);
  Result<query::Neighborhood> hood =
      query::Neighbors(*view.graph, *filter, request, QueryLimitsFor(limits, static_cast<size_t>(*limit)));
  if (!hood.ok()) return hood.status();
  Result<nlohmann::json> out = query::NeighborhoodToJson(*hood, *view.graph, *view.reader);
  if (!out.ok()) return out.status();
  (*out)["seed"] = FormatNodeId(*key);
  return out;
}

void NotBuilt(httplib::Server& server, const char* route) {
  server.Get(route, [](const httplib::Request&, httplib::Response& res) {
    SendError(res, NotImplemented("this route is not available in this build yet"));
  });
}

}  // namespace

void RegisterQueryRoutes(httplib::Server& server, ApiContext& ctx) {
  const ApiLimits& limits = ctx.options.limits;
  AddReadRoute(server, ctx, R"(/api/v1/nodes/([^/]+)/neighbors)",
               [&limits](const ReadView& view, const httplib::Request& req) { return NeighborsRoute(view, req, limits); });
  RegisterExportRoute(server, ctx);
  NotBuilt(server, "/api/v1/path");
  NotBuilt(server, "/api/v1/rank");
  NotBuilt(server, "/api/v1/communities");
}

}  // namespace lkg::http
