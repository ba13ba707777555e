// Runs `lkg` in-process through cli::Main for CLI tests: exit code, stdout
// and stderr captured, optional standard input.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"

namespace lkg::testing {

struct CliRun {
  int code;
  std::string out, err;
};

// `args` are the words after "lkg" (e.g. {"--db", dir, "stats"}).
inline CliRun RunLkg(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  std::vector<const char*> argv = {"lkg"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  int code = cli::Main(static_cast<int>(argv.size()), argv.data(), in, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace lkg::testing
