// GEXF 1.3 for Gephi: a dynamic graph whose case dates and role periods
// become start/end so Gephi's timeline works.
#include <unordered_map>

#include "query/export.h"
#include "query/export_util.h"
#include "query/property_schema.h"

namespace lkg::query {
namespace {

void WriteAttributeDecls(const char* cls, const char* builtins, const std::vector<Attribute>& columns,
                         std::ostream& out) {
  out << "    <attributes class=\"" << cls << "\" mode=\"static\">\n" << builtins;
  for (const Attribute& a : columns) {
    out << "      <attribute id=\"" << a.id << "\" title=\"" << XmlEscape(a.name) << "\" type=\""
        << AttrTypeName(a.type) << "\"/>\n";
  }
  out << "    </attributes>\n";
}

void WriteAttValue(std::ostream& out, const std::string& id, const std::string& value) {
  out << "<attvalue for=\"" << id << "\" value=\"" << XmlEscape(value) << "\"/>";
}

void WriteAttValues(std::ostream& out, const std::vector<Attribute>& columns, const nlohmann::json& props) {
  if (!props.is_object()) return;
  for (const Attribute& a : columns) {
    auto it = props.find(a.property);
    if (it == props.end() || it->is_null()) continue;
    WriteAttValue(out, a.id, AttrValue(*it, a.type));
  }
}

// The full date of property `name`, or "".
std::string DateProperty(const nlohmann::json& props, const char* name) {
  if (!props.is_object()) return "";
  auto it = props.find(name);
  if (it == props.end() || !it->is_string()) return "";
  return FullDate(it->get<std::string>());
}

void WriteSpell(std::ostream& out, const std::string& start, const std::string& end) {
  if (!start.empty()) out << " start=\"" << start << "\"";
  if (!end.empty() && (start.empty() || end >= start)) out << " end=\"" << end << "\"";
}

constexpr const char* kNodeBuiltins =
    "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
    "      <attribute id=\"evidence_count\" title=\"evidence_count\" type=\"long\"/>\n";
constexpr const char* kEdgeBuiltins =
    "      <attribute id=\"etype\" title=\"type\" type=\"string\"/>\n"
    "      <attribute id=\"eevidence_count\" title=\"evidence_count\" type=\"long\"/>\n";

}  // namespace

Status WriteGexf(const ExportScope& scope, std::ostream& out) {
  Result<PropertySchema> schema = ScanProperties(scope);
  if (!schema.ok()) return schema.status();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta><creator>lkg</creator><description>labour knowledge graph</description></meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
  WriteAttributeDecls("node", kNodeBuiltins, schema->node_attributes, out);
  WriteAttributeDecls("edge", kEdgeBuiltins, schema->edge_attributes, out);
  std::unordered_map<NodeKey, std::string> case_dates;  // edges of a dated case start with it
  out << "    <nodes>\n";
  LKG_RETURN_IF_ERROR(scope.ForEachNode([&](const Node& node) {
    bool is_event = node.type == NodeType::kEvent;
    std::string date = DateProperty(node.properties, is_event ? "start" : "date");
    if ((node.type == NodeType::kCase || is_event) && !date.empty()) case_dates[node.key] = date;
    out << "      <node id=\"" << FormatNodeId(node.key) << "\" label=\"" << XmlEscape(node.name) << "\"";
    WriteSpell(out, node.type == NodeType::kCase || is_event ? date : "", is_event ? DateProperty(node.properties, "end") : "");
    out << "><attvalues>";
    WriteAttValue(out, "type", std::string(NodeTypeName(node.type)));
    WriteAttValue(out, "evidence_count", std::to_string(node.evidence_count));
    WriteAttValues(out, schema->node_attributes, node.properties);
    out << "</attvalues></node>\n";
    return out.good();
  }));
  out << "    </nodes>\n    <edges>\n";
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    std::string start = DateProperty(edge.properties, "since");
    if (start.empty()) {
      auto it = case_dates.find(edge.source);
      if (it != case_dates.end()) start = it->second;
    }
    out << "      <edge id=\"" << FormatEdgeId(edge.key) << "\" source=\"" << FormatNodeId(edge.source)
        << "\" target=\"" << FormatNodeId(edge.target) << "\" label=\"" << EdgeTypeName(edge.type) << "\"";
    WriteSpell(out, start, DateProperty(edge.properties, "until"));
    out << "><attvalues>";
    WriteAttValue(out, "etype", std::string(EdgeTypeName(edge.type)));
    WriteAttValue(out, "eevidence_count", std::to_string(edge.evidence_count));
    WriteAttValues(out, schema->edge_attributes, edge.properties);
    out << "</attvalues></edge>\n";
    return out.good();
  }));
  out << "    </edges>\n  </graph>\n</gexf>\n";
  return StreamStatus(out);
}

}  // namespace lkg::query
