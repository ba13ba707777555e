// RocksGraphReader: a GraphReader over one RocksDB snapshot. Point lookups
// and name search live in graph_reader.cc, full scans in reader_scans.cc,
// the invariant check in consistency_check.cc. Internal to engine/.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "engine/graph_store.h"
#include "engine/key_codec.h"
#include "engine/rocks_db.h"

namespace lkg::internal {

class RocksGraphReader final : public GraphReader {
 public:
  // Keeps `db` open while the reader lives (a reader may outlive its store).
  explicit RocksGraphReader(std::shared_ptr<const RocksDb> db);
  ~RocksGraphReader() override;

  Result<Node> GetNode(NodeKey key) const override;
  Result<Edge> GetEdge(EdgeKey key) const override;
  Result<Document> GetDocument(DocKey key) const override;
  Result<std::optional<DocKey>> FindDocumentByUrl(std::string_view url) const override;
  Result<std::vector<Evidence>> NodeEvidence(NodeKey key, size_t limit) const override;
  Result<std::vector<Evidence>> EdgeEvidence(EdgeKey key, size_t limit) const override;
  Status ForEachAdjacent(NodeKey key, const Visitor<Adjacent>& visit) const override;
  Result<std::vector<NodeKey>> FindByName(std::string_view name, std::optional<NodeType> type) const override;
  Result<std::vector<NameMatch>> SearchNames(std::string_view query, std::optional<NodeType> type,
                                             size_t limit) const override;
  Status ForEachNodeBrief(const Visitor<NodeBrief>& visit) const override;
  Status ForEachEdgeBrief(const Visitor<EdgeBrief>& visit) const override;
  Status ForEachEdgeBriefIn(EdgeKey first, EdgeKey last, const Visitor<EdgeBrief>& visit) const override;
  Status ForEachNode(const Visitor<Node>& visit) const override;
  Status ForEachEdge(const Visitor<Edge>& visit) const override;
  Status ForEachNodeOfType(NodeType type, const Visitor<NodeKey>& visit) const override;
  Status ForEachDocument(const Visitor<Document>& visit) const override;
  Status ForEachCase(const CaseFilter& filter, const Visitor<NodeKey>& visit) const override;
  Result<std::vector<ResolutionDecision>> Decisions() const override;
  Result<StoreStats> Stats() const override;
  Status CheckConsistency() const override;
  uint64_t sequence() const override { return sequence_; }

  // Calls `fn(key, value)` for every entry of `cf` starting with `prefix`
  // until it returns false. `bulk` tunes the read for long scans.
  using RawVisitor = std::function<bool(std::string_view key, std::string_view value)>;
  Status Scan(Cf cf, std::string_view prefix, const RawVisitor& fn, bool bulk = false) const;
  // The value under `key`, nullopt when absent.
  Result<std::optional<std::string>> Get(Cf cf, std::string_view key) const;

 private:
  Result<std::vector<Evidence>> EvidenceOf(OwnerKind kind, uint64_t owner, size_t limit) const;

  std::shared_ptr<const RocksDb> owner_;
  const RocksDb& db_;
  const rocksdb::Snapshot* snapshot_ = nullptr;
  uint64_t sequence_ = 0;
};

// The invariant check (consistency_check.cc), on a reader's snapshot.
Status CheckStoreConsistency(const RocksGraphReader& reader);

}  // namespace lkg::internal
