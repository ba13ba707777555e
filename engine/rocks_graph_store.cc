#include "engine/rocks_graph_store.h"

#include <exception>

#include "engine/graph_reader.h"
#include "engine/name_normalizer.h"
#include "engine/node_index.h"
#include "engine/record_codec.h"
#include "engine/write_ops.h"

namespace lkg {

Result<std::unique_ptr<GraphStore>> GraphStore::Open(const std::string& dir, const StoreOptions& options) {
  auto db = internal::RocksDb::Open(dir, options);
  if (!db.ok()) return db.status();
  return std::unique_ptr<GraphStore>(std::make_unique<internal::RocksGraphStore>(std::shared_ptr<const internal::RocksDb>(std::move(*db))));
}

namespace internal {

Status RocksGraphStore::CheckWritable() const {
  if (!db_->read_only()) return Status::Ok();
  return Status::InvalidArgument("the store at '" + db_->dir() + "' is open read-only");
}

std::unique_ptr<GraphReader> RocksGraphStore::NewReader() const {
  return std::make_unique<RocksGraphReader>(db_);
}

Result<ApplyResult> RocksGraphStore::Apply(const DocumentFacts& facts, const ApplyOptions& options) {
  LKG_RETURN_IF_ERROR(CheckWritable());
  try {
    DocumentFacts prepared = facts;
    LKG_RETURN_IF_ERROR(PrepareFacts(prepared));
    std::lock_guard<std::mutex> lock(write_mutex_);
    Mutation m(*db_);
    auto result = ApplyFacts(m, prepared, options);
    if (!result.ok() || result->unchanged) return result;
    LKG_RETURN_IF_ERROR(m.Commit());
    MutationSummary summary = m.Summarize();
    result->nodes_added = summary.nodes_added;
    result->cases_added = summary.cases_added;
    result->edges_added = summary.edges_added;
    result->evidence_added = summary.evidence_added;
    return result;
  } catch (const std::exception& e) {
    return Status::Internal(std::string("apply failed: ") + e.what());
  }
}

Result<RemoveResult> RocksGraphStore::RemoveDocument(DocKey key) {
  LKG_RETURN_IF_ERROR(CheckWritable());
  try {
    std::lock_guard<std::mutex> lock(write_mutex_);
    Mutation m(*db_);
    auto exists = m.HasDocument(key);
    if (!exists.ok()) return exists.status();
    if (!*exists) return Status::NotFound("no document " + FormatDocId(key));
    LKG_RETURN_IF_ERROR(RemoveDocumentFacts(m, key));
    LKG_RETURN_IF_ERROR(m.Commit());
    MutationSummary summary = m.Summarize();
    RemoveResult result;
    result.document = key;
    result.nodes_removed = summary.nodes_removed;
    result.edges_removed = summary.edges_removed;
    result.evidence_removed = summary.evidence_removed;
    return result;
  } catch (const std::exception& e) {
    return Status::Internal(std::string("remove failed: ") + e.what());
  }
}

Status RocksGraphStore::MergeNodes(NodeKey keep, NodeKey fold) {
  LKG_RETURN_IF_ERROR(CheckWritable());
  try {
    std::lock_guard<std::mutex> lock(write_mutex_);
    Mutation m(*db_);
    LKG_RETURN_IF_ERROR(MergeNodesInto(m, keep, fold));
    return m.Commit();
  } catch (const std::exception& e) {
    return Status::Internal(std::string("merge failed: ") + e.what());
  }
}

Status RocksGraphStore::UpdateNode(const Node& node) {
  LKG_RETURN_IF_ERROR(CheckWritable());
  if (!IsValidUtf8(node.name)) return Status::InvalidArgument("the node's name is not valid UTF-8");
  for (const std::string& alias : node.aliases) {
    if (!IsValidUtf8(alias)) return Status::InvalidArgument("an alias of the node is not valid UTF-8");
  }
  if (NormalizeName(node.name).empty()) return Status::InvalidArgument("a node needs a non-empty name");
  if (!node.properties.is_object()) return Status::InvalidArgument("the node's properties must be a JSON object");
  try {
    std::lock_guard<std::mutex> lock(write_mutex_);
    Mutation m(*db_);
    auto found = m.FindNode(node.key);
    if (!found.ok()) return found.status();
    if (!*found) return Status::NotFound("no node " + FormatNodeId(node.key));
    Node& stored = **found;
    stored.name = node.name;
    stored.aliases = node.aliases;
    stored.properties = node.properties;
    DeduplicateAliases(stored);
    return m.Commit();
  } catch (const std::exception& e) {
    return Status::Internal(std::string("update failed: ") + e.what());
  }
}

Status RocksGraphStore::AddDecision(const ResolutionDecision& decision) {
  LKG_RETURN_IF_ERROR(CheckWritable());
  try {
    std::string encoded = EncodeDecision(decision);
    std::lock_guard<std::mutex> lock(write_mutex_);
    auto next = ReadCounter(*db_, rocksdb::ReadOptions(), kNextDecisionKey);
    if (!next.ok()) return next.status();
    Mutation m(*db_);
    m.PutRaw(Cf::kDecisions, Key64(*next), std::move(encoded));
    m.PutRaw(Cf::kMeta, std::string(kNextDecisionKey), EncodeCounter(*next + 1));
    return m.Commit();
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(std::string("the decision cannot be stored (invalid UTF-8?): ") + e.what());
  } catch (const std::exception& e) {
    return Status::Internal(std::string("add decision failed: ") + e.what());
  }
}

Status RocksGraphStore::Flush() {
  if (db_->read_only()) return Status::Ok();
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  for (size_t i = 0; i < kCfCount; ++i) handles.push_back(db_->cf(static_cast<Cf>(i)));
  rocksdb::FlushOptions options;
  options.wait = true;
  return FromRocks(db_->db()->Flush(options, handles), "cannot flush the store at '" + db_->dir() + "'");
}

}  // namespace internal
}  // namespace lkg
