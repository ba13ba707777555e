// openCypher MERGE statements (Neo4j, Memgraph, NebulaGraph's openCypher):
// every node is an :Entity with a unique `id` plus a label for its type;
// every edge a relationship typed in upper case with its own `id`.
#include <cctype>

#include "query/export.h"
#include "query/export_util.h"

namespace lkg::query {

namespace {

// A property value as a Cypher literal: scalars as they are, lists of
// scalars as lists, anything else (objects, mixed lists) as a JSON string.
std::string Literal(const nlohmann::json& value) {
  if (value.is_string()) return CypherLiteral(value.get<std::string>());
  if (value.is_number() || value.is_boolean()) return DumpJson(value);
  if (value.is_array()) {
    bool scalars = true;
    for (const nlohmann::json& item : value) scalars = scalars && (item.is_string() || item.is_number());
    if (scalars) {
      std::string list = "[";
      for (const nlohmann::json& item : value) list += (list.size() > 1 ? ", " : "") + Literal(item);
      return list + "]";
    }
  }
  return CypherLiteral(DumpJson(value));
}

// "`name`" with backticks doubled.
std::string Identifier(const std::string& name) {
  std::string quoted = "`";
  for (char c : name) quoted += (c == '`') ? std::string("``") : std::string(1, c);
  return quoted + "`";
}

void WriteSets(const char* var, const nlohmann::json& props, std::ostream& out) {
  if (!props.is_object()) return;
  for (auto it = props.begin(); it != props.end(); ++it) {
    if (it.value().is_null()) continue;
    std::string name = (it.key() == "id" || it.key() == "name") ? "prop_" + it.key() : it.key();
    out << ", " << var << '.' << Identifier(name) << " = " << Literal(it.value());
  }
}

std::string RelationType(EdgeType type) {
  std::string name(EdgeTypeName(type));
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

}  // namespace

Status WriteCypher(const ExportScope& scope, std::ostream& out) {
  out << "// lkg export: openCypher MERGE statements. Nodes are :Entity {id} plus a type label.\n"
         "// Neo4j 5; on Memgraph use instead: CREATE INDEX ON :Entity(id);\n"
         "CREATE CONSTRAINT lkg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n";
  LKG_RETURN_IF_ERROR(scope.ForEachNode([&](const Node& node) {
    out << "MERGE (n:Entity {id: " << CypherLiteral(FormatNodeId(node.key)) << "}) SET n:"
        << CypherLabel(node.type) << ", n.name = " << CypherLiteral(node.name)
        << ", n.aliases = " << Literal(nlohmann::json(node.aliases))
        << ", n.evidence_count = " << node.evidence_count;
    WriteSets("n", node.properties, out);
    out << ";\n";
    return out.good();
  }));
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    out << "MATCH (a:Entity {id: " << CypherLiteral(FormatNodeId(edge.source)) << "}), (b:Entity {id: "
        << CypherLiteral(FormatNodeId(edge.target)) << "}) MERGE (a)-[r:" << RelationType(edge.type)
        << " {id: " << CypherLiteral(FormatEdgeId(edge.key)) << "}]->(b) SET r.evidence_count = "
        << edge.evidence_count;
    WriteSets("r", edge.properties, out);
    out << ";\n";
    return out.good();
  }));
  return StreamStatus(out);
}

}  // namespace lkg::query
