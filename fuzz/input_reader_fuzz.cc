// Fuzzes the input reader on one stream: JSONL records, HTML or text,
// whichever the bytes look like.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "ingest/readers/input_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  lkg::ingest::ReadStream(in, "fuzz", [](lkg::ingest::InputRecord&&) {}, [](const std::string&, const lkg::Status&) {});
  return 0;
}
