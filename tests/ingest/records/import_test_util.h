// Helpers for the importer tests: run an import into memory and render the
// result as sorted "type:name" nodes and "source -type-> target" edges.
#pragma once

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/records/record_import.h"

namespace lkg::records::testing {

inline std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(LKG_SOURCE_DIR) + "/tests/ingest/records/fixtures/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Imported {
  ImportReport report;
  std::vector<DocumentFacts> chunks;
  std::map<NodeKey, Node> nodes;              // merged over chunks
  std::set<std::string> node_lines, edge_lines;
  std::map<NodeKey, size_t> node_evidence;

  const Node* Find(const std::string& name) const {
    for (const auto& [k, n] : nodes) {
      if (n.name == name) return &n;
    }
    return nullptr;
  }
};

inline Imported RunImport(ImportKind kind, const std::string& content, size_t chunk = 1000) {
  Imported out;
  FactsSink sink = [&out](const DocumentFacts& facts) -> Result<ApplyResult> {
    out.chunks.push_back(facts);
    return ApplyResult{};
  };
  ImportOptions options;
  options.chunk_records = chunk;
  auto report = ImportContent(kind, content, "fixture", sink, options);
  if (!report.ok()) {
    out.report.file = "ERROR: " + report.status().ToString();
    return out;
  }
  out.report = *report;
  for (const auto& c : out.chunks) {
    for (const auto& nf : c.nodes) {
      out.nodes.emplace(nf.node.key, nf.node);
      out.node_evidence[nf.node.key] += nf.evidence.size();
    }
  }
  for (const auto& [k, n] : out.nodes) out.node_lines.insert(std::string(NodeTypeName(n.type)) + ":" + n.name);
  for (const auto& c : out.chunks) {
    for (const auto& ef : c.edges) {
      out.edge_lines.insert(out.nodes[ef.edge.source].name + " -" + std::string(EdgeTypeName(ef.edge.type)) + "-> " +
                            out.nodes[ef.edge.target].name);
    }
  }
  return out;
}

inline std::set<std::string> Lines(std::initializer_list<const char*> lines) {
  std::set<std::string> out;
  for (const char* l : lines) out.insert(l);
  return out;
}

}  // namespace lkg::records::testing
