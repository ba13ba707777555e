// Cytoscape JSON: {"elements": {"nodes": [{"data": {…}}], "edges": [{"data": {…}}]}}.
#include "query/export.h"
#include "query/clean_decimal.h"
#include "query/export_util.h"

namespace lkg::query {
namespace {

// Copies properties into `data`, renaming those that collide with a built-in field.
void AddProperties(const nlohmann::json& props, nlohmann::json& data) {
  if (!props.is_object()) return;
  for (auto it = props.begin(); it != props.end(); ++it) {
    std::string name = data.contains(it.key()) ? "prop_" + it.key() : it.key();
    data[name] = it.value();
  }
}

}  // namespace

Status WriteCyjs(const ExportScope& scope, std::ostream& out) {
  bool first = true;
  out << "{\"format_version\": \"1.0\", \"generated_by\": \"lkg\",\n\"elements\": {\"nodes\": [";
  LKG_RETURN_IF_ERROR(scope.ForEachNode([&](const Node& node) {
    nlohmann::json data = {{"id", FormatNodeId(node.key)}, {"label", node.name},
                           {"name", node.name},           {"type", std::string(NodeTypeName(node.type))},
                           {"aliases", node.aliases},     {"evidence_count", node.evidence_count}};
    AddProperties(node.properties, data);
    out << (first ? "\n  " : ",\n  ") << DumpJson(nlohmann::json{{"data", std::move(data)}});
    first = false;
    return out.good();
  }));
  out << "\n],\n\"edges\": [";
  first = true;
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    std::string type(EdgeTypeName(edge.type));
    nlohmann::json data = {{"id", FormatEdgeId(edge.key)},         {"source", FormatNodeId(edge.source)},
                           {"target", FormatNodeId(edge.target)},  {"type", type},
                           {"label", type},                         {"evidence_count", edge.evidence_count},
                           {"confidence", CleanDecimal(edge.max_confidence)}};
    AddProperties(edge.properties, data);
    out << (first ? "\n  " : ",\n  ") << DumpJson(nlohmann::json{{"data", std::move(data)}});
    first = false;
    return out.good();
  }));
  out << "\n]}}\n";
  return StreamStatus(out);
}

}  // namespace lkg::query
