// Searching the full-text index of a store's documents (engine/fulltext_index.h
// writes it): ranked (BM25), phrase queries ("hunger strike"), boolean
// operators, title:word, English stemming. Each hit carries the document's
// summary fields and a snippet, read from the index alone (no store read).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/records.h"
#include "engine/status.h"

namespace lkg {

struct TextHit {
  DocKey document = 0;
  Document summary;     // key, title, url, published, source, lang (no text)
  double score = 0;     // BM25 weight (higher is better)
  std::string snippet;  // a piece of the text around the matched terms
};

struct TextSearchPage {
  std::vector<TextHit> hits;  // best first
  // Xapian's estimate of all matches; with a filter, the exact number of
  // matches within the window that pass it.
  uint64_t total = 0;
};

struct TextSearchRequest {
  std::string_view query;  // Xapian query syntax: words, "phrases", AND/OR/NOT, title:word
  size_t offset = 0;       // hits to skip (after filtering)
  size_t limit = 10;
  // When set, only documents whose summary passes count; the best `window`
  // matches are filtered.
  std::function<bool(const Document&)> keep;
  size_t window = 2000;
};

// The folder of the index of the store in `store_dir`.
std::string FullTextDir(const std::string& store_dir);

// Searches one store's index with database handles kept open between
// searches (one per concurrent search). A handle sees the index as of its
// last reopening: after Changed(), and at least once a second (for a writer
// in another process). Thread-safe: any number of threads may search at
// once, while one process writes the index.
class FullTextSearcher {
 public:
  explicit FullTextSearcher(std::string store_dir);
  ~FullTextSearcher();
  FullTextSearcher(const FullTextSearcher&) = delete;
  FullTextSearcher& operator=(const FullTextSearcher&) = delete;

  // The page of hits `request` asks for; snippets only for those. NotFound
  // when there is no index; InvalidArgument for a query Xapian cannot parse;
  // IOError for an index failure.
  Result<TextSearchPage> Search(const TextSearchRequest& request) const;

  // Tells the searcher the index was just committed: later searches see it.
  void Changed();

 private:
  struct Handle;
  std::unique_ptr<Handle> Acquire() const;
  void Release(std::unique_ptr<Handle> handle) const;

  std::string dir_;
  struct Pool;
  std::unique_ptr<Pool> pool_;
};

// One search without keeping handles (the CLI): FullTextSearcher(store_dir).Search.
Result<TextSearchPage> SearchText(const std::string& store_dir, std::string_view query, size_t offset,
                                  size_t limit);

}  // namespace lkg
