// The one table of subcommands: order here is the order of `lkg help`.
// Each command's spec (usage, help text, run function) lives in its file.
#include "cli/command.h"

namespace lkg::cli {

extern const CommandSpec kIngestCommand;       // commands_ingest.cc
extern const CommandSpec kImportCommand;       // commands_import.cc
extern const CommandSpec kRemoveCommand;       // commands_store.cc
extern const CommandSpec kStatsCommand;        // commands_store.cc
extern const CommandSpec kSearchCommand;       // commands_store.cc
extern const CommandSpec kShowCommand;         // commands_store.cc
extern const CommandSpec kNeighborsCommand;    // commands_query.cc
extern const CommandSpec kPathCommand;         // commands_query.cc
extern const CommandSpec kRankCommand;         // commands_query.cc
extern const CommandSpec kCommunitiesCommand;  // commands_query.cc
extern const CommandSpec kCasesCommand;        // commands_cases.cc
extern const CommandSpec kDocumentsCommand;    // commands_documents.cc
extern const CommandSpec kCommonCommand;       // commands_query.cc
extern const CommandSpec kMergeCommand;        // commands_resolve.cc
extern const CommandSpec kSplitCommand;        // commands_resolve.cc
extern const CommandSpec kDistinctCommand;     // commands_resolve.cc
extern const CommandSpec kExportCommand;       // commands_export.cc
extern const CommandSpec kServeCommand;        // commands_serve.cc
extern const CommandSpec kCheckCommand;        // commands_check.cc
extern const CommandSpec kHelpCommand;         // cli.cc
extern const CommandSpec kExtractCommand;      // commands_ingest.cc (hidden)

const std::vector<const CommandSpec*>& CommandTable() {
  static const std::vector<const CommandSpec*> table = {
      &kIngestCommand, &kImportCommand,   &kRemoveCommand,      &kStatsCommand,
      &kSearchCommand, &kShowCommand,     &kNeighborsCommand,   &kPathCommand,
      &kRankCommand,   &kCommunitiesCommand, &kCasesCommand,    &kDocumentsCommand, &kCommonCommand,
      &kMergeCommand,  &kSplitCommand,    &kDistinctCommand,    &kExportCommand,
      &kServeCommand,  &kCheckCommand,    &kHelpCommand,     &kExtractCommand,
  };
  return table;
}

}  // namespace lkg::cli
