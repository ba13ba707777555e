// Opening a store: the error contract (Busy, Incompatible, Corruption,
// NotFound) with messages that name the directory.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "engine/graph_store.h"
#include "engine/key_codec.h"
#include "engine/record_codec.h"
#include "engine/rocks_db.h"
#include "tests/engine/store_test_util.h"

namespace lkg {
namespace {

using testing::DocOf;
using testing::NodeOf;
using testing::OpenOrDie;
using testing::TempDir;

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Status OpenStatus(const std::string& dir, bool read_only = false) {
  StoreOptions options;
  options.read_only = read_only;
  auto store = GraphStore::Open(dir, options);
  return store.ok() ? Status::Ok() : store.status();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

TEST_CASE("a second writer gets Busy naming the directory") {
  TempDir dir;
  auto first = OpenOrDie(dir.path());
  Status second = OpenStatus(dir.path());
  CHECK(second.code() == StatusCode::kBusy);
  CHECK(Contains(second.message(), dir.path()));
  CHECK(Contains(second.message(), "locked by another process"));
  // A reader is welcome while the writer holds the lock.
  CHECK(OpenStatus(dir.path(), /*read_only=*/true).ok());
}

TEST_CASE("a store written by a newer schema gives Incompatible") {
  TempDir dir;
  OpenOrDie(dir.path());  // create, then close
  {
    auto db = internal::RocksDb::Open(dir.path(), StoreOptions{});
    REQUIRE(db.ok());
    auto s = (*db)->db()->Put(rocksdb::WriteOptions(), (*db)->cf(internal::Cf::kMeta),
                              std::string(internal::kSchemaVersionKey), internal::EncodeCounter(kSchemaVersion + 1));
    REQUIRE(s.ok());
  }
  for (bool read_only : {false, true}) {
    Status status = OpenStatus(dir.path(), read_only);
    CHECK(status.code() == StatusCode::kIncompatible);
    CHECK(Contains(status.message(), dir.path()));
    CHECK(Contains(status.message(), "newer lkg (schema version 2; this build reads up to 1)"));
  }
}

TEST_CASE("garbage store files give a clear error, not a crash") {
  TempDir dir;
  {
    auto store = OpenOrDie(dir.path());
    DocumentFacts d = DocOf("some text");
    d.nodes.push_back(NodeOf(NodeType::kUnion, "Alpha"));
    REQUIRE(store->Apply(d).ok());
    REQUIRE(store->Flush().ok());
  }
  SUBCASE("a garbage table file") {
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
      if (entry.path().extension() == ".sst") WriteFile(entry.path(), std::string(4096, 'x'));
    }
    for (bool read_only : {false, true}) {
      Status status = OpenStatus(dir.path(), read_only);
      CHECK(status.code() == StatusCode::kCorruption);
      CHECK(Contains(status.message(), dir.path()));
    }
  }
  SUBCASE("a garbage CURRENT file") {
    WriteFile(dir.Sub("CURRENT"), "\x01\x02garbage");
    for (bool read_only : {false, true}) {
      Status status = OpenStatus(dir.path(), read_only);
      CHECK_FALSE(status.ok());
      CHECK((status.code() == StatusCode::kCorruption || status.code() == StatusCode::kNotFound));
      CHECK(Contains(status.message(), "cannot open the store at '" + dir.path() + "'"));
    }
  }
}

TEST_CASE("read-only opening of a missing store gives NotFound; odd directories are refused") {
  TempDir dir;
  Status missing = OpenStatus(dir.Sub("nothing-here"), /*read_only=*/true);
  CHECK(missing.code() == StatusCode::kNotFound);
  CHECK(missing.message() == "no lkg store at '" + dir.Sub("nothing-here") + "' (the directory does not exist)");
  CHECK_FALSE(std::filesystem::exists(dir.Sub("nothing-here")));  // nothing created

  Status empty = OpenStatus(dir.path(), /*read_only=*/true);
  CHECK(empty.code() == StatusCode::kNotFound);
  CHECK(Contains(empty.message(), "the directory is empty"));

  WriteFile(dir.Sub("notes.txt"), "my notes");
  Status foreign = OpenStatus(dir.path());
  CHECK(foreign.code() == StatusCode::kInvalidArgument);
  CHECK(Contains(foreign.message(), "is not an lkg store"));

  Status file = OpenStatus(dir.Sub("notes.txt"));
  CHECK(file.code() == StatusCode::kInvalidArgument);
  CHECK(Contains(file.message(), "is a file"));

  StoreOptions no_create;
  no_create.create_if_missing = false;
  auto absent = GraphStore::Open(dir.Sub("new"), no_create);
  CHECK(absent.status().code() == StatusCode::kNotFound);
}

TEST_CASE("a new store is created on first open and a read-only store refuses writes") {
  TempDir dir;
  std::string path = dir.Sub("fresh/store");
  OpenOrDie(path);
  auto reader_store = OpenOrDie(path, /*read_only=*/true);
  CHECK(reader_store->read_only());
  CHECK(reader_store->path() == path);
  auto stats = reader_store->NewReader()->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->nodes == 0);
  auto write = reader_store->Apply(DocOf("text"));
  CHECK(write.status().code() == StatusCode::kInvalidArgument);
  CHECK(Contains(write.status().message(), "is open read-only"));
}

}  // namespace
}  // namespace lkg
