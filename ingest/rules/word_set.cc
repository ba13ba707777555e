#include "ingest/rules/word_set.h"

#include <string>

#include "ingest/rules/rule_file.h"

namespace lkg::ingest::rules {

bool WordSet::AnyToken(const std::vector<Token>& t) const {
  for (const Token& x : t) if (Has(x.lower)) return true;
  return false;
}

Result<WordClasses> ParseWordClasses(std::string_view file, std::string_view bytes) {
  Result<std::vector<RuleRow>> rows = ParseRuleRows(file, bytes, 2);
  if (!rows.ok()) return rows.status();
  WordClasses classes;
  for (const RuleRow& row : *rows) {
    std::vector<std::string_view> words = SplitWords(row.cells[1]);
    if (words.empty()) return RuleError(file, row.line, "class '" + std::string(row.cells[0]) + "' lists no words");
    LKG_RETURN_IF_ERROR(CheckLowerCase(file, row, row.cells[1]));
    WordSet& set = classes[row.cells[0]];
    for (std::string_view w : words) set.Add(w);
  }
  return classes;
}

}  // namespace lkg::ingest::rules
