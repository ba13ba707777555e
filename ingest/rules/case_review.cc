#include "ingest/rules/case_review.h"

#include <charconv>
#include <string>

#include "ingest/rules/rule_file.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest::rules {

Result<CaseReviewMargins> ParseCaseReview(std::string_view file, std::string_view bytes) {
  Result<std::vector<RuleRow>> rows = ParseRuleRows(file, bytes, 2);
  if (!rows.ok()) return rows.status();
  CaseReviewMargins margins;
  bool seen_drop = false, seen_add = false;
  for (const RuleRow& row : *rows) {
    bool drop = row.cells[0] == "drop_margin";
    if (!drop && row.cells[0] != "add_margin") {
      return RuleError(file, row.line, "unknown margin '" + std::string(row.cells[0]) + "'");
    }
    bool& seen = drop ? seen_drop : seen_add;
    if (seen) return RuleError(file, row.line, std::string(drop ? "'drop_margin'" : "'add_margin'") + " is listed twice");
    seen = true;
    std::string_view cell = row.cells[1];
    double value = -1.0;
    auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (error != std::errc() || end != cell.data() + cell.size() || value < 0.0) {
      return RuleError(file, row.line, "margin '" + std::string(cell) + "' is not a number >= 0");
    }
    (drop ? margins.drop : margins.add) = value;
  }
  if (!seen_drop || !seen_add) {
    return Status::InvalidArgument(std::string(file) + ": no " + (seen_drop ? "add_margin" : "drop_margin") + " row");
  }
  return margins;
}

const CaseReviewMargins& CaseReview() {
  static const CaseReviewMargins margins =
      OrDie(ParseCaseReview("case_review.tsv", RuleFileBytes("case_review.tsv")));
  return margins;
}

}  // namespace lkg::ingest::rules
