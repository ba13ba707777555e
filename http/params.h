// Parsing and bounding of query-string parameters. Every failure is a Status:
// InvalidArgument for text that is not a valid value (not a number, a
// negative or overflowing number, invalid UTF-8, an unknown type name), and
// LimitExceeded for a valid number above the server's limit.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/schema.h"
#include "engine/status.h"

namespace lkg::http {

// The decoded query string (the same type as httplib::Params).
using Params = std::multimap<std::string, std::string>;

// The last value of `name`, or `fallback` when absent. InvalidArgument when
// the value is not valid UTF-8 or longer than `max_bytes`.
Result<std::string> TextParam(const Params& params, const std::string& name,
                              const std::string& fallback = "", size_t max_bytes = 1024);

// The value of `name` as an integer in [min, max], or `fallback` when absent
// or empty. InvalidArgument for a non-number, an overflow or a value below
// `min`; LimitExceeded for a value above `max`.
Result<long long> IntParam(const Params& params, const std::string& name, long long fallback,
                           long long min, long long max);

// Every value of `name`, comma-separated values split, empties dropped.
Result<std::vector<std::string>> ListParam(const Params& params, const std::string& name);

// Node/edge type names of `name` (a list); InvalidArgument naming an unknown one.
Result<std::vector<NodeType>> NodeTypesParam(const Params& params, const std::string& name);
Result<std::vector<EdgeType>> EdgeTypesParam(const Params& params, const std::string& name);

// One optional node type.
Result<std::optional<NodeType>> NodeTypeParam(const Params& params, const std::string& name);

// Ok when `value` is "" or an ISO date prefix (digits and '-', at most 10
// characters); InvalidArgument naming parameter `name` otherwise.
Status CheckIsoDate(const std::string& name, const std::string& value);

}  // namespace lkg::http
