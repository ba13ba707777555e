// PrepareFacts: the checks Apply makes before touching the store.
#include <cmath>

#include "engine/name_normalizer.h"
#include "engine/write_ops.h"

namespace lkg::internal {
namespace {

Status CheckText(std::string_view text, const std::string& what) {
  if (IsValidUtf8(text)) return Status::Ok();
  return Status::InvalidArgument(what + " is not valid UTF-8");
}

// Properties must be a JSON object whose strings are valid UTF-8.
Status CheckProperties(nlohmann::json& properties, const std::string& what) {
  if (properties.is_null()) properties = nlohmann::json::object();
  if (!properties.is_object()) return Status::InvalidArgument(what + ": properties must be a JSON object");
  try {
    (void)properties.dump();
  } catch (const nlohmann::json::exception&) {
    return Status::InvalidArgument(what + ": properties contain invalid UTF-8");
  }
  return Status::Ok();
}

Status CheckEvidence(std::vector<Evidence>& evidence, DocKey doc, const std::string& what) {
  if (evidence.empty()) return Status::InvalidArgument(what + " has no evidence");
  for (Evidence& e : evidence) {
    if (e.document == 0) e.document = doc;
    if (e.document != doc) {
      return Status::InvalidArgument(what + ": evidence points at document " + FormatDocId(e.document) +
                                     ", not at " + FormatDocId(doc));
    }
    if (e.end < e.start) return Status::InvalidArgument(what + ": evidence span ends before it starts");
    if (!(e.confidence >= 0.0 && e.confidence <= 1.0)) {
      return Status::InvalidArgument(what + ": evidence confidence must be in [0,1]");
    }
    if (e.extractor.empty()) return Status::InvalidArgument(what + ": evidence has no extractor");
    LKG_RETURN_IF_ERROR(CheckText(e.sentence, what + ": evidence sentence"));
    LKG_RETURN_IF_ERROR(CheckText(e.extractor, what + ": evidence extractor"));
  }
  return Status::Ok();
}

Status PrepareDocument(Document& doc) {
  for (const std::string* field : {&doc.text, &doc.url, &doc.title, &doc.published, &doc.source,
                                   &doc.retrieved_at, &doc.lang}) {
    LKG_RETURN_IF_ERROR(CheckText(*field, "the document's text or metadata"));
  }
  if (doc.key == 0) {
    if (doc.text.empty()) return Status::InvalidArgument("a document needs text or a key");
    doc.key = DocumentKeyForText(doc.text);
  }
  return CheckProperties(doc.properties, "document " + FormatDocId(doc.key));
}

Status PrepareNode(NodeFact& fact, DocKey doc) {
  Node& node = fact.node;
  std::string what = "node '" + (IsValidUtf8(node.name) ? node.name : std::string("?")) + "'";
  LKG_RETURN_IF_ERROR(CheckText(node.name, what + ": name"));
  for (const std::string& alias : node.aliases) LKG_RETURN_IF_ERROR(CheckText(alias, what + ": alias"));
  if (NormalizeName(node.name).empty()) return Status::InvalidArgument(what + " has an empty name");
  if (node.type == NodeType::kDocument) return Status::InvalidArgument(what + ": documents are not nodes");
  if (NodeTypeName(node.type) == "unknown") return Status::InvalidArgument(what + " has an unknown type");
  if (node.key == 0) node.key = EntityKey(node.type, node.name);
  LKG_RETURN_IF_ERROR(CheckProperties(node.properties, what));
  return CheckEvidence(fact.evidence, doc, what);
}

Status PrepareEdge(EdgeFact& fact, DocKey doc) {
  Edge& edge = fact.edge;
  std::string what = "edge " + std::string(EdgeTypeName(edge.type)) + " " + FormatNodeId(edge.source) + " -> " +
                     FormatNodeId(edge.target);
  if (EdgeTypeName(edge.type) == "unknown") return Status::InvalidArgument(what + " has an unknown type");
  EdgeKey expected = EdgeKeyFor(edge.source, edge.type, edge.target);
  if (edge.key == 0) edge.key = expected;
  if (edge.key != expected) {
    return Status::InvalidArgument(what + ": key " + FormatEdgeId(edge.key) + " should be " + FormatEdgeId(expected));
  }
  LKG_RETURN_IF_ERROR(CheckProperties(edge.properties, what));
  return CheckEvidence(fact.evidence, doc, what);
}

}  // namespace

Status PrepareFacts(DocumentFacts& facts) {
  LKG_RETURN_IF_ERROR(PrepareDocument(facts.document));
  for (NodeFact& fact : facts.nodes) LKG_RETURN_IF_ERROR(PrepareNode(fact, facts.document.key));
  for (EdgeFact& fact : facts.edges) LKG_RETURN_IF_ERROR(PrepareEdge(fact, facts.document.key));
  return Status::Ok();
}

}  // namespace lkg::internal
