// Crash safety and multi-process access: a writer process killed with
// SIGKILL at random points leaves a consistent store holding whole
// documents only; readers in other processes open while a writer works.
#include <doctest/doctest.h>

#include <random>

#include "tests/engine/child_process.h"
#include "tests/engine/synthetic_docs.h"

namespace lkg {
namespace {

using testing::ChildProcess;
using testing::MissingFacts;
using testing::OpenOrDie;
using testing::SpawnSelf;
using testing::TempDir;

// Opens the store, checks every invariant and that each stored document
// has all of its facts. Returns the number of documents.
uint64_t VerifyWholeDocuments(const std::string& dir, bool read_only) {
  auto store = OpenOrDie(dir, read_only);
  auto reader = store->NewReader();
  Status consistent = reader->CheckConsistency();
  INFO(consistent.ToString());
  REQUIRE(consistent.ok());
  uint64_t documents = 0;
  Status scan = reader->ForEachDocument([&](const Document& doc) {
    ++documents;
    std::string missing = MissingFacts(*reader, doc.properties.value("seq", uint64_t{0}));
    INFO("document " << doc.title);
    CHECK(missing == "");
    return missing.empty();
  });
  REQUIRE(scan.ok());
  CHECK(reader->Stats()->documents == documents);
  return documents;
}

TEST_CASE("a writer killed with SIGKILL at random points leaves whole documents only") {
  TempDir dir;
  std::mt19937 random(20240523);
  constexpr int kKills = 24;
  uint64_t committed_total = 0;
  for (int kill = 0; kill < kKills; ++kill) {
    CAPTURE(kill);
    ChildProcess child = SpawnSelf("writer:" + dir.path() + ":" + std::to_string(kill * 1000));
    REQUIRE(child.started());
    size_t wanted = 1 + random() % 12;
    size_t seen = child.Read(wanted);
    REQUIRE(seen == wanted);  // the child writes, it did not fail
    usleep(random() % 15000);
    child.Kill();
    committed_total += seen;
    uint64_t documents = VerifyWholeDocuments(dir.path(), /*read_only=*/kill % 2 == 1);
    CHECK(documents > 0);
    CHECK(documents <= testing::kSyntheticUrls);  // same-url documents replace each other
  }
  CHECK(committed_total >= kKills);
}

TEST_CASE("read-only opening works while another process holds the store for writing") {
  TempDir dir;
  ChildProcess holder = SpawnSelf("hold:" + dir.path() + ":25");
  REQUIRE(holder.started());
  REQUIRE(holder.Read(1) == 1);  // 25 documents written, store still open

  StoreOptions writer_options;
  auto second_writer = GraphStore::Open(dir.path(), writer_options);
  CHECK(second_writer.status().code() == StatusCode::kBusy);
  CHECK(second_writer.status().message().find(dir.path()) != std::string::npos);

  auto reader_store = OpenOrDie(dir.path(), /*read_only=*/true);
  auto reader = reader_store->NewReader();
  CHECK(reader->Stats()->documents == 25);
  CHECK(reader->CheckConsistency().ok());
  CHECK(MissingFacts(*reader, 24) == "");
  holder.Kill();
}

TEST_CASE("read-only opens during continuous writes see consistent snapshots") {
  TempDir dir;
  ChildProcess writer = SpawnSelf("writer:" + dir.path() + ":500000");
  REQUIRE(writer.started());
  REQUIRE(writer.Read(3) == 3);
  uint64_t last_sequence = 0;
  for (int i = 0; i < 8; ++i) {
    CAPTURE(i);
    writer.Read(2);  // let it write some more
    auto store = OpenOrDie(dir.path(), /*read_only=*/true);
    auto reader = store->NewReader();
    Status consistent = reader->CheckConsistency();
    INFO(consistent.ToString());
    CHECK(consistent.ok());
    CHECK(reader->sequence() >= last_sequence);
    last_sequence = reader->sequence();
  }
  writer.Kill();
  CHECK(last_sequence > 0);
}

}  // namespace
}  // namespace lkg
