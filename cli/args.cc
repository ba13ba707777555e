#include "cli/args.h"

#include <cerrno>
#include <cstdlib>

#include "cli/suggest.h"

namespace lkg::cli {
namespace {

const FlagSpec* FindFlag(const std::vector<FlagSpec>& flags, const std::string& name, char short_name) {
  for (const FlagSpec& f : flags) {
    if ((!name.empty() && f.name == name) || (short_name && f.short_name == short_name)) return &f;
  }
  return nullptr;
}

// "unknown option '--dept' (did you mean '--depth'?)".
Status UnknownOption(const std::string& arg, const std::string& name, const std::vector<FlagSpec>& flags) {
  std::vector<std::string> names = {"help"};
  for (const FlagSpec& f : flags) names.push_back(f.name);
  std::string hint = name.empty() ? "" : DidYouMean(name, names, "--");
  return Status::InvalidArgument("unknown option '" + arg + "'" + hint);
}

}  // namespace

bool ParsedArgs::Has(const std::string& flag) const { return values.count(flag) > 0; }

std::string ParsedArgs::Get(const std::string& flag, const std::string& fallback) const {
  auto it = values.find(flag);
  if (it == values.end() || it->second.empty()) return fallback;
  return it->second.back();
}

std::vector<std::string> ParsedArgs::GetList(const std::string& flag) const {
  std::vector<std::string> out;
  auto it = values.find(flag);
  if (it == values.end()) return out;
  for (const std::string& v : it->second) {
    size_t start = 0;
    while (start <= v.size()) {
      size_t comma = v.find(',', start);
      if (comma == std::string::npos) comma = v.size();
      if (comma > start) out.push_back(v.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return out;
}

Result<long long> ParsedArgs::GetInt(const std::string& flag, long long fallback, long long min,
                                     long long max) const {
  if (!Has(flag)) return fallback;
  std::string text = Get(flag);
  errno = 0;
  char* end = nullptr;
  long long value = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno == ERANGE || value < min || value > max) {
    return Status::InvalidArgument("--" + flag + " takes a whole number from " + std::to_string(min) +
                                   " to " + std::to_string(max) + ", not '" + text + "'");
  }
  return value;
}

Result<double> ParsedArgs::GetDouble(const std::string& flag, double fallback) const {
  if (!Has(flag)) return fallback;
  std::string text = Get(flag);
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0') {
    return Status::InvalidArgument("--" + flag + " takes a number, not '" + text + "'");
  }
  return value;
}

Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const std::vector<FlagSpec>& flags) {
  ParsedArgs parsed;
  bool flags_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (flags_done || arg == "-" || arg.empty() || arg[0] != '-') {
      parsed.positionals.push_back(arg);
      continue;
    }
    if (arg == "--") { flags_done = true; continue; }
    if (arg == "--help" || arg == "-h") { parsed.values["help"].push_back(""); continue; }
    std::string name;
    std::optional<std::string> inline_value;
    char short_name = 0;
    if (arg.rfind("--", 0) == 0) {
      name = arg.substr(2);
      size_t eq = name.find('=');
      if (eq != std::string::npos) { inline_value = name.substr(eq + 1); name = name.substr(0, eq); }
    } else if (arg.size() == 2) {
      short_name = arg[1];
    } else {
      return UnknownOption(arg, arg.substr(1), flags);
    }
    const FlagSpec* spec = FindFlag(flags, name, short_name);
    if (!spec) return UnknownOption(arg, name, flags);
    if (!spec->takes_value) {
      if (inline_value) return Status::InvalidArgument("--" + spec->name + " takes no value");
      parsed.values[spec->name].push_back("");
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) return Status::InvalidArgument("--" + spec->name + " needs a value");
      inline_value = args[++i];
    }
    parsed.values[spec->name].push_back(*inline_value);
  }
  return parsed;
}

}  // namespace lkg::cli
