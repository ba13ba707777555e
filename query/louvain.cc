#include "query/louvain.h"

#include <unordered_map>

namespace lkg::query {

void WeightedGraph::AddEdge(uint32_t u, uint32_t v, double w) {
  if (u == v) {
    self_weight[u] += w;
    return;
  }
  adjacency[u].push_back({v, w});
  adjacency[v].push_back({u, w});
}

void WeightedGraph::Resize(size_t n) {
  adjacency.resize(n);
  self_weight.resize(n, 0.0);
}

namespace {

// k_i: weighted degree, a self-loop counting twice (as NetworkX does).
std::vector<double> Degrees(const WeightedGraph& g) {
  std::vector<double> k(g.size(), 0.0);
  for (size_t i = 0; i < g.size(); ++i) {
    k[i] = 2 * g.self_weight[i];
    for (const auto& [j, w] : g.adjacency[i]) k[i] += w;
  }
  return k;
}

// Renumbers labels densely in order of first appearance; returns the count.
uint32_t Renumber(std::vector<uint32_t>& labels) {
  std::unordered_map<uint32_t, uint32_t> dense;
  for (uint32_t& label : labels) label = dense.emplace(label, static_cast<uint32_t>(dense.size())).first->second;
  return static_cast<uint32_t>(dense.size());
}

// One phase of local moving. Returns true when any vertex changed community.
bool MoveVertices(const WeightedGraph& g, const std::vector<double>& k, double two_m, std::vector<uint32_t>& comm) {
  std::vector<double> total(g.size(), 0.0);  // Σ_tot per community
  for (size_t i = 0; i < g.size(); ++i) total[comm[i]] += k[i];
  std::vector<double> link(g.size(), 0.0);   // weight from the current vertex to each community
  std::vector<uint32_t> touched;
  bool moved_any = false;
  for (bool moved = true; moved;) {
    moved = false;
    for (uint32_t i = 0; i < g.size(); ++i) {
      for (const auto& [j, w] : g.adjacency[i]) {
        if (link[comm[j]] == 0) touched.push_back(comm[j]);
        link[comm[j]] += w;
      }
      uint32_t own = comm[i];
      total[own] -= k[i];
      uint32_t best = own;
      double best_gain = link[own] - total[own] * k[i] / two_m;
      for (uint32_t c : touched) {
        double gain = link[c] - total[c] * k[i] / two_m;
        if (gain > best_gain + 1e-12) {
          best_gain = gain;
          best = c;
        }
      }
      total[best] += k[i];
      comm[i] = best;
      if (best != own) moved = moved_any = true;
      for (uint32_t c : touched) link[c] = 0;
      link[own] = 0;
      touched.clear();
    }
  }
  return moved_any;
}

// The graph whose vertices are the communities of `g`.
WeightedGraph Aggregate(const WeightedGraph& g, const std::vector<uint32_t>& comm, uint32_t count) {
  WeightedGraph next;
  next.Resize(count);
  std::vector<std::unordered_map<uint32_t, double>> weights(count);
  for (uint32_t i = 0; i < g.size(); ++i) {
    next.self_weight[comm[i]] += g.self_weight[i];
    for (const auto& [j, w] : g.adjacency[i]) {
      if (comm[i] == comm[j]) {
        next.self_weight[comm[i]] += w / 2;  // seen from both ends
      } else if (comm[i] < comm[j]) {
        weights[comm[i]][comm[j]] += w;
      }
    }
  }
  for (uint32_t c = 0; c < count; ++c) {
    for (const auto& [d, w] : weights[c]) next.AddEdge(c, d, w);
  }
  return next;
}

}  // namespace

double Modularity(const WeightedGraph& g, const std::vector<uint32_t>& community) {
  std::vector<double> k = Degrees(g);
  double two_m = 0;
  for (double d : k) two_m += d;
  if (two_m == 0) return 0;
  std::unordered_map<uint32_t, double> inside, total;
  for (uint32_t i = 0; i < g.size(); ++i) {
    total[community[i]] += k[i];
    inside[community[i]] += 2 * g.self_weight[i];
    for (const auto& [j, w] : g.adjacency[i]) {
      if (community[j] == community[i]) inside[community[i]] += w;
    }
  }
  double q = 0;
  for (const auto& [c, tot] : total) q += inside[c] / two_m - (tot / two_m) * (tot / two_m);
  return q;
}

LouvainResult Louvain(const WeightedGraph& graph, int max_levels) {
  LouvainResult result;
  result.community.resize(graph.size());
  for (uint32_t i = 0; i < graph.size(); ++i) result.community[i] = i;
  WeightedGraph level = graph;
  std::vector<double> k = Degrees(graph);
  double two_m = 0;
  for (double d : k) two_m += d;
  if (two_m == 0) {
    result.count = Renumber(result.community);
    return result;
  }
  for (int depth = 0; depth < max_levels; ++depth) {
    std::vector<uint32_t> comm(level.size());
    for (uint32_t i = 0; i < level.size(); ++i) comm[i] = i;
    bool moved = MoveVertices(level, Degrees(level), two_m, comm);
    uint32_t count = Renumber(comm);
    for (uint32_t& c : result.community) c = comm[c];
    result.levels = depth + 1;
    if (!moved || count == level.size()) break;
    level = Aggregate(level, comm, count);
  }
  result.count = Renumber(result.community);
  result.modularity = Modularity(graph, result.community);
  return result;
}

}  // namespace lkg::query
