// Placeholder specs: replaced by the real commands (see the owning issue).
#include "cli/command.h"

namespace lkg::cli {
namespace {
int NotYet(CommandContext& ctx) { return ReportError(ctx, Status::Internal("this command is not built yet")); }
}  // namespace

extern const CommandSpec kExportCommand;
const CommandSpec kExportCommand = {"export", "[--format json|graphml|gexf|cyjs|dot|csv|cypher] [-o FILE]", "export the graph or a subgraph", "", NotYet};

}  // namespace lkg::cli
