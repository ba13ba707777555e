// Fuzzes RequestReader: the input is split into pieces (as reads would
// deliver them) at offsets taken from its first byte; every request it
// completes must respect the limits.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "http/request_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const lkg::http::ReadLimits limits{256, 1024, 16, 4096};
  lkg::http::RequestReader reader(limits);
  size_t step = 1 + data[0] % 64;
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  for (size_t at = 0; at < input.size(); at += step) {
    reader.Append(input.substr(at, step));
    for (;;) {
      auto state = reader.Advance();
      if (state == lkg::http::RequestReader::State::kHeadReady) {
        reader.ContinueWithBody();
        continue;
      }
      if (state == lkg::http::RequestReader::State::kComplete) {
        std::string request = reader.TakeRequest();
        if (request.size() > limits.max_request_line + limits.max_header_bytes + 64 + limits.max_body_bytes) std::abort();
        continue;
      }
      if (state == lkg::http::RequestReader::State::kFailed) return 0;
      break;
    }
  }
  return 0;
}
