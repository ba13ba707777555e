// Fuzzes the query-parameter parsers: the input is "name=value" pairs
// separated by '&' (no decoding), each parsed by every parameter function.
#include <cstddef>
#include <cstdint>
#include <string>

#include "http/params.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  lkg::http::Params params;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('&', start);
    if (end == std::string::npos) end = text.size();
    std::string pair = text.substr(start, end - start);
    size_t eq = pair.find('=');
    params.emplace(pair.substr(0, eq), eq == std::string::npos ? "" : pair.substr(eq + 1));
    start = end + 1;
  }
  for (const auto& [name, value] : params) {
    (void)lkg::http::TextParam(params, name);
    (void)lkg::http::IntParam(params, name, 1, 0, 1000);
    (void)lkg::http::ListParam(params, name);
    (void)lkg::http::NodeTypesParam(params, name);
    (void)lkg::http::EdgeTypesParam(params, name);
    (void)lkg::http::NodeTypeParam(params, name);
    (void)lkg::http::CheckIsoDate(name, value);
  }
  return 0;
}
