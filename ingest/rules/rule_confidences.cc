#include "ingest/rules/rule_confidences.h"

#include <string>

#include "ingest/rules/rule_file.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest::rules {

Result<RuleConfidences> ParseRuleConfidences(std::string_view file, std::string_view bytes) {
  Result<std::vector<RuleRow>> rows = ParseRuleRows(file, bytes, 2);
  if (!rows.ok()) return rows.status();
  RuleConfidences confidences;
  for (const RuleRow& row : *rows) {
    std::string_view rule = row.cells[0];
    if (rule.substr(0, 5) != "rule:") {
      return RuleError(file, row.line, "rule name '" + std::string(rule) + "' does not start with 'rule:'");
    }
    Result<double> confidence = ParseConfidence(file, row, row.cells[1]);
    if (!confidence.ok()) return confidence.status();
    if (!confidences.emplace(rule, *confidence).second) {
      return RuleError(file, row.line, "rule '" + std::string(rule) + "' is listed twice");
    }
  }
  return confidences;
}

double RuleConfidence(std::string_view rule) {
  static const RuleConfidences confidences =
      OrDie(ParseRuleConfidences("rule_confidences.tsv", RuleFileBytes("rule_confidences.tsv")));
  auto it = confidences.find(rule);
  if (it == confidences.end()) {
    DieOnBadRules(Status::NotFound("rule_confidences.tsv: no confidence for '" + std::string(rule) + "'"));
  }
  return it->second;
}

}  // namespace lkg::ingest::rules
