// ApplyFacts: one document's facts into a Mutation.
#include <algorithm>

#include "engine/node_index.h"
#include "engine/record_codec.h"
#include "engine/write_ops.h"

namespace lkg::internal {
namespace {

Status ApplyNodeFact(Mutation& m, const NodeFact& fact, DocKey doc) {
  auto found = m.FindNode(fact.node.key);
  if (!found.ok()) return found.status();
  Node* node = *found;
  if (!node) {
    Node fresh = fact.node;
    fresh.evidence_count = 0;
    DeduplicateAliases(fresh);
    node = m.CreateNode(std::move(fresh));
  } else if (node->type != fact.node.type) {
    return Status::InvalidArgument("node " + FormatNodeId(node->key) + " is a " + std::string(NodeTypeName(node->type)) +
                                   ", not a " + std::string(NodeTypeName(fact.node.type)));
  } else {
    MergeNames(*node, fact.node.name, fact.node.aliases);
    MergeProperties(node->properties, fact.node.properties);
  }
  for (const Evidence& evidence : fact.evidence) {
    auto added = AddEvidence(m, OwnerKind::kNode, node->key, doc, evidence);
    if (!added.ok()) return added.status();
    if (*added) ++node->evidence_count;
  }
  return Status::Ok();
}

Status CheckEndpoint(Mutation& m, const Edge& edge, NodeKey endpoint, const char* role) {
  auto found = m.FindNode(endpoint);
  if (!found.ok()) return found.status();
  if (*found) return Status::Ok();
  return Status::InvalidArgument("edge " + std::string(EdgeTypeName(edge.type)) + " " + FormatEdgeId(edge.key) +
                                 " refers to unknown " + role + " node " + FormatNodeId(endpoint));
}

Status ApplyEdgeFact(Mutation& m, const EdgeFact& fact, DocKey doc) {
  const Edge& incoming = fact.edge;
  LKG_RETURN_IF_ERROR(CheckEndpoint(m, incoming, incoming.source, "source"));
  LKG_RETURN_IF_ERROR(CheckEndpoint(m, incoming, incoming.target, "target"));
  auto found = m.FindEdge(incoming.key);
  if (!found.ok()) return found.status();
  Edge* edge = *found;
  if (!edge) {
    Edge fresh = incoming;
    fresh.evidence_count = 0;
    fresh.max_confidence = 0.0f;
    edge = m.CreateEdge(std::move(fresh));
  } else {
    MergeProperties(edge->properties, incoming.properties);
  }
  for (const Evidence& evidence : fact.evidence) {
    auto added = AddEvidence(m, OwnerKind::kEdge, edge->key, doc, evidence);
    if (!added.ok()) return added.status();
    if (!*added) continue;
    ++edge->evidence_count;
    edge->max_confidence = std::max(edge->max_confidence, static_cast<float>(evidence.confidence));
  }
  return Status::Ok();
}

}  // namespace

Result<bool> AddEvidence(Mutation& m, OwnerKind kind, uint64_t owner, DocKey doc, const Evidence& evidence) {
  std::string key = EvidenceKey(kind, owner, doc, EvidenceSpanHash(evidence.start, evidence.end, evidence.extractor));
  bool owner_is_new = kind == OwnerKind::kNode ? m.IsNewNode(owner) : m.IsNewEdge(owner);
  auto exists = m.HasEvidence(key, /*may_be_stored=*/!owner_is_new);
  if (!exists.ok()) return exists.status();
  if (*exists) return false;
  Evidence stored = evidence;
  stored.document = doc;
  m.PutEvidence(key, EncodeEvidence(stored));
  m.PutDocFact(DocFactKey(doc, kind, owner));
  return true;
}

Result<ApplyResult> ApplyFacts(Mutation& m, const DocumentFacts& facts, const ApplyOptions& options) {
  ApplyResult result;
  const Document& doc = facts.document;
  result.document = doc.key;
  auto exists = m.HasDocument(doc.key);
  if (!exists.ok()) return exists.status();
  if (*exists && !options.append) {
    result.unchanged = true;
    return result;
  }
  if (!*exists) {
    auto previous = m.FindUrl(doc.url);
    if (!previous.ok()) return previous.status();
    if (*previous && **previous != doc.key) {
      LKG_RETURN_IF_ERROR(RemoveDocumentFacts(m, **previous));
      result.replaced = **previous;
    }
    m.PutDocument(doc);
  }
  for (const NodeFact& fact : facts.nodes) LKG_RETURN_IF_ERROR(ApplyNodeFact(m, fact, doc.key));
  for (const EdgeFact& fact : facts.edges) LKG_RETURN_IF_ERROR(ApplyEdgeFact(m, fact, doc.key));
  return result;
}

}  // namespace lkg::internal
