#include "ingest/records/csv_reader.h"

namespace lkg::records {

CsvReader::CsvReader(std::istream& in) : in_(in) {}

int CsvReader::Get() {
  int c = in_.get();
  if (c == EOF) return c;
  ++pos_;
  if (c == '\n') ++line_;
  return c;
}

Result<bool> CsvReader::Next(std::vector<std::string>& fields) {
  fields.clear();
  if (at_start_) {
    at_start_ = false;
    if (in_.peek() == 0xEF) {  // UTF-8 BOM
      char bom[3];
      in_.read(bom, 3);
      if (!(bom[1] == '\xBB' && bom[2] == '\xBF')) {
        for (int i = 2; i >= 0; --i) in_.putback(bom[i]);
      } else {
        pos_ = 3;
      }
    }
  }
  row_begin_ = pos_;
  int c = Get();
  if (c == EOF) return false;
  row_line_ = line_ - (c == '\n' ? 1 : 0);
  std::string field;
  bool quoted = false;      // inside a quoted section
  size_t quote_line = 0;
  for (;; c = Get()) {
    if (quoted) {
      if (c == EOF) {
        return Status::InvalidArgument("unterminated quoted field starting on line " +
                                       std::to_string(quote_line));
      }
      if (c == '"') {
        if (in_.peek() == '"') {
          Get();
          field.push_back('"');
        } else {
          quoted = false;
        }
      } else {
        field.push_back(static_cast<char>(c));
      }
      continue;
    }
    if (c == EOF || c == '\n') {
      row_end_ = pos_ - (c == '\n' ? 1 : 0);
      break;
    }
    if (c == '\r') {
      if (in_.peek() == '\n') continue;  // CRLF: the LF ends the row
      row_end_ = pos_ - 1;
      break;                              // a lone CR ends the row too
    }
    if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else if (c == '"') {
      quoted = true;
      quote_line = line_;
    } else {
      field.push_back(static_cast<char>(c));
    }
  }
  fields.push_back(std::move(field));
  return true;
}

CsvHeader::CsvHeader(const std::vector<std::string>& names) {
  for (size_t i = 0; i < names.size(); ++i) index_.emplace(names[i], i);
}

std::optional<size_t> CsvHeader::Find(const std::string& name) const {
  auto it = index_.find(name);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

const std::string& CsvHeader::Field(const std::vector<std::string>& row, const std::string& name) const {
  static const std::string kEmpty;
  auto i = Find(name);
  if (!i || *i >= row.size()) return kEmpty;
  return row[*i];
}

Status CsvHeader::Require(const std::vector<std::string>& required) const {
  std::string missing;
  for (const auto& name : required) {
    if (!Find(name)) missing += (missing.empty() ? "" : ", ") + name;
  }
  if (missing.empty()) return Status::Ok();
  return Status::InvalidArgument("CSV header lacks column(s): " + missing);
}

}  // namespace lkg::records
