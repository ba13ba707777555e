// The store commands: stats, search, remove (show lives in commands_show.cc).
// Read commands open the store read-only, so they work while `lkg serve`
// or an ingest holds it for writing.
#include <iomanip>
#include <sstream>

#include "cli/args.h"
#include "cli/command.h"
#include "engine/name_normalizer.h"
#include "http/json_views.h"

namespace lkg::cli {
namespace {

// Parses the arguments or prints the usage error (exit code in `code`).
std::optional<ParsedArgs> Parse(CommandContext& ctx, const char* command, const std::vector<FlagSpec>& flags,
                                int& code) {
  Result<ParsedArgs> parsed = ParseArgs(ctx.args, flags);
  if (parsed.ok()) return std::move(parsed.value());
  code = ReportUsage(ctx, command, parsed.status().message());
  return std::nullopt;
}

std::string HumanBytes(uint64_t bytes) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1);
  if (bytes >= (1u << 30)) out << bytes / double(1u << 30) << " GiB";
  else if (bytes >= (1u << 20)) out << bytes / double(1u << 20) << " MiB";
  else if (bytes >= 1024) out << bytes / 1024.0 << " KiB";
  else out << bytes << " B";
  return out.str();
}

void PrintCounts(std::ostream& out, const std::map<std::string, uint64_t>& counts) {
  for (const auto& [name, count] : counts) {
    out << "  " << std::left << std::setw(20) << name << std::right << std::setw(10) << count << "\n";
  }
}

// ---- stats

int RunStats(CommandContext& ctx) {
  int code = kExitOk;
  auto args = Parse(ctx, "stats", {{"json", false}}, code);
  if (!args) return code;
  if (!args->positionals.empty()) return ReportUsage(ctx, "stats", "unexpected argument '" + args->positionals[0] + "'");
  auto store = OpenStore(ctx, /*read_only=*/true);
  if (!store.ok()) return ReportError(ctx, store.status());
  auto stats = (*store)->NewReader()->Stats();
  if (!stats.ok()) return ReportError(ctx, stats.status());
  std::ostream& out = *ctx.out;
  if (args->Has("json")) {
    out << http::StatsJson(*stats).dump(2) << "\n";
    return kExitOk;
  }
  out << "store      " << ctx.db_path << " (" << HumanBytes(stats->store_bytes) << " on disk)\n";
  out << "documents  " << stats->documents << "\n";
  out << "evidence   " << stats->evidence << "\n";
  out << "nodes      " << stats->nodes << "\n";
  PrintCounts(out, stats->nodes_by_type);
  out << "edges      " << stats->edges << "\n";
  PrintCounts(out, stats->edges_by_type);
  if (!stats->cases_by_kind.empty()) {
    out << "cases by kind\n";
    PrintCounts(out, stats->cases_by_kind);
  }
  return kExitOk;
}

// ---- search

int PrintSearch(CommandContext& ctx, const GraphReader& reader, const std::string& text,
                const std::vector<NameMatch>& matches, bool json) {
  nlohmann::json results = nlohmann::json::array();
  std::ostream& out = *ctx.out;
  for (const NameMatch& m : matches) {
    Result<Node> node = reader.GetNode(m.key);
    if (!node.ok()) return ReportError(ctx, node.status());
    if (json) {
      nlohmann::json item = http::NodeBriefJson(*node);
      item["aliases"] = node->aliases;
      item["matched"] = m.matched;
      item["exact"] = m.exact;
      item["evidence_count"] = node->evidence_count;
      results.push_back(std::move(item));
      continue;
    }
    out << FormatNodeId(m.key) << "  " << std::left << std::setw(13) << NodeTypeName(m.type) << std::right
        << node->name;
    if (NormalizeName(node->name) != m.matched) out << "  (matches \"" << m.matched << "\")";
    out << "\n";
  }
  if (json) out << nlohmann::json{{"query", text}, {"results", std::move(results)}}.dump(2) << "\n";
  else if (matches.empty()) out << "no matches for '" << text << "'\n";
  return kExitOk;
}

