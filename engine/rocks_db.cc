#include "engine/rocks_db.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <filesystem>
#include <system_error>
#include <thread>

#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>

#include "engine/key_codec.h"
#include "engine/record_codec.h"
#include "engine/store_check.h"

namespace lkg::internal {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCfNames[kCfCount] = {
    "meta",  "nodes", "edges", "out",      "in",       "names",     "name_words", "types",
    "cases", "docs",  "doc_texts", "doc_urls", "evidence", "doc_facts", "decisions"};

rocksdb::CompressionType PickCompression() {
  for (rocksdb::CompressionType type : rocksdb::GetSupportedCompressions()) {
    if (type == rocksdb::kLZ4Compression) return type;
  }
  for (rocksdb::CompressionType type : rocksdb::GetSupportedCompressions()) {
    if (type == rocksdb::kSnappyCompression) return type;
  }
  return rocksdb::kNoCompression;
}

// Per column family: adjacency lists are read by 8-byte node prefix (prefix
// bloom filters let a seek skip files without the node); records and indexes
// are read at random (small blocks); evidence and texts are read in runs.
rocksdb::ColumnFamilyOptions MakeCfOptions(const std::shared_ptr<rocksdb::Cache>& cache, std::optional<Cf> cf,
                                          const StoreOptions& store) {
  rocksdb::ColumnFamilyOptions options;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.cache_index_and_filter_blocks = store.index_in_cache;
  table.pin_l0_filter_and_index_blocks_in_cache = store.index_in_cache;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  bool bulk = cf == Cf::kEvidence || cf == Cf::kDocTexts || cf == Cf::kDocs;
  table.block_size = bulk ? 16 * 1024 : 4 * 1024;
  if (cf == Cf::kOut || cf == Cf::kIn) {
    options.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(kAdjacencyPrefixSize));
    table.whole_key_filtering = false;
  }
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  options.compression = PickCompression();
  options.write_buffer_size = std::clamp<size_t>(store.memtable_bytes / 4, 1u << 20, 32u << 20);
  return options;
}

rocksdb::DBOptions MakeDbOptions(const StoreOptions& options, bool exists) {
  rocksdb::DBOptions db;
  db.create_if_missing = !options.read_only && options.create_if_missing;
  // Only a new store gets its column families created: one missing from an
  // existing store means damage (a truncated MANIFEST), and recreating it
  // empty would lose its data silently.
  db.create_missing_column_families = !options.read_only && !exists;
  db.db_write_buffer_size = options.memtable_bytes;  // across all column families
  db.max_open_files = -1;                // open every table file up front
  db.keep_log_file_num = 3;
  db.max_log_file_size = 4u << 20;
  db.max_background_jobs = 2;
  return db;
}

// True when the store in `dir` holds data: a table file, or a write-ahead
// log with records. A store whose creation was interrupted has neither, so
// a column family missing there is not damage.
bool HoldsData(const std::string& dir) {
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    std::string ext = entry.path().extension().string();
    if (ext == ".sst" || (ext == ".log" && entry.file_size(ec) > 0)) return true;
  }
  return false;
}

bool LooksLikeLock(const rocksdb::Status& s) {
  std::string text = s.ToString();
  return s.IsIOError() && (text.find("lock") != std::string::npos || text.find("LOCK") != std::string::npos);
}

// Checks what is at `dir` before RocksDB touches it. Sets `exists` when a
// store (a CURRENT file) is there.
Status InspectDirectory(const std::string& dir, const StoreOptions& options, bool& exists) {
  std::error_code ec;
  exists = false;
  fs::file_status st = fs::status(dir, ec);
  if (ec && ec != std::errc::no_such_file_or_directory) {
    return Status::IOError("cannot read '" + dir + "': " + ec.message());
  }
  if (!fs::exists(st)) {
    if (options.read_only || !options.create_if_missing) {
      return Status::NotFound("no lkg store at '" + dir + "' (the directory does not exist)");
    }
    fs::create_directories(dir, ec);
    if (ec) return Status::IOError("cannot create the store directory '" + dir + "': " + ec.message());
    return Status::Ok();
  }
  if (!fs::is_directory(st)) return Status::InvalidArgument("'" + dir + "' is a file, not an lkg store directory");
  exists = fs::exists(fs::path(dir) / "CURRENT", ec);
  if (exists) return Status::Ok();
  bool empty = fs::is_empty(dir, ec);
  if (ec) return Status::IOError("cannot read '" + dir + "': " + ec.message());
  if (!empty) return Status::InvalidArgument("'" + dir + "' is not an lkg store (it is not empty and has no CURRENT file)");
  if (options.read_only || !options.create_if_missing) {
    return Status::NotFound("no lkg store at '" + dir + "' (the directory is empty)");
  }
  return Status::Ok();
}

}  // namespace

