// Placeholder specs: replaced by the real commands (issue 3).
#include "cli/command.h"

namespace lkg::cli {
namespace {
int NotYet(CommandContext& ctx) { return ReportError(ctx, Status::Internal("this command is not built yet")); }
}  // namespace

extern const CommandSpec kRemoveCommand;
const CommandSpec kRemoveCommand = {"remove", "DOC_ID|URL", "remove a document and the facts only it supports", "", NotYet};
extern const CommandSpec kStatsCommand;
const CommandSpec kStatsCommand = {"stats", "[--json]", "counts per node, edge and case type; store size", "", NotYet};
extern const CommandSpec kSearchCommand;
const CommandSpec kSearchCommand = {"search", "TEXT [--type T] [--limit N]", "ranked name/alias search", "", NotYet};
extern const CommandSpec kShowCommand;
const CommandSpec kShowCommand = {"show", "NODE [--json]", "a node with aliases, properties, edges and evidence", "", NotYet};

}  // namespace lkg::cli
