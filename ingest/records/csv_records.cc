#include "ingest/records/csv_records.h"

#include <sstream>

namespace lkg::records {

Status ForEachCsvRecord(std::string_view content, const std::vector<std::string>& required, ImportSession& s,
                        const std::function<std::string(const CsvHeader&, const std::vector<std::string>&)>& render,
                        const CsvRowFn& fn) {
  std::istringstream in{std::string(content)};
  CsvReader reader(in);
  std::vector<std::string> row;
  auto first = reader.Next(row);
  if (!first.ok()) return first.status();
  if (!*first) return Status::InvalidArgument("empty CSV file");
  CsvHeader header(row);
  LKG_RETURN_IF_ERROR(header.Require(required));
  size_t columns = row.size();
  while (true) {
    auto next = reader.Next(row);
    if (!next.ok()) {
      s.BeginRecord(reader.row_line() + 1, reader.row_end(), content.size(), "");
      s.Issue(next.status().message(), true);
      return s.EndRecord();
    }
    if (!*next) break;
    if (row.size() == 1 && row[0].empty()) continue;  // blank line
    s.BeginRecord(reader.row_line(), reader.row_begin(), reader.row_end(), render(header, row));
    if (row.size() < columns) {
      s.Issue("row has " + std::to_string(row.size()) + " fields, header has " + std::to_string(columns), true);
    } else {
      fn(header, row);
    }
    LKG_RETURN_IF_ERROR(s.EndRecord());
  }
  return Status::Ok();
}

}  // namespace lkg::records
