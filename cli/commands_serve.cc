// Placeholder specs: replaced by the real commands (see the owning issue).
#include "cli/command.h"

namespace lkg::cli {
namespace {
int NotYet(CommandContext& ctx) { return ReportError(ctx, Status::Internal("this command is not built yet")); }
}  // namespace

extern const CommandSpec kServeCommand;
const CommandSpec kServeCommand = {"serve", "[--port 8080] [--host 127.0.0.1]", "serve the HTTP API and the explorer page", "", NotYet};

}  // namespace lkg::cli
