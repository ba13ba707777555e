// The relation cue phrases of ingest/rules/relation_cues.tsv: phrases in the
// gap between two mentions that make an organizes_at, subsidiary_of or
// affiliated_with edge, grouped by the cue (rule) that reads them.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/schema.h"
#include "engine/status.h"

namespace lkg::ingest::rules {

using Phrase = std::vector<std::string_view>;

// Phrases by cue name ("child_parent_end").
using RelationCues = std::unordered_map<std::string_view, std::vector<Phrase>>;

// Rows "CUE<TAB>EDGE TYPE<TAB>phrase". Errors name file and line: an unknown
// cue, an unknown edge type, an edge type the cue does not make, an
// upper-case word. Every cue must have at least one phrase.
Result<RelationCues> ParseRelationCues(std::string_view file, std::string_view bytes);

// The phrases of cue `cue` in the compiled-in file, parsed on first use.
const std::vector<Phrase>& CuePhrases(std::string_view cue);

}  // namespace lkg::ingest::rules
