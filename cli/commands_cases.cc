// `lkg cases`: violation cases newest first, filtered by several kinds and
// countries, actor, source and dates, or counted with --group-by.
#include <iomanip>

#include "cli/query_support.h"
#include "query/case_counts.h"
#include "query/cases.h"
#include "query/resolve.h"

namespace lkg::cli {
namespace {

void PrintCases(CommandContext& ctx, const nlohmann::json& json) {
  if (json["cases"].empty()) *ctx.out << "no cases match\n";
  for (const nlohmann::json& c : json["cases"]) {
    std::string date = c["date"].is_string() ? c["date"].get<std::string>() : "undated";
    std::string kind = c["kind"].is_string() ? c["kind"].get<std::string>() : "other";
    std::string country = c["country"].is_string() ? "  [" + c["country"].get<std::string>() + "]" : "";
    *ctx.out << std::left << std::setw(10) << date << "  " << std::setw(19) << kind << c["name"].get<std::string>()
             << country << "  " << c["id"].get<std::string>() << "\n";
    for (const nlohmann::json& part : c["participants"]) {
      *ctx.out << "      " << std::setw(12) << part["role"].get<std::string>() << Label(part) << "\n";
    }
  }
  if (!json["next_cursor"].is_null()) *ctx.out << "more: --cursor " << json["next_cursor"].get<std::string>() << "\n";
}

void PrintCounts(CommandContext& ctx, const query::CaseCounts& counts, const std::string& group_by) {
  *ctx.out << counts.total << (counts.total == 1 ? " case" : " cases") << ", by " << group_by << ":\n";
  for (const query::GroupCount& g : counts.groups) {
    *ctx.out << std::right << std::setw(8) << g.count << "  " << g.key;
    if (!g.id.empty()) *ctx.out << "  " << g.id;
    *ctx.out << "\n";
  }
}

// The request the flags describe (the actor resolved through the resolver).
Result<query::CasesRequest> RequestFromArgs(const ParsedArgs& args, const GraphReader& reader) {
  query::CasesRequest request;
  request.countries = args.GetList("country");
  request.kinds = args.GetList("kind");
  request.source = args.Get("source");
  request.since = args.Get("since");
  request.until = args.Get("until");
  request.cursor = args.Get("cursor");
  if (args.Has("actor")) {
    Result<NodeKey> actor = query::ResolveNode(reader, args.Get("actor"));
    if (!actor.ok()) return actor.status();
    request.actor = actor.value();
  }
  return request;
}

int RunCases(CommandContext& ctx) {
  int code = kExitOk;
  std::vector<FlagSpec> flags = {{"country"}, {"kind"},     {"since"}, {"until"}, {"actor"},        {"source"},
                                 {"limit"},   {"cursor"}, {"group-by"}, {"top"}, {"json", false}};
  std::optional<ParsedArgs> args = ParseOrReport(ctx, "cases", flags, code);
  if (!args) return code;
  if (!args->positionals.empty()) return ReportUsage(ctx, "cases", "cases takes no positional arguments");
  auto limit = IntFlag(ctx, "cases", *args, "limit", 50, 1, 1000, code);
  auto top = IntFlag(ctx, "cases", *args, "top", 30, 0, 100000, code);
  if (!limit || !top) return code;
  std::optional<query::CaseGrouping> grouping;
  if (args->Has("group-by") && !(grouping = query::ParseCaseGrouping(args->Get("group-by")))) {
    return ReportUsage(ctx, "cases", "--group-by takes actor, kind, country or year, not '" + args->Get("group-by") + "'");
  }
  Result<OpenedGraph> graph = OpenGraph(ctx, false);
  if (!graph.ok()) return ReportError(ctx, graph.status());
  Result<query::CasesRequest> request = RequestFromArgs(*args, *graph->reader);
  if (!request.ok()) return ReportError(ctx, request.status());
  request->limit = static_cast<size_t>(*limit);
  if (grouping) {
    auto counts = query::CountCases(*graph->reader, *request, *grouping, static_cast<size_t>(*top), query::QueryLimits());
    if (!counts.ok()) return ReportError(ctx, counts.status());
    if (args->Has("json")) return PrintJson(ctx, query::CaseCountsToJson(*counts, *grouping));
    PrintCounts(ctx, *counts, args->Get("group-by"));
    return kExitOk;
  }
  auto page = query::ListCases(*graph->reader, *request, query::QueryLimits());
  if (!page.ok()) return ReportError(ctx, page.status());
  nlohmann::json json = query::CasePageToJson(page.value());
  if (args->Has("json")) return PrintJson(ctx, json);
  PrintCases(ctx, json);
  return kExitOk;
}

}  // namespace

extern const CommandSpec kCasesCommand;
const CommandSpec kCasesCommand = {
    "cases",
    "[--kind K,…] [--country C,…] [--actor NODE] [--source S] [--since D] [--until D] [--group-by G] [--json]",
    "violation cases, newest first, or counted by actor, kind, country or year",
    "  --kind K,…         any of these kinds: arrest, detention, imprisonment, dismissal,\n"
    "                     union_busting, refusal_to_bargain, violence, death, court_ruling,\n"
    "                     strike_ban, legislation, other\n"
    "  --country C,…      in any of these countries (names, aliases, ISO codes such as KG, or ids)\n"
    "  --actor NODE       only cases this node takes part in (a name or id, as for show)\n"
    "  --source S         only cases with evidence from a publisher or URL containing S\n"
    "  --since D/--until D  ISO date prefixes, inclusive (2023, 2023-12, 2023-12-06)\n"
    "  --group-by G       count the cases by actor, kind, country or year instead of listing\n"
    "                     them (a case counts for each of its actors); --top N groups (default\n"
    "                     30, 0 for all; years are all shown)\n"
    "  --limit N          cases per page (default 50); --cursor C for the next page\n"
    "  --json             print the answer as JSON\n",
    RunCases};

}  // namespace lkg::cli
