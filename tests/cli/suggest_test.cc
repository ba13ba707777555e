// "Did you mean …?" on mistyped commands and options (cli/suggest.h).
#include <doctest/doctest.h>

#include "cli/suggest.h"
#include "tests/cli/run_lkg.h"

namespace lkg::cli {
namespace {

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("edit distance counts insertions, deletions and substitutions") {
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("serach", "search") == 2);
  CHECK(EditDistance("neighbours", "neighbors") == 1);
  CHECK(EditDistance("same", "same") == 0);
}

TEST_CASE("the closest name is suggested only when it is close enough") {
  std::vector<std::string> commands = {"ingest", "import", "search", "show", "stats", "export"};
  CHECK(ClosestName("serach", commands) == "search");
  CHECK(ClosestName("exprt", commands) == "export");
  CHECK(ClosestName("shw", commands) == "show");
  CHECK(ClosestName("frobnicate", commands).empty());
  CHECK(ClosestName("sta", commands) == "stats");  // the prefix of one name only
  CHECK(ClosestName("s", commands).empty());       // a prefix of several
  CHECK(DidYouMean("dept", {"depth", "limit"}, "--") == " (did you mean '--depth'?)");
  CHECK(DidYouMean("zzz", {"depth"}).empty());
}

TEST_CASE("lkg suggests the command or option meant") {
  testing::CliRun command = testing::RunLkg({"serach", "x"});
  CHECK(command.code == 2);
  CHECK(command.err == "lkg: usage: unknown command 'serach' (did you mean 'search'?)\n"
                       "Run 'lkg help' for the list of commands.\n");
  testing::CliRun help = testing::RunLkg({"help", "neighbours"});
  CHECK(help.code == 2);
  CHECK(Has(help.err, "unknown command 'neighbours' (did you mean 'neighbors'?)"));
  testing::CliRun option = testing::RunLkg({"--db", "/nonexistent-lkg", "neighbors", "X", "--dept", "2"});
  CHECK(option.code == 2);
  CHECK(Has(option.err, "lkg: usage: unknown option '--dept' (did you mean '--depth'?)\n"));
  CHECK(Has(option.err, "Run 'lkg neighbors --help' for usage."));
  testing::CliRun far = testing::RunLkg({"stats", "--bogus"});
  CHECK(far.err == "lkg: usage: unknown option '--bogus'\nRun 'lkg stats --help' for usage.\n");
}

}  // namespace
}  // namespace lkg::cli
