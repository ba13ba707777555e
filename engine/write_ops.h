// The write operations of the store, expressed on a Mutation (the overlay
// that becomes one WriteBatch). Internal to engine/.
#pragma once

#include "engine/graph_store.h"
#include "engine/mutation.h"

namespace lkg::internal {

// Fills in the keys left 0 in `facts` (document from its text, nodes from
// type + name, edges from source/type/target) and checks every rule of
// GraphStore::Apply that needs no store access: UTF-8, evidence present and
// well formed, properties are objects, no document nodes, consistent keys.
Status PrepareFacts(DocumentFacts& facts);

// Writes `facts` (prepared) into `m` per the Apply contract. Sets
// document, unchanged and replaced of the result; the counts come from the
// mutation's summary after Commit.
Result<ApplyResult> ApplyFacts(Mutation& m, const DocumentFacts& facts, const ApplyOptions& options);

// Adds one evidence record of an owner for document `doc` unless the same
// record is already there. Returns whether it was added. Keeps the doc_facts
// entry; the caller updates the owner's counts.
Result<bool> AddEvidence(Mutation& m, OwnerKind kind, uint64_t owner, DocKey doc, const Evidence& evidence);

// Removes document `doc` (which must exist), its evidence, and every node
// and edge left without evidence (with the edges of removed nodes).
Status RemoveDocumentFacts(Mutation& m, DocKey doc);

// Deletes an edge with all its evidence (from every document).
Status DeleteEdgeCompletely(Mutation& m, EdgeKey edge);
// Deletes a node with all its evidence and all its edges.
Status DeleteNodeCompletely(Mutation& m, NodeKey node);

// Recomputes an edge's evidence_count and max_confidence from its evidence.
Status RefreshEdgeEvidence(Mutation& m, Edge& edge);

// Folds `fold` into `keep` (see GraphStore::MergeNodes).
Status MergeNodesInto(Mutation& m, NodeKey keep, NodeKey fold);

}  // namespace lkg::internal
