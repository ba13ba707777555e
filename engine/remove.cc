// Removing documents, and deleting nodes and edges with their evidence.
#include <algorithm>
#include <set>

#include "engine/record_codec.h"
#include "engine/write_ops.h"

namespace lkg::internal {
namespace {

// Deletes every evidence record under `prefix` (one owner) and the
// doc_facts entries of the documents they came from.
Status DeleteOwnerEvidence(Mutation& m, OwnerKind kind, uint64_t owner) {
  auto evidence = m.EvidenceUnder(EvidenceOwnerPrefix(kind, owner));
  if (!evidence.ok()) return evidence.status();
  std::set<DocKey> docs;
  for (const auto& [key, value] : *evidence) {
    m.DeleteEvidence(key);
    docs.insert(GetBigEndian64(key.data() + 9));
  }
  for (DocKey doc : docs) m.DeleteDocFact(DocFactKey(doc, kind, owner));
  return Status::Ok();
}

// Removes the evidence `doc` gave one owner; returns how many records.
Result<uint32_t> RemoveOwnerDocEvidence(Mutation& m, OwnerKind kind, uint64_t owner, DocKey doc) {
  auto evidence = m.EvidenceUnder(EvidenceOwnerDocPrefix(kind, owner, doc));
  if (!evidence.ok()) return evidence.status();
  for (const auto& [key, value] : *evidence) m.DeleteEvidence(key);
  m.DeleteDocFact(DocFactKey(doc, kind, owner));
  return static_cast<uint32_t>(evidence->size());
}

}  // namespace

Status RefreshEdgeEvidence(Mutation& m, Edge& edge) {
  auto evidence = m.EvidenceUnder(EvidenceOwnerPrefix(OwnerKind::kEdge, edge.key));
  if (!evidence.ok()) return evidence.status();
  edge.evidence_count = static_cast<uint32_t>(evidence->size());
  edge.max_confidence = 0.0f;
  for (const auto& [key, value] : *evidence) {
    auto decoded = DecodeEvidence(0, value);
    if (!decoded.ok()) return decoded.status();
    edge.max_confidence = std::max(edge.max_confidence, static_cast<float>(decoded->confidence));
  }
  return Status::Ok();
}

Status DeleteEdgeCompletely(Mutation& m, EdgeKey edge) {
  auto found = m.FindEdge(edge);
  if (!found.ok()) return found.status();
  if (!*found) return Status::Ok();
  LKG_RETURN_IF_ERROR(DeleteOwnerEvidence(m, OwnerKind::kEdge, edge));
  m.DeleteEdge(edge);
  return Status::Ok();
}

Status DeleteNodeCompletely(Mutation& m, NodeKey node) {
  auto found = m.FindNode(node);
  if (!found.ok()) return found.status();
  if (!*found) return Status::Ok();
  auto adjacent = m.AdjacentOf(node);
  if (!adjacent.ok()) return adjacent.status();
  for (const Adjacent& a : *adjacent) LKG_RETURN_IF_ERROR(DeleteEdgeCompletely(m, a.edge));
  LKG_RETURN_IF_ERROR(DeleteOwnerEvidence(m, OwnerKind::kNode, node));
  m.DeleteNode(node);
  return Status::Ok();
}

Status RemoveDocumentFacts(Mutation& m, DocKey doc) {
  auto facts = m.DocFactsOf(doc);
  if (!facts.ok()) return facts.status();
  std::vector<NodeKey> orphan_nodes;
  std::vector<EdgeKey> orphan_edges;
  for (const std::string& fact : *facts) {
    OwnerKind kind = static_cast<OwnerKind>(fact[8]);
    uint64_t owner = GetBigEndian64(fact.data() + 9);
    auto removed = RemoveOwnerDocEvidence(m, kind, owner, doc);
    if (!removed.ok()) return removed.status();
    if (kind == OwnerKind::kNode) {
      auto node = m.FindNode(owner);
      if (!node.ok()) return node.status();
      if (!*node) continue;
      (*node)->evidence_count -= std::min((*node)->evidence_count, *removed);
      if ((*node)->evidence_count == 0) orphan_nodes.push_back(owner);
    } else {
      auto edge = m.FindEdge(owner);
      if (!edge.ok()) return edge.status();
      if (!*edge) continue;
      LKG_RETURN_IF_ERROR(RefreshEdgeEvidence(m, **edge));
      if ((*edge)->evidence_count == 0) orphan_edges.push_back(owner);
    }
  }
  for (EdgeKey edge : orphan_edges) LKG_RETURN_IF_ERROR(DeleteEdgeCompletely(m, edge));
  for (NodeKey node : orphan_nodes) LKG_RETURN_IF_ERROR(DeleteNodeCompletely(m, node));
  auto meta = m.GetDocumentMeta(doc);  // loads the slot so the delete takes
  if (!meta.ok()) return meta.status();
  m.DeleteDocument(doc);
  return Status::Ok();
}

}  // namespace lkg::internal
