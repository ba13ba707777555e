// Runs a CSV file through a per-row callback with the header, the 1-based
// line number and the row's byte span. Shared by the CSV importers.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/records/csv_reader.h"
#include "ingest/records/import_session.h"

namespace lkg::records {

using CsvRowFn = std::function<void(const CsvHeader& header, const std::vector<std::string>& row)>;

// Reads the header (which must have `required` columns), then for each
// non-blank row calls s.BeginRecord(line, span, render(row)), `fn`, and
// s.EndRecord(). A row with fewer fields than the header is reported.
Status ForEachCsvRecord(std::string_view content, const std::vector<std::string>& required, ImportSession& s,
                        const std::function<std::string(const CsvHeader&, const std::vector<std::string>&)>& render,
                        const CsvRowFn& fn);

}  // namespace lkg::records
