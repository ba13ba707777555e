#include "ingest/resolution/name_variants.h"

#include <unordered_map>
#include <vector>

#include "engine/name_normalizer.h"
#include "ingest/entities/gazetteer.h"
#include "ingest/resources.h"

namespace lkg::ingest {
namespace {

// spelling_variants.tsv: normalised variant word → canonical word.
const std::unordered_map<std::string, std::string>& VariantWords() {
  static const std::unordered_map<std::string, std::string> words = [] {
    std::unordered_map<std::string, std::string> out;
    std::string_view data = LkgIngestResource("spelling_variants.tsv");
    size_t pos = 0;
    while (pos < data.size()) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string_view::npos) nl = data.size();
      std::string_view line = data.substr(pos, nl - pos);
      pos = nl + 1;
      size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
      out.emplace(std::string(line.substr(0, tab)), std::string(line.substr(tab + 1)));
    }
    return out;
  }();
  return words;
}

std::vector<std::string> Words(const std::string& normalized) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < normalized.size()) {
    size_t space = normalized.find(' ', start);
    if (space == std::string::npos) space = normalized.size();
    if (space > start) out.push_back(normalized.substr(start, space - start));
    start = space + 1;
  }
  return out;
}

}  // namespace

std::string NameVariantKey(std::string_view name) {
  const auto& variants = VariantWords();
  std::vector<std::string> words = Words(NormalizeName(name));
  while (words.size() > 1 && Gazetteer::Get().IsLegalFormWord(words.back())) words.pop_back();  // "Glencore Plc"
  std::string key;
  for (std::string& w : words) {
    if (w == "the") continue;
    auto it = variants.find(w);
    const std::string& canonical = it == variants.end() ? w : it->second;
    if (canonical == "&") continue;  // "and" / "&" / nothing: one name
    if (!key.empty()) key += ' ';
    key += canonical;
  }
  return key;
}

}  // namespace lkg::ingest
