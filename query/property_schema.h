// The typed attribute columns of an export: a first pass over the scope
// finds every property name of nodes and of edges and the narrowest type
// that holds all its values (boolean < long < double < string), so GraphML
// and GEXF can declare typed keys before streaming the records.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/export_scope.h"

namespace lkg::query {

enum class AttrType { kBoolean, kLong, kDouble, kString };

struct Attribute {
  std::string id;       // "n3", "e1": an XML-safe key id
  std::string name;     // the property name (prefixed "prop_" if it collides with a built-in)
  std::string property; // the key in Node/Edge::properties
  AttrType type;
};

struct PropertySchema {
  std::vector<Attribute> node_attributes;  // properties only (built-ins are declared by each writer)
  std::vector<Attribute> edge_attributes;
};

// Scans the scope once. Property names equal to a built-in column name
// (id, type, name, aliases, label, source, target, evidence_count, start,
// end, weight, sentence, source_url, source_title, source_date, confidence)
// are renamed "prop_<name>".
Result<PropertySchema> ScanProperties(const ExportScope& scope);

// The GraphML/GEXF name of a type: "boolean", "long", "double", "string".
const char* AttrTypeName(AttrType type);

// A property value as the text of an attribute of `type`.
std::string AttrValue(const nlohmann::json& value, AttrType type);

}  // namespace lkg::query
