// Placeholder specs: replaced by the real commands (see the owning issue).
#include "cli/command.h"

namespace lkg::cli {
namespace {
int NotYet(CommandContext& ctx) { return ReportError(ctx, Status::Internal("this command is not built yet")); }
}  // namespace

extern const CommandSpec kImportCommand;
const CommandSpec kImportCommand = {"import", "KIND FILE", "import structured records (nlrb-cases, nlrb-elections, fmcs, collective-action)", "", NotYet};

}  // namespace lkg::cli
