// CheckStoreConsistency: verifies every invariant of the store on a snapshot.
// Each record's expected entries (indexes, adjacency, evidence, doc_facts)
// are looked up; then the entry counts of every derived column family are
// compared with the expected counts, which rules out stray entries without
// holding the whole store in memory.
#include <algorithm>
#include <map>
#include <set>

#include "engine/graph_reader.h"
#include "engine/node_index.h"
#include "engine/record_codec.h"

namespace lkg::internal {
namespace {

class Checker {
 public:
  explicit Checker(const RocksGraphReader& reader) : r_(reader) {}

  Status Run() {
    LKG_RETURN_IF_ERROR(CheckDocuments());
    LKG_RETURN_IF_ERROR(CheckNodes());
    LKG_RETURN_IF_ERROR(CheckEdges());
    LKG_RETURN_IF_ERROR(CheckCounts());
    return CheckCounters();
  }

 private:
  static Status Violation(const std::string& what) { return Status::Corruption("inconsistent store: " + what); }

  Status Expect(Cf cf, const std::string& key, const std::string& what, std::optional<std::string> value = {}) {
    auto found = r_.Get(cf, key);
    if (!found.ok()) return found.status();
    if (!*found) return Violation(what + " is missing from " + CfName(cf));
    if (value && **found != *value) return Violation(what + " has a wrong value in " + CfName(cf));
    ++expected_[cf];
    return Status::Ok();
  }

  Status CheckDocuments() {
    Status failure;
    LKG_RETURN_IF_ERROR(r_.Scan(Cf::kDocs, "", [&](std::string_view key, std::string_view value) {
      DocKey doc = key.size() == 8 ? GetBigEndian64(key.data()) : 0;
      auto meta = DecodeDocumentMeta(doc, value);
      failure = meta.ok() ? CheckDocument(*meta) : meta.status();
      return failure.ok();
    }, true));
    return failure;
  }

  Status CheckDocument(const Document& doc) {
    docs_.insert(doc.key);
    counters_[std::string(kDocumentsCounter)] += 1;
    LKG_RETURN_IF_ERROR(Expect(Cf::kDocTexts, Key64(doc.key), "the text of " + FormatDocId(doc.key)));
    if (doc.url.empty()) return Status::Ok();
    return Expect(Cf::kDocUrls, doc.url, "the url of " + FormatDocId(doc.key), Key64(doc.key));
  }

  // Checks the evidence of one owner; returns its count and max confidence.
  Status CheckEvidence(OwnerKind kind, uint64_t owner, const std::string& what, uint32_t& count, float& max_conf) {
    count = 0;
    max_conf = 0.0f;
    std::set<DocKey> owner_docs;
    Status failure;
    LKG_RETURN_IF_ERROR(r_.Scan(Cf::kEvidence, EvidenceOwnerPrefix(kind, owner), [&](std::string_view key, std::string_view value) {
      DocKey doc = key.size() == kEvidenceKeySize ? GetBigEndian64(key.data() + 9) : 0;
      auto e = DecodeEvidence(doc, value);
      if (!e.ok()) failure = e.status();
      else if (!docs_.count(doc)) failure = Violation(what + " has evidence from missing document " + FormatDocId(doc));
      ++count;
      if (e.ok()) max_conf = std::max(max_conf, static_cast<float>(e->confidence));
      owner_docs.insert(doc);
      return failure.ok();
    }));
    LKG_RETURN_IF_ERROR(failure);
    expected_[Cf::kEvidence] += count;
    counters_[std::string(kEvidenceCounter)] += count;
    for (DocKey doc : owner_docs) {
      LKG_RETURN_IF_ERROR(Expect(Cf::kDocFacts, DocFactKey(doc, kind, owner), "the doc_facts entry of " + what));
    }
    if (count == 0) return Violation(what + " has no evidence");
    return Status::Ok();
  }

