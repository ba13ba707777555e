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

// &, <, >, " and ' escaped; control characters other than tab/newline dropped
// (they are not allowed in XML 1.0).
std::string XmlEscape(std::string_view text);
// A CSV field (RFC 4180): quoted when it holds a comma, quote or newline.
std::string CsvField(std::string_view text);
// A double-quoted string literal for DOT and Cypher: backslash, quote and
// newlines escaped.
std::string QuotedLiteral(std::string_view text);

// The Cypher/neo4j label of a node type: "Union", "Organization", ...
std::string CypherLabel(NodeType type);

// A partial ISO date ("2023", "2023-12", "2023-12-06…") as a full
// yyyy-mm-dd, or "" when it does not start with a year.
std::string FullDate(std::string_view date);

}  // namespace lkg::query