int RunSearch(CommandContext& ctx) {
  int code = kExitOk;
  auto args = Parse(ctx, "search", {{"type"}, {"limit"}, {"json", false}}, code);
  if (!args) return code;
  std::string text;
  for (const std::string& word : args->positionals) text += (text.empty() ? "" : " ") + word;
  if (NormalizeName(text).empty()) return ReportUsage(ctx, "search", "missing TEXT to search for");
  std::optional<NodeType> type;
  if (args->Has("type")) {
    type = ParseNodeType(args->Get("type"));
    if (!type) {
      return ReportUsage(ctx, "search", "unknown node type '" + args->Get("type") +
                                            "' (union, company, country, person, organization, case, place)");
    }
  }
  Result<long long> limit = args->GetInt("limit", 20, 1, 1000);
  if (!limit.ok()) return ReportUsage(ctx, "search", limit.status().message());
  auto store = OpenStore(ctx, /*read_only=*/true);
  if (!store.ok()) return ReportError(ctx, store.status());
  auto reader = (*store)->NewReader();
  auto matches = reader->SearchNames(text, type, static_cast<size_t>(*limit));
  if (!matches.ok()) return ReportError(ctx, matches.status());
  return PrintSearch(ctx, *reader, text, *matches, args->Has("json"));
}

// ---- remove

// The document DOC_ID or URL names; NotFound when none.
Result<DocKey> FindDocument(const GraphReader& reader, const std::string& ref) {
  if (std::optional<DocKey> key = ParseDocId(ref)) {
    Result<Document> doc = reader.GetDocument(*key);
    if (!doc.ok()) return Status::NotFound("no document with id '" + ref + "'");
    return *key;
  }
  auto by_url = reader.FindDocumentByUrl(ref);
  if (!by_url.ok()) return by_url.status();
  if (!*by_url) return Status::NotFound("no document with id or url '" + ref + "'");
  return **by_url;
}

int RunRemove(CommandContext& ctx) {
  int code = kExitOk;
  auto args = Parse(ctx, "remove", {{"json", false}}, code);
  if (!args) return code;
  if (args->positionals.size() != 1) {
    return ReportUsage(ctx, "remove", args->positionals.empty() ? "missing DOC_ID or URL" : "too many arguments");
  }
  StoreOptions options;
  options.create_if_missing = false;
  auto store = GraphStore::Open(ctx.db_path, options);
  if (!store.ok()) return ReportError(ctx, store.status());
  auto key = FindDocument(*(*store)->NewReader(), args->positionals[0]);
  if (!key.ok()) return ReportError(ctx, key.status());
  auto removed = (*store)->RemoveDocument(*key);
  if (!removed.ok()) return ReportError(ctx, removed.status());
  if (args->Has("json")) {
    *ctx.out << nlohmann::json{{"document", FormatDocId(removed->document)},
                               {"nodes_removed", removed->nodes_removed},
                               {"edges_removed", removed->edges_removed},
                               {"evidence_removed", removed->evidence_removed}}
                    .dump(2)
             << "\n";
  } else {
    *ctx.out << "removed " << FormatDocId(removed->document) << ": " << removed->nodes_removed << " nodes, "
             << removed->edges_removed << " edges, " << removed->evidence_removed << " evidence records\n";
  }
  return kExitOk;
}

}  // namespace

extern const CommandSpec kRemoveCommand;
const CommandSpec kRemoveCommand = {
    "remove", "DOC_ID|URL [--json]", "remove a document and the facts only it supports",
    "Removes the document (by its d:… id or its url), all evidence it gave, and every\n"
    "node and edge left without evidence. Facts other documents support stay.\n"
    "  --json   print what was removed as JSON\n",
    RunRemove};

extern const CommandSpec kStatsCommand;
const CommandSpec kStatsCommand = {
    "stats", "[--json]", "counts per node, edge and case type; store size",
    "Counts of documents, evidence records, nodes per type, edges per type and cases\n"
    "per kind, and the store's size on disk. Opens the store read-only.\n"
    "  --json   the same as JSON (as GET /api/v1/stats)\n",
    RunStats};

extern const CommandSpec kSearchCommand;
const CommandSpec kSearchCommand = {
    "search", "TEXT [--type T] [--limit N] [--json]", "ranked name/alias search",
    "Finds nodes whose name or alias matches TEXT, ignoring case, accents and\n"
    "punctuation: exact matches first, then names starting with TEXT, then names\n"
    "with a later word starting with TEXT.\n"
    "  --type T    only nodes of type T (union, company, country, person,\n"
    "              organization, case, place)\n"
    "  --limit N   at most N results (1-1000, default 20)\n"
    "  --json      results as JSON (as GET /api/v1/search)\n",
    RunSearch};

}  // namespace lkg::cli
