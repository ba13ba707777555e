#include "query/export.h"

#include <array>
#include <utility>

namespace lkg::query {
namespace {

struct FormatInfo {
  ExportFormat format;
  std::string_view name, content_type, extension;
};

constexpr std::array<FormatInfo, 7> kFormats = {{
    {ExportFormat::kJson, "json", "application/json", "json"},
    {ExportFormat::kGraphml, "graphml", "application/graphml+xml", "graphml"},
    {ExportFormat::kGexf, "gexf", "application/gexf+xml", "gexf"},
    {ExportFormat::kCyjs, "cyjs", "application/json", "cyjs"},
    {ExportFormat::kDot, "dot", "text/vnd.graphviz", "dot"},
    {ExportFormat::kCsv, "csv", "text/csv; charset=utf-8", "csv"},
    {ExportFormat::kCypher, "cypher", "text/plain; charset=utf-8", "cypher"},
}};

const FormatInfo& Info(ExportFormat format) {
  for (const FormatInfo& info : kFormats) {
    if (info.format == format) return info;
  }
  return kFormats[0];
}

}  // namespace

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  for (const FormatInfo& info : kFormats) {
    if (info.name == name) return info.format;
  }
  return std::nullopt;
}

std::string_view ExportFormatName(ExportFormat format) { return Info(format).name; }
std::string_view ExportContentType(ExportFormat format) { return Info(format).content_type; }
std::string_view ExportExtension(ExportFormat format) { return Info(format).extension; }

Status WriteExport(ExportFormat format, const ExportScope& scope, const ExportOptions& options,
                   std::ostream& out) {
  bool nodes = options.csv_part == ExportOptions::CsvPart::kNodes;
  switch (format) {
    case ExportFormat::kJson: return WriteJson(scope, options, out);
    case ExportFormat::kGraphml: return WriteGraphml(scope, options, out);
    case ExportFormat::kGexf: return WriteGexf(scope, options, out);
    case ExportFormat::kCyjs: return WriteCyjs(scope, out);
    case ExportFormat::kDot: return WriteDot(scope, out);
    case ExportFormat::kCsv: return nodes ? WriteCsvNodes(scope, out, options.csv_raw) : WriteCsvEdges(scope, out, options.csv_raw);
    case ExportFormat::kCypher:
      if (!options.cypher_admin_csv) return WriteCypher(scope, out);
      return nodes ? WriteNeo4jAdminNodes(scope, out, options.csv_raw) : WriteNeo4jAdminEdges(scope, out, options.csv_raw);
  }
  return Status::Internal("unknown export format");
}

}  // namespace lkg::query
