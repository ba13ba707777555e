// Word classes of the rule files: named sets of lower-case words read from
// "CLASS<TAB>word word ..." rows, looked up in a hash set built once.
#pragma once

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/status.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest::rules {

// A set of words; the views point into the rule file's bytes.
class WordSet {
 public:
  void Add(std::string_view word) { words_.insert(word); }
  // True when `word` is in the set.
  bool Has(std::string_view word) const { return words_.count(word) > 0; }
  // True when the lower-case form of some token of `t` is in the set.
  bool AnyToken(const std::vector<Token>& t) const;
  size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string_view> words_;
};

// The classes of one word-class file, by class name.
using WordClasses = std::unordered_map<std::string_view, WordSet>;

// Parses rows "CLASS<TAB>word word ..." (several rows of one class add up).
// Errors name file and line: a wrong column count, a row without words, an
// upper-case word (tokens are matched in lower case). The result views
// `bytes`, which must outlive it.
Result<WordClasses> ParseWordClasses(std::string_view file, std::string_view bytes);

}  // namespace lkg::ingest::rules
