// RocksGraphStore: the GraphStore on RocksDB. One writer at a time (a mutex
// in-process, RocksDB's lock across processes); every write operation is one
// Mutation committed as one WriteBatch. Internal to engine/.
#pragma once

#include <memory>
#include <mutex>

#include "engine/graph_store.h"
#include "engine/rocks_db.h"

namespace lkg::internal {

class RocksGraphStore final : public GraphStore {
 public:
  explicit RocksGraphStore(std::shared_ptr<const RocksDb> db) : db_(std::move(db)) {}

  std::unique_ptr<GraphReader> NewReader() const override;
  Result<ApplyResult> Apply(const DocumentFacts& facts, const ApplyOptions& options) override;
  Result<RemoveResult> RemoveDocument(DocKey key) override;
  Status MergeNodes(NodeKey keep, NodeKey fold) override;
  Status UpdateNode(const Node& node) override;
  Status AddDecision(const ResolutionDecision& decision) override;
  Status Flush() override;
  bool read_only() const override { return db_->read_only(); }
  const std::string& path() const override { return db_->dir(); }

 private:
  Status CheckWritable() const;

  std::shared_ptr<const RocksDb> db_;  // shared with readers, which may outlive the store
  std::mutex write_mutex_;
};

}  // namespace lkg::internal
