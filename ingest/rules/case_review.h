// How far the learned case review may overrule the case rules
// (ingest/rules/case_review.tsv): margins on the "cases" part's scores.
#pragma once

#include <string_view>

#include "engine/status.h"

namespace lkg::ingest::rules {

struct CaseReviewMargins {
  double drop = 0.0;  // drop a rule-accepted case when "none" beats its kind by more than this
  double add = 0.0;   // keep a rule-rejected candidate when its kind beats "none" by more than this
};

// Rows "drop_margin<TAB>N" and "add_margin<TAB>N", each once, N >= 0. Errors
// name file and line: an unknown name, a value that is no number >= 0, a
// name listed twice; "FILE: no add_margin row" for a name missing.
Result<CaseReviewMargins> ParseCaseReview(std::string_view file, std::string_view bytes);

// The compiled-in margins, parsed on first use (a bad file stops the program).
const CaseReviewMargins& CaseReview();

}  // namespace lkg::ingest::rules
