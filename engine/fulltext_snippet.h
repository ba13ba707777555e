// Snippets of a document's text for a full-text hit: the window of the text
// with the most words matching the query, each run of matching words marked
// «like this» (a phrase is one run), cut at word boundaries with "…", on one
// line. Internal to the engine (fulltext_search.cc); Xapian's own snippets
// do not mark phrases when the index holds only stemmed terms.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include <xapian.h>

namespace lkg::fulltext {

class SnippetMaker {
 public:
  // Marks words whose "Z"-prefixed stem (by `stemmer`, as the index stores
  // words) is one of `query`'s terms; title:word terms mark the word too.
  SnippetMaker(const Xapian::Query& query, const Xapian::Stem& stemmer);

  // About `max_bytes` of `text` (whole words; more when one word is longer).
  std::string Make(std::string_view text, size_t max_bytes) const;

 private:
  bool Matches(std::string_view word) const;

  Xapian::Stem stemmer_;
  std::unordered_set<std::string> stems_;  // the query's stems, without "Z"
  std::unordered_set<std::string> starts_;  // their first two bytes: a word not starting so is not stemmed
};

}  // namespace lkg::fulltext
