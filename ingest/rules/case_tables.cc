#include "ingest/rules/case_tables.h"

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

Status CheckWords(std::string_view file, const RuleRow& row, std::string_view cell) {
  LKG_RETURN_IF_ERROR(CheckLowerCase(file, row, cell));
  if (SplitWords(cell).empty()) return RuleError(file, row.line, "no words");
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
    LKG_RETURN_IF_ERROR(CheckWords(file, row, row.cells[1]));
    triggers.push_back(CaseTrigger{*kind, SplitWords(row.cells[1])});
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
    LKG_RETURN_IF_ERROR(CheckWords(file, row, row.cells[1]));
    for (std::string_view w : SplitWords(row.cells[1])) veto.when.Add(w);
    if (row.cells[2] != "-") {
      LKG_RETURN_IF_ERROR(CheckWords(file, row, row.cells[2]));
      for (std::string_view w : SplitWords(row.cells[2])) veto.unless.Add(w);
    }
    vetoes.push_back(std::move(veto));
  }
  return vetoes;
}

Result<std::vector<CaseFold>> ParseCaseFolds(std::string_view file, std::string_view bytes) {
  Result<std::vector<RuleRow>> rows = ParseRuleRows(file, bytes, 2);
  if (!rows.ok()) return rows.status();
  std::vector<CaseFold> folds;
  for (const RuleRow& row : *rows) {
    Result<const char*> from = CaseKind(file, row, row.cells[0]);
    if (!from.ok()) return from.status();
    Result<const char*> into = CaseKind(file, row, row.cells[1]);
    if (!into.ok()) return into.status();
    if (*from == *into) return RuleError(file, row.line, "kind '" + std::string(*from) + "' folds into itself");
    for (const CaseFold& f : folds) {
      if (f.from == *from) return RuleError(file, row.line, "kind '" + std::string(*from) + "' is listed twice");
    }
    folds.push_back(CaseFold{*from, *into});
  }
  return folds;
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

const std::vector<CaseFold>& CaseFolds() {
  static const std::vector<CaseFold> folds = OrDie(ParseCaseFolds("case_merge.tsv", RuleFileBytes("case_merge.tsv")));
  return folds;
}

}  // namespace lkg::ingest::rules
