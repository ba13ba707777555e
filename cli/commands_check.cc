// `lkg check [--repair]`: verifies the store — every table file's checksums,
// then every invariant (counts, adjacency, indexes, evidence) — and says
// what is wrong. --repair first rebuilds the store's MANIFEST from the files
// still readable (after a truncated MANIFEST or a damaged table file), then
// checks what it recovered.
#include <ostream>

#include "cli/args.h"
#include "cli/command.h"
#include "engine/store_check.h"

namespace lkg::cli {
namespace {

constexpr const char* kCheckHelp =
    "Options:\n"
    "  --repair   rebuild the store's MANIFEST from the readable table files first\n"
    "             (RocksDB repair; the store must not be in use), then check it.\n"
    "             Facts in files that cannot be read are lost: re-ingest them.\n"
    "\n"
    "Prints 'lkg check: ok' with the counts, or 'lkg: error: …' naming the first\n"
    "damage found (exit 1). Read-only unless --repair: it works while `lkg serve` runs.\n";

// Opens read-only, verifies files and invariants; prints the verdict.
int CheckStore(CommandContext& ctx) {
  Result<std::unique_ptr<GraphStore>> store = OpenStore(ctx, /*read_only=*/true);
  if (!store.ok()) return ReportError(ctx, store.status());
  if (Status files = VerifyStoreFiles(ctx.db_path); !files.ok()) return ReportError(ctx, files);
  std::unique_ptr<GraphReader> reader = (*store)->NewReader();
  if (Status consistent = reader->CheckConsistency(); !consistent.ok()) return ReportError(ctx, consistent);
  Result<StoreStats> stats = reader->Stats();
  if (!stats.ok()) return ReportError(ctx, stats.status());
  *ctx.out << "lkg check: ok (" << stats->documents << " documents, " << stats->nodes << " nodes, " << stats->edges
           << " edges, " << stats->evidence << " evidence records)\n";
  return kExitOk;
}

int RunCheck(CommandContext& ctx) {
  Result<ParsedArgs> args = ParseArgs(ctx.args, {{"repair", false}});
  if (!args.ok()) return ReportUsage(ctx, "check", args.status().message());
  if (!args->positionals.empty()) return ReportUsage(ctx, "check", "unexpected argument '" + args->positionals[0] + "'");
  if (args->Has("repair")) {
    if (Status repaired = RepairStoreFiles(ctx.db_path); !repaired.ok()) return ReportError(ctx, repaired);
    *ctx.err << "lkg check: repaired the MANIFEST of " << ctx.db_path << "; checking it" << std::endl;
  }
  return CheckStore(ctx);
}

}  // namespace

extern const CommandSpec kCheckCommand;
const CommandSpec kCheckCommand = {"check", "[--repair]", "verify the store's files and invariants (--repair: recover)",
                                   kCheckHelp, RunCheck};

}  // namespace lkg::cli
