#include "ingest/rules/date_table.h"

#include <charconv>
#include <string>

#include "ingest/rules/rule_file.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest::rules {

Result<DateWords> ParseDateWords(std::string_view file, std::string_view bytes) {
  Result<std::vector<RuleRow>> rows = ParseRuleRows(file, bytes, 3);
  if (!rows.ok()) return rows.status();
  DateWords table;
  for (const RuleRow& row : *rows) {
    bool month = row.cells[0] == "month";
    if (!month && row.cells[0] != "weekday") {
      return RuleError(file, row.line, "kind '" + std::string(row.cells[0]) + "' is neither month nor weekday");
    }
    std::string_view cell = row.cells[1];
    int number = -1;
    auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), number);
    bool in_range = month ? (number >= 1 && number <= 12) : (number >= 0 && number <= 6);
    if (error != std::errc() || end != cell.data() + cell.size() || !in_range) {
      return RuleError(file, row.line, "number '" + std::string(cell) + "' is out of range");
    }
    auto& words = month ? table.months : table.weekdays;
    LKG_RETURN_IF_ERROR(CheckLowerCase(file, row, row.cells[2]));
    for (std::string_view w : SplitWords(row.cells[2])) {
      if (!words.emplace(w, number).second) {
        return RuleError(file, row.line, "word '" + std::string(w) + "' is listed twice");
      }
    }
  }
  return table;
}

const DateWords& DateWordTable() {
  static const DateWords table = OrDie(ParseDateWords("date_words.tsv", RuleFileBytes("date_words.tsv")));
  return table;
}

}  // namespace lkg::ingest::rules
