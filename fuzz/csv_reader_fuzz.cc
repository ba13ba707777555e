// Fuzzes the streaming CSV reader and the header lookup over its rows.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/records/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  lkg::records::CsvReader reader(in);
  std::vector<std::string> fields;
  std::vector<std::string> header;
  for (int rows = 0; rows < 10000; ++rows) {
    auto next = reader.Next(fields);
    if (!next.ok() || !*next) break;
    if (rows == 0) header = fields;
    lkg::records::CsvHeader names(header);
    (void)names.Field(fields, "name");
  }
  return 0;
}
