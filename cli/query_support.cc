#include "cli/query_support.h"

#include "query/resolve.h"

namespace lkg::cli {

std::vector<FlagSpec> FilterFlags() {
  return {{"types"}, {"edge-types"}, {"country"}, {"since"}, {"until"}};
}

const char* const kFilterHelp =
    "  --types T,…        only nodes of these types (union, company, country, person,\n"
    "                     organization, case, place)\n"
    "  --edge-types E,…   only edges of these types (has_role, affiliated_with, organizes_at,\n"
    "                     subsidiary_of, located_in, victim, perpetrator, concerns,\n"
    "                     in_country, in_place)\n"
    "  --country C        leave out nodes located in another country\n"
    "  --since D          leave out cases dated before D (ISO date prefix)\n"
    "  --until D          leave out cases dated after D\n";

Result<query::QueryFilter> FilterFromArgs(const ParsedArgs& args) {
  query::QueryFilter filter;
  Result<std::vector<NodeType>> types = query::ParseNodeTypes(args.GetList("types"));
  if (!types.ok()) return types.status();
  Result<std::vector<EdgeType>> edge_types = query::ParseEdgeTypes(args.GetList("edge-types"));
  if (!edge_types.ok()) return edge_types.status();
  filter.node_types = std::move(types.value());
  filter.edge_types = std::move(edge_types.value());
  filter.country = args.Get("country");
  filter.since = args.Get("since");
  filter.until = args.Get("until");
  return filter;
}

Result<OpenedGraph> OpenGraph(const CommandContext& ctx, bool with_snapshot) {
  OpenedGraph graph;
  Result<std::unique_ptr<GraphStore>> store = OpenStore(ctx, /*read_only=*/true);
  if (!store.ok()) return store.status();
  graph.store = std::move(store.value());
  graph.reader = graph.store->NewReader();
  if (with_snapshot) {
    Result<std::shared_ptr<const query::GraphSnapshot>> snapshot = query::GraphSnapshot::Load(*graph.reader);
    if (!snapshot.ok()) return snapshot.status();
    graph.snapshot = snapshot.value();
  }
  return graph;
}

Result<query::VertexId> ResolveVertex(const OpenedGraph& graph, const std::string& text) {
  Result<NodeKey> key = query::ResolveNode(*graph.reader, text);
  if (!key.ok()) return key.status();
  std::optional<query::VertexId> v = graph.snapshot->Find(key.value());
  if (!v) return Status::NotFound("node " + FormatNodeId(key.value()) + " is not in the graph snapshot");
  return *v;
}

std::optional<ParsedArgs> ParseOrReport(CommandContext& ctx, const char* command,
                                        const std::vector<FlagSpec>& flags, int& exit_code) {
  Result<ParsedArgs> parsed = ParseArgs(ctx.args, flags);
  if (!parsed.ok()) {
    exit_code = ReportUsage(ctx, command, parsed.status().message());
    return std::nullopt;
  }
  return std::move(parsed.value());
}

int PrintJson(CommandContext& ctx, const Result<nlohmann::json>& json) {
  if (!json.ok()) return ReportError(ctx, json.status());
  *ctx.out << json->dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return kExitOk;
}

std::string Label(const nlohmann::json& node) {
  return node["name"].get<std::string>() + " (" + node["type"].get<std::string>() + ", " +
         node["id"].get<std::string>() + ")";
}

std::optional<long long> IntFlag(CommandContext& ctx, const char* command, const ParsedArgs& args, const char* flag,
                                 long long fallback, long long min, long long max, int& code) {
  Result<long long> value = args.GetInt(flag, fallback, min, max);
  if (value.ok()) return value.value();
  code = ReportUsage(ctx, command, value.status().message());
  return std::nullopt;
}

}  // namespace lkg::cli
