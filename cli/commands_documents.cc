// `lkg documents`: the stored documents newest first, filtered by publisher,
// date and language, or found by full-text search (--query) over titles and
// text, ranked, with snippets.
#include <algorithm>
#include <iomanip>

#include "cli/query_support.h"
#include "engine/fulltext_index.h"
#include "query/document_list.h"

namespace lkg::cli {
namespace {

query::DocumentFilter FilterFrom(const ParsedArgs& args) {
  query::DocumentFilter filter;
  filter.source = args.Get("source");
  filter.since = args.Get("since");
  filter.until = args.Get("until");
  filter.lang = args.Get("lang");
  return filter;
}

void PrintRows(CommandContext& ctx, const nlohmann::json& answer) {
  for (const nlohmann::json& d : answer["documents"]) {
    std::string date = d["published"].is_string() && !d["published"].get<std::string>().empty()
                           ? d["published"].get<std::string>() : "undated";
    *ctx.out << std::left << std::setw(11) << date << d["title"].get<std::string>() << "  " << d["id"].get<std::string>()
             << "\n";
    if (d.contains("url") && !d["url"].get<std::string>().empty()) *ctx.out << "           " << d["url"].get<std::string>() << "\n";
    if (d.contains("snippet")) *ctx.out << "           " << d["snippet"].get<std::string>() << "\n";
  }
  *ctx.out << answer["documents"].size() << " of " << answer["total"].get<uint64_t>()
           << (answer.contains("query") ? " matching documents\n" : " documents\n");
}

int RunDocuments(CommandContext& ctx) {
  int code = kExitOk;
  std::vector<FlagSpec> flags = {{"query"}, {"source"}, {"since"}, {"until"}, {"lang"},
                                 {"limit"}, {"offset"}, {"json", false}};
  std::optional<ParsedArgs> args = ParseOrReport(ctx, "documents", flags, code);
  if (!args) return code;
  if (!args->positionals.empty()) return ReportUsage(ctx, "documents", "documents takes no positional arguments (use --query)");
  auto limit = IntFlag(ctx, "documents", *args, "limit", 20, 1, 10000, code);
  auto offset = IntFlag(ctx, "documents", *args, "offset", 0, 0, 1000000000, code);
  if (!limit || !offset) return code;
  Result<std::unique_ptr<GraphStore>> store = OpenStore(ctx, /*read_only=*/true);
  if (!store.ok()) return ReportError(ctx, store.status());
  std::unique_ptr<GraphReader> reader = (*store)->NewReader();
  query::DocumentPageRequest request{FilterFrom(*args), static_cast<size_t>(*offset), static_cast<size_t>(*limit)};
  Result<nlohmann::json> answer = Status::Ok();
  if (args->Has("query")) {
    Status fresh = query::RefreshFullText(ctx.db_path, *reader);
    if (!fresh.ok()) *ctx.err << "lkg: note: " << fresh.message() << "\n";
    FullTextSearcher searcher(ctx.db_path);
    answer = query::SearchDocuments(searcher, args->Get("query"), request);
  } else {
    answer = query::ListDocuments(*reader, request);
  }
  if (!answer.ok()) return ReportError(ctx, answer.status());
  if (args->Has("json")) return PrintJson(ctx, answer);
  PrintRows(ctx, *answer);
  return kExitOk;
}

}  // namespace

extern const CommandSpec kDocumentsCommand;
const CommandSpec kDocumentsCommand = {
    "documents", "[--query TEXT] [--source S] [--since D] [--until D] [--lang L] [--limit N] [--json]",
    "stored documents newest first, or full-text search over their titles and text",
    "  --query TEXT       full-text search, best first: words (stemmed: strike finds strikes),\n"
    "                     \"exact phrases\", AND/OR/NOT, title:word; a snippet shows the match\n"
    "  --source S         publisher or URL contains S (case-insensitive)\n"
    "  --since D/--until D  publication date prefixes, inclusive (2023, 2023-12)\n"
    "  --lang L           language code (en, ru, …)\n"
    "  --limit N          at most N documents (default 20); --offset N skips the first N\n"
    "  --json             print the answer as JSON (as GET /api/v1/documents)\n"
    "The full-text index lives in the store folder (fulltext/); it is brought up to date\n"
    "when stale (ingest and serve keep it current) and can be deleted to rebuild it.\n",
    RunDocuments};

}  // namespace lkg::cli
