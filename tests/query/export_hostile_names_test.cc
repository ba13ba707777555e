// Names that attack or break exports — spreadsheet formulas, tabs, line
// breaks, CR — written to every text format and parsed back with a real
// parser (Python's xml.etree, csv) or by reading the literal: every
// character survives, and CSV cells are neutralised unless raw.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "query/export.h"
#include "query/export_util.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

const std::vector<std::string> kHostile = {
    "=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(1)", "+CMD|' /C calc'!A0", "-2+3",
    "tab\there", "line\nbreak", "cr\rreturn", "crlf\r\nend", "\ttab first", "quote \" and , comma"};

struct HostileGraph {
  testing::MemoryReader reader;
  HostileGraph() {
    for (const std::string& name : kHostile) reader.AddNode(NodeType::kUnion, name);
  }
};

std::string Export(ExportFormat format, ExportOptions options = {}) {
  HostileGraph g;
  std::ostringstream out;
  REQUIRE(WriteExport(format, ExportScope::WholeGraph(g.reader), options, out).ok());
  return out.str();
}

// Runs a Python script that prints a JSON list of names read from `text`.
std::vector<std::string> ParseWithPython(const std::string& text, const std::string& script) {
  std::string base = (std::filesystem::temp_directory_path() / ("lkg_hostile_" + std::to_string(getpid()))).string();
  std::ofstream(base + ".in", std::ios::binary) << text;
  std::ofstream(base + ".py") << script;
  int code = std::system(("/usr/bin/python3 " + base + ".py " + base + ".in > " + base + ".out 2>&1").c_str());
  std::ifstream in(base + ".out");
  std::string output((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const char* ext : {".in", ".py", ".out"}) std::filesystem::remove(base + ext);
  REQUIRE_MESSAGE(code == 0, output);
  return nlohmann::json::parse(output).get<std::vector<std::string>>();
}

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

const char* kCsvNames =
    "import csv, json, sys\n"
    "rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
    "print(json.dumps([r['name'] for r in rows]))\n";

}  // namespace

TEST_CASE("CSV cells that a spreadsheet would run get a leading apostrophe unless raw") {
  CHECK(LooksLikeFormula("=1+1"));
  CHECK(LooksLikeFormula("\tx"));
  CHECK_FALSE(LooksLikeFormula("Unite"));
  CHECK(CsvField("@SUM(1)") == "'@SUM(1)");
  CHECK(CsvField("@SUM(1)", true) == "@SUM(1)");
  std::vector<std::string> expected;
  for (const std::string& name : kHostile) expected.push_back(LooksLikeFormula(name) ? "'" + name : name);
  CHECK(Sorted(ParseWithPython(Export(ExportFormat::kCsv), kCsvNames)) == Sorted(expected));
  ExportOptions raw;
  raw.csv_raw = true;
  CHECK(Sorted(ParseWithPython(Export(ExportFormat::kCsv, raw), kCsvNames)) == Sorted(kHostile));
  ExportOptions admin;
  admin.cypher_admin_csv = true;
  std::string tables = Export(ExportFormat::kCypher, admin);
  CHECK(tables.find(",\"'=HYPERLINK(") != std::string::npos);
  CHECK(tables.find(",'@SUM(1),") != std::string::npos);
}

TEST_CASE("tabs and line breaks round-trip through GraphML and GEXF") {
  const char* graphml =
      "import json, sys, xml.etree.ElementTree as ET\n"
      "ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}\n"
      "r = ET.parse(sys.argv[1]).getroot()\n"
      "key = [k.get('id') for k in r.findall('g:key', ns) if k.get('attr.name') == 'name' and k.get('for') == 'node'][0]\n"
      "print(json.dumps([d.text or '' for d in r.iter('{http://graphml.graphdrawing.org/xmlns}data') if d.get('key') == key]))\n";
  CHECK(Sorted(ParseWithPython(Export(ExportFormat::kGraphml), graphml)) == Sorted(kHostile));
  const char* gexf =
      "import json, sys, xml.etree.ElementTree as ET\n"
      "r = ET.parse(sys.argv[1]).getroot()\n"
      "print(json.dumps([n.get('label') for n in r.iter('{http://gexf.net/1.3}node')]))\n";
  CHECK(Sorted(ParseWithPython(Export(ExportFormat::kGexf), gexf)) == Sorted(kHostile));
}

TEST_CASE("Cypher string literals keep every character") {
  CHECK(CypherLiteral("a\tb\x01") == "\"a\\tb\\u0001\"");
  const char* cypher =
      "import json, re, sys\n"
      "text = open(sys.argv[1], encoding='utf-8', newline='').read()\n"
      "esc = {'n': '\\n', 'r': '\\r', 't': '\\t', '\\\\': '\\\\', '\"': '\"'}\n"
      "def unquote(s):\n"
      "    return re.sub(r'\\\\(u[0-9a-f]{4}|.)', lambda m: chr(int(m.group(1)[1:], 16)) if len(m.group(1)) == 5 else esc[m.group(1)], s)\n"
      "print(json.dumps([unquote(m) for m in re.findall(r'n\\.name = \"((?:[^\"\\\\]|\\\\.)*)\"', text)]))\n";
  std::string text = Export(ExportFormat::kCypher);
  CHECK(text.find('\t') == std::string::npos);
  CHECK(Sorted(ParseWithPython(text, cypher)) == Sorted(kHostile));
}

}  // namespace lkg::query
