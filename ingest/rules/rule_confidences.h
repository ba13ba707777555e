// Rule confidences (ingest/rules/rule_confidences.tsv): how sure each
// relation rule is of the edges it makes.
#pragma once

#include <string_view>
#include <unordered_map>

#include "engine/status.h"

namespace lkg::ingest::rules {

using RuleConfidences = std::unordered_map<std::string_view, double>;

// Rows "RULE<TAB>CONFIDENCE". Errors name file and line: a confidence
// outside [0, 1], a rule not named "rule:...", a rule listed twice.
Result<RuleConfidences> ParseRuleConfidences(std::string_view file, std::string_view bytes);

// The confidence of `rule` in the compiled-in file; a rule missing from it
// stops the program (a broken build the extraction tests catch).
double RuleConfidence(std::string_view rule);

}  // namespace lkg::ingest::rules
