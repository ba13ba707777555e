// lkg's entry point: global options, the help screens, dispatch by table.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include <filesystem>

#include "cli/command.h"
#include "cli/suggest.h"

namespace lkg::cli {
namespace {

constexpr const char* kGlobalHelp =
    "Global options:\n"
    "  --db DIR     the store (default: $LKG_DB, else ./lkg-data)\n"
    "  --version    print the version\n"
    "  --help       this help; `lkg CMD --help` for one command\n";

const CommandSpec* FindCommand(const std::string& name) {
  for (const CommandSpec* spec : CommandTable()) {
    if (name == spec->name) return spec;
  }
  return nullptr;
}

// " (did you mean 'search'?)" for a mistyped command name, or "".
std::string CommandHint(const std::string& name) {
  std::vector<std::string> names;
  for (const CommandSpec* spec : CommandTable()) {
    if (!spec->hidden) names.push_back(spec->name);
  }
  return DidYouMean(name, names);
}

void PrintHelp(std::ostream& out) {
  out << "lkg — the labour knowledge graph\n\nUsage: lkg [--db DIR] COMMAND [ARGS…]\n\nCommands:\n";
  for (const CommandSpec* spec : CommandTable()) {
    if (spec->hidden) continue;
    std::string name = spec->name;
    out << "  " << name << std::string(name.size() < 13 ? 13 - name.size() : 1, ' ') << spec->summary
        << "\n";
  }
  out << "\n" << kGlobalHelp;
}

void PrintCommandHelp(const CommandSpec& spec, std::ostream& out) {
  out << "Usage: lkg " << spec.name << " " << spec.usage << "\n\n" << spec.summary << "\n";
  if (spec.help && *spec.help) out << "\n" << spec.help;
  out << "\n" << kGlobalHelp;
}

bool WantsHelp(const std::vector<std::string>& args) {
  for (const std::string& a : args) {
    if (a == "--") return false;
    if (a == "--help" || a == "-h") return true;
  }
  return false;
}

// Removes "--db DIR" / "--db=DIR" from `args`; returns false on a missing value.
bool TakeDbFlag(std::vector<std::string>& args, std::string& db_path) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--") return true;
    if (args[i] == "--db") {
      if (i + 1 >= args.size()) return false;
      db_path = args[i + 1];
      args.erase(args.begin() + i, args.begin() + i + 2);
      --i;
    } else if (args[i].rfind("--db=", 0) == 0) {
      db_path = args[i].substr(5);
      args.erase(args.begin() + i);
      --i;
    }
  }
  return true;
}

int RunHelpCommand(CommandContext& ctx) {
  if (ctx.args.empty()) {
    PrintHelp(*ctx.out);
    return kExitOk;
  }
  const CommandSpec* spec = FindCommand(ctx.args[0]);
  if (!spec) return ReportUsage(ctx, "help", "unknown command '" + ctx.args[0] + "'" + CommandHint(ctx.args[0]));
  PrintCommandHelp(*spec, *ctx.out);
  return kExitOk;
}

}  // namespace

extern const CommandSpec kHelpCommand;
const CommandSpec kHelpCommand = {"help", "[COMMAND]", "list the commands, or show one command's help",
                                  "", RunHelpCommand};

int ReportError(CommandContext& ctx, const Status& status) {
  *ctx.err << "lkg: error: " << status.message() << "\n";
  return kExitUserError;
}

int ReportUsage(CommandContext& ctx, const std::string& command, const std::string& message) {
  *ctx.err << "lkg: usage: " << message << "\n";
  if (command.empty() || command == "help") *ctx.err << "Run 'lkg help' for the list of commands.\n";
  else *ctx.err << "Run 'lkg " << command << " --help' for usage.\n";
  return kExitUsage;
}

Result<std::unique_ptr<GraphStore>> OpenStore(const CommandContext& ctx, bool read_only) {
  StoreOptions options;
  options.read_only = read_only;
  Result<std::unique_ptr<GraphStore>> store = GraphStore::Open(ctx.db_path, options);
  if (store.ok() || !read_only || store.status().code() != StatusCode::kNotFound) return store;
  return Status::NotFound(store.status().message() + "\n" + NoStoreHint(ctx));
}

std::string NoStoreHint(const CommandContext& ctx) {
  std::error_code ec;
  std::filesystem::path where = std::filesystem::absolute(ctx.db_path, ec);
  std::string origin = ctx.db_origin == DbOrigin::kFlag  ? "given with --db"
                       : ctx.db_origin == DbOrigin::kEnv ? "from $LKG_DB"
                                                         : "the default: lkg-data in the current folder";
  return "  looked in " + (ec ? ctx.db_path : where.lexically_normal().string()) + " (" + origin + ")\n" +
         "  point at a store with --db DIR or LKG_DB=DIR, or create one with 'lkg ingest PATH…'";
}

int Main(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err) {
  std::vector<std::string> args(argv + 1, argv + argc);
  CommandContext ctx;
  ctx.in = &in;
  ctx.out = &out;
  ctx.err = &err;
  const char* env_db = std::getenv("LKG_DB");
  ctx.db_path = (env_db && *env_db) ? env_db : "./lkg-data";
  ctx.db_origin = (env_db && *env_db) ? DbOrigin::kEnv : DbOrigin::kDefault;
  ctx.err_is_tty = (&err == &std::cerr) && isatty(STDERR_FILENO);
  std::string flag_db;
  if (!TakeDbFlag(args, flag_db)) return ReportUsage(ctx, "", "--db needs a directory");
  if (!flag_db.empty()) {
    ctx.db_path = flag_db;
    ctx.db_origin = DbOrigin::kFlag;
  }
  if (args.empty()) {
    PrintHelp(err);
    return kExitUsage;
  }
  if (args[0] == "--version" || args[0] == "version") {
    out << "lkg " << LKG_VERSION << "\n";
    return kExitOk;
  }
  if (args[0] == "--help" || args[0] == "-h") {
    PrintHelp(out);
    return kExitOk;
  }
  const CommandSpec* spec = FindCommand(args[0]);
  if (!spec) return ReportUsage(ctx, "", "unknown command '" + args[0] + "'" + CommandHint(args[0]));
  ctx.args.assign(args.begin() + 1, args.end());
  if (WantsHelp(ctx.args)) {
    PrintCommandHelp(*spec, out);
    return kExitOk;
  }
  return spec->run(ctx);
}

}  // namespace lkg::cli
