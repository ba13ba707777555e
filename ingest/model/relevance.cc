#include "ingest/model/relevance.h"

#include <string>
#include <vector>

#include "ingest/model/model_resources.h"
#include "ingest/relations/relation_words.h"

namespace lkg::ingest::model {
namespace {

const std::vector<std::string>& GatePhrases() {
  static const std::vector<std::string> phrases = [] {
    std::vector<std::string> out;
    std::string_view data = LkgModelResource("relevance_gate.tsv");
    size_t pos = 0;
    while (pos < data.size()) {
      size_t eol = data.find('\n', pos);
      if (eol == std::string_view::npos) eol = data.size();
      std::string_view line = data.substr(pos, eol - pos);
      pos = eol + 1;
      if (!line.empty() && line[0] != '#') out.emplace_back(line);
    }
    return out;
  }();
  return phrases;
}

}  // namespace

bool JudgedLabour(const LinearModel* part, const FeatureIds& features, size_t words) {
  if (part == nullptr || words < kMinRelevanceWords) return true;
  int labour = part->LabelIndex("labour"), not_labour = part->LabelIndex("not_labour");
  if (labour < 0 || not_labour < 0) return true;
  std::vector<float> scores;
  part->Score(features, &scores);
  return scores[not_labour] <= scores[labour];
}

bool StrongUnionEvidence(const ArticleEntity& e) {
  if (e.known || relwords::IsFederation(e)) return true;
  std::string lower;
  for (char c : e.name) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (const std::string& phrase : GatePhrases()) {
    if (lower.find(phrase) != std::string::npos) return true;
  }
  return false;
}

}  // namespace lkg::ingest::model
