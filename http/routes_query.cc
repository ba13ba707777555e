// Routes answered by the query library (query/): neighbourhoods, paths,
// rankings and communities. Each handler parses and bounds its parameters,
// calls query/ on the request's view, and returns the library's JSON.
#include "http/json_text.h"
#include "http/params.h"
#include "http/query_params.h"
#include "http/routes.h"
#include "query/communities.h"
#include "query/neighbors.h"
#include "query/path.h"
#include "query/rank.h"

namespace lkg::http {
namespace {

// The text of query::NeighborhoodToJson (keys in nlohmann's sorted order),
// written directly, with names and types from the shared cache.
Result<std::string> HoodJson(const query::Neighborhood& hood, const ReadView& view, NodeNames& names,
                             NodeKey seed) {
  const query::GraphSnapshot& g = *view.graph;
  std::string out;
  out.reserve(64 + hood.edges.size() * 112 + hood.nodes.size() * 96);
  // Gather the edges' fields first: a short loop whose independent reads of
  // the snapshot's arrays overlap their cache misses.
  struct Row {
    EdgeKey key;
    query::VertexId source, target;
    EdgeType type;
  };
  std::vector<Row> rows(hood.edges.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    query::EdgeId e = hood.edges[i];
    rows[i] = {g.edge_key(e), g.edge_source(e), g.edge_target(e), g.edge_type(e)};
  }
  out.append("{\"edges\":[");
  for (size_t i = 0; i < rows.size(); ++i) {
    out.append(i == 0 ? "{\"id\":" : ",{\"id\":");
    AppendQuotedKey(out, 'e', rows[i].key);
    out.append(",\"source\":");
    AppendQuotedKey(out, 'n', g.node_key(rows[i].source));
    out.append(",\"target\":");
    AppendQuotedKey(out, 'n', g.node_key(rows[i].target));
    out.append(",\"type\":");
    AppendJsonString(out, EdgeTypeName(rows[i].type));
    out.push_back('}');
  }
  out.append("],\"nodes\":[");
  std::vector<NodeKey> keys;
  keys.reserve(hood.nodes.size());
  for (query::VertexId v : hood.nodes) keys.push_back(g.node_key(v));
  LKG_RETURN_IF_ERROR(names.ForEach(*view.reader, keys, [&](size_t i, const NodeNames::Entry& entry) {
    out.append(i == 0 ? "{\"hops\":" : ",{\"hops\":");
    AppendUnsigned(out, hood.hops[i]);
    out.append(",\"id\":");
    AppendQuotedKey(out, 'n', keys[i]);
    out.append(entry.json_tail);
  }));
  out.append("],\"seed\":");
  AppendQuotedKey(out, 'n', seed);
  out.append(hood.truncated ? ",\"truncated\":true}" : ",\"truncated\":false}");
  return out;
}

Result<std::string> NeighborsRoute(const ReadView& view, const httplib::Request& req, const ApiLimits& limits,
                                      NodeNames& names) {
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
  return HoodJson(*hood, view, names, *key);
}

Result<query::VertexId> VertexOf(const ReadView& view, const Params& params, const std::string& name) {
  Result<std::string> text = TextParam(params, name, "", 512);
  if (!text.ok()) return text.status();
  if (text->empty()) return Status::InvalidArgument("parameter '" + name + "' (a node id or name) is required");
  Result<NodeKey> key = ResolveNode(*view.reader, *text);
  if (!key.ok()) return key.status();
  std::optional<query::VertexId> v = view.graph->Find(*key);
  if (!v) return Status::NotFound("node " + FormatNodeId(*key) + " is not in the graph snapshot");
  return *v;
}

Result<nlohmann::json> PathRoute(const ReadView& view, const httplib::Request& req, const ApiLimits& limits) {
  Result<query::VertexId> from = VertexOf(view, req.params, "from");
  if (!from.ok()) return from.status();
  Result<query::VertexId> to = VertexOf(view, req.params, "to");
  if (!to.ok()) return to.status();
  Result<long long> k = IntParam(req.params, "k", 1, 1, limits.max_paths);
  if (!k.ok()) return k.status();
  Result<long long> max_len = IntParam(req.params, "max_len", 6, 1, limits.max_path_len);
  if (!max_len.ok()) return max_len.status();
  Result<std::vector<NodeType>> via = NodeTypesParam(req.params, "via_types");
  if (!via.ok()) return via.status();
  Result<std::string> weight = TextParam(req.params, "weight", "hops", 16);
  if (!weight.ok()) return weight.status();
  if (*weight != "hops" && *weight != "evidence") {
    return Status::InvalidArgument("parameter 'weight' must be hops or evidence");
  }
  Result<query::ResolvedFilter> filter = ResolveFilterParams(view, req.params);
  if (!filter.ok()) return filter.status();
  query::PathRequest request;
  request.from = *from;
  request.to = *to;
  request.k = static_cast<int>(*k);
  request.max_len = static_cast<int>(*max_len);
  request.via_types = std::move(*via);
  request.weight = *weight == "evidence" ? query::PathWeight::kEvidence : query::PathWeight::kHops;
  Result<query::PathResult> paths =
      query::FindPaths(*view.graph, *filter, request, QueryLimitsFor(limits, static_cast<size_t>(limits.max_paths)));
  if (!paths.ok()) return paths.status();
  return query::PathsToJson(*paths, *view.graph, *view.reader);
}

Result<nlohmann::json> RankRoute(const ReadView& view, const httplib::Request& req, const ApiLimits& limits) {
  Result<std::string> by = TextParam(req.params, "by", "pagerank", 32);
  if (!by.ok()) return by.status();
  std::optional<query::RankBy> parsed = query::ParseRankBy(*by);
  if (!parsed) return Status::InvalidArgument("parameter 'by' must be pagerank, betweenness or degree");
  Result<std::vector<NodeType>> types = NodeTypesParam(req.params, "type");
  if (!types.ok()) return types.status();
  Result<long long> top = IntParam(req.params, "top", 20, 1, limits.max_top);
  if (!top.ok()) return top.status();
  query::RankRequest request;
  request.by = *parsed;
  request.types = std::move(*types);
  request.top = static_cast<size_t>(*top);
  Result<query::RankResult> ranked =
      query::Rank(*view.graph, request, QueryLimitsFor(limits, static_cast<size_t>(limits.max_top)));
  if (!ranked.ok()) return ranked.status();
  return query::RankToJson(*ranked, *parsed, *view.graph, *view.reader);
}

Result<nlohmann::json> CommunitiesRoute(const ReadView& view, const httplib::Request& req, const ApiLimits& limits) {
  Result<std::vector<NodeType>> types = NodeTypesParam(req.params, "type");
  if (!types.ok()) return types.status();
  Result<long long> top = IntParam(req.params, "top", 20, 1, 200);
  if (!top.ok()) return top.status();
  Result<long long> members = IntParam(req.params, "members", 20, 1, 200);
  if (!members.ok()) return members.status();
  query::CommunitiesRequest request;
  request.types = std::move(*types);
  request.top = static_cast<size_t>(*top);
  request.members = static_cast<size_t>(*members);
  Result<query::CommunitiesResult> found = query::Communities(*view.graph, request, QueryLimitsFor(limits, 200));
  if (!found.ok()) return found.status();
  return query::CommunitiesToJson(*found, *view.graph, *view.reader);
}

}  // namespace

void RegisterQueryRoutes(httplib::Server& server, ApiContext& ctx) {
  const ApiLimits& limits = ctx.options.limits;
  NodeNames* names = &ctx.views.names();
  AddReadTextRoute(server, ctx, R"(/api/v1/nodes/([^/]+)/neighbors)",
               [&limits, names](const ReadView& view, const httplib::Request& req) {
                 return NeighborsRoute(view, req, limits, *names);
               });
  RegisterHubRoute(server, ctx);
  RegisterExportRoute(server, ctx);
  AddReadRoute(server, ctx, "/api/v1/path",
               [&limits](const ReadView& view, const httplib::Request& req) { return PathRoute(view, req, limits); });
  AddReadRoute(server, ctx, "/api/v1/rank",
               [&limits](const ReadView& view, const httplib::Request& req) { return RankRoute(view, req, limits); });
  AddReadRoute(server, ctx, "/api/v1/communities", [&limits](const ReadView& view, const httplib::Request& req) {
    return CommunitiesRoute(view, req, limits);
  });
}

}  // namespace lkg::http
