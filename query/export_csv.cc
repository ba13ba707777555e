// CSV tables for spreadsheets (nodes.csv, edges.csv) and the neo4j-admin
// bulk-import variant with typed headers.
#include "query/export.h"
#include "query/clean_decimal.h"
#include "query/export_util.h"

#include <cctype>

namespace lkg::query {
namespace {

std::string JoinAliases(const std::vector<std::string>& aliases, char separator) {
  std::string joined;
  for (const std::string& alias : aliases) {
    if (!joined.empty()) joined += separator;
    joined += alias;
  }
  return joined;
}

std::string PropertiesText(const nlohmann::json& props) {
  return props.is_object() && !props.empty() ? DumpJson(props) : "";
}

std::string Confidence(float confidence) { return CleanDecimalText(confidence); }

}  // namespace

Status WriteCsvNodes(const ExportScope& scope, std::ostream& out, bool raw) {
  out << "id,type,name,aliases,evidence_count,properties\n";
  LKG_RETURN_IF_ERROR(scope.ForEachNode([&](const Node& node) {
    out << FormatNodeId(node.key) << ',' << NodeTypeName(node.type) << ',' << CsvField(node.name, raw) << ','
        << CsvField(JoinAliases(node.aliases, ';'), raw) << ',' << node.evidence_count << ','
        << CsvField(PropertiesText(node.properties), raw) << '\n';
    return out.good();
  }));
  return StreamStatus(out);
}

Status WriteCsvEdges(const ExportScope& scope, std::ostream& out, bool raw) {
  out << "id,source,target,type,evidence_count,confidence,properties\n";
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    out << FormatEdgeId(edge.key) << ',' << FormatNodeId(edge.source) << ',' << FormatNodeId(edge.target) << ','
        << EdgeTypeName(edge.type) << ',' << edge.evidence_count << ',' << Confidence(edge.max_confidence) << ','
        << CsvField(PropertiesText(edge.properties), raw) << '\n';
    return out.good();
  }));
  return StreamStatus(out);
}

Status WriteNeo4jAdminNodes(const ExportScope& scope, std::ostream& out, bool raw) {
  out << "id:ID,:LABEL,name,aliases:string[],evidence_count:long,properties\n";
  LKG_RETURN_IF_ERROR(scope.ForEachNode([&](const Node& node) {
    out << FormatNodeId(node.key) << ",Entity;" << CypherLabel(node.type) << ',' << CsvField(node.name, raw) << ','
        << CsvField(JoinAliases(node.aliases, ';'), raw) << ',' << node.evidence_count << ','
        << CsvField(PropertiesText(node.properties), raw) << '\n';
    return out.good();
  }));
  return StreamStatus(out);
}

Status WriteNeo4jAdminEdges(const ExportScope& scope, std::ostream& out, bool raw) {
  out << ":START_ID,:END_ID,:TYPE,id,evidence_count:long,confidence:double,properties\n";
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    std::string type(EdgeTypeName(edge.type));
    for (char& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out << FormatNodeId(edge.source) << ',' << FormatNodeId(edge.target) << ',' << type << ','
        << FormatEdgeId(edge.key) << ',' << edge.evidence_count << ',' << Confidence(edge.max_confidence) << ','
        << CsvField(PropertiesText(edge.properties), raw) << '\n';
    return out.good();
  }));
  return StreamStatus(out);
}

}  // namespace lkg::query
