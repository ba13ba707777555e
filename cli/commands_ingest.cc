// `lkg ingest PATH…` and the hidden `lkg extract FILE…` (facts as JSON,
// without a store: for debugging rules).
#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/command.h"
#include "query/document_list.h"
#include "cli/human_format.h"
#include "cli/ingest_findings.h"
#include "cli/progress.h"
#include "engine/ids.h"
#include "ingest/ingest_record.h"
#include "ingest/readers/input_reader.h"

namespace lkg::cli {
namespace {

struct IngestTotals {
  uint64_t added = 0, unchanged = 0, replaced = 0, failed = 0;
  uint64_t skipped = 0;       // records not tried after the store failed
  bool store_failed = false;  // an I/O error (a full disk): nothing more can be written
  uint64_t nodes = 0, edges = 0, cases = 0;
  nlohmann::json errors = nlohmann::json::array();
};

void ReportProblem(CommandContext& ctx, IngestTotals& totals, const std::string& origin, const Status& status) {
  ++totals.failed;
  totals.errors.push_back({{"origin", origin}, {"message", status.message()}});
  *ctx.err << "lkg: error: " << origin << ": " << status.message() << "\n";
}

void ReadInputs(CommandContext& ctx, const std::vector<std::string>& paths, const ingest::RecordSink& on_record,
                const ingest::ProblemSink& on_problem) {
  for (const std::string& p : paths) {
    if (p == "-") ingest::ReadStream(*ctx.in, "-", on_record, on_problem);
    else ingest::ReadPath(p, on_record, on_problem);
  }
}

// How many articles `paths` hold, for the progress line's time left: one per
// .txt/.html file, one per line starting with '{' in .jsonl/.json files; 0
// (unknown) when stdin is among them.
uint64_t EstimateRecords(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  uint64_t count = 0;
  auto count_file = [&count](const fs::path& file) {
    std::string ext = file.extension().string();
    if (ext == ".txt" || ext == ".html" || ext == ".htm") ++count;
    if (ext != ".jsonl" && ext != ".json") return;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) count += !line.empty() && line[0] == '{';
  };
  for (const std::string& p : paths) {
    if (p == "-") return 0;
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      count_file(p);
      continue;
    }
    for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().filename().string()[0] != '.') count_file(it->path());
    }
  }
  return count;
}

constexpr size_t kTopEntities = 8;
constexpr size_t kTopCases = 10;

void PrintTotals(CommandContext& ctx, const IngestTotals& t, const IngestFindings& findings,
                 const nlohmann::json* facts) {
  if (facts) {
    nlohmann::json j = {{"documents_added", t.added}, {"documents_unchanged", t.unchanged},
                        {"documents_replaced", t.replaced}, {"failed", t.failed}, {"nodes_added", t.nodes},
                        {"edges_added", t.edges}, {"cases_added", t.cases}, {"errors", t.errors}};
    j["found"] = findings.SummaryJson(kTopEntities, kTopCases);
    if (!facts->is_null()) j["facts"] = *facts;
    *ctx.out << j.dump(2) << "\n";
    return;
  }
  auto n = [](uint64_t value) { return GroupThousands(value); };
  *ctx.out << "documents: " << n(t.added) << " added, " << n(t.unchanged) << " unchanged, " << n(t.replaced)
           << " replaced, " << n(t.failed) << " failed\n"
           << "added: " << n(t.nodes) << " nodes, " << n(t.edges) << " edges, " << n(t.cases) << " cases\n";
  findings.PrintSummary(*ctx.out, kTopEntities, kTopCases);
}

