#include "query/country_codes.h"

#include <unordered_map>

std::string_view LkgQueryResource(std::string_view name);

namespace lkg::query {
namespace {

// "KG" -> "Kyrgyzstan", from lines "canonical<TAB>alpha2<TAB>names".
std::unordered_map<std::string, std::string> LoadCodes() {
  std::unordered_map<std::string, std::string> codes;
  std::string_view data = LkgQueryResource("countries.tsv");
  size_t start = 0;
  while (start < data.size()) {
    size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(start, end - start);
    start = end + 1;
    size_t tab1 = line.find('\t');
    size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (line.empty() || line.front() == '#' || tab2 == std::string_view::npos) continue;
    codes.emplace(std::string(line.substr(tab1 + 1, tab2 - tab1 - 1)), std::string(line.substr(0, tab1)));
  }
  return codes;
}

}  // namespace

std::optional<std::string> CountryOfIsoCode(std::string_view code) {
  static const std::unordered_map<std::string, std::string> codes = LoadCodes();
  if (code.size() != 2) return std::nullopt;
  std::string upper(code);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  auto it = codes.find(upper);
  if (it == codes.end()) return std::nullopt;
  return it->second;
}

}  // namespace lkg::query
