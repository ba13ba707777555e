// Placeholder specs: replaced by the real commands (see the owning issue).
#include "cli/command.h"

namespace lkg::cli {
namespace {
int NotYet(CommandContext& ctx) { return ReportError(ctx, Status::Internal("this command is not built yet")); }
}  // namespace

extern const CommandSpec kMergeCommand;
const CommandSpec kMergeCommand = {"merge", "A B", "merge node B into node A (persists across re-ingest)", "", NotYet};
extern const CommandSpec kSplitCommand;
const CommandSpec kSplitCommand = {"split", "NODE ALIAS", "split an alias off into its own node", "", NotYet};
extern const CommandSpec kDistinctCommand;
const CommandSpec kDistinctCommand = {"distinct", "A B", "record that A and B are different entities", "", NotYet};

}  // namespace lkg::cli
