#include "query/rank.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <boost/graph/betweenness_centrality.hpp>

#include "query/result_json.h"

namespace lkg::query {

std::vector<double> PageRank(const GraphSnapshot& snapshot, double damping, double tolerance, int max_iterations) {
  const size_t n = snapshot.num_nodes();
  if (n == 0) return {};
  std::vector<double> rank(n, 1.0 / n), next(n), share(n);
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    double dangling = 0;
    for (VertexId v = 0; v < n; ++v) {
      uint32_t degree = snapshot.degree(v);
      if (degree == 0) dangling += rank[v];
      share[v] = degree ? rank[v] / degree : 0;
    }
    double base = (1.0 - damping) / n + damping * dangling / n;
    for (VertexId v = 0; v < n; ++v) {
      double sum = 0;
      snapshot.ForEachIncident(v, [&](VertexId u, EdgeId) {
        sum += share[u];
        return true;
      });
      next[v] = base + damping * sum;
    }
    double change = 0;
    for (size_t v = 0; v < n; ++v) change += std::fabs(next[v] - rank[v]);
    rank.swap(next);
    if (change < tolerance) break;
  }
  return rank;
}

std::vector<double> ExactBetweenness(const GraphSnapshot& snapshot) {
  std::vector<double> centrality(snapshot.num_nodes(), 0.0);
  const CsrGraph& g = snapshot.graph();
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), get(boost::vertex_index, g))));
  for (double& c : centrality) c /= 2;  // the directed double cover counts each pair twice
  return centrality;
}

std::vector<double> BetweennessFromSources(const GraphSnapshot& snapshot, const std::vector<VertexId>& sources,
                                           const Deadline* deadline) {
  const size_t n = snapshot.num_nodes();
  std::vector<double> centrality(n, 0.0), delta(n, 0.0), sigma(n, 0.0);
  std::vector<int32_t> dist(n, -1);
  std::vector<VertexId> order;
  order.reserve(n);
  for (VertexId s : sources) {
    if (deadline && deadline->Expired()) break;
    order.clear();
    order.push_back(s);
    dist[s] = 0;
    sigma[s] = 1;
    for (size_t head = 0; head < order.size(); ++head) {  // BFS counting shortest paths
      VertexId u = order[head];
      snapshot.ForEachIncident(u, [&](VertexId w, EdgeId) {
        if (dist[w] < 0) {
          dist[w] = dist[u] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[u] + 1) sigma[w] += sigma[u];
        return true;
      });
    }
    for (size_t i = order.size(); i-- > 0;) {  // dependency accumulation, farthest first
      VertexId w = order[i];
      snapshot.ForEachIncident(w, [&](VertexId u, EdgeId) {
        if (dist[u] == dist[w] - 1) delta[u] += sigma[u] / sigma[w] * (1 + delta[w]);
        return true;
      });
      if (w != s) centrality[w] += delta[w];
    }
    for (VertexId v : order) {
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  for (double& c : centrality) c /= 2;
  return centrality;
}

std::vector<VertexId> SampleSources(size_t n, size_t count, uint64_t seed) {
  std::vector<VertexId> all(n);
  for (size_t i = 0; i < n; ++i) all[i] = static_cast<VertexId>(i);
  if (count >= n) return all;
  std::mt19937_64 rng(seed);
  for (size_t i = 0; i < count; ++i) {  // partial Fisher-Yates
    std::uniform_int_distribution<size_t> pick(i, n - 1);
    std::swap(all[i], all[pick(rng)]);
  }
  all.resize(count);
  return all;
}

namespace {

Result<std::vector<double>> Scores(const GraphSnapshot& snapshot, const RankRequest& request,
                                   const Deadline& deadline, RankResult& result) {
  const size_t n = snapshot.num_nodes();
  switch (request.by) {
    case RankBy::kDegree: {
      std::vector<double> degree(n);
      for (VertexId v = 0; v < n; ++v) degree[v] = snapshot.degree(v);
      result.method = "degree (incident edges)";
      return degree;
    }
    case RankBy::kPageRank:
      result.method = "pagerank (damping 0.85, undirected)";
      return PageRank(snapshot);
    case RankBy::kBetweenness:
      if (n <= request.exact_betweenness_max_nodes) {
        result.method = "betweenness, exact (Brandes)";
        return ExactBetweenness(snapshot);
    }
      std::vector<VertexId> sources = SampleSources(n, request.samples, request.seed);
      std::vector<double> scores = BetweennessFromSources(snapshot, sources, &deadline);
      if (deadline.Expired()) return deadline.TimeoutStatus("betweenness");
      double scale = static_cast<double>(n) / sources.size();
      for (double& s : scores) s *= scale;
      result.method = "betweenness, approximate: Brandes from " + std::to_string(sources.size()) +
                      " sampled sources of " + std::to_string(n) + ", scaled";
      result.approximate = true;
      return scores;
  }
  return Status::Internal("unknown ranking");
}

}  // namespace

Result<RankResult> Rank(const GraphSnapshot& snapshot, const RankRequest& request, const QueryLimits& limits) {
  if (request.top > limits.max_results) {
    return Status::LimitExceeded("top " + std::to_string(request.top) + " is above the limit of " +
                                 std::to_string(limits.max_results));
  }
  Deadline deadline(limits.time_budget_ms);
  RankResult result;
  Result<std::vector<double>> scores = Scores(snapshot, request, deadline, result);
  if (!scores.ok()) return scores.status();
  uint32_t mask = 0;
  for (NodeType t : request.types) mask |= 1u << static_cast<unsigned>(t);
  for (VertexId v = 0; v < snapshot.num_nodes(); ++v) {
    if (mask && !(mask & (1u << static_cast<unsigned>(snapshot.node_type(v))))) continue;
    result.rows.push_back({v, (*scores)[v]});
  }
  auto better = [&](const RankRow& a, const RankRow& b) {
    if (a.score != b.score) return a.score > b.score;
    return snapshot.node_key(a.vertex) < snapshot.node_key(b.vertex);
  };
  size_t keep = std::min(request.top, result.rows.size());
  std::partial_sort(result.rows.begin(), result.rows.begin() + keep, result.rows.end(), better);
  result.rows.resize(keep);
  return result;
}

const char* RankByName(RankBy by) {
  switch (by) {
    case RankBy::kDegree: return "degree";
    case RankBy::kPageRank: return "pagerank";
    case RankBy::kBetweenness: return "betweenness";
  }
  return "pagerank";
}

std::optional<RankBy> ParseRankBy(const std::string& name) {
  for (RankBy by : {RankBy::kDegree, RankBy::kPageRank, RankBy::kBetweenness}) {
    if (name == RankByName(by)) return by;
  }
  return std::nullopt;
}

Result<nlohmann::json> RankToJson(const RankResult& result, RankBy by, const GraphSnapshot& snapshot,
                                  const GraphReader& reader) {
  nlohmann::json rows = nlohmann::json::array();
  for (const RankRow& row : result.rows) {
    Result<nlohmann::json> node = NodeSummaryJson(reader, snapshot.node_key(row.vertex));
    if (!node.ok()) return node.status();
    node.value()["score"] = row.score;
    rows.push_back(std::move(node.value()));
  }
  return nlohmann::json{{"by", RankByName(by)}, {"method", result.method},
                        {"approximate", result.approximate}, {"rows", std::move(rows)}};
}

}  // namespace lkg::query
