// Graphviz DOT: node shape and colour by type, labels escaped.
#include "query/export.h"
#include "query/export_util.h"

namespace lkg::query {
namespace {

struct NodeStyle {
  const char* shape;
  const char* color;
};

NodeStyle StyleOf(NodeType type) {
  switch (type) {
    case NodeType::kUnion: return {"ellipse", "#8dd3c7"};
    case NodeType::kCompany: return {"box", "#ffffb3"};
    case NodeType::kCountry: return {"doubleoctagon", "#bebada"};
    case NodeType::kPerson: return {"oval", "#fb8072"};
    case NodeType::kOrganization: return {"hexagon", "#80b1d3"};
    case NodeType::kCase: return {"diamond", "#fdb462"};
    case NodeType::kDocument: return {"note", "#d9d9d9"};
    case NodeType::kPlace: return {"house", "#b3de69"};
    case NodeType::kEvent: return {"octagon", "#fccde5"};
  }
  return {"ellipse", "#ffffff"};
}

}  // namespace

Status WriteDot(const ExportScope& scope, std::ostream& out) {
  out << "digraph lkg {\n"
         "  graph [overlap=false, splines=true];\n"
         "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
         "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n";
  LKG_RETURN_IF_ERROR(scope.ForEachNode([&](const Node& node) {
    NodeStyle style = StyleOf(node.type);
    out << "  " << QuotedLiteral(FormatNodeId(node.key)) << " [label=" << QuotedLiteral(node.name)
        << ", shape=" << style.shape << ", fillcolor=\"" << style.color << "\", tooltip="
        << QuotedLiteral(NodeTypeName(node.type)) << "];\n";
    return out.good();
  }));
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    out << "  " << QuotedLiteral(FormatNodeId(edge.source)) << " -> " << QuotedLiteral(FormatNodeId(edge.target))
        << " [label=" << QuotedLiteral(EdgeTypeName(edge.type)) << "];\n";
    return out.good();
  }));
  out << "}\n";
  return StreamStatus(out);
}

}  // namespace lkg::query
