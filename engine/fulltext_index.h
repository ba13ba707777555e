// Full-text search over the store's documents (titles and text) with Xapian:
// ranked (BM25), phrase queries ("hunger strike"), boolean operators and
// English stemming. The index lives in <store>/fulltext beside RocksDB and
// is derived data: it records the store sequence number it reflects, CatchUp
// brings it in step (indexing documents it lacks, dropping those the store
// no longer has), and deleting the folder only costs a rebuild. Xapian
// commits are atomic, so a crash leaves the last committed state, which the
// next CatchUp repairs.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/graph_store.h"

namespace lkg {

struct TextHit {
  DocKey document = 0;
  double score = 0;      // BM25 weight (higher is better)
  std::string snippet;   // a piece of the text around the matched terms
};

struct TextSearchPage {
  std::vector<TextHit> hits;  // best first
  uint64_t estimated_total = 0;
};

// The folder of the index of the store in `store_dir`.
std::string FullTextDir(const std::string& store_dir);

class FullTextIndex {
 public:
  ~FullTextIndex();
  // Opens (or creates) the index of the store in `store_dir` for writing.
  // Busy when another process holds it; IOError when it cannot be created.
  static Result<std::unique_ptr<FullTextIndex>> OpenWritable(const std::string& store_dir);

  // Brings the index in step with `reader`; a no-op when it already
  // reflects reader.sequence(). Returns how many documents were added or
  // removed. Store errors pass through; IOError for an index failure.
  Result<size_t> CatchUp(const GraphReader& reader);

 private:
  struct Impl;
  explicit FullTextIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The store sequence number the index in `store_dir` reflects; nullopt
// when there is no index yet.
std::optional<uint64_t> FullTextSequence(const std::string& store_dir);

// Searches the index of the store in `store_dir` (read-only; any number of
// readers while one process writes). `query` is in Xapian's query syntax
// (words, "phrases", AND/OR/NOT, title:word). NotFound when there is no
// index; InvalidArgument for a query Xapian cannot parse.
Result<TextSearchPage> SearchText(const std::string& store_dir, std::string_view query, size_t offset,
                                  size_t limit);

}  // namespace lkg
