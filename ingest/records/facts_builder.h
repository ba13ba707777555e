// Collects the nodes and edges of a chunk of records into one DocumentFacts,
// merging repeats (the same union in 300 rows is one NodeFact with 300
// evidence records). Every fact gets evidence pointing at the current record.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "engine/records.h"

namespace lkg::records {

class FactsBuilder {
 public:
  // `extractor` is "import:<source>"; `document` the key evidence points at.
  FactsBuilder(DocKey document, std::string extractor);

  // Sets the record that following facts cite: its byte span in the
  // imported file and a short rendering of it (Evidence.sentence).
  void SetRecord(uint32_t start, uint32_t end, std::string sentence);

  // Adds (or merges into) node `key`. Aliases equal to the name or already
  // present are skipped; properties already set keep their first value.
  void AddNode(NodeKey key, NodeType type, const std::string& name,
               const std::vector<std::string>& aliases = {},
               const nlohmann::json& properties = nlohmann::json::object(), double confidence = 1.0);

  // Adds (or merges into) the edge source -type-> target.
  void AddEdge(NodeKey source, EdgeType type, NodeKey target,
               const nlohmann::json& properties = nlohmann::json::object(), double confidence = 1.0);

  bool Has(NodeKey key) const { return node_index_.count(key) > 0; }
  // The name node `key` was added with in this chunk ("" when not added).
  const std::string& NameOf(NodeKey key) const;
  size_t node_count() const { return facts_.nodes.size(); }
  size_t edge_count() const { return facts_.edges.size(); }

  // Moves the collected facts out (with `document` as their document) and
  // starts an empty chunk.
  DocumentFacts Take(const Document& document);

 private:
  Evidence MakeEvidence(double confidence) const;
  static void AddEvidence(std::vector<Evidence>& list, Evidence e);

  DocKey document_;
  std::string extractor_;
  uint32_t start_ = 0, end_ = 0;
  std::string sentence_;
  DocumentFacts facts_;
  std::unordered_map<NodeKey, size_t> node_index_;
  std::unordered_map<EdgeKey, size_t> edge_index_;
};

}  // namespace lkg::records
