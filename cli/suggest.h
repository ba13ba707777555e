// "Did you mean …?" for mistyped commands and options: the closest name by
// edit distance (Levenshtein over bytes), when it is close enough to be a typo.
#pragma once

#include <string>
#include <vector>

namespace lkg::cli {

// Insertions, deletions and substitutions turning `a` into `b`.
size_t EditDistance(const std::string& a, const std::string& b);

// The candidate nearest to `word` when at most 1 edit away (words of up to 4
// characters) or 2 edits (longer words), or when `word` is a prefix of exactly
// one candidate; "" otherwise. Ties go to the earlier candidate.
std::string ClosestName(const std::string& word, const std::vector<std::string>& candidates);

// " (did you mean 'X'?)" with X = `prefix` + ClosestName(...), or "" when none is close.
std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates,
                       const std::string& prefix = "");

}  // namespace lkg::cli
