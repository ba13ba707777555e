// The RocksDB database under a GraphStore: its column families, how it is
// opened (read-write or read-only) and how RocksDB errors become Status.
// Internal to engine/.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>

#include <rocksdb/db.h>

#include "engine/graph_store.h"
#include "engine/status.h"

namespace lkg::internal {

// The column families; the order is the order of RocksDb::cf() handles.
enum class Cf {
  kMeta,       // schema_version, counters, next decision number
  kNodes,      // node(8) -> node record
  kEdges,      // edge(8) -> edge record
  kOut,        // source(8) + type(1) + edge(8) -> target(8)
  kIn,         // target(8) + type(1) + edge(8) -> source(8)
  kNames,      // normalised name + '\0' + node(8) -> type(1)
  kNameWords,  // word suffix + '\0' + node(8) + normalised name -> type(1)
  kTypes,      // type(1) + node(8) -> ""
  kCases,      // case indexes (key_codec.h) -> ""
  kDocs,       // doc(8) -> document metadata JSON
  kDocTexts,   // doc(8) -> text
  kDocUrls,    // url -> doc(8)
  kEvidence,   // owner kind(1) + owner(8) + doc(8) + span hash(8) -> evidence
  kDocFacts,   // doc(8) + owner kind(1) + owner(8) -> ""
  kDecisions,  // sequence(8) -> decision JSON
};
inline constexpr size_t kCfCount = 15;

// Adjacency keys start with the node (8 bytes): the prefix seeks use.
inline constexpr size_t kAdjacencyPrefixSize = 8;

// Read options for iterating `cf` from `prefix`: prefix-bounded seeks on the
// adjacency column families, total-order iteration everywhere else.
void SetScanMode(rocksdb::ReadOptions& read, Cf cf, std::string_view prefix);

// The name of a column family on disk.
const char* CfName(Cf cf);

// Turns a RocksDB status into a Status whose message starts with `context`.
Status FromRocks(const rocksdb::Status& status, std::string_view context);

class RocksDb {
 public:
  // Opens the store in `dir` (see GraphStore::Open for the error contract).
  static Result<std::unique_ptr<RocksDb>> Open(const std::string& dir, const StoreOptions& options);
  ~RocksDb();
  RocksDb(const RocksDb&) = delete;
  RocksDb& operator=(const RocksDb&) = delete;

  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(Cf cf) const { return handles_[static_cast<size_t>(cf)]; }
  const std::string& dir() const { return dir_; }
  bool read_only() const { return read_only_; }
  bool sync_writes() const { return sync_writes_; }

 private:
  RocksDb() = default;
  Status OpenDb(const StoreOptions& options, bool exists);
  Status CheckSchema();
  void Close();  // destroys the handles, then the database

  std::string dir_;
  bool read_only_ = false;
  bool sync_writes_ = false;
  std::unique_ptr<rocksdb::DB> db_;
  std::array<rocksdb::ColumnFamilyHandle*, kCfCount> handles_{};
  std::vector<rocksdb::ColumnFamilyHandle*> extra_handles_;  // column families of newer schemas
};

// Reads a counter from meta (0 when absent).
Result<uint64_t> ReadCounter(const RocksDb& db, const rocksdb::ReadOptions& read, std::string_view key);

}  // namespace lkg::internal
