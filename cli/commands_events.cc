// `lkg events`: labour events that are not violations (work stoppages,
// elections, disputes, strikes, protests), listed newest first or counted
// per employer, union, year, state, kind or country (query/events.h).
#include <iomanip>

#include "cli/query_support.h"
#include "query/events.h"
#include "query/resolve.h"

namespace lkg::cli {
namespace {

std::string Text(const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : std::string("?"); }

int PrintCounts(CommandContext& ctx, const query::EventCounts& counts, bool json) {
  nlohmann::json out = query::EventCountsToJson(counts);
  if (json) {
    *ctx.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  *ctx.out << counts.events << " events";
  if (counts.ungrouped) *ctx.out << " (" << counts.ungrouped << " without a value for the grouping)";
  *ctx.out << "\n";
  for (const query::EventGroup& g : counts.groups) {
    *ctx.out << std::right << std::setw(7) << g.events << "  " << g.label;
    if (g.key != g.label) *ctx.out << "  " << g.key;
    *ctx.out << "\n";
  }
  if (counts.truncated) *ctx.out << "more groups: raise --limit\n";
  return kExitOk;
}

int PrintList(CommandContext& ctx, const std::vector<Node>& events, bool json) {
  nlohmann::json rows = nlohmann::json::array();
  for (const Node& e : events) {
    rows.push_back({{"id", FormatNodeId(e.key)}, {"name", e.name}, {"properties", e.properties}});
  }
  if (json) {
    *ctx.out << nlohmann::json{{"events", rows}}.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  if (rows.empty()) *ctx.out << "no events match\n";
  for (const nlohmann::json& r : rows) {
    const nlohmann::json& p = r["properties"];
    *ctx.out << Text(p.value("start", nlohmann::json())) << "  " << std::left << std::setw(15)
             << Text(p.value("kind", nlohmann::json())) << r["name"].get<std::string>() << "  " << Text(r["id"]) << "\n";
  }
  return kExitOk;
}

int RunEvents(CommandContext& ctx) {
  int code = kExitOk;
  std::vector<FlagSpec> flags = {{"kind"}, {"since"}, {"until"}, {"actor"}, {"group-by"}, {"limit"}, {"json", false}};
  std::optional<ParsedArgs> args = ParseOrReport(ctx, "events", flags, code);
  if (!args) return code;
  if (!args->positionals.empty()) return ReportUsage(ctx, "events", "events takes no positional arguments");
  auto limit = args->GetInt("limit", 50, 1, 1000);
  if (!limit.ok()) return ReportUsage(ctx, "events", limit.status().message());
  std::optional<query::EventGrouping> grouping;
  if (args->Has("group-by")) {
    grouping = query::ParseEventGrouping(args->Get("group-by"));
    if (!grouping) {
      return ReportUsage(ctx, "events", "unknown --group-by '" + args->Get("group-by") +
                                            "' (employer, union, year, state, kind, country)");
    }
  }
  Result<OpenedGraph> graph = OpenGraph(ctx, false);
  if (!graph.ok()) return ReportError(ctx, graph.status());
  query::EventsRequest request{args->Get("kind"), args->Get("since"), args->Get("until"), std::nullopt,
                               static_cast<size_t>(*limit)};
  if (args->Has("actor")) {
    Result<NodeKey> actor = query::ResolveNode(*graph->reader, args->Get("actor"));
    if (!actor.ok()) return ReportError(ctx, actor.status());
    request.actor = actor.value();
  }
  if (grouping) {
    auto counts = query::CountEvents(*graph->reader, request, *grouping, query::QueryLimits());
    if (!counts.ok()) return ReportError(ctx, counts.status());
    return PrintCounts(ctx, *counts, args->Has("json"));
  }
  auto events = query::ListEvents(*graph->reader, request, query::QueryLimits());
  if (!events.ok()) return ReportError(ctx, events.status());
  return PrintList(ctx, *events, args->Has("json"));
}

}  // namespace

extern const CommandSpec kEventsCommand;
const CommandSpec kEventsCommand = {
    "events", "[--kind K] [--group-by G] [--since D] [--until D] [--actor NODE] [--limit N] [--json]",
    "labour events that are not violations (stoppages, elections, …), listed or counted",
    "  --kind K           work_stoppage, dispute, election, strike, protest, open_letter, …\n"
    "  --group-by G       count events per employer, union, year, state, kind or country\n"
    "                     (largest groups first; an event with two unions counts for each)\n"
    "  --since D/--until D  ISO date prefixes on the event's start, inclusive\n"
    "  --actor NODE       only events this employer or union takes part in\n"
    "  --limit N          events or groups shown (1-1000, default 50)\n"
    "  --json             the answer as JSON\n"
    "Example: lkg events --kind work_stoppage --group-by employer --limit 20\n",
    RunEvents};

}  // namespace lkg::cli
