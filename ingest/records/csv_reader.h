// A streaming RFC 4180 CSV reader: quoted fields, doubled quotes inside
// quotes, embedded newlines (LF or CRLF) in quoted fields, CRLF or LF row
// ends, a UTF-8 byte-order mark at the start. One row at a time, so a
// file of any size reads in constant memory.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/status.h"

namespace lkg::records {

class CsvReader {
 public:
  // Reads from `in`, which must outlive the reader.
  explicit CsvReader(std::istream& in);

  // Reads the next row into `fields`. Returns true on a row, false at the
  // end of input. An unterminated quoted field at the end of input gives
  // InvalidArgument naming the line where the field started.
  Result<bool> Next(std::vector<std::string>& fields);

  // The 1-based physical line on which the last row returned started.
  size_t row_line() const { return row_line_; }
  // Byte offsets of the last row returned: [row_begin, row_end) excluding the line end.
  size_t row_begin() const { return row_begin_; }
  size_t row_end() const { return row_end_; }

 private:
  int Get();
  std::istream& in_;
  size_t line_ = 1;
  size_t row_line_ = 0;
  size_t pos_ = 0;  // bytes consumed
  size_t row_begin_ = 0, row_end_ = 0;
  bool at_start_ = true;
};

// A header row mapped to column indexes, for reading rows by column name.
class CsvHeader {
 public:
  explicit CsvHeader(const std::vector<std::string>& names);
  // Index of `name`, or nullopt when the header has no such column.
  std::optional<size_t> Find(const std::string& name) const;
  // The field of `row` under `name`, or "" when the column or field is missing.
  const std::string& Field(const std::vector<std::string>& row, const std::string& name) const;
  // InvalidArgument listing the columns of `required` the header lacks.
  Status Require(const std::vector<std::string>& required) const;

 private:
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace lkg::records
