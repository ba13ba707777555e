// What the query and export commands share: the filter flags, opening the
// store with a graph snapshot, and turning node arguments into vertices.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/command.h"
#include "query/filter.h"
#include "query/limits.h"
#include "query/snapshot.h"

namespace lkg::cli {

// --types, --edge-types, --country, --since, --until.
std::vector<FlagSpec> FilterFlags();
// The help lines describing FilterFlags().
extern const char* const kFilterHelp;

// The filter the flags describe; InvalidArgument for an unknown type name.
Result<query::QueryFilter> FilterFromArgs(const ParsedArgs& args);

// A read-only store, a reader on it and (when asked) its graph snapshot.
struct OpenedGraph {
  std::unique_ptr<GraphStore> store;
  std::unique_ptr<GraphReader> reader;
  std::shared_ptr<const query::GraphSnapshot> snapshot;
};
Result<OpenedGraph> OpenGraph(const CommandContext& ctx, bool with_snapshot);

// The snapshot vertex of a node argument (id or exact name/alias).
Result<query::VertexId> ResolveVertex(const OpenedGraph& graph, const std::string& text);

// Prints `json` indented (or reports its error); the exit code.
int PrintJson(CommandContext& ctx, const Result<nlohmann::json>& json);

// "Name (type, n:…)" of a node's JSON brief.
std::string Label(const nlohmann::json& node);

// Reads an integer flag in [min, max]; on error prints usage, sets `code`
// and returns nullopt.
std::optional<long long> IntFlag(CommandContext& ctx, const char* command, const ParsedArgs& args, const char* flag,
                                 long long fallback, long long min, long long max, int& code);

// Parses args against `flags`; on failure prints the usage error and sets
// `exit_code` (returns nullopt).
std::optional<ParsedArgs> ParseOrReport(CommandContext& ctx, const char* command,
                                        const std::vector<FlagSpec>& flags, int& exit_code);

}  // namespace lkg::cli
