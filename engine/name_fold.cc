#include "engine/name_fold.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

std::string_view LkgEngineResource(std::string_view name);

namespace lkg {
namespace {

struct FoldTables {
  std::unordered_map<std::string, std::string> cyrillic;  // UTF-8 letter -> Latin ("" = dropped)
  std::vector<std::pair<std::string, std::string>> folds;  // in file order
};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (size_t tab; (tab = line.find('\t', start)) != std::string_view::npos; start = tab + 1) {
    fields.push_back(line.substr(start, tab - start));
  }
  fields.push_back(line.substr(start));
  return fields;
}

// Parses transliteration.tsv once. The file is checked by a test
// (tests/engine/name_fold_test.cc); a malformed line is skipped here.
const FoldTables& Tables() {
  static const FoldTables tables = [] {
    FoldTables t;
    std::string_view data = LkgEngineResource("transliteration.tsv");
    size_t start = 0;
    while (start < data.size()) {
      size_t end = data.find('\n', start);
      if (end == std::string_view::npos) end = data.size();
      std::string_view line = data.substr(start, end - start);
      start = end + 1;
      if (line.empty() || line.front() == '#') continue;
      std::vector<std::string_view> f = SplitTabs(line);
      if (f[0] == "cyr" && f.size() == 3) t.cyrillic.emplace(std::string(f[1]), std::string(f[2]));
      if (f[0] == "drop" && f.size() == 2) t.cyrillic.emplace(std::string(f[1]), std::string());
      if (f[0] == "fold" && f.size() == 3) t.folds.emplace_back(std::string(f[1]), std::string(f[2]));
    }
    return t;
  }();
  return tables;
}

void ReplaceAll(std::string& s, const std::string& from, const std::string& to) {
  for (size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
}

size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

}  // namespace

std::string FoldRomanisation(std::string_view normalized) {
  std::string s(normalized);
  for (const auto& [from, to] : Tables().folds) ReplaceAll(s, from, to);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (out.empty() || out.back() != c || c == ' ') out.push_back(c);
  }
  return out;
}

std::string TransliterateCyrillic(std::string_view normalized) {
  const auto& table = Tables().cyrillic;
  std::string out;
  out.reserve(normalized.size());
  for (size_t i = 0; i < normalized.size();) {
    size_t len = std::min(Utf8Length(static_cast<unsigned char>(normalized[i])), normalized.size() - i);
    std::string letter(normalized.substr(i, len));
    auto it = len == 2 ? table.find(letter) : table.end();
    out += it != table.end() ? it->second : letter;
    i += len;
  }
  return out;
}

std::string FoldedNameKey(std::string_view normalized) {
  return FoldRomanisation(TransliterateCyrillic(normalized));
}

}  // namespace lkg
