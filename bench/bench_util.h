// Small helpers shared by the benchmarks: timing, RSS, percentiles and the
// edge-list file the peer engines read.
#pragma once

#include <algorithm>
#include <cstring>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/graph_store.h"

namespace lkg::bench {

inline double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Resident set size of this process in MB ("VmRSS"), or its peak ("VmHWM").
inline double RssMb(const char* field = "VmRSS:") {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field, 0) == 0) return std::stod(line.substr(std::strlen(field))) / 1024.0;
  }
  return 0;
}

// The p-th percentile (0..100) of `values` (sorted copy).
inline double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  size_t i = static_cast<size_t>(p / 100.0 * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(i, values.size() - 1)];
}

// Writes "n_nodes n_edges" then "src dst" per edge (dense ids in node
// iteration order). Returns false on error.
inline bool WriteEdgeList(const GraphReader& reader, const std::string& path) {
  std::unordered_map<NodeKey, uint32_t> ids;
  Status s = reader.ForEachNodeBrief([&](const NodeBrief& n) {
    ids.emplace(n.key, static_cast<uint32_t>(ids.size()));
    return true;
  });
  std::vector<std::pair<uint32_t, uint32_t>> edges;
  if (s.ok()) {
    s = reader.ForEachEdgeBrief([&](const EdgeBrief& e) {
      edges.emplace_back(ids.at(e.source), ids.at(e.target));
      return true;
    });
  }
  if (!s.ok()) {
    std::fprintf(stderr, "edge list: %s\n", s.ToString().c_str());
    return false;
  }
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (!f) return false;
  std::fprintf(f, "%zu %zu\n", ids.size(), edges.size());
  for (const auto& [a, b] : edges) std::fprintf(f, "%u %u\n", a, b);
  return std::fclose(f) == 0;
}

}  // namespace lkg::bench
