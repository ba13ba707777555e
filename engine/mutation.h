// Mutation: the in-memory overlay one write operation (Apply, RemoveDocument,
// MergeNodes, UpdateNode) works on. Reads go through the overlay to the
// database; Commit turns the difference between the records as first read
// and as last left into ONE RocksDB WriteBatch: records, adjacency, every
// index and the counters. The caller holds the store's writer mutex.
// Internal to engine/.
#pragma once

#include <map>
#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <rocksdb/write_batch.h>

#include "engine/graph_store.h"
#include "engine/key_codec.h"
#include "engine/rocks_db.h"

namespace lkg::internal {

// What a committed mutation changed (net: a node deleted and re-created is
// neither added nor removed).
struct MutationSummary {
  uint32_t nodes_added = 0, cases_added = 0, edges_added = 0, evidence_added = 0;
  uint32_t nodes_removed = 0, edges_removed = 0, evidence_removed = 0;
};

class Mutation {
 public:
  explicit Mutation(const RocksDb& db) : db_(db) {}

  // The node/edge as it stands in this mutation; nullptr when absent. The
  // pointer stays valid until Commit; change the record through it.
  Result<Node*> FindNode(NodeKey key);
  Result<Edge*> FindEdge(EdgeKey key);
  // Creates a record (its key must be absent); returns it.
  Node* CreateNode(Node node);
  Edge* CreateEdge(Edge edge);
  void DeleteNode(NodeKey key);
  void DeleteEdge(EdgeKey key);

  // Every edge touching `node` as of this mutation: outgoing, then incoming.
  Result<std::vector<Adjacent>> AdjacentOf(NodeKey node);

  // True when the node/edge was absent from the database (created here).
  bool IsNewNode(NodeKey key) const;
  bool IsNewEdge(EdgeKey key) const;

  // Evidence records by key (key_codec.h EvidenceKey). `may_be_stored`
  // false skips the database read (the owner is new, so none is stored).
  Result<bool> HasEvidence(const std::string& key, bool may_be_stored = true);
  void PutEvidence(const std::string& key, std::string value);
  void DeleteEvidence(const std::string& key);
  // Evidence key -> value for every key starting with `prefix`.
  Result<std::map<std::string, std::string>> EvidenceUnder(const std::string& prefix);

  // doc_facts entries (written unconditionally: puts and deletes are idempotent).
  void PutDocFact(const std::string& key);
  void DeleteDocFact(const std::string& key);
  Result<std::vector<std::string>> DocFactsOf(DocKey doc);

  // Documents (metadata and text) and the url index.
  Result<bool> HasDocument(DocKey key);
  Result<std::optional<Document>> GetDocumentMeta(DocKey key);
  void PutDocument(Document doc);
  void DeleteDocument(DocKey key);
  Result<std::optional<DocKey>> FindUrl(const std::string& url);

  // A raw write (decisions, meta) done as is.
  void PutRaw(Cf cf, std::string key, std::string value);

  // The summary of the net changes so far.
  MutationSummary Summarize() const;

  // Writes everything as one WriteBatch. InvalidArgument when a record
  // cannot be encoded (nothing is written then).
  Status Commit();

 private:
  template <typename T>
  struct Slot {
    std::optional<T> original;  // as read from the database
    std::optional<T> current;   // as this mutation leaves it
  };
  struct KeySlot {
    bool existed = false;
    std::optional<std::string> value;  // nullopt: absent at the end
  };
  struct DocSlot {
    std::optional<Document> original;  // metadata only
    std::optional<Document> current;   // with text once touched
    bool touched = false;              // written by PutDocument/DeleteDocument
  };

  Result<Slot<Node>*> NodeSlot(NodeKey key);
  Result<Slot<Edge>*> EdgeSlot(EdgeKey key);
  Result<KeySlot*> LoadKey(std::map<std::string, KeySlot>& slots, Cf cf, const std::string& key);
  Result<DocSlot*> DocumentSlot(DocKey key);
  Status Scan(Cf cf, const std::string& prefix, const std::function<void(std::string_view, std::string_view)>& fn) const;

  Status AddNodeWrites(rocksdb::WriteBatch& batch, std::map<std::string, int64_t>& counters) const;
  Status AddEdgeWrites(rocksdb::WriteBatch& batch, std::map<std::string, int64_t>& counters) const;
  Status AddKeyWrites(rocksdb::WriteBatch& batch, std::map<std::string, int64_t>& counters) const;
  Status AddDocumentWrites(rocksdb::WriteBatch& batch, std::map<std::string, int64_t>& counters) const;
  Status AddCounterWrites(rocksdb::WriteBatch& batch, const std::map<std::string, int64_t>& counters) const;

  const RocksDb& db_;
  std::map<NodeKey, Slot<Node>> nodes_;
  std::map<EdgeKey, Slot<Edge>> edges_;
  std::map<std::string, KeySlot> evidence_;
  std::map<std::string, KeySlot> doc_facts_;
  std::map<DocKey, DocSlot> docs_;
  std::vector<std::tuple<Cf, std::string, std::string>> raw_;
};

}  // namespace lkg::internal
