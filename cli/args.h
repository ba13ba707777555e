// A small argument parser for subcommands: flags with values (--depth 2 or
// --depth=2), repeatable flags, boolean switches, and positionals.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/status.h"

namespace lkg::cli {

struct FlagSpec {
  std::string name;        // without dashes: "depth"
  bool takes_value = true; // false: a switch like --json
  char short_name = 0;     // e.g. 'o' for -o
};

class ParsedArgs {
 public:
  std::vector<std::string> positionals;

  bool Has(const std::string& flag) const;
  // The last value given for `flag`, or `fallback`.
  std::string Get(const std::string& flag, const std::string& fallback = "") const;
  // Every value given for `flag`, in order; comma-separated values are split.
  std::vector<std::string> GetList(const std::string& flag) const;
  // The value as an integer in [min, max]; InvalidArgument naming the flag otherwise.
  Result<long long> GetInt(const std::string& flag, long long fallback, long long min,
                           long long max) const;
  Result<double> GetDouble(const std::string& flag, double fallback) const;

  std::map<std::string, std::vector<std::string>> values;
};

// Parses `args` against `flags`. "--help"/"-h" is always accepted as a switch
// named "help". A lone "-" is a positional. "--" ends flags. Unknown flags
// and missing values give InvalidArgument with a message naming the flag.
Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const std::vector<FlagSpec>& flags);

}  // namespace lkg::cli
