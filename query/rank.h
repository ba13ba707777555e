// Centrality: degree, PageRank and betweenness over the snapshot, treated as
// an undirected multigraph (relations are meaningful both ways: a case
// points at its victim, but the victim is as central to the case).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/limits.h"
#include "query/snapshot.h"

namespace lkg::query {

enum class RankBy { kDegree, kPageRank, kBetweenness };

struct RankRequest {
  RankBy by = RankBy::kPageRank;
  std::vector<NodeType> types;  // only report nodes of these types (centrality uses the whole graph)
  size_t top = 20;
  // Betweenness is exact (Boost's brandes_betweenness_centrality) up to this
  // many vertices; above it, Brandes from `samples` random sources, scaled by n/samples.
  size_t exact_betweenness_max_nodes = 5000;
  size_t samples = 256;
  uint64_t seed = 42;
};

struct RankRow {
  VertexId vertex;
  double score;
};

struct RankResult {
  std::vector<RankRow> rows;  // highest first; ties by vertex key
  std::string method;         // how the scores were computed, e.g. "betweenness sampled from 256 sources"
  bool approximate = false;
};

// Ranks vertices. LimitExceeded when top > limits.max_results or time runs out.
Result<RankResult> Rank(const GraphSnapshot& snapshot, const RankRequest& request, const QueryLimits& limits);

// PageRank of every vertex (damping 0.85, dangling mass spread evenly), as
// NetworkX defines it on the undirected multigraph; Gauss-Seidel sweeps until
// the L1 change of a sweep is below `tolerance`. Sums to 1.
std::vector<double> PageRank(const GraphSnapshot& snapshot, double damping = 0.85, double tolerance = 1e-12,
                             int max_iterations = 200);

// Exact betweenness (Boost), undirected: each unordered pair counted once,
// not normalised (NetworkX's normalized=False).
std::vector<double> ExactBetweenness(const GraphSnapshot& snapshot);

// Brandes accumulation from the given sources only (unweighted, undirected),
// each pair counted once, not scaled, split over `threads` threads. With
// every vertex as a source it equals ExactBetweenness. Stops early (partial
// sums) when `deadline` expires; the caller checks it.
std::vector<double> BetweennessFromSources(const GraphSnapshot& snapshot, const std::vector<VertexId>& sources,
                                           const Deadline* deadline = nullptr, int threads = 2);

// `count` distinct vertices drawn with a fixed seed.
std::vector<VertexId> SampleSources(size_t n, size_t count, uint64_t seed);

// {"by", "method", "approximate", "rows": [{"id","type","name","score"}]}.
Result<nlohmann::json> RankToJson(const RankResult& result, RankBy by, const GraphSnapshot& snapshot,
                                  const GraphReader& reader);

// "degree", "pagerank", "betweenness"; ParseRankBy is nullopt for others.
const char* RankByName(RankBy by);
std::optional<RankBy> ParseRankBy(const std::string& name);

}  // namespace lkg::query
