// Louvain community detection (Blondel et al. 2008) on an undirected
// weighted graph, written here because Boost.Graph has none: repeated local
// moving of single vertices to the neighbouring community with the best
// modularity gain, then aggregation of communities into vertices, until no
// vertex moves. Deterministic: vertices are visited in index order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace lkg::query {

// An undirected weighted graph for community detection. Each edge appears
// in both endpoints' lists; a self-loop only in `self_weight`.
struct WeightedGraph {
  std::vector<std::vector<std::pair<uint32_t, double>>> adjacency;
  std::vector<double> self_weight;

  size_t size() const { return adjacency.size(); }
  // Adds an undirected edge of weight w (u == v: a self-loop).
  void AddEdge(uint32_t u, uint32_t v, double w);
  // Resizes to n vertices.
  void Resize(size_t n);
};

struct LouvainResult {
  std::vector<uint32_t> community;  // per vertex, communities numbered 0..count-1 by first vertex
  uint32_t count = 0;
  double modularity = 0;
  int levels = 0;
};

// Runs Louvain to convergence (at most `max_levels` aggregation levels).
LouvainResult Louvain(const WeightedGraph& graph, int max_levels = 20);

// Newman's modularity of `community` on `graph` (resolution 1), as NetworkX computes it.
double Modularity(const WeightedGraph& graph, const std::vector<uint32_t>& community);

}  // namespace lkg::query
