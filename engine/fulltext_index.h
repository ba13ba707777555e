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

#include "engine/fulltext_search.h"
#include "engine/graph_store.h"

namespace lkg {

class FullTextIndex {
 public:
  ~FullTextIndex();
  // Opens (or creates) the index of the store in `store_dir` for writing.
  // Busy when another process holds it; IOError when it cannot be created.
  static Result<std::unique_ptr<FullTextIndex>> OpenWritable(const std::string& store_dir);

  // Brings the index in step with `reader`; a no-op when it already
  // reflects reader.sequence(). Returns how many documents were added or
  // removed. Commits every few thousand documents (a crash keeps what was
  // committed; the sequence is written last). Store errors pass through;
  // IOError for an index failure.
  Result<size_t> CatchUp(const GraphReader& reader);

  // Follows one write that touched only the documents `changed` (added or
  // removed): when the index reflected `before` (the store's sequence just
  // before the write), indexes those still in `after` and drops the others,
  // without listing the store; otherwise it is CatchUp(after). Returns how
  // many documents changed. Errors as CatchUp.
  Result<size_t> Follow(const GraphReader& after, uint64_t before, const std::vector<DocKey>& changed);

 private:
  struct Impl;
  explicit FullTextIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The store sequence number the index in `store_dir` reflects; nullopt
// when there is no index yet, or one in an older format (to be rebuilt).
std::optional<uint64_t> FullTextSequence(const std::string& store_dir);


}  // namespace lkg
