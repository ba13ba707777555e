// The shape of one `lkg` subcommand. Each command file defines one
// CommandSpec; command_table.cc lists them all, and that one table drives
// dispatch, `lkg help` and `lkg CMD --help` (ninja style).
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "engine/graph_store.h"
#include "engine/status.h"

namespace lkg::cli {

// Exit codes (../shared/spec/interface.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitUserError = 1;
inline constexpr int kExitUsage = 2;

// Where CommandContext::db_path came from (named in "no store" errors).
enum class DbOrigin { kDefault, kEnv, kFlag };

// What a command runs with: the global options and its own arguments.
struct CommandContext {
  std::string db_path;            // --db, $LKG_DB, or ./lkg-data
  DbOrigin db_origin = DbOrigin::kDefault;
  std::vector<std::string> args;  // the arguments after the subcommand name
  std::istream* in = nullptr;     // stdin (for `ingest -`)
  std::ostream* out = nullptr;    // stdout
  std::ostream* err = nullptr;    // stderr
  bool err_is_tty = false;        // show progress only on a terminal
};

struct CommandSpec {
  const char* name;     // "ingest"
  const char* usage;    // "PATH… [--json]"
  const char* summary;  // one line for `lkg help`
  const char* help;     // options and details for `lkg CMD --help`
  int (*run)(CommandContext& ctx);
  bool hidden = false;  // not listed in `lkg help` (bench helpers)
};

// All commands, in help order.
const std::vector<const CommandSpec*>& CommandTable();

// Runs `lkg` with argv (argv[0] is the program name). Returns the exit code.
int Main(int argc, const char* const* argv, std::istream& in, std::ostream& out,
         std::ostream& err);

// Prints "lkg: error: <message>" to ctx.err and returns kExitUserError.
int ReportError(CommandContext& ctx, const Status& status);
// Prints "lkg: usage: <message>" and a pointer to --help; returns kExitUsage.
int ReportUsage(CommandContext& ctx, const std::string& command, const std::string& message);

// Opens the store at ctx.db_path. Read-only opening fails with NotFound when
// no store exists there, followed by NoStoreHint (so `lkg stats` in the
// wrong folder says where it looked and how to point at a store).
Result<std::unique_ptr<GraphStore>> OpenStore(const CommandContext& ctx, bool read_only);
// Two indented lines: "  looked in /abs/dir (the default: …)" and
// "  point at a store with --db DIR or LKG_DB=DIR, or create one with …".
std::string NoStoreHint(const CommandContext& ctx);

}  // namespace lkg::cli
