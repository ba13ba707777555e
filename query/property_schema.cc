#include "query/property_schema.h"

#include <set>

#include "query/export_util.h"

namespace lkg::query {
namespace {

AttrType TypeOf(const nlohmann::json& value) {
  if (value.is_boolean()) return AttrType::kBoolean;
  if (value.is_number_integer()) return AttrType::kLong;
  if (value.is_number_float()) return AttrType::kDouble;
  return AttrType::kString;
}

AttrType Widen(AttrType a, AttrType b) {
  if (a == b) return a;
  bool numeric = (a == AttrType::kLong || a == AttrType::kDouble) && (b == AttrType::kLong || b == AttrType::kDouble);
  return numeric ? AttrType::kDouble : AttrType::kString;
}

void Observe(const nlohmann::json& properties, std::map<std::string, AttrType>& seen) {
  if (!properties.is_object()) return;
  for (auto it = properties.begin(); it != properties.end(); ++it) {
    if (it.value().is_null()) continue;
    AttrType type = TypeOf(it.value());
    auto [pos, inserted] = seen.emplace(it.key(), type);
    if (!inserted) pos->second = Widen(pos->second, type);
  }
}

std::vector<Attribute> Columns(const std::map<std::string, AttrType>& seen, char prefix) {
  static const std::set<std::string> kBuiltIn = {
      "id",    "type", "name",   "aliases",  "label",      "source",       "target",     "evidence_count",
      "start", "end",  "weight", "sentence", "source_url", "source_title", "source_date", "confidence"};
  std::vector<Attribute> columns;
  for (const auto& [property, type] : seen) {
    std::string name = kBuiltIn.count(property) ? "prop_" + property : property;
    columns.push_back({std::string(1, prefix) + "p" + std::to_string(columns.size()), name, property, type});
  }
  return columns;
}

}  // namespace

Result<PropertySchema> ScanProperties(const ExportScope& scope) {
  std::map<std::string, AttrType> node_seen, edge_seen;
  LKG_RETURN_IF_ERROR(scope.ForEachNode([&](const Node& node) {
    Observe(node.properties, node_seen);
    return true;
  }));
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    Observe(edge.properties, edge_seen);
    return true;
  }));
  return PropertySchema{Columns(node_seen, 'n'), Columns(edge_seen, 'e')};
}

const char* AttrTypeName(AttrType type) {
  switch (type) {
    case AttrType::kBoolean: return "boolean";
    case AttrType::kLong: return "long";
    case AttrType::kDouble: return "double";
    case AttrType::kString: return "string";
  }
  return "string";
}

std::string AttrValue(const nlohmann::json& value, AttrType type) {
  if (type == AttrType::kBoolean) return value.get<bool>() ? "true" : "false";
  if (type == AttrType::kString) return PropertyText(value);
  return DumpJson(value);
}

}  // namespace lkg::query
