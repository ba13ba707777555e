#include "http/params.h"

#include <charconv>

#include "engine/name_normalizer.h"

namespace lkg::http {

Result<std::string> TextParam(const Params& params, const std::string& name,
                              const std::string& fallback, size_t max_bytes) {
  auto range = params.equal_range(name);
  if (range.first == range.second) return fallback;
  const std::string& value = std::prev(range.second)->second;
  if (!IsValidUtf8(value)) return Status::InvalidArgument("parameter '" + name + "' is not valid UTF-8");
  if (value.size() > max_bytes) {
    return Status::InvalidArgument("parameter '" + name + "' is longer than " + std::to_string(max_bytes) +
                                   " bytes");
  }
  return value;
}

Result<long long> IntParam(const Params& params, const std::string& name, long long fallback,
                           long long min, long long max) {
  Result<std::string> text = TextParam(params, name, "", 32);
  if (!text.ok()) return text.status();
  if (text->empty()) return fallback;
  long long value = 0;
  const char* begin = text->data();
  const char* end = begin + text->size();
  auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec == std::errc::result_out_of_range) {
    return Status::InvalidArgument("parameter '" + name + "' is out of range");
  }
  if (ec != std::errc() || ptr != end) {
    return Status::InvalidArgument("parameter '" + name + "' must be a whole number");
  }
  if (value < min) {
    return Status::InvalidArgument("parameter '" + name + "' must be at least " + std::to_string(min));
  }
  if (value > max) {
    return Status::LimitExceeded("parameter '" + name + "' is limited to " + std::to_string(max));
  }
  return value;
}

Result<std::vector<std::string>> ListParam(const Params& params, const std::string& name) {
  std::vector<std::string> out;
  auto range = params.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) {
    if (!IsValidUtf8(it->second)) return Status::InvalidArgument("parameter '" + name + "' is not valid UTF-8");
    size_t start = 0;
    while (start <= it->second.size()) {
      size_t comma = it->second.find(',', start);
      if (comma == std::string::npos) comma = it->second.size();
      if (comma > start) out.push_back(it->second.substr(start, comma - start));
      start = comma + 1;
    }
  }
  if (out.size() > 64) return Status::LimitExceeded("parameter '" + name + "' has more than 64 values");
  return out;
}

Result<std::vector<NodeType>> NodeTypesParam(const Params& params, const std::string& name) {
  Result<std::vector<std::string>> names = ListParam(params, name);
  if (!names.ok()) return names.status();
  std::vector<NodeType> types;
  for (const std::string& n : *names) {
    std::optional<NodeType> type = ParseNodeType(n);
    if (!type) return Status::InvalidArgument("unknown node type '" + n + "' in parameter '" + name + "'");
    types.push_back(*type);
  }
  return types;
}

Result<std::vector<EdgeType>> EdgeTypesParam(const Params& params, const std::string& name) {
  Result<std::vector<std::string>> names = ListParam(params, name);
  if (!names.ok()) return names.status();
  std::vector<EdgeType> types;
  for (const std::string& n : *names) {
    std::optional<EdgeType> type = ParseEdgeType(n);
    if (!type) return Status::InvalidArgument("unknown edge type '" + n + "' in parameter '" + name + "'");
    types.push_back(*type);
  }
  return types;
}

Result<std::optional<NodeType>> NodeTypeParam(const Params& params, const std::string& name) {
  Result<std::string> text = TextParam(params, name, "", 64);
  if (!text.ok()) return text.status();
  if (text->empty()) return std::optional<NodeType>();
  std::optional<NodeType> type = ParseNodeType(*text);
  if (!type) return Status::InvalidArgument("unknown node type '" + *text + "' in parameter '" + name + "'");
  return type;
}

Status CheckIsoDate(const std::string& name, const std::string& value) {
  bool ok = value.size() <= 10;
  for (char c : value) ok = ok && ((c >= '0' && c <= '9') || c == '-');
  if (!ok) return Status::InvalidArgument("parameter '" + name + "' must be an ISO date like 2023-12-06");
  return Status::Ok();
}

}  // namespace lkg::http
