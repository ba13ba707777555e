// `lkg import KIND FILE [--json] [--chunk N]`: public records into the store
// (ingest/records). One Document per file; chunks are appended, so a
// re-run adds nothing and an interrupted run can simply be repeated.
#include <algorithm>
#include <fstream>
#include <iostream>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/human_format.h"
#include "cli/ingest_findings.h"
#include "cli/progress.h"
#include "ingest/records/record_import.h"

namespace lkg::cli {
namespace {

constexpr const char* kImportHelp =
    "KIND is one of:\n"
    "  nlrb-cases         NLRB case pages, JSON Lines (nlrb_case_pages.jsonl)\n"
    "  nlrb-elections     NLRB elections, CSV (nlrb_elections_fy2011_2022.csv)\n"
    "  fmcs               FMCS work stoppages, CSV (work_stoppages.csv)\n"
    "  collective-action  Collective Action in Tech, JSON array (actions.json)\n"
    "\n"
    "Options:\n"
    "  --json        print the report as JSON\n"
    "  --chunk N     records per atomic write (default 1000)\n"
    "\n"
    "Every record becomes nodes, edges and case nodes with evidence\n"
    "`import:KIND` pointing at the record's bytes in FILE. Malformed records\n"
    "(broken JSON lines, empty names, missing dates) are listed with their row\n"
    "numbers; they do not stop the import. Re-importing the same file adds nothing.\n";

constexpr size_t kTopEntities = 8;
constexpr size_t kTopCases = 5;

// Records in FILE for the progress line: its lines (less a CSV header); 0
// (unknown) for a JSON array, whose records are not one per line.
uint64_t EstimateRecords(records::ImportKind kind, const std::string& path) {
  if (kind == records::ImportKind::kCollectiveAction) return 0;
  std::ifstream in(path, std::ios::binary);
  uint64_t lines = 0;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    lines += std::count(buffer, buffer + in.gcount(), '\n');
  }
  bool csv = kind != records::ImportKind::kNlrbCases;
  return csv && lines > 0 ? lines - 1 : lines;
}

void PrintReport(const records::ImportReport& r, std::ostream& out) {
  auto n = [](size_t value) { return GroupThousands(value); };
  out << "imported " << n(r.imported) << " of " << n(r.records) << " records from " << r.file << " as "
      << FormatDocId(r.document) << " (" << r.chunks << (r.chunks == 1 ? " chunk, " : " chunks, ")
      << DurationText(r.seconds) << ")\n";
  out << "  added: " << n(r.totals.nodes_added) << " nodes, " << n(r.totals.cases_added) << " cases, "
      << n(r.totals.edges_added) << " edges, " << n(r.totals.evidence_added) << " evidence\n";
  out << "  employers: " << n(r.employer_strings) << " distinct strings -> " << n(r.employer_nodes) << " nodes\n";
  out << "  unions: " << n(r.union_strings) << " distinct strings -> " << n(r.union_nodes) << " nodes\n";
  if (r.issues.empty()) return;
  out << "  " << r.issues.size() << " issue(s), " << r.skipped << " record(s) skipped:\n";
  size_t shown = 0;
  for (const auto& i : r.issues) {
    if (++shown > 20) {
      out << "    … " << (r.issues.size() - 20) << " more (use --json for all)\n";
      break;
    }
    out << "    row " << i.row << ": " << i.problem << (i.skipped ? " (skipped)" : "") << "\n";
  }
}

int RunImport(CommandContext& ctx) {
  auto args = ParseArgs(ctx.args, {{"json", false}, {"chunk", true}});
  if (!args.ok()) return ReportUsage(ctx, "import", args.status().message());
  if (args->positionals.size() != 2) return ReportUsage(ctx, "import", "expected KIND FILE");
  auto kind = records::ParseImportKind(args->positionals[0]);
  if (!kind) {
    return ReportUsage(ctx, "import", "unknown KIND '" + args->positionals[0] +
                                          "' (nlrb-cases, nlrb-elections, fmcs, collective-action)");
  }
  auto chunk = args->GetInt("chunk", 1000, 1, 1000000);
  if (!chunk.ok()) return ReportUsage(ctx, "import", chunk.status().message());
  // Check the file before taking the store's write lock.
  if (!std::ifstream(args->positionals[1])) {
    return ReportError(ctx, Status::NotFound("cannot open " + args->positionals[1]));
  }
  auto store = OpenStore(ctx, false);
  if (!store.ok()) return ReportError(ctx, store.status());
  records::ImportOptions options;
  options.chunk_records = static_cast<size_t>(*chunk);
  Progress progress(*ctx.err, ctx.err_is_tty, "records",
                    ctx.err_is_tty ? EstimateRecords(*kind, args->positionals[1]) : 0);
  options.progress = [&progress](size_t done) { progress.Update(done); };
  IngestFindings findings(IngestFindings::Count::kRecords);
  records::FactsSink store_sink = records::StoreSink(**store);
  auto sink = [&](const DocumentFacts& facts) {
    findings.Add(facts);
    return store_sink(facts);
  };
  auto report = records::ImportFile(*kind, args->positionals[1], sink, options);
  progress.Finish();
  if (!report.ok()) return ReportError(ctx, report.status());
  if (args->Has("json")) {
    nlohmann::json json = report->ToJson();
    json["found"] = findings.SummaryJson(kTopEntities, kTopCases);
    *ctx.out << json.dump(2) << "\n";
  } else {
    PrintReport(*report, *ctx.out);
    findings.PrintSummary(*ctx.out, kTopEntities, kTopCases);
  }
  return kExitOk;
}

}  // namespace

extern const CommandSpec kImportCommand;
const CommandSpec kImportCommand = {"import", "KIND FILE [--json] [--chunk N]",
                                    "import structured records (nlrb-cases, nlrb-elections, fmcs, collective-action)",
                                    kImportHelp, RunImport};

}  // namespace lkg::cli