int RunIngest(CommandContext& ctx) {
  Result<ParsedArgs> args = ParseArgs(ctx.args, {{"json", false}, {"show-facts", false}});
  if (!args.ok()) return ReportUsage(ctx, "ingest", args.status().message());
  if (args->positionals.empty()) return ReportUsage(ctx, "ingest", "give at least one PATH (or - for stdin)");
  // A long write run: bounded memtables and block cache keep RSS flat.
  Result<std::unique_ptr<GraphStore>> store = GraphStore::Open(ctx.db_path, IngestStoreOptions());
  if (!store.ok()) return ReportError(ctx, store.status());
  ingest::Ingester ingester(**store);
  IngestTotals totals;
  IngestFindings findings;
  bool json = args->Has("json"), show_facts = args->Has("show-facts");
  nlohmann::json facts_json = show_facts ? nlohmann::json::array() : nlohmann::json();
  uint64_t seen = 0;
  Progress progress(*ctx.err, ctx.err_is_tty, "documents", ctx.err_is_tty ? EstimateRecords(args->positionals) : 0);
  auto on_record = [&](ingest::InputRecord&& r) {
    if (totals.store_failed) return void(++totals.skipped);
    std::vector<DocumentFacts> stored;
    Result<ingest::IngestOutcome> out = ingester.Ingest(r, &stored);
    progress.Update(++seen);
    if (!out.ok()) {
      progress.Finish();
      totals.store_failed = out.status().code() == StatusCode::kIOError;
      return ReportProblem(ctx, totals, r.origin, out.status());
    }
    if (show_facts && !json) progress.Finish();
    for (size_t i = 0; i < stored.size() && i < out->documents.size(); ++i) {
      findings.Add(stored[i]);
      if (show_facts && json) facts_json.push_back(DocumentFactsJson(stored[i], out->documents[i]));
      if (show_facts && !json) PrintDocumentFacts(*ctx.out, stored[i], out->documents[i]);
    }
    if (out->unchanged) ++totals.unchanged;
    else ++totals.added;
    totals.replaced += out->replaced;
    totals.nodes += out->nodes_added;
    totals.edges += out->edges_added;
    totals.cases += out->cases_added;
  };
  auto on_problem = [&](const std::string& origin, const Status& s) {
    progress.Finish();
    ReportProblem(ctx, totals, origin, s);
  };
  ReadInputs(ctx, args->positionals, on_record, on_problem);
  progress.Finish();
  if (totals.store_failed) {
    *ctx.err << "lkg: error: stopped after the store could not be written; " << totals.skipped
             << " more records were not ingested\n";
  }
  std::unique_ptr<GraphReader> reader = (*store)->NewReader();
  if (Status indexed = query::RefreshFullText(ctx.db_path, *reader); !indexed.ok()) {
    *ctx.err << "lkg: note: the full-text index was not updated: " << indexed.message() << "\n";
  }
  PrintTotals(ctx, totals, findings, json ? &facts_json : nullptr);
  return totals.failed > 0 ? kExitUserError : kExitOk;
}

nlohmann::json FactsToJson(const DocumentFacts& facts) {
  nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
  for (const NodeFact& n : facts.nodes) {
    nlohmann::json j = NodeToJson(n.node);
    j["evidence"] = nlohmann::json::array();
    for (const Evidence& e : n.evidence) j["evidence"].push_back(EvidenceToJson(e));
    nodes.push_back(std::move(j));
  }
  for (const EdgeFact& e : facts.edges) {
    nlohmann::json j = EdgeToJson(e.edge);
    j["evidence"] = nlohmann::json::array();
    for (const Evidence& ev : e.evidence) j["evidence"].push_back(EvidenceToJson(ev));
    edges.push_back(std::move(j));
  }
  return {{"document", DocumentToJson(facts.document, false)}, {"nodes", nodes}, {"edges", edges}};
}

int RunExtract(CommandContext& ctx) {
  Result<ParsedArgs> args = ParseArgs(ctx.args, {});
  if (!args.ok()) return ReportUsage(ctx, "extract", args.status().message());
  if (args->positionals.empty()) return ReportUsage(ctx, "extract", "give at least one PATH (or - for stdin)");
  IngestTotals totals;
  auto on_record = [&](ingest::InputRecord&& r) {
    Result<std::vector<DocumentFacts>> documents = ingest::ExtractRecord(r);
    if (!documents.ok()) return ReportProblem(ctx, totals, r.origin, documents.status());
    for (const DocumentFacts& facts : *documents) {  // a listing page: one line per item
      nlohmann::json j = FactsToJson(facts);
      j["origin"] = r.origin;
      *ctx.out << j.dump() << "\n";
    }
  };
  auto on_problem = [&](const std::string& origin, const Status& s) { ReportProblem(ctx, totals, origin, s); };
  ReadInputs(ctx, args->positionals, on_record, on_problem);
  return totals.failed > 0 ? kExitUserError : kExitOk;
}

}  // namespace

extern const CommandSpec kIngestCommand;
const CommandSpec kIngestCommand = {
    "ingest", "PATH… [--show-facts] [--json]", "read articles (files, directories, - for stdin) and extract facts",
    "Reads articles and stores what they say: unions, companies, countries, people,\n"
    "organizations, their relations and violation cases, each with evidence.\n"
    "  PATH     a .txt, .html/.htm, .jsonl/.json file, a directory (read recursively),\n"
    "           or - for stdin. JSON records: {\"text\"|\"html\", \"title\", \"url\", \"date\", \"source\"}.\n"
    "  --show-facts  list every node and edge each article gave, with its confidence and rule\n"
    "  --json   print the counts, the summary (and with --show-facts the facts) as JSON\n"
    "Ends with what the run found: the unions, companies, people and organizations named\n"
    "in the most articles, and the violation cases, newest first.\n"
    "Re-ingesting the same text is a no-op; an edited article with the same URL replaces\n"
    "the old one. Unreadable files and broken JSONL lines are reported (with the line\n"
    "number) and skipped; the others are stored, and the exit code is 1.",
    RunIngest};

extern const CommandSpec kExtractCommand;
const CommandSpec kExtractCommand = {
    "extract", "PATH…", "print the facts extracted from articles as JSON lines (no store)",
    "Runs the readers and the extractor on PATH… (as `lkg ingest` reads them) and prints\n"
    "one JSON object per article: document, nodes and edges with evidence. Nothing is stored.",
    RunExtract, true};

}  // namespace lkg::cli
