#include "ingest/rules/word_set.h"

#include <algorithm>
#include <cctype>
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
    WordSet& set = classes[row.cells[0]];
    for (std::string_view w : words) {
      bool upper = std::any_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
      if (upper) return RuleError(file, row.line, "word '" + std::string(w) + "' is not lower-case");
      set.Add(w);
    }
  }
  return classes;
}

}  // namespace lkg::ingest::rules
