// Fuzzes the HTML article reader (libxml2's parser and chrome removal).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/readers/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  (void)lkg::ingest::LooksLikeHtml(html);
  (void)lkg::ingest::ReadHtml(html);
  return 0;
}
