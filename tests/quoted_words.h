// The words of a line of a data-driven test file (tests/queries/*.test,
// tests/ingest/extraction/*.test): split at spaces, except inside double
// quotes, which are dropped ("node person \"Ana Petrova\"" -> 3 words).
#pragma once

#include <string>
#include <vector>

namespace lkg::testing {

inline std::vector<std::string> SplitQuoted(const std::string& line) {
  std::vector<std::string> words;
  std::string current;
  bool quoted = false, any = false;
  for (char c : line) {
    if (c == '"') {
      quoted = !quoted;
      any = true;
    } else if (c == ' ' && !quoted) {
      if (any) words.push_back(current);
      current.clear();
      any = false;
    } else {
      current += c;
      any = true;
    }
  }
  if (any) words.push_back(current);
  return words;
}

}  // namespace lkg::testing
