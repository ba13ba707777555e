// Helpers for extraction tests: run the extractor on a text and ask the
// facts simple questions.
#pragma once

#include <string>
#include <vector>

#include "engine/records.h"
#include "ingest/extractor.h"
#include "ingest/ingest_record.h"
#include "ingest/readers/text_normalizer.h"

namespace lkg::ingest::testing {

using lkg::DocumentFacts;
using lkg::EdgeFact;
using lkg::NodeFact;

inline DocumentFacts Extract(const std::string& text, const std::string& published = "") {
  ArticleInput in;
  Result<std::string> norm = NormalizeArticleText(text);
  in.text = norm.ok() ? *norm : text;
  in.published = published;
  return ExtractFacts(in);
}

inline const NodeFact* FindNode(const DocumentFacts& f, const std::string& name) {
  for (const NodeFact& n : f.nodes) {
    if (n.node.name == name) return &n;
    for (const std::string& a : n.node.aliases) if (a == name) return &n;
  }
  return nullptr;
}

// The type name of the node called `name`, or "" when there is none.
inline std::string TypeOf(const DocumentFacts& f, const std::string& name) {
  const NodeFact* n = FindNode(f, name);
  return n ? std::string(NodeTypeName(n->node.type)) : "";
}

inline bool HasAlias(const DocumentFacts& f, const std::string& name, const std::string& alias) {
  const NodeFact* n = FindNode(f, name);
  if (!n) return false;
  for (const std::string& a : n->node.aliases) if (a == alias) return true;
  return n->node.name == alias;
}

inline const EdgeFact* FindEdge(const DocumentFacts& f, const std::string& type, const std::string& source,
                                const std::string& target) {
  const NodeFact* s = FindNode(f, source);
  const NodeFact* t = FindNode(f, target);
  if (!s || !t) return nullptr;
  for (const EdgeFact& e : f.edges) {
    if (EdgeTypeName(e.edge.type) != type) continue;
    if (e.edge.source == s->node.key && e.edge.target == t->node.key) return &e;
    bool undirected = type == "located_in" || type == "organizes_at";
    if (undirected && e.edge.source == t->node.key && e.edge.target == s->node.key) return &e;
  }
  return nullptr;
}

inline std::vector<const NodeFact*> Cases(const DocumentFacts& f, const std::string& kind = "") {
  std::vector<const NodeFact*> out;
  for (const NodeFact& n : f.nodes) {
    if (n.node.type == NodeType::kCase && (kind.empty() || n.node.properties["kind"] == kind)) out.push_back(&n);
  }
  return out;
}

// True when some case of `kind` has an edge to the node called `name`.
inline bool CaseInvolves(const DocumentFacts& f, const std::string& kind, const std::string& name) {
  const NodeFact* target = FindNode(f, name);
  if (!target) return false;
  for (const NodeFact* c : Cases(f, kind)) {
    for (const EdgeFact& e : f.edges) {
      if (e.edge.source == c->node.key && e.edge.target == target->node.key) return true;
    }
  }
  return false;
}

// A case node's `date` property, or "" when it has none.
inline std::string DateOf(const NodeFact* c) {
  const auto& d = c->node.properties["date"];
  return d.is_string() ? d.get<std::string>() : "";
}

}  // namespace lkg::ingest::testing
