// GraphStore: the RocksDB-backed property graph. No RocksDB type appears in
// this header. One process writes (RocksDB's lock); any number of processes
// may open the same directory read-only at the same time.
//
// Writes are atomic per DocumentFacts: after a crash the store holds each
// document's facts wholly or not at all. Reads go through a GraphReader,
// a consistent snapshot that later writes do not disturb.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/records.h"
#include "engine/status.h"

namespace lkg {

// The schema version this build writes. Opening a store whose version is
// higher gives StatusCode::kIncompatible.
inline constexpr int kSchemaVersion = 1;

struct StoreOptions {
  bool read_only = false;          // open without the write lock (see Open)
  bool create_if_missing = true;   // ignored when read_only
  bool sync_writes = false;        // fsync the WAL on every write (crash-safe either way for process kills)
  size_t block_cache_bytes = 64u << 20;
  // RocksDB memtable memory across all column families (each column family's
  // write buffer is a quarter of it, at most 32 MB). With block_cache_bytes
  // this bounds how far the store's memory grows during a long write run.
  size_t memtable_bytes = 128u << 20;
  // Keep table index and filter blocks in the block cache (level-0 ones
  // pinned) instead of beside it: memory stays within the cache however
  // large the store grows, at some cost to random reads.
  bool index_in_cache = false;
};

// The options for a long write run (`lkg ingest`, the ingest benchmark):
// a 16 MB memtable budget, an 8 MB block cache holding the table indexes,
// so RSS levels off low however many articles are ingested.
inline StoreOptions IngestStoreOptions() {
  StoreOptions options;
  options.memtable_bytes = 16u << 20;
  options.block_cache_bytes = 8u << 20;
  options.index_in_cache = true;
  return options;
}

// What one Apply did.
struct ApplyResult {
  DocKey document = 0;
  bool unchanged = false;       // the same document (same text) was already stored: nothing written
  std::optional<DocKey> replaced;  // an older version with the same URL whose facts were replaced
  uint32_t nodes_added = 0;     // new nodes (all types except case)
  uint32_t cases_added = 0;     // new case nodes
  uint32_t edges_added = 0;     // new edges
  uint32_t evidence_added = 0;  // new evidence records
};

struct RemoveResult {
  DocKey document = 0;
  uint32_t nodes_removed = 0;   // includes case nodes
  uint32_t edges_removed = 0;
  uint32_t evidence_removed = 0;
};

struct ApplyOptions {
  // false: the document is the unit (an identical document is a no-op; an
  // edited one with the same URL replaces the old). true: add these facts to
  // the document, creating it if needed; re-adding the same evidence is a
  // no-op. Importers use append to write one record file in chunks.
  bool append = false;
};

struct StoreStats {
  std::map<std::string, uint64_t> nodes_by_type;  // "union" -> 12 (all types with a count > 0)
  std::map<std::string, uint64_t> edges_by_type;
  std::map<std::string, uint64_t> cases_by_kind;
  uint64_t nodes = 0, edges = 0, documents = 0, evidence = 0;
  uint64_t store_bytes = 0;  // live SST + WAL bytes on disk
};

// Compact records for loading the topology fast (query/ snapshots).
struct NodeBrief {
  NodeKey key;
  NodeType type;
  uint32_t evidence_count;
};
struct EdgeBrief {
  EdgeKey key;
  NodeKey source;
  NodeKey target;
  EdgeType type;
  uint32_t evidence_count;
  float max_confidence;
  bool has_properties = true;  // false: the edge's properties are {} (exports can skip the record)
};

// One edge seen from one of its endpoints.
struct Adjacent {
  EdgeKey edge;
  EdgeType type;
  NodeKey other;
  bool outgoing;  // true: this node is the source
};

struct NameMatch {
  NodeKey key;
  NodeType type;
  std::string matched;  // the normalised name or alias that matched
  bool exact;           // the whole normalised key equals the query
};

struct CaseFilter {
  std::string country;  // normalised country name, or "" for any
  std::string kind;     // a case kind, or "" for any
  std::string since;    // ISO date prefix, inclusive, or ""
  std::string until;    // ISO date prefix, inclusive, or ""
};

// Callbacks return false to stop iterating early.
template <typename T>
using Visitor = std::function<bool(const T&)>;

// A consistent read-only view of the store at one point in time.
class GraphReader {
 public:
  virtual ~GraphReader() = default;

  virtual Result<Node> GetNode(NodeKey key) const = 0;
  virtual Result<Edge> GetEdge(EdgeKey key) const = 0;
  // The document with its text; NotFound for an unknown key.
  virtual Result<Document> GetDocument(DocKey key) const = 0;
  // The document stored under `url`, if any.
  virtual Result<std::optional<DocKey>> FindDocumentByUrl(std::string_view url) const = 0;

