// Writing JSON text directly into a string, for the answers that list
// hundreds of nodes and edges: building an nlohmann::json tree first costs
// several allocations per value. The output is byte-identical to what
// nlohmann::json::dump(-1, ' ', false, replace) writes for the same object
// (object keys must be appended in sorted order). Internal to lkg_http.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lkg::http {

// Appends `text` as a JSON string literal (quotes included); invalid UTF-8
// is replaced by U+FFFD as nlohmann's `replace` error handler does.
void AppendJsonString(std::string& out, std::string_view text);

// Appends "<prefix>:<16 hex digits>" quoted, as FormatNodeId etc. would
// write it, without a temporary string.
void AppendQuotedKey(std::string& out, char prefix, uint64_t key);

// Appends a non-negative integer.
void AppendUnsigned(std::string& out, uint64_t value);

}  // namespace lkg::http
