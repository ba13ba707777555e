// RocksGraphReader: full scans (the topology loaders use the Brief forms,
// which decode only the binary headers).
#include "engine/graph_reader.h"

#include <memory>
#include <string>

#include "engine/name_normalizer.h"
#include "engine/record_codec.h"

namespace lkg::internal {
namespace {

// Runs a decoding scan: `decode` turns an entry into T or fails; the first
// failure stops the scan and is returned.
template <typename T, typename Decode>
Status DecodingScan(const RocksGraphReader& reader, Cf cf, std::string_view prefix, const Visitor<T>& visit,
                    Decode decode) {
  Status failure;
  Status s = reader.Scan(
      cf, prefix,
      [&](std::string_view key, std::string_view value) {
        Result<T> item = decode(key, value);
        if (!item.ok()) {
          failure = item.status();
          return false;
        }
        return visit(*item);
      },
      /*bulk=*/true);
  LKG_RETURN_IF_ERROR(s);
  return failure;
}

bool DateWithin(const std::string& date, const CaseFilter& filter) {
  if (filter.since.empty() && filter.until.empty()) return true;
  if (date.empty()) return false;
  auto compare = [&](const std::string& bound) {
    size_t n = std::min(date.size(), bound.size());
    return date.compare(0, n, bound, 0, n);
  };
  if (!filter.since.empty() && compare(filter.since) < 0) return false;
  if (!filter.until.empty() && compare(filter.until) > 0) return false;
  return true;
}

}  // namespace

Status RocksGraphReader::ForEachNodeBrief(const Visitor<NodeBrief>& visit) const {
  return DecodingScan<NodeBrief>(*this, Cf::kNodes, "", visit, [](std::string_view key, std::string_view value) {
    return key.size() == 8 ? DecodeNodeBrief(GetBigEndian64(key.data()), value)
                           : Result<NodeBrief>(Status::Corruption("malformed node key"));
  });
}

Status RocksGraphReader::ForEachEdgeBrief(const Visitor<EdgeBrief>& visit) const {
  return DecodingScan<EdgeBrief>(*this, Cf::kEdges, "", visit, [](std::string_view key, std::string_view value) {
    return key.size() == 8 ? DecodeEdgeBrief(GetBigEndian64(key.data()), value)
                           : Result<EdgeBrief>(Status::Corruption("malformed edge key"));
  });
}

Status RocksGraphReader::ForEachEdgeBriefIn(EdgeKey first, EdgeKey last, const Visitor<EdgeBrief>& visit) const {
  rocksdb::ReadOptions read;
  read.snapshot = snapshot_;
  read.total_order_seek = true;
  read.fill_cache = false;  // a bulk scan, as Scan(..., bulk = true)
  read.readahead_size = 2u << 20;
  std::unique_ptr<rocksdb::Iterator> it(db_.db()->NewIterator(read, db_.cf(Cf::kEdges)));
  std::string start = Key64(first);
  for (it->Seek(rocksdb::Slice(start.data(), start.size())); it->Valid(); it->Next()) {
    if (it->key().size() != 8) return Status::Corruption("malformed edge key");
    EdgeKey key = GetBigEndian64(it->key().data());
    if (key > last) break;
    Result<EdgeBrief> brief = DecodeEdgeBrief(key, std::string_view(it->value().data(), it->value().size()));
    if (!brief.ok()) return brief.status();
    if (!visit(*brief)) break;
  }
  return FromRocks(it->status(), "cannot read edges");
}

Status RocksGraphReader::ForEachNode(const Visitor<Node>& visit) const {
  return DecodingScan<Node>(*this, Cf::kNodes, "", visit, [](std::string_view key, std::string_view value) {
    return key.size() == 8 ? DecodeNode(GetBigEndian64(key.data()), value)
                           : Result<Node>(Status::Corruption("malformed node key"));
  });
}

Status RocksGraphReader::ForEachEdge(const Visitor<Edge>& visit) const {
  return DecodingScan<Edge>(*this, Cf::kEdges, "", visit, [](std::string_view key, std::string_view value) {
    return key.size() == 8 ? DecodeEdge(GetBigEndian64(key.data()), value)
                           : Result<Edge>(Status::Corruption("malformed edge key"));
  });
}

Status RocksGraphReader::ForEachNodeOfType(NodeType type, const Visitor<NodeKey>& visit) const {
  std::string prefix(1, static_cast<char>(type));
  return Scan(Cf::kTypes, prefix, [&](std::string_view key, std::string_view) {
    return key.size() != 9 || visit(GetBigEndian64(key.data() + 1));
  });
}

Status RocksGraphReader::ForEachDocument(const Visitor<Document>& visit) const {
  return DecodingScan<Document>(*this, Cf::kDocs, "", visit, [](std::string_view key, std::string_view value) {
    return key.size() == 8 ? DecodeDocumentMeta(GetBigEndian64(key.data()), value)
                           : Result<Document>(Status::Corruption("malformed document key"));
  });
}

Status RocksGraphReader::ForEachCase(const CaseFilter& filter, const Visitor<NodeKey>& visit) const {
  std::string country = NormalizeName(filter.country);
  const std::string& kind = filter.kind;
  CaseIndex index = !country.empty() ? (!kind.empty() ? CaseIndex::kCountryKind : CaseIndex::kCountry)
                                     : (!kind.empty() ? CaseIndex::kKind : CaseIndex::kAll);
  std::string prefix = CaseIndexPrefix(index, country, kind);
  // Dates run newest first; once a date's year is below `since`, no later
  // entry can match.
  std::string since_year = filter.since.substr(0, 4);
  return Scan(Cf::kCases, prefix, [&](std::string_view key, std::string_view) {
    if (key.size() != prefix.size() + kCaseDateWidth + 8) return true;
    std::string date = CaseKeyDate(key);
    if (!since_year.empty() && !date.empty() && date < since_year) return false;
    if (!DateWithin(date, filter)) return true;
    return visit(CaseKeyNode(key));
  });
}

}  // namespace lkg::internal
