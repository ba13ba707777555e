// The tab-separated rule files of ingest/rules/ (see README.md there): how a
// file's bytes become rows, and the checks every file shares. Errors name the
// file and the line ("case_triggers.tsv:12: expected 2 columns, found 3").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/status.h"

namespace lkg::ingest::rules {

// One data line of a rule file: its 1-based line number and its cells.
// The cells view the bytes given to ParseRuleRows.
struct RuleRow {
  size_t line = 0;
  std::vector<std::string_view> cells;
};

// The data lines of `bytes` (the file called `file`). Lines starting with '#'
// and blank lines are skipped; a trailing '\r' is dropped. Every other line
// must hold exactly `columns` tab-separated cells, none empty. A file without
// data lines is an error too. The rows view `bytes`, which must outlive them.
Result<std::vector<RuleRow>> ParseRuleRows(std::string_view file, std::string_view bytes, size_t columns);

// "FILE:LINE: MESSAGE", the form of every rule-file error.
Status RuleError(std::string_view file, size_t line, std::string_view message);

// `cell` read as a confidence in [0, 1]; an error naming file and line else.
Result<double> ParseConfidence(std::string_view file, const RuleRow& row, std::string_view cell);

// Ok when every letter of `words` is lower-case; else "FILE:LINE: word 'W'
// is not lower-case" for the first word with an upper-case letter.
Status CheckLowerCase(std::string_view file, const RuleRow& row, std::string_view words);

// The space-separated words of `cell` ("banned the strike" -> 3 words).
std::vector<std::string_view> SplitWords(std::string_view cell);

}  // namespace lkg::ingest::rules
