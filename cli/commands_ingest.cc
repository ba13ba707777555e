// Placeholder specs: replaced by the real commands (see the owning issue).
#include "cli/command.h"

namespace lkg::cli {
namespace {
int NotYet(CommandContext& ctx) { return ReportError(ctx, Status::Internal("this command is not built yet")); }
}  // namespace

extern const CommandSpec kIngestCommand;
const CommandSpec kIngestCommand = {"ingest", "PATH…", "read articles (files, directories, - for stdin) and extract facts", "", NotYet};

}  // namespace lkg::cli
