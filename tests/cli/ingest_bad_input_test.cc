// `lkg ingest` on bad inputs next to a store that already holds documents:
// every bad file gets a clear message, the good ones are stored, nothing
// already stored is lost, and the exit code is 1.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "cli/command.h"
#include "tests/cli/run_lkg.h"
#include "tests/engine/store_test_util.h"

namespace lkg {
namespace {

using IngestRun = testing::CliRun;
using testing::RunLkg;


uint64_t DocumentCount(const std::string& db) {
  auto store = GraphStore::Open(db, StoreOptions{.read_only = true});
  REQUIRE(store.ok());
  auto stats = (*store)->NewReader()->Stats();
  REQUIRE(stats.ok());
  return stats->documents;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("lkg ingest: 50 MB, invalid UTF-8, empty and binary files fail clearly and lose nothing") {
  testing::TempDir dir;
  std::string db = dir.Sub("db");
  std::string first = dir.Sub("first.txt");
  std::ofstream(first) << "Union leader Eldar Tadjibaev, chair of the Mining and Metallurgy Trade Union of "
                          "Kyrgyzstan (MMTUK), was arrested on 6 December 2023.";
  REQUIRE(RunLkg({"--db", db, "ingest", first}).code == 0);
  REQUIRE(DocumentCount(db) == 1);

  std::string inputs = dir.Sub("inputs");
  std::filesystem::create_directories(inputs);
  { std::ofstream huge(inputs + "/huge.txt"); huge << std::string(50u << 20, 'a'); }
  std::ofstream(inputs + "/bad_utf8.txt") << "Workers at Acme Ltd \xff\xfe went on strike in Chile.";
  std::ofstream(inputs + "/empty.txt") << "";
  { std::ofstream bin(inputs + "/binary.txt", std::ios::binary); bin.write("PK\0\0\x01\x02\x03", 7); }
  std::ofstream(inputs + "/good.txt") << "The Korean Metal Workers' Union (KMWU) organizes at Hyundai Motor.";

  IngestRun run = RunLkg({"--db", db, "ingest", inputs});
  CHECK(run.code == 1);
  CHECK(Contains(run.err, "huge.txt"));
  CHECK(Contains(run.err, "bad_utf8.txt"));
  CHECK(Contains(run.err, "empty.txt"));
  CHECK(Contains(run.err, "binary.txt"));
  CHECK(Contains(run.err, "lkg: error: "));
  CHECK_FALSE(Contains(run.err, "good.txt"));
  // The first document survives and the good file is stored.
  CHECK(DocumentCount(db) == 2);
  IngestRun show = RunLkg({"--db", db, "show", "MMTUK"});
  CHECK(show.code == 0);
  CHECK(Contains(show.out, "Mining and Metallurgy Trade Union of Kyrgyzstan"));
}

}  // namespace
}  // namespace lkg
