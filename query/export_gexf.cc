// GEXF 1.3 for Gephi: a dynamic graph whose case and event dates and role
// periods become start/end so Gephi's timeline works; an edge without a
// period of its own takes its case's or event's dates, else (with
// evidence) its first source's publication date. Nodes are coloured by type
// and sized by degree within the export (viz:color, viz:size); edges carry
// their evidence count as weight and, unless evidence is off, the sentence,
// URL, title and date of their first source.
#include <cstdio>
#include <optional>
#include <unordered_map>

#include "query/clean_decimal.h"
#include "query/edge_sources.h"
#include "query/export.h"
#include "query/export_util.h"
#include "query/property_schema.h"
#include "query/type_style.h"

namespace lkg::query {
namespace {

void WriteAttributeDecls(const char* cls, const char* builtins, bool with_sources,
                         const std::vector<Attribute>& columns, std::ostream& out) {
  out << "    <attributes class=\"" << cls << "\" mode=\"static\">\n" << builtins;
  if (with_sources) {
    for (const char* key : kEdgeSourceKeys) {
      out << "      <attribute id=\"" << key << "\" title=\"" << key << "\" type=\"string\"/>\n";
    }
  }
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
    "      <attribute id=\"eevidence_count\" title=\"evidence_count\" type=\"long\"/>\n"
    "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n";

// Edges per node within the scope (for viz:size).
Result<std::unordered_map<NodeKey, uint64_t>> Degrees(const ExportScope& scope) {
  std::unordered_map<NodeKey, uint64_t> degree;
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    ++degree[edge.source];
    ++degree[edge.target];
    return true;
  }));
  return degree;
}

void WriteViz(std::ostream& out, NodeType type, uint64_t degree) {
  Rgb color = TypeColor(type);
  char size[32];
  std::snprintf(size, sizeof size, "%g", NodeSize(degree));
  out << "<viz:color r=\"" << int{color.r} << "\" g=\"" << int{color.g} << "\" b=\"" << int{color.b}
      << "\"/><viz:size value=\"" << size << "\"/>";
}

// The [start, end] of dated cases and events, for their edges.
using Spells = std::unordered_map<NodeKey, std::pair<std::string, std::string>>;

Status WriteNodes(const ExportScope& scope, const PropertySchema& schema, Spells& case_dates, std::ostream& out) {
  Result<std::unordered_map<NodeKey, uint64_t>> degree = Degrees(scope);
  if (!degree.ok()) return degree.status();
  out << "    <nodes>\n";
  LKG_RETURN_IF_ERROR(scope.ForEachNode([&](const Node& node) {
    bool is_event = node.type == NodeType::kEvent;
    std::string date = DateProperty(node.properties, is_event ? "start" : "date");
    std::string end = is_event ? DateProperty(node.properties, "end") : "";
    if ((node.type == NodeType::kCase || is_event) && !date.empty()) case_dates[node.key] = {date, end};
    out << "      <node id=\"" << FormatNodeId(node.key) << "\" label=\"" << XmlEscape(node.name) << "\"";
    WriteSpell(out, node.type == NodeType::kCase || is_event ? date : "", end);
    out << "><attvalues>";
    WriteAttValue(out, "type", std::string(NodeTypeName(node.type)));
    WriteAttValue(out, "evidence_count", std::to_string(node.evidence_count));
    WriteAttValues(out, schema.node_attributes, node.properties);
    out << "</attvalues>";
    auto it = degree->find(node.key);
    WriteViz(out, node.type, it == degree->end() ? 0 : it->second);
    out << "</node>\n";
    return out.good();
  }));
  out << "    </nodes>\n";
  return Status::Ok();
}

// since/until, else the dates of a case or event end, else the source's date.
std::pair<std::string, std::string> EdgeSpell(const Edge& edge, const Spells& case_dates, const EdgeSource* source) {
  std::pair<std::string, std::string> spell{DateProperty(edge.properties, "since"), DateProperty(edge.properties, "until")};
  if (!spell.first.empty()) return spell;
  auto it = case_dates.find(edge.source);
  if (it == case_dates.end()) it = case_dates.find(edge.target);
  if (it != case_dates.end()) return it->second;
  if (source && !source->date.empty()) spell.first = FullDate(source->date);
  return spell;
}

Status WriteEdges(const ExportScope& scope, const PropertySchema& schema, const ExportOptions& options,
                  const Spells& case_dates, std::ostream& out) {
  EdgeSources sources(scope.reader());
  Status source_status;
  out << "    <edges>\n";
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    std::optional<EdgeSource> source;
    if (options.evidence) {
      Result<EdgeSource> found = sources.Of(edge);
      if (!found.ok()) {
        source_status = found.status();
        return false;
      }
      source = std::move(*found);
    }
    auto [start, end] = EdgeSpell(edge, case_dates, source ? &*source : nullptr);
    out << "      <edge id=\"" << FormatEdgeId(edge.key) << "\" source=\"" << FormatNodeId(edge.source)
        << "\" target=\"" << FormatNodeId(edge.target) << "\" label=\"" << EdgeTypeName(edge.type)
        << "\" weight=\"" << edge.evidence_count << "\"";
    WriteSpell(out, start, end);
    out << "><attvalues>";
    WriteAttValue(out, "etype", std::string(EdgeTypeName(edge.type)));
    WriteAttValue(out, "eevidence_count", std::to_string(edge.evidence_count));
    WriteAttValue(out, "confidence", CleanDecimalText(edge.max_confidence));
    WriteAttValues(out, schema.edge_attributes, edge.properties);
    auto write = [&](const char* key, const std::string& value) { WriteAttValue(out, key, value); };
    if (source) source->ForEachField(write);
    out << "</attvalues></edge>\n";
    return out.good();
  }));
  out << "    </edges>\n";
  return source_status;
}

}  // namespace

Status WriteGexf(const ExportScope& scope, const ExportOptions& options, std::ostream& out) {
  Result<PropertySchema> schema = ScanProperties(scope);
  if (!schema.ok()) return schema.status();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
         "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta><creator>lkg</creator><description>labour knowledge graph</description></meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
  WriteAttributeDecls("node", kNodeBuiltins, false, schema->node_attributes, out);
  WriteAttributeDecls("edge", kEdgeBuiltins, options.evidence, schema->edge_attributes, out);
  Spells case_dates;  // edges of a dated case or event take its dates
  LKG_RETURN_IF_ERROR(WriteNodes(scope, *schema, case_dates, out));
  LKG_RETURN_IF_ERROR(WriteEdges(scope, *schema, options, case_dates, out));
  out << "  </graph>\n</gexf>\n";
  return StreamStatus(out);
}

}  // namespace lkg::query
