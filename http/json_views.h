// The JSON shapes of the API built from store records: a node with its
// evidence and edges, an edge with its evidence, a document summary.
// Internal to lkg_http.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <shared_mutex>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "engine/graph_store.h"

namespace lkg::http {

// Document summaries shared by every request: GetDocument returns the whole
// text (an imported record file can be megabytes), so each summary is read
// once. Thread-safe, bounded (emptied when full). Call Clear() after a
// document is removed.
class DocumentSummaries {
 public:
  std::optional<nlohmann::json> Find(DocKey key) const;
  // Appends the summary's JSON text to `out`; false (nothing appended) when unknown.
  bool AppendText(DocKey key, std::string& out) const;
  void Put(DocKey key, const nlohmann::json& summary);
  void Clear();

 private:
  struct Summary {
    nlohmann::json json;
    std::string text;  // json.dump()
  };
  static constexpr size_t kMaxEntries = 100000;
  mutable std::shared_mutex mu_;
  std::unordered_map<DocKey, Summary> summaries_;
};

// Node names and types shared by every request, so answers listing hundreds
// of nodes do not read each one from the store. Thread-safe, bounded. Holds
// names valid for views from one store sequence on: the server's writes only
// add nodes and aliases (an existing node's name and type never change), so
// entries stay valid across views, except after a removal (a node can go and
// come back under another spelling): then Reset(seq) with the sequence of the
// first view without it. Readers of older views neither use nor fill it.
class NodeNames {
 public:
  struct Entry {
    std::string name;
    NodeType type;
    // `,"name":<name>,"type":<type>}`: the tail of a node's JSON object in
    // neighbourhood answers, escaped once.
    std::string json_tail;
  };
  // Calls fn(i, entry) for every keys[i], in order, taking the lock once for
  // all hits; misses are read from `reader`. `fn` must not call NodeNames.
  Status ForEach(const GraphReader& reader, const std::vector<NodeKey>& keys,
                 const std::function<void(size_t, const Entry&)>& fn);
  void Reset(uint64_t sequence);

 private:
  static constexpr size_t kMaxEntries = 1000000;
  static Result<Entry> Read(const GraphReader& reader, NodeKey key);
  // Adds `entries` read at `sequence` unless the cache moved on meanwhile.
  void Publish(uint64_t sequence, const std::unordered_map<NodeKey, Entry>& entries);

  std::shared_mutex mu_;
  uint64_t sequence_ = 0;
  std::unordered_map<NodeKey, Entry> entries_;
};

// Caches document summaries while one answer is built, backed by `shared`.
class DocumentCache {
 public:
  DocumentCache(const GraphReader& reader, DocumentSummaries* shared) : reader_(reader), shared_(shared) {}
  // {"id","title","url","published","source"}; {"id"} alone when unknown.
  const nlohmann::json& Summary(DocKey key);

 private:
  const GraphReader& reader_;
  DocumentSummaries* shared_;
  std::map<DocKey, nlohmann::json> summaries_;
};

// Evidence records, each with its document summary under "document".
nlohmann::json EvidenceListJson(const std::vector<Evidence>& evidence, DocumentCache& docs);

// A short node form for lists: id, type, name.
nlohmann::json NodeBriefJson(const Node& node);

// NodeToJson plus "evidence" (at most `max_evidence`), "evidence_count",
// and "edges": up to `max_edges` incident edges with the other end's brief
// form and the direction, plus "degree".
// `docs` (optional) caches document summaries across calls. `known_degree`
// (e.g. from the query snapshot) spares counting a hub's edges in the store.
Result<nlohmann::json> NodeDetailJson(const GraphReader& reader, NodeKey key, size_t max_evidence,
                                      size_t max_edges, DocumentSummaries* docs = nullptr,
                                      std::optional<size_t> known_degree = std::nullopt);

// EdgeToJson plus source/target briefs and evidence.
Result<nlohmann::json> EdgeDetailJson(const GraphReader& reader, EdgeKey key, size_t max_evidence,
                                      DocumentSummaries* docs = nullptr);

// Store statistics as `lkg stats --json`.
nlohmann::json StatsJson(const StoreStats& stats);

}  // namespace lkg::http
