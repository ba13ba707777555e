// GET /api/v1/export: the whole graph or a subgraph (seed + depth +
// filters) in one of the export formats, as a download with the format's
// Content-Type. Subgraphs are built in memory (errors still get a JSON
// body); the whole graph is streamed in chunks. A failure while streaming
// ends the connection without the final chunk, so no client takes a cut
// export for a whole one.
#include <algorithm>
#include <sstream>

#include "http/export_stream.h"
#include "http/params.h"
#include "http/query_params.h"
#include "http/routes.h"
#include "query/export.h"
#include "query/neighbors.h"

namespace lkg::http {
namespace {

struct ExportRequest {
  query::ExportFormat format = query::ExportFormat::kJson;
  query::ExportOptions options;
  std::vector<NodeKey> seeds;
  std::vector<NodeKey> nodes;  // `nodes`: exactly these nodes and the edges among them
  int depth = 1;
};

Result<ExportRequest> ParseExport(const ReadView& view, const Params& params, const ApiLimits& limits) {
  ExportRequest r;
  Result<std::string> format = TextParam(params, "format", "json", 32);
  if (!format.ok()) return format.status();
  std::optional<query::ExportFormat> parsed = query::ParseExportFormat(*format);
  if (!parsed) return Status::InvalidArgument("unknown export format '" + *format + "'");
  r.format = *parsed;
  Result<std::string> part = TextParam(params, "part", "nodes", 16);
  if (!part.ok()) return part.status();
  if (*part != "nodes" && *part != "edges") return Status::InvalidArgument("parameter 'part' must be nodes or edges");
  r.options.csv_part = *part == "edges" ? query::ExportOptions::CsvPart::kEdges : query::ExportOptions::CsvPart::kNodes;
  Result<long long> evidence = IntParam(params, "evidence", 1, 0, 1);
  if (!evidence.ok()) return evidence.status();
  r.options.evidence = *evidence == 1;
  Result<long long> raw = IntParam(params, "raw", 0, 0, 1);
  if (!raw.ok()) return raw.status();
  r.options.csv_raw = *raw == 1;
  r.options.max_evidence_per_item = limits.max_evidence;
  Result<long long> depth = IntParam(params, "depth", 1, 0, limits.max_depth);
  if (!depth.ok()) return depth.status();
  r.depth = static_cast<int>(*depth);
  Result<std::vector<std::string>> seeds = ListParam(params, "seed");
  if (!seeds.ok()) return seeds.status();
  for (const std::string& seed : *seeds) {
    Result<NodeKey> key = ResolveNode(*view.reader, seed);
    if (!key.ok()) return key.status();
    r.seeds.push_back(*key);
  }
  Result<std::vector<std::string>> nodes = ListParam(params, "nodes");
  if (!nodes.ok()) return nodes.status();
  for (const std::string& id : *nodes) {
    // Bare hex is accepted so a page can list more nodes within the request-line limit.
    std::optional<NodeKey> key = ParseNodeId(id.rfind("n:", 0) == 0 ? id : "n:" + id);
    if (!key) return Status::InvalidArgument("parameter 'nodes': '" + id + "' is not a node id");
    r.nodes.push_back(*key);
  }
  if (!r.nodes.empty() && !r.seeds.empty()) {
    return Status::InvalidArgument("parameters 'nodes' and 'seed' exclude each other");
  }
  return r;
}

// Exactly the listed nodes and the allowed edges among them.
Result<query::Neighborhood> ListedNodes(const ReadView& view, const std::vector<NodeKey>& keys,
                                        const query::ResolvedFilter& filter) {
  query::Neighborhood hood;
  for (NodeKey key : keys) {
    std::optional<query::VertexId> v = view.graph->Find(key);
    if (!v) return Status::NotFound("node " + FormatNodeId(key) + " is not in the graph snapshot");
    if (std::find(hood.nodes.begin(), hood.nodes.end(), *v) != hood.nodes.end()) continue;
    hood.nodes.push_back(*v);
    hood.hops.push_back(0);
  }
  query::CollectEdgesAmong(*view.graph, filter, hood);
  return hood;
}

Result<query::ExportScope> SubgraphScope(const ReadView& view, const ExportRequest& r, const Params& params,
                                         const ApiLimits& limits) {
  Result<query::ResolvedFilter> filter = ResolveFilterParams(view, params);
  if (!filter.ok()) return filter.status();
  query::QueryLimits qlimits = QueryLimitsFor(limits, static_cast<size_t>(limits.max_neighbors) * 10);
  Result<query::Neighborhood> hood = Status::Ok();
  if (!r.nodes.empty()) {
    hood = ListedNodes(view, r.nodes, *filter);
  } else if (r.seeds.empty()) {
    hood = query::FilteredGraph(*view.graph, *filter, qlimits);
  } else {
    query::NeighborhoodRequest request;
    for (NodeKey key : r.seeds) {
      std::optional<query::VertexId> v = view.graph->Find(key);
      if (!v) return Status::NotFound("node " + FormatNodeId(key) + " is not in the graph snapshot");
      request.seeds.push_back(*v);
    }
    request.depth = r.depth;
    hood = query::Neighbors(*view.graph, *filter, request, qlimits);
  }
  if (!hood.ok()) return hood.status();
  if (hood->truncated) return Status::LimitExceeded("the subgraph is too large to export over HTTP; narrow it");
  return query::ScopeOf(*hood, *view.graph, *view.reader);
}

bool Unfiltered(const Params& params) {
  for (const char* name : {"types", "edge_types", "country", "since", "until"}) {
    if (params.count(name)) return false;
  }
  return true;
}

void SetDownload(httplib::Response& res, const ExportRequest& r) {
  std::string name = "lkg-export";
  if (r.format == query::ExportFormat::kCsv) {
    name += r.options.csv_part == query::ExportOptions::CsvPart::kEdges ? "-edges" : "-nodes";
  }
  name += ".";
  name += query::ExportExtension(r.format);
  res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  res.set_header("Cache-Control", "no-cache");
}

void HandleExport(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  std::shared_ptr<const ReadView> view = ctx.views.Current();
  Result<ExportRequest> r = ParseExport(*view, req.params, ctx.options.limits);
  if (!r.ok()) return SendStatus(res, r.status());
  std::string content_type(query::ExportContentType(r->format));
  SetDownload(res, *r);
  if (r->seeds.empty() && r->nodes.empty() && Unfiltered(req.params)) {
    // The whole graph: stream it; `view` stays alive in the provider.
    ExportRequest request = *r;
    res.set_chunked_content_provider(content_type, [view, request](size_t, httplib::DataSink& sink) {
      return StreamWholeGraph(*view->reader, request.format, request.options, sink);
    });
    return;
  }
  Result<query::ExportScope> scope = SubgraphScope(*view, *r, req.params, ctx.options.limits);
  if (!scope.ok()) return SendStatus(res, scope.status());
  std::ostringstream out;
  Status written = query::WriteExport(r->format, *scope, r->options, out);
  if (!written.ok()) return SendStatus(res, written);
  res.status = 200;
  res.set_content(out.str(), content_type.c_str());
}

}  // namespace

void RegisterExportRoute(httplib::Server& server, ApiContext& ctx) {
  server.Get("/api/v1/export", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Guarded(res, [&] { HandleExport(ctx, req, res); });
  });
}

}  // namespace lkg::http