void SetScanMode(rocksdb::ReadOptions& read, Cf cf, std::string_view prefix) {
  bool adjacency = cf == Cf::kOut || cf == Cf::kIn;
  if (adjacency && prefix.size() >= kAdjacencyPrefixSize) read.prefix_same_as_start = true;
  else read.total_order_seek = true;
}

const char* CfName(Cf cf) { return kCfNames[static_cast<size_t>(cf)]; }

Status FromRocks(const rocksdb::Status& status, std::string_view context) {
  std::string message = std::string(context) + ": " + status.ToString();
  if (status.ok()) return Status::Ok();
  if (status.IsNotFound() || status.IsPathNotFound()) return Status::NotFound(message);
  if (status.IsCorruption()) return Status::Corruption(message);
  if (status.IsBusy() || status.IsTimedOut() || status.IsTryAgain()) return Status::Busy(message);
  if (status.IsInvalidArgument()) return Status::InvalidArgument(message);
  if (status.IsNoSpace() || status.ToString().find("No space left") != std::string::npos) {
    return Status::IOError(std::string(context) + ": no space left on the device (" + status.ToString() + ")");
  }
  return Status::IOError(message);
}

Result<std::unique_ptr<RocksDb>> RocksDb::Open(const std::string& dir, const StoreOptions& options) {
  bool exists = false;
  LKG_RETURN_IF_ERROR(InspectDirectory(dir, options, exists));
  std::unique_ptr<RocksDb> store(new RocksDb());
  store->dir_ = dir;
  store->read_only_ = options.read_only;
  store->sync_writes_ = options.sync_writes;
  try {
    // A read-only open can race with the writer replacing its files: retry.
    Status status;
    for (int attempt = 0; attempt < 5; ++attempt) {
      status = store->OpenDb(options, exists);
      if (status.ok() || !options.read_only || status.code() == StatusCode::kIncompatible) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20 * (attempt + 1)));
    }
    LKG_RETURN_IF_ERROR(status);
  } catch (const std::exception& e) {
    return Status::IOError("cannot open the store at '" + dir + "': " + e.what());
  }
  return store;
}

void RocksDb::Close() {
  if (db_) {
    for (auto*& h : handles_) {
      if (h) db_->DestroyColumnFamilyHandle(h);
      h = nullptr;
    }
    for (auto* h : extra_handles_) db_->DestroyColumnFamilyHandle(h);
    db_->Close().PermitUncheckedError();
  }
  extra_handles_.clear();
  db_.reset();
}

// Ok when `names` holds every column family of ours, or when some are
// missing from a store whose creation never finished (no data yet: then a
// writer creates them, `db_options` is changed). Corruption when a store
// holding data lost one; NotFound for a read-only open of an unfinished one.
static Status CheckColumnFamilies(const std::string& dir, const std::vector<std::string>& names,
                                  const StoreOptions& options, bool exists, rocksdb::DBOptions& db_options) {
  std::string missing;
  for (const char* name : kCfNames) {
    if (std::find(names.begin(), names.end(), name) == names.end()) missing = name;
  }
  if (missing.empty() || !exists) return Status::Ok();
  if (HoldsData(dir)) {
    return Status::Corruption("the store at '" + dir + "' is damaged or not an lkg store: its '" + missing +
                              "' column family is missing (a truncated MANIFEST?); `lkg check --repair` may recover it");
  }
  if (options.read_only) {
    return Status::NotFound("the store at '" + dir + "' has no '" + missing + "' column family: it is not an lkg "
                            "store, or a writer stopped while creating it (then any write command finishes it)");
  }
  db_options.create_missing_column_families = true;  // finishes an interrupted creation: no data yet
  return Status::Ok();
}


Status RocksDb::OpenDb(const StoreOptions& options, bool exists) {
  Close();
  rocksdb::DBOptions db_options = MakeDbOptions(options, exists);
  auto cache = rocksdb::NewLRUCache(options.block_cache_bytes);
  rocksdb::ColumnFamilyOptions other_options = MakeCfOptions(cache, std::nullopt, options);
  std::vector<std::string> names;
  if (exists) {
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(db_options, dir_, &names);
    if (!s.ok()) return FromRocks(s, "cannot open the store at '" + dir_ + "'");
  }
  LKG_RETURN_IF_ERROR(CheckColumnFamilies(dir_, names, options, exists, db_options));
  // Ours first (in Cf order), then any a newer schema added, then default.
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (size_t i = 0; i < kCfCount; ++i) {
    descriptors.emplace_back(kCfNames[i], MakeCfOptions(cache, static_cast<Cf>(i), options));
  }
  for (const std::string& name : names) {
    bool ours = std::find(std::begin(kCfNames), std::end(kCfNames), name) != std::end(kCfNames);
    if (!ours) descriptors.emplace_back(name, other_options);
  }
  if (std::find(names.begin(), names.end(), rocksdb::kDefaultColumnFamilyName) == names.end()) {
    descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, other_options);
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s =
      options.read_only ? rocksdb::DB::OpenForReadOnly(db_options, dir_, descriptors, &handles, &raw)
                        : rocksdb::DB::Open(db_options, dir_, descriptors, &handles, &raw);
  if (!s.ok()) {
    if (LooksLikeLock(s)) {
      return Status::Busy("the store at '" + dir_ + "' is locked by another process (is `lkg serve` or an ingest running?)");
    }
    return FromRocks(s, "cannot open the store at '" + dir_ + "'");
  }
  db_.reset(raw);
  for (size_t i = 0; i < handles.size(); ++i) {
    if (i < kCfCount) handles_[i] = handles[i];
    else extra_handles_.push_back(handles[i]);
  }
  return CheckSchema();
}

