// The graph query commands: neighbors, path, rank, communities, cases, common.
// Each prints a human-readable answer, or the query's JSON with --json.
#include <iomanip>
#include <limits>

#include "cli/human_format.h"
#include "cli/query_support.h"
#include "query/common.h"
#include "query/communities.h"
#include "query/hub_view.h"
#include "query/neighbors.h"
#include "query/path.h"
#include "query/rank.h"
#include "query/resolve.h"

namespace lkg::cli {
namespace {

constexpr long long kMaxInt = std::numeric_limits<int32_t>::max();

std::vector<FlagSpec> WithFilters(std::vector<FlagSpec> flags) {
  for (FlagSpec& f : FilterFlags()) flags.push_back(f);
  flags.push_back({"json", false});
  return flags;
}

// Parses flags, opens the store with a snapshot and resolves the filter.
struct Prepared {
  ParsedArgs args;
  OpenedGraph graph;
  query::ResolvedFilter filter;
};
std::optional<Prepared> Prepare(CommandContext& ctx, const char* command, const std::vector<FlagSpec>& flags,
                                size_t min_positionals, size_t max_positionals, int& code) {
  std::optional<ParsedArgs> args = ParseOrReport(ctx, command, flags, code);
  if (!args) return std::nullopt;
  size_t given = args->positionals.size();
  if (given < min_positionals || given > max_positionals) {
    code = ReportUsage(ctx, command, given < min_positionals ? "missing NODE argument" : "too many arguments");
    return std::nullopt;
  }
  Result<query::QueryFilter> filter = FilterFromArgs(*args);
  if (!filter.ok()) {
    code = ReportUsage(ctx, command, filter.status().message());
    return std::nullopt;
  }
  Result<OpenedGraph> graph = OpenGraph(ctx, true);
  if (!graph.ok()) {
    code = ReportError(ctx, graph.status());
    return std::nullopt;
  }
  Result<query::ResolvedFilter> resolved =
      query::ResolvedFilter::Resolve(filter.value(), *graph->snapshot, *graph->reader);
  if (!resolved.ok()) {
    code = ReportError(ctx, resolved.status());
    return std::nullopt;
  }
  return Prepared{std::move(*args), std::move(graph.value()), std::move(resolved.value())};
}

// ---- neighbors

// --grouped: the hub view (query/hub_view.h), as the explorer draws it.
int RunGroupedNeighbors(CommandContext& ctx, const Prepared& p, query::VertexId seed, int depth, size_t limit) {
  query::HubViewRequest request;
  request.seeds = {seed};
  request.depth = std::max(depth, 1);
  request.max_nodes = limit;
  auto view = query::BuildHubView(*p.graph.snapshot, *p.graph.reader, p.filter, request, query::QueryLimits());
  if (!view.ok()) return ReportError(ctx, view.status());
  auto json = query::HubViewToJson(*view, *p.graph.snapshot, *p.graph.reader);
  if (p.args.Has("json") || !json.ok()) return PrintJson(ctx, json);
  const nlohmann::json& nodes = (*json)["nodes"];
  *ctx.out << Label(nodes[0]) << ": " << (*json)["shown"].get<size_t>() << " shown one by one, "
           << view->groups.size() << (view->groups.size() == 1 ? " group" : " groups");
  if (view->cut) *ctx.out << "; " << view->cut << " less important left out (--limit)";
  *ctx.out << "\n";
  for (size_t i = 1; i < nodes.size(); ++i) *ctx.out << "  " << Label(nodes[i]) << "\n";
  for (const nlohmann::json& g : (*json)["groups"]) {
    *ctx.out << "  [" << g["label"].get<std::string>() << "]  " << g["edge_type"].get<std::string>()
             << (g["direction"] == "in" ? " (incoming)" : "") << (g["hidden"].get<bool>() ? ", hidden on the page" : "")
             << "\n";
  }
  return kExitOk;
}

int RunNeighbors(CommandContext& ctx) {
  int code = kExitOk;
  auto p = Prepare(ctx, "neighbors", WithFilters({{"depth"}, {"limit"}, {"grouped", false}}), 1, 1, code);
  if (!p) return code;
  bool grouped = p->args.Has("grouped");
  auto depth = IntFlag(ctx, "neighbors", p->args, "depth", 1, grouped ? 1 : 0, 6, code);
  auto limit = IntFlag(ctx, "neighbors", p->args, "limit", grouped ? 150 : 1000, 1, kMaxInt, code);
  if (!depth || !limit) return code;
  Result<query::VertexId> seed = ResolveVertex(p->graph, p->args.positionals[0]);
  if (!seed.ok()) return ReportError(ctx, seed.status());
  if (grouped) return RunGroupedNeighbors(ctx, *p, *seed, static_cast<int>(*depth), static_cast<size_t>(*limit));
  query::QueryLimits limits;
  limits.max_results = static_cast<size_t>(*limit);
  query::NeighborhoodRequest request{{seed.value()}, static_cast<int>(*depth), true};
  auto hood = query::Neighbors(*p->graph.snapshot, p->filter, request, limits);
  if (!hood.ok()) return ReportError(ctx, hood.status());
  auto json = query::NeighborhoodToJson(hood.value(), *p->graph.snapshot, *p->graph.reader);
  if (p->args.Has("json") || !json.ok()) return PrintJson(ctx, json);
  const nlohmann::json& nodes = (*json)["nodes"];
  size_t found = nodes.size() - 1, edges = (*json)["edges"].size();
  *ctx.out << Label(nodes[0]) << ": " << found << (found == 1 ? " node" : " nodes") << " within " << *depth << " hop"
           << (*depth == 1 ? "" : "s") << ", " << edges << (edges == 1 ? " edge" : " edges") << " among them"
           << (hood->truncated ? " (truncated at --limit)" : "") << "\n";
  for (size_t i = 1; i < nodes.size(); ++i) {
    *ctx.out << "  " << nodes[i]["hops"].get<int>() << "  " << std::left << std::setw(13)
             << nodes[i]["type"].get<std::string>() << nodes[i]["name"].get<std::string>() << "  "
             << nodes[i]["id"].get<std::string>() << "\n";
  }
  return kExitOk;
}

// ---- path

void PrintPaths(CommandContext& ctx, const nlohmann::json& json) {
  const nlohmann::json& paths = json["paths"];
  if (paths.empty()) *ctx.out << "no path found within the length limit\n";
  for (size_t i = 0; i < paths.size(); ++i) {
    const nlohmann::json& path = paths[i];
    *ctx.out << "Path " << i + 1 << " (" << path["length"].get<size_t>() << " hops, cost "
             << ScoreText(path["cost"].get<double>()) << "):\n  " << Label(path["nodes"][0]) << "\n";
    for (size_t h = 0; h < path["hops"].size(); ++h) {
      const nlohmann::json& hop = path["hops"][h];
      bool forward = hop["from"] == hop["source"];
      *ctx.out << "    " << (forward ? "-[" : "<-[") << hop["type"].get<std::string>() << (forward ? "]->" : "]-")
               << " " << Label(path["nodes"][h + 1]) << "\n";
      const nlohmann::json& ev = hop["evidence"];
      if (ev.is_object()) {
        *ctx.out << "        \"" << ev["sentence"].get<std::string>() << "\"\n        — "
                 << (ev["title"].get<std::string>().empty() ? ev["document"].get<std::string>()
                                                            : ev["title"].get<std::string>())
                 << (ev["url"].get<std::string>().empty() ? "" : " <" + ev["url"].get<std::string>() + ">") << "\n";
      }
    }
  }
}

int RunPath(CommandContext& ctx) {
  int code = kExitOk;
  auto p = Prepare(ctx, "path", WithFilters({{"max-len"}, {"k"}, {"via-types"}, {"weighted", false}}), 2, 2, code);
  if (!p) return code;
  auto max_len = IntFlag(ctx, "path", p->args, "max-len", 6, 1, 6, code);
  auto k = IntFlag(ctx, "path", p->args, "k", 1, 1, 100, code);
  if (!max_len || !k) return code;
  Result<std::vector<NodeType>> via = query::ParseNodeTypes(p->args.GetList("via-types"));
  if (!via.ok()) return ReportUsage(ctx, "path", via.status().message());
  Result<query::VertexId> a = ResolveVertex(p->graph, p->args.positionals[0]);
  if (!a.ok()) return ReportError(ctx, a.status());
  Result<query::VertexId> b = ResolveVertex(p->graph, p->args.positionals[1]);
  if (!b.ok()) return ReportError(ctx, b.status());
  query::PathRequest request;
  request.from = a.value();
  request.to = b.value();
  request.k = static_cast<int>(*k);
  request.max_len = static_cast<int>(*max_len);
  request.via_types = via.value();
  request.weight = p->args.Has("weighted") ? query::PathWeight::kEvidence : query::PathWeight::kHops;
  auto result = query::FindPaths(*p->graph.snapshot, p->filter, request, query::QueryLimits());
  if (!result.ok()) return ReportError(ctx, result.status());
  auto json = query::PathsToJson(result.value(), *p->graph.snapshot, *p->graph.reader);
  if (p->args.Has("json") || !json.ok()) return PrintJson(ctx, json);
  PrintPaths(ctx, json.value());
  return kExitOk;
}

// ---- rank

int RunRank(CommandContext& ctx) {
  int code = kExitOk;
  auto p = Prepare(ctx, "rank", {{"by"}, {"type"}, {"top"}, {"samples"}, {"json", false}}, 0, 0, code);
  if (!p) return code;
  std::optional<query::RankBy> by = query::ParseRankBy(p->args.Get("by", "pagerank"));
  if (!by) return ReportUsage(ctx, "rank", "--by must be pagerank, betweenness or degree");
  auto top = IntFlag(ctx, "rank", p->args, "top", 20, 1, 1000, code);
  auto samples = IntFlag(ctx, "rank", p->args, "samples", 256, 1, kMaxInt, code);
  if (!top || !samples) return code;
  Result<std::vector<NodeType>> types = query::ParseNodeTypes(p->args.GetList("type"));
  if (!types.ok()) return ReportUsage(ctx, "rank", types.status().message());
  query::RankRequest request;
  request.by = *by;
  request.types = types.value();
  request.top = static_cast<size_t>(*top);
  request.samples = static_cast<size_t>(*samples);
  query::QueryLimits limits;
  limits.time_budget_ms = 600'000;
  auto result = query::Rank(*p->graph.snapshot, request, limits);
  if (!result.ok()) return ReportError(ctx, result.status());
  auto json = query::RankToJson(result.value(), *by, *p->graph.snapshot, *p->graph.reader);
  if (p->args.Has("json") || !json.ok()) return PrintJson(ctx, json);
  *ctx.out << "Top " << (*json)["rows"].size() << " by " << result->method << ":\n";
  int i = 0;
  for (const nlohmann::json& row : (*json)["rows"]) {
    *ctx.out << std::right << std::setw(4) << ++i << "  " << std::setw(10) << ScoreText(row["score"].get<double>())
             << "  " << Label(row) << "\n";
  }
  return kExitOk;
}

// ---- communities

int RunCommunities(CommandContext& ctx) {
  int code = kExitOk;
  auto p = Prepare(ctx, "communities", {{"type"}, {"top"}, {"members"}, {"json", false}}, 0, 0, code);
  if (!p) return code;
  auto top = IntFlag(ctx, "communities", p->args, "top", 20, 1, 1000, code);
  auto members = IntFlag(ctx, "communities", p->args, "members", 10, 1, 1000, code);
  if (!top || !members) return code;
  Result<std::vector<NodeType>> types = query::ParseNodeTypes(p->args.GetList("type"));
  if (!types.ok()) return ReportUsage(ctx, "communities", types.status().message());
  query::CommunitiesRequest request{types.value(), static_cast<size_t>(*top), static_cast<size_t>(*members)};
  auto result = query::Communities(*p->graph.snapshot, request, query::QueryLimits());
  if (!result.ok()) return ReportError(ctx, result.status());
  auto json = query::CommunitiesToJson(result.value(), *p->graph.snapshot, *p->graph.reader);
  if (p->args.Has("json") || !json.ok()) return PrintJson(ctx, json);
  *ctx.out << result->component_count << " connected components (largest " << result->largest_component
           << " nodes); " << result->community_count << " Louvain communities, modularity " << std::setprecision(4)
           << result->modularity << "\n";
  for (const nlohmann::json& cluster : (*json)["communities"]["clusters"]) {
    *ctx.out << "\nCommunity " << cluster["id"].get<uint32_t>() << " (" << cluster["size"].get<size_t>()
             << " nodes):\n";
    for (const nlohmann::json& m : cluster["members"]) *ctx.out << "  " << Label(m) << "\n";
  }
  return kExitOk;
}

// ---- common

// The edges joining any two of `nodes` ("A -[type]-> B"), which the shared
// lists leave out; `labels` are the nodes' JSON in the same order.
void PrintDirectLinks(CommandContext& ctx, const query::GraphSnapshot& snapshot,
                      const std::vector<query::VertexId>& nodes, const nlohmann::json& labels) {
  std::vector<std::string> lines;
  for (size_t i = 0; i < nodes.size(); ++i) {
    for (size_t j = i + 1; j < nodes.size(); ++j) {
      snapshot.ForEachIncident(nodes[i], [&](query::VertexId other, query::EdgeId e) {
        if (other != nodes[j]) return true;
        bool forward = snapshot.edge_source(e) == nodes[i];
        const nlohmann::json& from = labels[forward ? i : j];
        const nlohmann::json& to = labels[forward ? j : i];
        lines.push_back(from["name"].get<std::string>() + " -[" + std::string(EdgeTypeName(snapshot.edge_type(e))) +
                        "]-> " + to["name"].get<std::string>());
        return true;
      });
    }
  }
  *ctx.out << "Direct links: " << lines.size() << "\n";
  for (const std::string& line : lines) *ctx.out << "  " << line << "\n";
}

int RunCommon(CommandContext& ctx) {
  int code = kExitOk;
  auto p = Prepare(ctx, "common", {{"json", false}}, 2, 64, code);
  if (!p) return code;
  std::vector<query::VertexId> nodes;
  for (const std::string& text : p->args.positionals) {
    Result<query::VertexId> v = ResolveVertex(p->graph, text);
    if (!v.ok()) return ReportError(ctx, v.status());
    nodes.push_back(v.value());
  }
  auto result = query::Common(*p->graph.snapshot, nodes, query::QueryLimits());
  if (!result.ok()) return ReportError(ctx, result.status());
  auto json = query::CommonToJson(result.value(), nodes, *p->graph.snapshot, *p->graph.reader);
  if (p->args.Has("json") || !json.ok()) return PrintJson(ctx, json);
  PrintDirectLinks(ctx, *p->graph.snapshot, nodes, (*json)["nodes"]);
  for (const char* list : {"neighbors", "cases", "countries"}) {
    *ctx.out << "Shared " << list << ": " << (*json)[list].size() << "\n";
    for (const nlohmann::json& n : (*json)[list]) *ctx.out << "  " << Label(n) << "\n";
  }
  return kExitOk;
}

const std::string& Help(const char* own, bool filters) {
  static std::map<const char*, std::string> texts;
  auto [it, inserted] = texts.emplace(own, std::string(own));
  if (inserted && filters) it->second += std::string("Filters:\n") + kFilterHelp;
  if (inserted) it->second += "  --json             print the answer as JSON\n";
  return it->second;
}

}  // namespace

extern const CommandSpec kNeighborsCommand;
const CommandSpec kNeighborsCommand = {
    "neighbors", "NODE [--depth N] [--types T,…] [--edge-types E,…] [--limit N] [--grouped] [--json]",
    "the neighbourhood of a node",
    Help("NODE is an id (n:…) or a name: exact names and aliases first, then other spellings\n"
         "(Tadzhibaev/Tadjibaev, Cyrillic) and longer names holding its words.\n"
         "  --depth N          hops to follow, 0..6 (default 1)\n"
         "  --limit N          at most N nodes (default 1000); the answer says when it was cut\n"
         "  --grouped          as the explorer draws it: parallel facts counted in groups\n"
         "                     (\"181 cases · refusal to bargain, 2000–2022\"), countries and places\n"
         "                     grouped, the --limit (default 150) most important neighbours kept\n",
         true)
        .c_str(),
    RunNeighbors};

extern const CommandSpec kPathCommand;
const CommandSpec kPathCommand = {
    "path", "A B [--max-len N] [--k K] [--via-types T,…] [--weighted] [--json]",
    "shortest paths between two nodes, with evidence per hop",
    Help("A and B are ids (n:…) or names (as for show). Edges are followed in either direction.\n"
         "  --max-len N        longest path in hops, 1..6 (default 6)\n"
         "  --k K              the K shortest loopless paths (Yen's algorithm; default 1)\n"
         "  --via-types T,…    intermediate nodes must be of these types\n"
         "  --weighted         prefer well-evidenced edges: cost 1 + 1/(confidence × (1 + ln evidence))\n"
         "                     per hop (default: fewest hops)\n",
         true)
        .c_str(),
    RunPath};

extern const CommandSpec kRankCommand;
const CommandSpec kRankCommand = {
    "rank", "[--by pagerank|betweenness|degree] [--type T] [--top N] [--json]", "most central nodes",
    Help("Centrality over the whole graph, edges taken in both directions.\n"
         "  --by M             pagerank (default), betweenness or degree\n"
         "  --type T,…         list only nodes of these types\n"
         "  --top N            how many to list (default 20)\n"
         "  --samples N        betweenness above 5000 nodes is estimated from N sampled sources\n"
         "                     (default 256); the output says when it is approximate\n",
         false)
        .c_str(),
    RunRank};

extern const CommandSpec kCommunitiesCommand;
const CommandSpec kCommunitiesCommand = {
    "communities", "[--type T] [--top N] [--members N] [--json]", "clusters of closely connected nodes",
    Help("Connected components, and Louvain communities (modularity optimisation) of the whole graph.\n"
         "  --type T,…         list only members of these types\n"
         "  --top N            communities to list, largest first (default 20)\n"
         "  --members N        members listed per community, most connected first (default 10)\n",
         false)
        .c_str(),
    RunCommunities};

extern const CommandSpec kCommonCommand;
const CommandSpec kCommonCommand = {
    "common", "NODE NODE… [--json]", "what two or more nodes share",
    Help("Edges joining the nodes directly, shared neighbours, shared cases, and countries every\n"
         "node is linked to (directly or through its cases).\n",
         false)
        .c_str(),
    RunCommon};

}  // namespace lkg::cli
