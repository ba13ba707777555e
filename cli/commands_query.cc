// Placeholder specs: replaced by the real commands (see the owning issue).
#include "cli/command.h"

namespace lkg::cli {
namespace {
int NotYet(CommandContext& ctx) { return ReportError(ctx, Status::Internal("this command is not built yet")); }
}  // namespace

extern const CommandSpec kNeighborsCommand;
const CommandSpec kNeighborsCommand = {"neighbors", "NODE [--depth N]", "the neighbourhood of a node", "", NotYet};
extern const CommandSpec kPathCommand;
const CommandSpec kPathCommand = {"path", "A B [--k K]", "shortest paths between two nodes, with evidence per hop", "", NotYet};
extern const CommandSpec kRankCommand;
const CommandSpec kRankCommand = {"rank", "[--by pagerank|betweenness|degree]", "most central nodes", "", NotYet};
extern const CommandSpec kCommunitiesCommand;
const CommandSpec kCommunitiesCommand = {"communities", "[--type T]", "clusters of closely connected nodes", "", NotYet};
extern const CommandSpec kCasesCommand;
const CommandSpec kCasesCommand = {"cases", "[--country C] [--kind K]", "violation cases, newest first", "", NotYet};
extern const CommandSpec kCommonCommand;
const CommandSpec kCommonCommand = {"common", "NODE NODE…", "what two or more nodes share", "", NotYet};

}  // namespace lkg::cli
