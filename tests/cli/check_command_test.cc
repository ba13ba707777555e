// `lkg check`: passes on a store after writers of every kind (ingest,
// import, `lkg serve` taking POSTs) were killed with SIGKILL; names the
// damage on a store with a truncated MANIFEST or a corrupt table file;
// writers refuse a damaged store instead of recreating what is missing;
// --repair recovers what can be read.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "tests/cli/lkg_process.h"
#include "tests/cli/run_lkg.h"
#include "tests/engine/store_test_util.h"

namespace lkg::testing {
namespace {

namespace fs = std::filesystem;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string kSamples = std::string(LKG_SOURCE_DIR) + "/samples/wikinews_labour.jsonl";

// Serves the store, POSTs articles until the server is killed at a random moment.
void KillServerDuringWrites(const std::string& store, const std::string& log, std::mt19937& random) {
  pid_t server = StartLkg({"--db", store, "serve", "--port", "0", "--threads", "2"}, log);
  KilledAtEnd guard(server);
  int port = ServedPort(log);
  REQUIRE_MESSAGE(port > 0, ReadFile(log));
  std::atomic<bool> stop{false};
  std::thread poster([&] {
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(5, 0);
    for (int i = 0; !stop.load(); ++i) {
      nlohmann::json doc = {{"text", "Workers at Plant " + std::to_string(random() % 100000) +
                                         " joined the United Steelworkers union in a strike in 2024."},
                            {"url", "https://crash.test/" + std::to_string(i)}};
      if (!client.Post("/api/v1/documents", {{"X-Requested-With", "t"}}, doc.dump(), "application/json")) break;
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200 + random() % 600));
  KillAndReap(server);
  guard.Release();
  stop.store(true);
  poster.join();
}

void CorruptMiddleOf(const std::string& path) {
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  REQUIRE(file);
  file.seekp(static_cast<std::streamoff>(fs::file_size(path) / 3));
  std::string garbage(512, '\x5a');
  file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
}

std::string Largest(const std::string& dir, const std::string& prefix_or_ext) {
  std::string best;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    bool match = name.rfind(prefix_or_ext, 0) == 0 || entry.path().extension() == prefix_or_ext;
    if (match && (best.empty() || fs::file_size(entry.path()) > fs::file_size(best))) best = entry.path().string();
  }
  REQUIRE(!best.empty());
  return best;
}

// A store with the samples, its memtables flushed into table files.
void FlushedStore(const std::string& store) {
  REQUIRE(RunLkg({"--db", store, "ingest", kSamples}).code == 0);
  auto opened = GraphStore::Open(store);
  REQUIRE(opened.ok());
  REQUIRE((*opened)->Flush().ok());
}

}  // namespace

TEST_CASE("lkg check passes after SIGKILLs during ingest, import and HTTP writes") {
  TempDir dir;
  std::string store = dir.Sub("store");
  std::string records = std::string(LKG_SHARED_DIR) + "/data/collective-action-tech/actions.json";
  std::mt19937 random(20261207);
  int kills = 0;
  for (int round = 0; round < 7; ++round) {
    CAPTURE(round);
    pid_t ingest = StartLkg({"--db", store, "ingest", kSamples}, dir.Sub("ingest.log"));
    std::this_thread::sleep_for(std::chrono::milliseconds(50 + random() % 400));
    KillAndReap(ingest);
    if (fs::exists(records)) {
      pid_t import = StartLkg({"--db", store, "import", "collective-action", records}, dir.Sub("import.log"));
      std::this_thread::sleep_for(std::chrono::milliseconds(50 + random() % 400));
      KillAndReap(import);
      ++kills;
    }
    if (fs::exists(fs::path(store) / "CURRENT")) KillServerDuringWrites(store, dir.Sub("serve.log"), random);
    kills += 2;
    if (!fs::exists(fs::path(store) / "CURRENT")) continue;  // killed before the store existed
    CliRun check = RunLkg({"--db", store, "check"});
    CHECK_MESSAGE(check.code == 0, check.err);
    CHECK(Has(check.out, "lkg check: ok ("));
  }
  CHECK(kills >= 20);
}

TEST_CASE("a truncated MANIFEST: writers refuse the store, check names it, --repair recovers") {
  TempDir dir;
  std::string store = dir.Sub("store");
  FlushedStore(store);
  std::string before = RunLkg({"--db", store, "stats", "--json"}).out;
  std::string manifest = Largest(store, "MANIFEST-");
  bool lost = false;  // cut until a column family is lost (read commands see the damage)
  for (auto size = fs::file_size(manifest) / 2; size > 16 && !lost; size = size * 3 / 4) {
    fs::resize_file(manifest, size);
    lost = Has(RunLkg({"--db", store, "stats"}).err, "column family is missing");
  }
  REQUIRE(lost);
  CliRun ingest = RunLkg({"--db", store, "ingest", kSamples});
  CHECK(ingest.code == 1);
  CHECK(Has(ingest.err, "lkg: error: "));
  CliRun check = RunLkg({"--db", store, "check"});
  CHECK(check.code == 1);
  CHECK(Has(check.err, "lkg: error: "));
  CHECK_FALSE(Has(check.out, "ok"));
  CliRun repaired = RunLkg({"--db", store, "check", "--repair"});
  CHECK_MESSAGE(repaired.code == 0, repaired.err);
  CHECK(Has(repaired.out, "lkg check: ok ("));
  CHECK(nlohmann::json::parse(RunLkg({"--db", store, "stats", "--json"}).out) == nlohmann::json::parse(before));
}

TEST_CASE("a corrupt table file is named by lkg check") {
  TempDir dir;
  std::string store = dir.Sub("store");
  FlushedStore(store);
  CHECK(RunLkg({"--db", store, "check"}).code == 0);
  std::string table = Largest(store, ".sst");
  CorruptMiddleOf(table);
  CliRun check = RunLkg({"--db", store, "check"});
  CHECK(check.code == 1);
  CHECK(Has(check.err, "lkg: error: "));
  CHECK(Has(check.err, fs::path(table).filename().string()));
}

}  // namespace lkg::testing
