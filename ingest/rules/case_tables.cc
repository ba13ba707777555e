#include "ingest/rules/case_tables.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "engine/schema.h"
#include "ingest/rules/rule_file.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest::rules {
namespace {

// The canonical literal of case kind `kind`; an error naming file and line when unknown.
Result<const char*> CaseKind(std::string_view file, const RuleRow& row, std::string_view kind) {
  for (std::string_view k : kCaseKinds) if (k == kind) return k.data();
  return RuleError(file, row.line, "unknown case kind '" + std::string(kind) + "'");
}

Status LowerCaseWords(std::string_view file, const RuleRow& row, const std::vector<std::string_view>& words) {
  for (std::string_view w : words) {
    if (std::any_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); })) {
      return RuleError(file, row.line, "word '" + std::string(w) + "' is not lower-case");
    }
  }
  if (words.empty()) return RuleError(file, row.line, "no words");
  return Status::Ok();
}

}  // namespace

Result<std::vector<CaseTrigger>> ParseCaseTriggers(std::string_view file, std::string_view bytes) {
  Result<std::vector<RuleRow>> rows = ParseRuleRows(file, bytes, 2);
  if (!rows.ok()) return rows.status();
  std::vector<CaseTrigger> triggers;
  for (const RuleRow& row : *rows) {
    Result<const char*> kind = CaseKind(file, row, row.cells[0]);
    if (!kind.ok()) return kind.status();
    CaseTrigger trigger{*kind, SplitWords(row.cells[1])};
    LKG_RETURN_IF_ERROR(LowerCaseWords(file, row, trigger.words));
    triggers.push_back(std::move(trigger));
  }
  return triggers;
}

Result<std::vector<CaseVeto>> ParseCaseVetoes(std::string_view file, std::string_view bytes) {
  Result<std::vector<RuleRow>> rows = ParseRuleRows(file, bytes, 3);
  if (!rows.ok()) return rows.status();
  std::vector<CaseVeto> vetoes;
  for (const RuleRow& row : *rows) {
    Result<const char*> kind = CaseKind(file, row, row.cells[0]);
    if (!kind.ok()) return kind.status();
    CaseVeto veto;
    veto.kind = *kind;
    std::vector<std::string_view> when = SplitWords(row.cells[1]);
    LKG_RETURN_IF_ERROR(LowerCaseWords(file, row, when));
    for (std::string_view w : when) veto.when.Add(w);
    if (row.cells[2] != "-") {
      std::vector<std::string_view> unless = SplitWords(row.cells[2]);
      LKG_RETURN_IF_ERROR(LowerCaseWords(file, row, unless));
      for (std::string_view w : unless) veto.unless.Add(w);
    }
    vetoes.push_back(std::move(veto));
  }
  return vetoes;
}

const std::vector<CaseTrigger>& CaseTriggers() {
  static const std::vector<CaseTrigger> triggers =
      OrDie(ParseCaseTriggers("case_triggers.tsv", RuleFileBytes("case_triggers.tsv")));
  return triggers;
}

const std::vector<CaseVeto>& CaseVetoes() {
  static const std::vector<CaseVeto> vetoes =
      OrDie(ParseCaseVetoes("case_vetoes.tsv", RuleFileBytes("case_vetoes.tsv")));
  return vetoes;
}

}  // namespace lkg::ingest::rules
