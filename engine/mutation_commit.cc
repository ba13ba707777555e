// Mutation::Commit: from the overlay's before/after records to one WriteBatch.
#include <sys/statvfs.h>

#include <rocksdb/write_batch.h>

#include "engine/mutation.h"
#include "engine/node_index.h"
#include "engine/record_codec.h"

namespace lkg::internal {
namespace {

void CountNode(const Node& node, int64_t delta, std::map<std::string, int64_t>& counters) {
  counters[NodeTypeCounter(node.type)] += delta;
  if (node.type == NodeType::kCase) counters[CaseKindCounter(CaseAttributesOf(node).kind)] += delta;
}

std::string Encoded(const std::optional<Node>& node) { return node ? EncodeNode(*node) : std::string(); }
std::string Encoded(const std::optional<Edge>& edge) { return edge ? EncodeEdge(*edge) : std::string(); }

// Free space a write must leave on the store's disk: room for RocksDB to
// flush memtables and compact. RocksDB as Debian builds it (assertions on)
// aborts when a write fails for lack of space, so lkg refuses before that.
constexpr uint64_t kMinFreeBytes = 64u << 20;

Status CheckFreeSpace(const std::string& dir, uint64_t write_bytes) {
  struct statvfs fs {};
  if (::statvfs(dir.c_str(), &fs) != 0) return Status::Ok();  // unknown: let RocksDB try
  uint64_t free_bytes = static_cast<uint64_t>(fs.f_bavail) * fs.f_frsize;
  if (free_bytes >= kMinFreeBytes + write_bytes) return Status::Ok();
  return Status::IOError("cannot write to the store at '" + dir + "': no space left on the device (" +
                         std::to_string(free_bytes >> 20) + " MiB free; lkg keeps " +
                         std::to_string(kMinFreeBytes >> 20) + " MiB for the store's own upkeep)");
}

}  // namespace

Status Mutation::AddNodeWrites(rocksdb::WriteBatch& batch, std::map<std::string, int64_t>& counters) const {
  for (const auto& [key, slot] : nodes_) {
    std::string before = Encoded(slot.original), after = Encoded(slot.current);
    if (before == after) continue;
    std::set<IndexEntry> old_entries, new_entries;
    if (slot.original) {
      old_entries = NodeIndexEntries(*slot.original);
      CountNode(*slot.original, -1, counters);
    }
    if (slot.current) {
      new_entries = NodeIndexEntries(*slot.current);
      CountNode(*slot.current, +1, counters);
      batch.Put(db_.cf(Cf::kNodes), Key64(key), after);
    } else {
      batch.Delete(db_.cf(Cf::kNodes), Key64(key));
    }
    for (const IndexEntry& entry : old_entries) {
      if (!new_entries.count(entry)) batch.Delete(db_.cf(entry.first), entry.second);
    }
    for (const IndexEntry& entry : new_entries) {
      if (!old_entries.count(entry)) batch.Put(db_.cf(entry.first), entry.second, IndexValue(entry.first, *slot.current));
    }
  }
  return Status::Ok();
}

Status Mutation::AddEdgeWrites(rocksdb::WriteBatch& batch, std::map<std::string, int64_t>& counters) const {
  for (const auto& [key, slot] : edges_) {
    std::string before = Encoded(slot.original), after = Encoded(slot.current);
    if (before == after) continue;
    if (slot.current) batch.Put(db_.cf(Cf::kEdges), Key64(key), after);
    if (slot.original && !slot.current) {
      const Edge& e = *slot.original;
      batch.Delete(db_.cf(Cf::kEdges), Key64(key));
      batch.Delete(db_.cf(Cf::kOut), AdjacencyKey(e.source, e.type, key));
      batch.Delete(db_.cf(Cf::kIn), AdjacencyKey(e.target, e.type, key));
      counters[EdgeTypeCounter(e.type)] -= 1;
    }
    if (!slot.original && slot.current) {
      const Edge& e = *slot.current;
      batch.Put(db_.cf(Cf::kOut), AdjacencyKey(e.source, e.type, key), Key64(e.target));
      batch.Put(db_.cf(Cf::kIn), AdjacencyKey(e.target, e.type, key), Key64(e.source));
      counters[EdgeTypeCounter(e.type)] += 1;
    }
  }
  return Status::Ok();
}

Status Mutation::AddKeyWrites(rocksdb::WriteBatch& batch, std::map<std::string, int64_t>& counters) const {
  for (const auto& [key, slot] : evidence_) {
    if (slot.value && !slot.existed) {
      batch.Put(db_.cf(Cf::kEvidence), key, *slot.value);
      counters[std::string(kEvidenceCounter)] += 1;
    } else if (!slot.value && slot.existed) {
      batch.Delete(db_.cf(Cf::kEvidence), key);
      counters[std::string(kEvidenceCounter)] -= 1;
    }
  }
  for (const auto& [key, slot] : doc_facts_) {
    if (slot.value) batch.Put(db_.cf(Cf::kDocFacts), key, "");
    else batch.Delete(db_.cf(Cf::kDocFacts), key);
  }
  for (const auto& [cf, key, value] : raw_) batch.Put(db_.cf(cf), key, value);
  return Status::Ok();
}

Status Mutation::AddDocumentWrites(rocksdb::WriteBatch& batch, std::map<std::string, int64_t>& counters) const {
  // Url deletions first: a url may move from a removed document to a new one.
  for (const auto& [key, slot] : docs_) {
    if (!slot.touched || !slot.original || slot.original->url.empty()) continue;
    if (!slot.current || slot.current->url != slot.original->url) batch.Delete(db_.cf(Cf::kDocUrls), slot.original->url);
  }
  for (const auto& [key, slot] : docs_) {
    if (!slot.touched) continue;
    if (slot.current) {
      batch.Put(db_.cf(Cf::kDocs), Key64(key), EncodeDocumentMeta(*slot.current));
      batch.Put(db_.cf(Cf::kDocTexts), Key64(key), slot.current->text);
      if (!slot.current->url.empty()) batch.Put(db_.cf(Cf::kDocUrls), slot.current->url, Key64(key));
      if (!slot.original) counters[std::string(kDocumentsCounter)] += 1;
    } else if (slot.original) {
      batch.Delete(db_.cf(Cf::kDocs), Key64(key));
      batch.Delete(db_.cf(Cf::kDocTexts), Key64(key));
      counters[std::string(kDocumentsCounter)] -= 1;
    }
  }
  return Status::Ok();
}

Status Mutation::AddCounterWrites(rocksdb::WriteBatch& batch, const std::map<std::string, int64_t>& counters) const {
  for (const auto& [name, delta] : counters) {
    if (delta == 0) continue;
    auto current = ReadCounter(db_, rocksdb::ReadOptions(), name);
    if (!current.ok()) return current.status();
    int64_t next = static_cast<int64_t>(*current) + delta;
    if (next < 0) return Status::Internal("counter " + name + " would become negative");
    batch.Put(db_.cf(Cf::kMeta), name, EncodeCounter(static_cast<uint64_t>(next)));
  }
  return Status::Ok();
}

Status Mutation::Commit() {
  if (db_.read_only()) return Status::InvalidArgument("the store at '" + db_.dir() + "' is open read-only");
  rocksdb::WriteBatch batch;
  std::map<std::string, int64_t> counters;
  try {
    LKG_RETURN_IF_ERROR(AddNodeWrites(batch, counters));
    LKG_RETURN_IF_ERROR(AddEdgeWrites(batch, counters));
    LKG_RETURN_IF_ERROR(AddKeyWrites(batch, counters));
    LKG_RETURN_IF_ERROR(AddDocumentWrites(batch, counters));
    LKG_RETURN_IF_ERROR(AddCounterWrites(batch, counters));
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(std::string("a record cannot be encoded (invalid UTF-8?): ") + e.what());
  }
  if (batch.Count() == 0) return Status::Ok();
  LKG_RETURN_IF_ERROR(CheckFreeSpace(db_.dir(), batch.GetDataSize()));
  rocksdb::WriteOptions write;
  write.sync = db_.sync_writes();
  return FromRocks(db_.db()->Write(write, &batch), "cannot write to the store at '" + db_.dir() + "'");
}

}  // namespace lkg::internal
