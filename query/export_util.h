// Small helpers shared by the exporters: escaping for XML/CSV/DOT/Cypher,
// safe JSON dumping and stream status.
#pragma once

#include <ostream>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "query/export_scope.h"

namespace lkg::query {

// json.dump() that never throws: invalid UTF-8 is replaced with U+FFFD.
std::string DumpJson(const nlohmann::json& value);

// IOError when `out` failed, else Ok.
Status StreamStatus(const std::ostream& out);

// Adds to `documents` the documents cited by the evidence of a subgraph's
// edges (nothing for the whole graph, which lists every document).
Status CollectEdgeDocuments(const ExportScope& scope, size_t max_evidence, std::set<DocKey>& documents);

// A property value as text: strings as they are, other values as JSON.
std::string PropertyText(const nlohmann::json& value);

// &, <, >, " and ' escaped; tab, LF and CR as character references (so they
// survive attribute-value and line-end normalisation); other control
// characters dropped (they are not allowed in XML 1.0).
std::string XmlEscape(std::string_view text);
// True when a spreadsheet would read `text` as a formula: it starts with
// =, +, -, @, TAB or CR (OWASP's CSV injection rule).
bool LooksLikeFormula(std::string_view text);
// A CSV field (RFC 4180): quoted when it holds a comma, quote or newline.
// Unless `raw`, a field that LooksLikeFormula gets a leading apostrophe.
std::string CsvField(std::string_view text, bool raw = false);
// A double-quoted string literal for DOT: backslash, quote and newlines
// escaped, other control characters dropped.
std::string QuotedLiteral(std::string_view text);
// A double-quoted Cypher string literal: backslash, quote, \n, \r, \t
// escaped, other control characters as \u00XX; every character survives.
std::string CypherLiteral(std::string_view text);

// The Cypher/neo4j label of a node type: "Union", "Organization", ...
std::string CypherLabel(NodeType type);

// A partial ISO date ("2023", "2023-12", "2023-12-06…") as a full
// yyyy-mm-dd, or "" when it does not start with a year.
std::string FullDate(std::string_view date);

}  // namespace lkg::query
