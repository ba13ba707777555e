#include "ingest/rules/rule_file.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace lkg::ingest::rules {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return cells;
    start = tab + 1;
  }
}

bool Blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

Status RuleError(std::string_view file, size_t line, std::string_view message) {
  return Status::InvalidArgument(std::string(file) + ":" + std::to_string(line) + ": " + std::string(message));
}

Result<std::vector<RuleRow>> ParseRuleRows(std::string_view file, std::string_view bytes, size_t columns) {
  std::vector<RuleRow> rows;
  size_t line_no = 0;
  for (size_t start = 0; start < bytes.size();) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Blank(line) || line.front() == '#') continue;
    RuleRow row{line_no, SplitTabs(line)};
    if (row.cells.size() != columns) {
      return RuleError(file, line_no, "expected " + std::to_string(columns) + " tab-separated columns, found " +
                                          std::to_string(row.cells.size()));
    }
    for (size_t c = 0; c < columns; ++c) {
      if (Blank(row.cells[c])) return RuleError(file, line_no, "column " + std::to_string(c + 1) + " is empty");
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty()) return Status::InvalidArgument(std::string(file) + ": no rows (an empty list)");
  return rows;
}

Result<double> ParseConfidence(std::string_view file, const RuleRow& row, std::string_view cell) {
  double value = -1;
  auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (error != std::errc() || end != cell.data() + cell.size() || !(value >= 0.0 && value <= 1.0)) {
    return RuleError(file, row.line, "confidence '" + std::string(cell) + "' is not a number in [0, 1]");
  }
  return value;
}

Status CheckLowerCase(std::string_view file, const RuleRow& row, std::string_view words) {
  for (std::string_view w : SplitWords(words)) {
    if (std::any_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); })) {
      return RuleError(file, row.line, "word '" + std::string(w) + "' is not lower-case");
    }
  }
  return Status::Ok();
}

std::vector<std::string_view> SplitWords(std::string_view cell) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < cell.size()) {
    size_t end = cell.find(' ', start);
    if (end == std::string_view::npos) end = cell.size();
    if (end > start) words.push_back(cell.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

}  // namespace lkg::ingest::rules