Status RocksDb::CheckSchema() {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), cf(Cf::kMeta), std::string(kSchemaVersionKey), &value);
  if (s.IsNotFound()) {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), cf(Cf::kMeta)));
    it->SeekToFirst();
    if (it->Valid()) return Status::Corruption("the store at '" + dir_ + "' has no schema version");
    if (read_only_) return Status::Ok();  // created but never written: an empty store
    s = db_->Put(rocksdb::WriteOptions(), cf(Cf::kMeta), std::string(kSchemaVersionKey),
                 EncodeCounter(kSchemaVersion));
    return FromRocks(s, "cannot initialise the store at '" + dir_ + "'");
  }
  if (!s.ok()) return FromRocks(s, "cannot read the schema version of '" + dir_ + "'");
  if (value.size() != 8) return Status::Corruption("the store at '" + dir_ + "' has a malformed schema version");
  uint64_t version = DecodeCounter(value);
  if (version > static_cast<uint64_t>(kSchemaVersion)) {
    return Status::Incompatible("the store at '" + dir_ + "' was written by a newer lkg (schema version " +
                                std::to_string(version) + "; this build reads up to " +
                                std::to_string(kSchemaVersion) + ")");
  }
  return Status::Ok();
}

RocksDb::~RocksDb() { Close(); }

}  // namespace lkg::internal

namespace lkg {

// After RocksDB's repair: creates the column families that had no table
// file (empty ones; repair only restores those it finds data for).
static Status RecreateEmptyColumnFamilies(const std::string& dir,
                                          std::vector<rocksdb::ColumnFamilyDescriptor> descriptors) {
  using namespace internal;
  std::vector<std::string> names;
  rocksdb::Status s = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir, &names);
  if (!s.ok()) return FromRocks(s, "cannot read the repaired store at '" + dir + "'");
  for (const std::string& name : names) {
    bool known = std::any_of(descriptors.begin(), descriptors.end(), [&](const auto& d) { return d.name == name; });
    if (!known) descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  rocksdb::DBOptions options;
  options.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  s = rocksdb::DB::Open(options, dir, descriptors, &handles, &raw);
  if (!s.ok()) return FromRocks(s, "cannot open the repaired store at '" + dir + "'");
  std::unique_ptr<rocksdb::DB> db(raw);
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  return FromRocks(db->Close(), "cannot close the repaired store at '" + dir + "'");
}

Status RepairStoreFiles(const std::string& dir) {
  using namespace internal;
  std::error_code ec;
  if (!fs::exists(fs::path(dir) / "CURRENT", ec) && !fs::exists(fs::path(dir), ec)) {
    return Status::NotFound("no lkg store at '" + dir + "'");
  }
  StoreOptions options;
  auto cache = rocksdb::NewLRUCache(options.block_cache_bytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (size_t i = 0; i < kCfCount; ++i) {
    descriptors.emplace_back(kCfNames[i], MakeCfOptions(cache, static_cast<Cf>(i), options));
  }
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, MakeCfOptions(cache, std::nullopt, options));
  try {
    rocksdb::Status s = rocksdb::RepairDB(dir, MakeDbOptions(options, true), descriptors,
                                          MakeCfOptions(cache, std::nullopt, options));
    if (!s.ok()) return FromRocks(s, "cannot repair the store at '" + dir + "'");
    return RecreateEmptyColumnFamilies(dir, descriptors);
  } catch (const std::exception& e) {
    return Status::IOError("cannot repair the store at '" + dir + "': " + e.what());
  }
}

}  // namespace lkg

namespace lkg::internal {

Result<uint64_t> ReadCounter(const RocksDb& db, const rocksdb::ReadOptions& read, std::string_view key) {
  std::string value;
  rocksdb::Status s = db.db()->Get(read, db.cf(Cf::kMeta), rocksdb::Slice(key.data(), key.size()), &value);
  if (s.IsNotFound()) return uint64_t{0};
  if (!s.ok()) return FromRocks(s, "cannot read counter " + std::string(key));
  return DecodeCounter(value);
}

}  // namespace lkg::internal
