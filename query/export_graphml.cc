// GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph): typed <key>
// declarations for every property, then nodes and edges streamed. Nodes
// carry `label` (Gephi's and Cytoscape's display name); edges carry
// `weight` (the evidence count) and, unless evidence is off, the sentence,
// URL, title and date of their first source.
#include "query/clean_decimal.h"
#include "query/edge_sources.h"
#include "query/export.h"
#include "query/export_util.h"
#include "query/property_schema.h"

namespace lkg::query {
namespace {

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string joined;
  for (const std::string& alias : aliases) {
    if (!joined.empty()) joined += "; ";
    joined += alias;
  }
  return joined;
}

void WriteKey(std::ostream& out, const std::string& id, const char* domain, const std::string& name,
              const char* type) {
  out << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\"" << XmlEscape(name)
      << "\" attr.type=\"" << type << "\"/>\n";
}

void WriteKeys(const PropertySchema& schema, bool evidence, std::ostream& out) {
  WriteKey(out, "label", "node", "label", "string");
  WriteKey(out, "type", "node", "type", "string");
  WriteKey(out, "name", "node", "name", "string");
  WriteKey(out, "aliases", "node", "aliases", "string");
  WriteKey(out, "evidence_count", "node", "evidence_count", "long");
  for (const Attribute& a : schema.node_attributes) WriteKey(out, a.id, "node", a.name, AttrTypeName(a.type));
  WriteKey(out, "etype", "edge", "type", "string");
  WriteKey(out, "eevidence_count", "edge", "evidence_count", "long");
  WriteKey(out, "confidence", "edge", "confidence", "double");
  WriteKey(out, "weight", "edge", "weight", "double");
  if (evidence) {
    for (const char* key : kEdgeSourceKeys) WriteKey(out, key, "edge", key, "string");
  }
  for (const Attribute& a : schema.edge_attributes) WriteKey(out, a.id, "edge", a.name, AttrTypeName(a.type));
}

void WriteData(std::ostream& out, const std::string& key, const std::string& value) {
  out << "<data key=\"" << key << "\">" << XmlEscape(value) << "</data>";
}

void WriteProperties(std::ostream& out, const std::vector<Attribute>& columns, const nlohmann::json& props) {
  if (!props.is_object()) return;
  for (const Attribute& a : columns) {
    auto it = props.find(a.property);
    if (it == props.end() || it->is_null()) continue;
    WriteData(out, a.id, AttrValue(*it, a.type));
  }
}

Status WriteEdges(const ExportScope& scope, const PropertySchema& schema, const ExportOptions& options,
                  std::ostream& out) {
  EdgeSources sources(scope.reader());
  Status source_status;
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    out << "    <edge id=\"" << FormatEdgeId(edge.key) << "\" source=\"" << FormatNodeId(edge.source)
        << "\" target=\"" << FormatNodeId(edge.target) << "\">";
    WriteData(out, "etype", std::string(EdgeTypeName(edge.type)));
    WriteData(out, "eevidence_count", std::to_string(edge.evidence_count));
    WriteData(out, "confidence", CleanDecimalText(edge.max_confidence));
    WriteData(out, "weight", std::to_string(edge.evidence_count));
    WriteProperties(out, schema.edge_attributes, edge.properties);
    if (options.evidence) {
      auto write = [&](const char* key, const std::string& value) { WriteData(out, key, value); };
      source_status = sources.Write(edge, write);
      if (!source_status.ok()) return false;
    }
    out << "</edge>\n";
    return out.good();
  }));
  return source_status;
}

}  // namespace

Status WriteGraphml(const ExportScope& scope, const ExportOptions& options, std::ostream& out) {
  Result<PropertySchema> schema = ScanProperties(scope);
  if (!schema.ok()) return schema.status();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKeys(schema.value(), options.evidence, out);
  out << "  <graph id=\"lkg\" edgedefault=\"directed\">\n";
  LKG_RETURN_IF_ERROR(scope.ForEachNode([&](const Node& node) {
    out << "    <node id=\"" << FormatNodeId(node.key) << "\">";
    WriteData(out, "label", node.name);
    WriteData(out, "type", std::string(NodeTypeName(node.type)));
    WriteData(out, "name", node.name);
    if (!node.aliases.empty()) WriteData(out, "aliases", JoinAliases(node.aliases));
    WriteData(out, "evidence_count", std::to_string(node.evidence_count));
    WriteProperties(out, schema->node_attributes, node.properties);
    out << "</node>\n";
    return out.good();
  }));
  LKG_RETURN_IF_ERROR(WriteEdges(scope, *schema, options, out));
  out << "  </graph>\n</graphml>\n";
  return StreamStatus(out);
}

}  // namespace lkg::query
