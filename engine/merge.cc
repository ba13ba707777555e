// MergeNodesInto: fold one node into another, moving evidence and edges.
#include "engine/node_index.h"
#include "engine/write_ops.h"

namespace lkg::internal {
namespace {

// Moves every evidence record of owner `from` to owner `to` (same kind).
// Records `to` already has are dropped. Returns how many were added to `to`.
Result<uint32_t> MoveEvidence(Mutation& m, OwnerKind kind, uint64_t from, uint64_t to) {
  auto evidence = m.EvidenceUnder(EvidenceOwnerPrefix(kind, from));
  if (!evidence.ok()) return evidence.status();
  uint32_t added = 0;
  for (const auto& [key, value] : *evidence) {
    DocKey doc = GetBigEndian64(key.data() + 9);
    uint64_t span_hash = GetBigEndian64(key.data() + 17);
    m.DeleteEvidence(key);
    m.DeleteDocFact(DocFactKey(doc, kind, from));
    std::string moved = EvidenceKey(kind, to, doc, span_hash);
    auto exists = m.HasEvidence(moved);
    if (!exists.ok()) return exists.status();
    if (*exists) continue;
    m.PutEvidence(moved, value);
    m.PutDocFact(DocFactKey(doc, kind, to));
    ++added;
  }
  return added;
}

// Re-attaches edge `key` (touching `fold`) to `keep`.
Status RewireEdge(Mutation& m, EdgeKey key, NodeKey keep, NodeKey fold) {
  auto found = m.FindEdge(key);
  if (!found.ok()) return found.status();
  if (!*found) return Status::Ok();  // a self-loop seen a second time
  Edge old = **found;
  NodeKey source = old.source == fold ? keep : old.source;
  NodeKey target = old.target == fold ? keep : old.target;
  if (source == target) return DeleteEdgeCompletely(m, key);  // keep-fold edges would become loops
  EdgeKey rewired = EdgeKeyFor(source, old.type, target);
  auto existing = m.FindEdge(rewired);
  if (!existing.ok()) return existing.status();
  Edge* edge = *existing;
  if (!edge) {
    Edge fresh = old;
    fresh.key = rewired;
    fresh.source = source;
    fresh.target = target;
    edge = m.CreateEdge(std::move(fresh));
  } else {
    MergeProperties(edge->properties, old.properties);
  }
  auto moved = MoveEvidence(m, OwnerKind::kEdge, key, rewired);
  if (!moved.ok()) return moved.status();
  LKG_RETURN_IF_ERROR(RefreshEdgeEvidence(m, *edge));
  m.DeleteEdge(key);
  return Status::Ok();
}

}  // namespace

Status MergeNodesInto(Mutation& m, NodeKey keep, NodeKey fold) {
  if (keep == fold) return Status::InvalidArgument("cannot merge node " + FormatNodeId(keep) + " into itself");
  auto kept = m.FindNode(keep);
  if (!kept.ok()) return kept.status();
  if (!*kept) return Status::NotFound("no node " + FormatNodeId(keep));
  auto folded = m.FindNode(fold);
  if (!folded.ok()) return folded.status();
  if (!*folded) return Status::NotFound("no node " + FormatNodeId(fold));
  Node* target = *kept;
  const Node source = **folded;
  MergeNames(*target, source.name, source.aliases);
  MergeProperties(target->properties, source.properties);
  auto moved = MoveEvidence(m, OwnerKind::kNode, fold, keep);
  if (!moved.ok()) return moved.status();
  target->evidence_count += *moved;
  auto adjacent = m.AdjacentOf(fold);
  if (!adjacent.ok()) return adjacent.status();
  for (const Adjacent& a : *adjacent) LKG_RETURN_IF_ERROR(RewireEdge(m, a.edge, keep, fold));
  m.DeleteNode(fold);
  return Status::Ok();
}

}  // namespace lkg::internal