  Status CheckNode(const Node& node) {
    std::string what = "node " + FormatNodeId(node.key);
    nodes_.emplace(node.key, node.type);
    counters_[NodeTypeCounter(node.type)] += 1;
    if (node.type == NodeType::kCase) counters_[CaseKindCounter(CaseAttributesOf(node).kind)] += 1;
    for (const IndexEntry& entry : NodeIndexEntries(node)) {
      LKG_RETURN_IF_ERROR(Expect(entry.first, entry.second, "an index entry of " + what, IndexValue(entry.first, node)));
    }
    uint32_t count;
    float max_conf;
    LKG_RETURN_IF_ERROR(CheckEvidence(OwnerKind::kNode, node.key, what, count, max_conf));
    if (count != node.evidence_count) {
      return Violation(what + " counts " + std::to_string(node.evidence_count) + " evidence records but has " +
                       std::to_string(count));
    }
    return Status::Ok();
  }

  Status CheckNodes() {
    Status failure;
    LKG_RETURN_IF_ERROR(r_.ForEachNode([&](const Node& node) {
      failure = CheckNode(node);
      return failure.ok();
    }));
    return failure;
  }

  Status CheckEdge(const Edge& edge) {
    std::string what = "edge " + FormatEdgeId(edge.key);
    if (edge.key != EdgeKeyFor(edge.source, edge.type, edge.target)) return Violation(what + " has a key that does not match its endpoints");
    if (!nodes_.count(edge.source)) return Violation(what + " starts at missing node " + FormatNodeId(edge.source));
    if (!nodes_.count(edge.target)) return Violation(what + " ends at missing node " + FormatNodeId(edge.target));
    counters_[EdgeTypeCounter(edge.type)] += 1;
    LKG_RETURN_IF_ERROR(Expect(Cf::kOut, AdjacencyKey(edge.source, edge.type, edge.key), "the out entry of " + what, Key64(edge.target)));
    LKG_RETURN_IF_ERROR(Expect(Cf::kIn, AdjacencyKey(edge.target, edge.type, edge.key), "the in entry of " + what, Key64(edge.source)));
    uint32_t count;
    float max_conf;
    LKG_RETURN_IF_ERROR(CheckEvidence(OwnerKind::kEdge, edge.key, what, count, max_conf));
    if (count != edge.evidence_count) return Violation(what + " has a wrong evidence count");
    if (max_conf != edge.max_confidence) return Violation(what + " has a wrong max confidence");
    return Status::Ok();
  }

  Status CheckEdges() {
    Status failure;
    LKG_RETURN_IF_ERROR(r_.ForEachEdge([&](const Edge& edge) {
      failure = CheckEdge(edge);
      return failure.ok();
    }));
    return failure;
  }

  // Every derived column family holds exactly the expected entries.
  Status CheckCounts() {
    for (Cf cf : {Cf::kOut, Cf::kIn, Cf::kNames, Cf::kNameWords, Cf::kTypes, Cf::kCases, Cf::kDocTexts,
                  Cf::kDocUrls, Cf::kEvidence, Cf::kDocFacts}) {
      uint64_t actual = 0;
      LKG_RETURN_IF_ERROR(r_.Scan(cf, "", [&](std::string_view, std::string_view) { return ++actual, true; }, true));
      if (actual != expected_[cf]) {
        return Violation(std::string(CfName(cf)) + " holds " + std::to_string(actual) + " entries, expected " +
                         std::to_string(expected_[cf]) + " (stale entries point at missing records)");
      }
    }
    return Status::Ok();
  }

  Status CheckCounters() {
    std::map<std::string, uint64_t> stored;
    LKG_RETURN_IF_ERROR(r_.Scan(Cf::kMeta, "count/", [&](std::string_view key, std::string_view value) {
      uint64_t count = DecodeCounter(value);
      if (count) stored[std::string(key)] = count;
      return true;
    }));
    if (stored == counters_) return Status::Ok();
    for (const auto& [name, count] : counters_) {
      if (stored[name] != count) {
        return Violation("counter " + name + " is " + std::to_string(stored[name]) + ", actual " + std::to_string(count));
      }
    }
    return Violation("a counter is set for records that do not exist");
  }

  const RocksGraphReader& r_;
  std::set<DocKey> docs_;
  std::map<NodeKey, NodeType> nodes_;
  std::map<Cf, uint64_t> expected_;
  std::map<std::string, uint64_t> counters_;
};

}  // namespace

Status CheckStoreConsistency(const RocksGraphReader& reader) {
  try {
    return Checker(reader).Run();
  } catch (const std::exception& e) {
    return Status::Internal(std::string("consistency check failed: ") + e.what());
  }
}

}  // namespace lkg::internal
