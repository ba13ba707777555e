// Whole-graph algorithms for scale_bench on a query::GraphSnapshot, used
// until the query component's own (query/rank.h, paths) is on main:
// breadth-first path length, PageRank (power iteration, NetworkX's
// definition: damping 0.85, dangling mass spread evenly) and connected
// components (union-find over the edges).
#pragma once

#include <cmath>
#include <numeric>
#include <vector>

#include "query/snapshot.h"

namespace lkg::bench {

struct BfsScratch {
  explicit BfsScratch(size_t n) : dist(n, -1) {}
  std::vector<int> dist;
  std::vector<query::VertexId> queue, touched;
};

// Hops from s to t (undirected), or -1 when unreachable.
inline int PathLength(const query::GraphSnapshot& g, query::VertexId s, query::VertexId t, BfsScratch& b) {
  for (auto v : b.touched) b.dist[v] = -1;
  b.touched.clear();
  b.queue.assign(1, s);
  b.dist[s] = 0;
  b.touched.push_back(s);
  for (size_t head = 0; head < b.queue.size(); ++head) {
    query::VertexId v = b.queue[head];
    if (v == t) return b.dist[v];
    g.ForEachIncident(v, [&](query::VertexId w, query::EdgeId) {
      if (b.dist[w] < 0) {
        b.dist[w] = b.dist[v] + 1;
        b.touched.push_back(w);
        b.queue.push_back(w);
      }
      return true;
    });
  }
  return -1;
}

inline std::vector<double> PageRank(const query::GraphSnapshot& g, double damping = 0.85, double tol = 1e-6) {
  size_t n = g.num_nodes();
  std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
  for (int iter = 0; iter < 100; ++iter) {
    double dangling = 0;
    for (query::VertexId v = 0; v < n; ++v) {
      if (g.degree(v) == 0) dangling += rank[v];
    }
    double base = (1.0 - damping) / static_cast<double>(n) + damping * dangling / static_cast<double>(n);
    std::fill(next.begin(), next.end(), base);
    for (query::VertexId v = 0; v < n; ++v) {
      uint32_t d = g.degree(v);
      if (d == 0) continue;
      double share = damping * rank[v] / d;
      g.ForEachIncident(v, [&](query::VertexId w, query::EdgeId) {
        next[w] += share;
        return true;
      });
    }
    double change = 0;
    for (size_t i = 0; i < n; ++i) change += std::fabs(next[i] - rank[i]);
    rank.swap(next);
    if (change < tol * static_cast<double>(n)) break;
  }
  return rank;
}

inline size_t CountComponents(const query::GraphSnapshot& g) {
  std::vector<uint32_t> parent(g.num_nodes());
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&](uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  size_t components = g.num_nodes();
  for (uint32_t e = 0; e < g.num_edges(); ++e) {
    uint32_t a = find(g.edge_source(e)), b = find(g.edge_target(e));
    if (a != b) {
      parent[a] = b;
      --components;
    }
  }
  return components;
}

}  // namespace lkg::bench
