// RocksGraphReader: snapshot, raw access and point lookups.
#include "engine/graph_reader.h"

#include <filesystem>
#include <memory>

#include "engine/record_codec.h"

namespace lkg::internal {
namespace {

rocksdb::Slice ToSlice(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }

}  // namespace

RocksGraphReader::RocksGraphReader(std::shared_ptr<const RocksDb> db) : owner_(std::move(db)), db_(*owner_) {
  snapshot_ = db_.db()->GetSnapshot();
  sequence_ = snapshot_ ? snapshot_->GetSequenceNumber() : db_.db()->GetLatestSequenceNumber();
}

RocksGraphReader::~RocksGraphReader() {
  if (snapshot_) db_.db()->ReleaseSnapshot(snapshot_);
}

Status RocksGraphReader::Scan(Cf cf, std::string_view prefix, const RawVisitor& fn, bool bulk) const {
  rocksdb::ReadOptions read;
  read.snapshot = snapshot_;
  if (bulk) {
    read.fill_cache = false;
    read.readahead_size = 2u << 20;
  }
  std::unique_ptr<rocksdb::Iterator> it(db_.db()->NewIterator(read, db_.cf(cf)));
  for (it->Seek(ToSlice(prefix)); it->Valid(); it->Next()) {
    std::string_view key(it->key().data(), it->key().size());
    if (!HasPrefix(key, prefix)) break;
    if (!fn(key, std::string_view(it->value().data(), it->value().size()))) break;
  }
  return FromRocks(it->status(), std::string("cannot read ") + CfName(cf));
}

Result<std::optional<std::string>> RocksGraphReader::Get(Cf cf, std::string_view key) const {
  rocksdb::ReadOptions read;
  read.snapshot = snapshot_;
  std::string value;
  rocksdb::Status s = db_.db()->Get(read, db_.cf(cf), ToSlice(key), &value);
  if (s.IsNotFound()) return std::optional<std::string>();
  if (!s.ok()) return FromRocks(s, std::string("cannot read ") + CfName(cf));
  return std::optional<std::string>(std::move(value));
}

Result<Node> RocksGraphReader::GetNode(NodeKey key) const {
  auto value = Get(Cf::kNodes, Key64(key));
  if (!value.ok()) return value.status();
  if (!*value) return Status::NotFound("no node " + FormatNodeId(key));
  return DecodeNode(key, **value);
}

Result<Edge> RocksGraphReader::GetEdge(EdgeKey key) const {
  auto value = Get(Cf::kEdges, Key64(key));
  if (!value.ok()) return value.status();
  if (!*value) return Status::NotFound("no edge " + FormatEdgeId(key));
  return DecodeEdge(key, **value);
}

Result<Document> RocksGraphReader::GetDocument(DocKey key) const {
  auto meta = Get(Cf::kDocs, Key64(key));
  if (!meta.ok()) return meta.status();
  if (!*meta) return Status::NotFound("no document " + FormatDocId(key));
  auto doc = DecodeDocumentMeta(key, **meta);
  if (!doc.ok()) return doc.status();
  auto text = Get(Cf::kDocTexts, Key64(key));
  if (!text.ok()) return text.status();
  if (*text) doc->text = std::move(**text);
  return doc;
}

Result<std::optional<DocKey>> RocksGraphReader::FindDocumentByUrl(std::string_view url) const {
  if (url.empty()) return std::optional<DocKey>();
  auto value = Get(Cf::kDocUrls, url);
  if (!value.ok()) return value.status();
  if (!*value) return std::optional<DocKey>();
  if ((*value)->size() != 8) return Status::Corruption("the url index entry of '" + std::string(url) + "' is malformed");
  return std::optional<DocKey>(GetBigEndian64((*value)->data()));
}

Result<std::vector<Evidence>> RocksGraphReader::EvidenceOf(OwnerKind kind, uint64_t owner, size_t limit) const {
  std::vector<Evidence> out;
  Status decode_error;
  if (limit == 0) return out;
  Status s = Scan(Cf::kEvidence, EvidenceOwnerPrefix(kind, owner), [&](std::string_view key, std::string_view value) {
    auto e = DecodeEvidence(key.size() == kEvidenceKeySize ? GetBigEndian64(key.data() + 9) : 0, value);
    if (!e.ok()) {
      decode_error = e.status();
      return false;
    }
    out.push_back(std::move(*e));
    return out.size() < limit;
  });
  LKG_RETURN_IF_ERROR(s);
  LKG_RETURN_IF_ERROR(decode_error);
  return out;
}

Result<std::vector<Evidence>> RocksGraphReader::NodeEvidence(NodeKey key, size_t limit) const {
  return EvidenceOf(OwnerKind::kNode, key, limit);
}

Result<std::vector<Evidence>> RocksGraphReader::EdgeEvidence(EdgeKey key, size_t limit) const {
  return EvidenceOf(OwnerKind::kEdge, key, limit);
}

Status RocksGraphReader::ForEachAdjacent(NodeKey key, const Visitor<Adjacent>& visit) const {
  bool stopped = false;
  for (bool outgoing : {true, false}) {
    if (stopped) break;
    Status s = Scan(outgoing ? Cf::kOut : Cf::kIn, AdjacencyPrefix(key), [&](std::string_view k, std::string_view v) {
      if (k.size() != 17 || v.size() != 8) return true;
      Adjacent a{GetBigEndian64(k.data() + 9), static_cast<EdgeType>(k[8]), GetBigEndian64(v.data()), outgoing};
      stopped = !visit(a);
      return !stopped;
    });
    LKG_RETURN_IF_ERROR(s);
  }
  return Status::Ok();
}

Result<std::vector<ResolutionDecision>> RocksGraphReader::Decisions() const {
  std::vector<ResolutionDecision> out;
  Status decode_error;
  LKG_RETURN_IF_ERROR(Scan(Cf::kDecisions, "", [&](std::string_view, std::string_view value) {
    auto d = DecodeDecision(value);
    if (!d.ok()) {
      decode_error = d.status();
      return false;
    }
    out.push_back(std::move(*d));
    return true;
  }));
  LKG_RETURN_IF_ERROR(decode_error);
  return out;
}

Result<StoreStats> RocksGraphReader::Stats() const {
  StoreStats stats;
  Status s = Scan(Cf::kMeta, "count/", [&](std::string_view key, std::string_view value) {
    uint64_t count = DecodeCounter(value);
    if (count == 0) return true;
    std::string name(key.substr(key.rfind('/') + 1));
    if (HasPrefix(key, "count/node/")) stats.nodes_by_type[name] = count, stats.nodes += count;
    else if (HasPrefix(key, "count/edge/")) stats.edges_by_type[name] = count, stats.edges += count;
    else if (HasPrefix(key, "count/case/")) stats.cases_by_kind[name] = count;
    else if (key == kDocumentsCounter) stats.documents = count;
    else if (key == kEvidenceCounter) stats.evidence = count;
    return true;
  });
  LKG_RETURN_IF_ERROR(s);
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(db_.dir(), ec)) {
    std::string ext = entry.path().extension().string();
    if (ext != ".sst" && ext != ".log") continue;
    std::error_code size_ec;
    uintmax_t size = entry.file_size(size_ec);
    if (!size_ec) stats.store_bytes += size;
  }
  return stats;
}

Status RocksGraphReader::CheckConsistency() const { return CheckStoreConsistency(*this); }

}  // namespace lkg::internal
