#include "ingest/records/csv_reader.h"

#include <doctest/doctest.h>

#include <sstream>

namespace lkg::records {
namespace {

std::vector<std::vector<std::string>> ReadAll(const std::string& text, std::vector<size_t>* lines = nullptr) {
  std::istringstream in(text);
  CsvReader reader(in);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  while (true) {
    auto next = reader.Next(row);
    REQUIRE(next.ok());
    if (!*next) break;
    rows.push_back(row);
    if (lines) lines->push_back(reader.row_line());
  }
  return rows;
}

}  // namespace

TEST_CASE("CsvReader reads quoted fields, doubled quotes and empty fields") {
  auto rows = ReadAll("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[1] == std::vector<std::string>{"x, y", "say \"hi\"", ""});
}

TEST_CASE("CsvReader keeps embedded newlines and handles CRLF and a BOM") {
  std::vector<size_t> lines;
  auto rows = ReadAll("\xEF\xBB\xBFname,n\r\n\"Acme\r\nWidgets\",1\r\nlast,2", &lines);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"name", "n"});
  CHECK(rows[1] == std::vector<std::string>{"Acme\r\nWidgets", "1"});
  CHECK(rows[2] == std::vector<std::string>{"last", "2"});
  CHECK(lines == std::vector<size_t>{1, 2, 4});
}

TEST_CASE("CsvReader gives byte spans of rows") {
  std::istringstream in("h\nabc\n\"d\ne\"\n");
  CsvReader reader(in);
  std::vector<std::string> row;
  REQUIRE(*reader.Next(row));
  REQUIRE(*reader.Next(row));
  CHECK(reader.row_begin() == 2);
  CHECK(reader.row_end() == 5);
  REQUIRE(*reader.Next(row));
  CHECK(reader.row_begin() == 6);
  CHECK(reader.row_end() == 11);
}

TEST_CASE("CsvReader reports an unterminated quote with its line") {
  std::istringstream in("a,b\n1,\"never closed\n2,3\n");
  CsvReader reader(in);
  std::vector<std::string> row;
  REQUIRE(*reader.Next(row));
  auto bad = reader.Next(row);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "unterminated quoted field starting on line 2");
}

TEST_CASE("CsvHeader finds columns and names the missing ones") {
  CsvHeader header({"Employer", "Union"});
  CHECK(header.Find("Union") == 1u);
  CHECK_FALSE(header.Find("City").has_value());
  CHECK(header.Field({"Acme"}, "Union").empty());
  auto status = header.Require({"Employer", "City", "Start Date"});
  CHECK(status.message() == "CSV header lacks column(s): City, Start Date");
}

}  // namespace lkg::records
