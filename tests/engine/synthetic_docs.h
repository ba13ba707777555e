// Deterministic synthetic documents for the crash and concurrency tests:
// document `seq` always has the same text, url and facts, and shares nodes
// with other documents (a pool of names), so removals must keep the facts
// other documents support.
#pragma once

#include <string>

#include "engine/graph_store.h"
#include "tests/engine/store_test_util.h"

namespace lkg::testing {

inline constexpr uint64_t kSyntheticUrls = 40;   // document seq replaces seq - 40 (same url)
inline constexpr uint64_t kSyntheticPool = 150;  // shared node names

inline uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

inline NodeFact PoolNode(uint64_t index, uint32_t start) {
  static constexpr NodeType kTypes[] = {NodeType::kUnion, NodeType::kCompany, NodeType::kPerson, NodeType::kCountry};
  NodeType type = kTypes[index % 4];
  std::string name = "Pool " + std::string(NodeTypeName(type)) + " " + std::to_string(index) + " Çelik";
  std::string alias = "P";  // (built in two steps: GCC 12 warns falsely on "P" + to_string)
  alias += std::to_string(index);
  return NodeOf(type, name, {alias}, {{"pool", index}}, start);
}

inline DocumentFacts SyntheticDoc(uint64_t seq) {
  DocumentFacts d = DocOf("synthetic document " + std::to_string(seq) + " about the pool",
                          "https://synthetic.test/" + std::to_string(seq % kSyntheticUrls),
                          "Synthetic " + std::to_string(seq));
  d.document.properties = {{"seq", seq}};
  for (uint32_t i = 0; i < 12; ++i) d.nodes.push_back(PoolNode(Mix(seq * 31 + i) % kSyntheticPool, i * 10));
  NodeFact c = NodeOf(NodeType::kCase, "case of document " + std::to_string(seq), {},
                      {{"kind", "arrest"}, {"country", "Kyrgyzstan"}, {"date", "2024-01-" + std::to_string(10 + seq % 20)}});
  d.nodes.push_back(c);
  for (uint32_t i = 0; i < 12; ++i) {
    const Node& a = d.nodes[i].node;
    const Node& b = d.nodes[(i + 1 + Mix(seq + i) % 11) % 12].node;
    if (a.key == b.key) continue;
    d.edges.push_back(EdgeOf(a.key, EdgeType::kAffiliatedWith, b.key, 0.5 + 0.04 * i, {}, i * 10));
  }
  d.edges.push_back(EdgeOf(c.node.key, EdgeType::kVictim, d.nodes[0].node.key, 0.9));
  return d;
}

// Returns "" when every fact of synthetic document `seq` is in the store
// with evidence from that document, else what is missing.
inline std::string MissingFacts(const GraphReader& reader, uint64_t seq) {
  DocumentFacts d = SyntheticDoc(seq);
  DocKey doc = DocumentKeyForText(d.document.text);
  auto has_doc = [&](const Result<std::vector<Evidence>>& evidence) {
    if (!evidence.ok()) return false;
    for (const Evidence& e : *evidence) {
      if (e.document == doc) return true;
    }
    return false;
  };
  for (const NodeFact& n : d.nodes) {
    if (!has_doc(reader.NodeEvidence(n.node.key, 1u << 20))) return "node " + n.node.name + " of document " + std::to_string(seq);
  }
  for (const EdgeFact& e : d.edges) {
    EdgeKey key = EdgeKeyFor(e.edge.source, e.edge.type, e.edge.target);
    if (!has_doc(reader.EdgeEvidence(key, 1u << 20))) return "edge " + FormatEdgeId(key) + " of document " + std::to_string(seq);
  }
  return "";
}

}  // namespace lkg::testing