  // Up to `limit` evidence records of a node/edge, in key order (by document).
  virtual Result<std::vector<Evidence>> NodeEvidence(NodeKey key, size_t limit) const = 0;
  virtual Result<std::vector<Evidence>> EdgeEvidence(EdgeKey key, size_t limit) const = 0;

  // Every edge touching `key`: outgoing first, then incoming.
  virtual Status ForEachAdjacent(NodeKey key, const Visitor<Adjacent>& visit) const = 0;

  // Nodes whose normalised name or alias equals NormalizeName(name),
  // optionally of one type.
  virtual Result<std::vector<NodeKey>> FindByName(std::string_view name,
                                                  std::optional<NodeType> type) const = 0;
  // Ranked name search: exact matches first, then prefix matches of the
  // normalised query (also matching at any word start), at most `limit`.
  virtual Result<std::vector<NameMatch>> SearchNames(std::string_view query,
                                                     std::optional<NodeType> type,
                                                     size_t limit) const = 0;

  virtual Status ForEachNodeBrief(const Visitor<NodeBrief>& visit) const = 0;
  virtual Status ForEachEdgeBrief(const Visitor<EdgeBrief>& visit) const = 0;
  // The edge briefs with first <= key <= last, in key order. Edge keys are
  // hashes, so key ranges split a full scan evenly (the query snapshot loads
  // two halves on two threads). This default filters ForEachEdgeBrief.
  virtual Status ForEachEdgeBriefIn(EdgeKey first, EdgeKey last, const Visitor<EdgeBrief>& visit) const {
    return ForEachEdgeBrief([&](const EdgeBrief& b) { return b.key < first || b.key > last || visit(b); });
  }
  virtual Status ForEachNode(const Visitor<Node>& visit) const = 0;
  virtual Status ForEachEdge(const Visitor<Edge>& visit) const = 0;
  virtual Status ForEachNodeOfType(NodeType type, const Visitor<NodeKey>& visit) const = 0;
  // Documents without their text.
  virtual Status ForEachDocument(const Visitor<Document>& visit) const = 0;
  // Case nodes matching `filter`, newest date first.
  virtual Status ForEachCase(const CaseFilter& filter, const Visitor<NodeKey>& visit) const = 0;

  virtual Result<std::vector<ResolutionDecision>> Decisions() const = 0;
  virtual Result<StoreStats> Stats() const = 0;

  // Checks every invariant: edge endpoints exist, adjacency matches edges,
  // index entries point at live nodes, counts match, evidence owners exist.
  // Returns Corruption naming the first violation.
  virtual Status CheckConsistency() const = 0;

  // A number that grows with every committed write; equal numbers mean
  // equal contents (used to know when a query snapshot is stale).
  virtual uint64_t sequence() const = 0;
};

class GraphStore {
 public:
  virtual ~GraphStore() = default;

  // Opens (or creates) the store in `dir`. Errors: Busy when another process
  // holds the write lock; Incompatible for a newer schema; Corruption when
  // the files do not decode; NotFound when read_only and nothing is there.
  // Read-only opening works while another process writes and sees the data
  // as of the moment of opening.
  static Result<std::unique_ptr<GraphStore>> Open(const std::string& dir,
                                                  const StoreOptions& options = {});

  // A consistent snapshot reader. A reader may outlive the store object: it
  // keeps the database open (and a writer's lock held) until it is destroyed.
  virtual std::unique_ptr<GraphReader> NewReader() const = 0;

  // Writes one document's facts atomically (one RocksDB WriteBatch): the
  // document, nodes (new, or aliases/properties merged into existing ones),
  // edges, evidence, adjacency and indexes. Edge endpoints must exist in the
  // store or in `facts`. InvalidArgument for a fact with no evidence, an
  // unknown endpoint, or invalid UTF-8; nothing is written then.
  virtual Result<ApplyResult> Apply(const DocumentFacts& facts, const ApplyOptions& options = {}) = 0;

  // Removes a document, its evidence, and every node/edge left without
  // evidence (edges of removed nodes too). NotFound for an unknown document.
  virtual Result<RemoveResult> RemoveDocument(DocKey key) = 0;

  // Folds node `fold` into `keep` atomically: edges, evidence and aliases
  // move to `keep`; `fold` disappears. Both must exist and differ.
  virtual Status MergeNodes(NodeKey keep, NodeKey fold) = 0;

  // Replaces the name/aliases/properties of an existing node (not its key,
  // type, evidence or edges). Used by resolution and manual edits.
  virtual Status UpdateNode(const Node& node) = 0;

  // Persists a manual decision (merge/split/distinct).
  virtual Status AddDecision(const ResolutionDecision& decision) = 0;

  // Flushes memtables to disk (used before measuring size).
  virtual Status Flush() = 0;

  virtual bool read_only() const = 0;
  virtual const std::string& path() const = 0;
};

}  // namespace lkg
