#include "cli/suggest.h"

#include <algorithm>

namespace lkg::cli {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string ClosestName(const std::string& word, const std::vector<std::string>& candidates) {
  if (word.empty()) return "";
  size_t allowed = word.size() <= 4 ? 1 : 2;
  std::string best;
  size_t best_distance = allowed + 1;
  std::vector<const std::string*> prefixed;
  for (const std::string& candidate : candidates) {
    size_t distance = EditDistance(word, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
    if (candidate.rfind(word, 0) == 0) prefixed.push_back(&candidate);
  }
  if (best.empty() && prefixed.size() == 1) return *prefixed[0];
  return best;
}

std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates,
                       const std::string& prefix) {
  std::string closest = ClosestName(word, candidates);
  return closest.empty() ? "" : " (did you mean '" + prefix + closest + "'?)";
}

}  // namespace lkg::cli
