// An in-memory GraphReader for query tests: a tiny hand-made graph without
// RocksDB. Names are looked up by exact lower-case match (enough for tests).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/graph_store.h"

namespace lkg::testing {

class MemoryReader : public GraphReader {
 public:
  // Adds a node named `name` of `type`; its key is EntityKey(type, name).
  NodeKey AddNode(NodeType type, const std::string& name, nlohmann::json properties = nlohmann::json::object());
  // Adds source -type-> target with `evidence_count` evidence records from document 1.
  EdgeKey AddEdge(NodeKey source, EdgeType type, NodeKey target, uint32_t evidence_count = 1,
                  float confidence = 1.0f, nlohmann::json properties = nlohmann::json::object());
  void set_sequence(uint64_t sequence) { sequence_ = sequence; }
  std::map<NodeKey, Node>& nodes() { return nodes_; }

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
  Status ForEachNode(const Visitor<Node>& visit) const override;
  Status ForEachEdge(const Visitor<Edge>& visit) const override;
  Status ForEachNodeOfType(NodeType type, const Visitor<NodeKey>& visit) const override;
  Status ForEachDocument(const Visitor<Document>& visit) const override;
  Status ForEachCase(const CaseFilter& filter, const Visitor<NodeKey>& visit) const override;
  Result<std::vector<ResolutionDecision>> Decisions() const override { return std::vector<ResolutionDecision>{}; }
  Result<StoreStats> Stats() const override { return StoreStats{}; }
  Status CheckConsistency() const override { return Status::Ok(); }
  uint64_t sequence() const override { return sequence_; }

 private:
  std::vector<Evidence> MakeEvidence(const std::string& about, uint32_t count, float confidence) const;

  std::map<NodeKey, Node> nodes_;
  std::map<EdgeKey, Edge> edges_;
  std::map<NodeKey, std::vector<Evidence>> node_evidence_;
  std::map<EdgeKey, std::vector<Evidence>> edge_evidence_;
  uint64_t sequence_ = 1;
};

}  // namespace lkg::testing
