#include "ingest/records/facts_builder.h"

#include <algorithm>

namespace lkg::records {

FactsBuilder::FactsBuilder(DocKey document, std::string extractor)
    : document_(document), extractor_(std::move(extractor)) {}

void FactsBuilder::SetRecord(uint32_t start, uint32_t end, std::string sentence) {
  start_ = start;
  end_ = end;
  sentence_ = std::move(sentence);
}

Evidence FactsBuilder::MakeEvidence(double confidence) const {
  Evidence e;
  e.document = document_;
  e.start = start_;
  e.end = end_;
  e.sentence = sentence_;
  e.extractor = extractor_;
  e.confidence = confidence;
  return e;
}

void FactsBuilder::AddEvidence(std::vector<Evidence>& list, Evidence e) {
  // The store's identity is span + extractor. Records arrive one after the
  // other, so a repeat within a record can only be the last entry.
  if (!list.empty() && list.back().start == e.start && list.back().end == e.end) return;
  list.push_back(std::move(e));
}

void FactsBuilder::AddNode(NodeKey key, NodeType type, const std::string& name,
                           const std::vector<std::string>& aliases, const nlohmann::json& properties,
                           double confidence) {
  auto [it, inserted] = node_index_.emplace(key, facts_.nodes.size());
  if (inserted) {
    NodeFact fact;
    fact.node.key = key;
    fact.node.type = type;
    fact.node.name = name;
    facts_.nodes.push_back(std::move(fact));
  }
  NodeFact& fact = facts_.nodes[it->second];
  for (const auto& alias : aliases) {
    if (alias.empty() || alias == fact.node.name) continue;
    if (std::find(fact.node.aliases.begin(), fact.node.aliases.end(), alias) == fact.node.aliases.end()) {
      fact.node.aliases.push_back(alias);
    }
  }
  for (const auto& [k, v] : properties.items()) {
    if (!fact.node.properties.contains(k)) fact.node.properties[k] = v;
  }
  AddEvidence(fact.evidence, MakeEvidence(confidence));
}

const std::string& FactsBuilder::NameOf(NodeKey key) const {
  static const std::string kNone;
  auto it = node_index_.find(key);
  return it == node_index_.end() ? kNone : facts_.nodes[it->second].node.name;
}

void FactsBuilder::AddEdge(NodeKey source, EdgeType type, NodeKey target, const nlohmann::json& properties,
                           double confidence) {
  EdgeKey key = EdgeKeyFor(source, type, target);
  auto [it, inserted] = edge_index_.emplace(key, facts_.edges.size());
  if (inserted) {
    EdgeFact fact;
    fact.edge.key = key;
    fact.edge.source = source;
    fact.edge.target = target;
    fact.edge.type = type;
    facts_.edges.push_back(std::move(fact));
  }
  EdgeFact& fact = facts_.edges[it->second];
  for (const auto& [k, v] : properties.items()) {
    if (!fact.edge.properties.contains(k)) fact.edge.properties[k] = v;
  }
  AddEvidence(fact.evidence, MakeEvidence(confidence));
}

DocumentFacts FactsBuilder::Take(const Document& document) {
  DocumentFacts out = std::move(facts_);
  out.document = document;
  facts_ = DocumentFacts();
  node_index_.clear();
  edge_index_.clear();
  return out;
}

}  // namespace lkg::records
