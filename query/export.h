// Exporters (../shared/spec/export.md): json, graphml, gexf, cyjs, dot, csv
// and cypher, each streaming a scope to a std::ostream record by record.
// The CLI writes to stdout or a file; the HTTP layer to a response body.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string_view>

#include "query/export_scope.h"

namespace lkg::query {

enum class ExportFormat { kJson, kGraphml, kGexf, kCyjs, kDot, kCsv, kCypher };

struct ExportOptions {
  // json: include evidence records and document nodes; graphml and gexf:
  // the sentence, URL, title and date of each edge's first source (off:
  // --no-evidence).
  bool evidence = true;
  // At most this many evidence records per node/edge (json).
  size_t max_evidence_per_item = 100'000;
  // csv writes two tables; this picks which one goes to the stream.
  enum class CsvPart { kNodes, kEdges } csv_part = CsvPart::kNodes;
  // cypher: false = MERGE statements; true = neo4j-admin import CSV (the
  // table picked by csv_part, with typed headers).
  bool cypher_admin_csv = false;
  // csv and neo4j-admin CSV: write text cells as they are, even those a
  // spreadsheet would run as formulas (off: such cells get a leading ').
  bool csv_raw = false;
};

// "json", "graphml", ... ; nullopt for an unknown name.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
std::string_view ExportFormatName(ExportFormat format);
// The HTTP Content-Type of a format ("application/json", "application/xml", ...).
std::string_view ExportContentType(ExportFormat format);
// The usual file extension without the dot ("json", "graphml", "gexf", ...).
std::string_view ExportExtension(ExportFormat format);

// Writes `scope` in `format` to `out`. IOError when the stream fails;
// errors from the store are passed through. Output may be partial on error.
Status WriteExport(ExportFormat format, const ExportScope& scope, const ExportOptions& options,
                   std::ostream& out);

// The individual writers (WriteExport dispatches to these).
Status WriteJson(const ExportScope& scope, const ExportOptions& options, std::ostream& out);
Status WriteGraphml(const ExportScope& scope, const ExportOptions& options, std::ostream& out);
Status WriteGexf(const ExportScope& scope, const ExportOptions& options, std::ostream& out);
Status WriteCyjs(const ExportScope& scope, std::ostream& out);
Status WriteDot(const ExportScope& scope, std::ostream& out);
Status WriteCsvNodes(const ExportScope& scope, std::ostream& out, bool raw = false);
Status WriteCsvEdges(const ExportScope& scope, std::ostream& out, bool raw = false);
Status WriteCypher(const ExportScope& scope, std::ostream& out);
Status WriteNeo4jAdminNodes(const ExportScope& scope, std::ostream& out, bool raw = false);
Status WriteNeo4jAdminEdges(const ExportScope& scope, std::ostream& out, bool raw = false);

}  // namespace lkg::query
