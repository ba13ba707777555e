#include "query/rank.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <memory>
#include <span>
#include <thread>

#include <boost/graph/betweenness_centrality.hpp>

#include "query/result_json.h"

namespace lkg::query {

std::vector<double> PageRank(const GraphSnapshot& snapshot, double damping, double tolerance, int max_iterations) {
  const size_t n = snapshot.num_nodes();
  if (n == 0) return {};
  const auto& csr = snapshot.graph().m_forward;  // raw CSR arrays for the inner loop
  const uint32_t* rows = csr.m_rowstart.data();
  const VertexId* column = csr.m_column.data();
  std::vector<double> inverse_degree(n);
  for (VertexId v = 0; v < n; ++v) inverse_degree[v] = rows[v + 1] > rows[v] ? 1.0 / (rows[v + 1] - rows[v]) : 0.0;
  // share[v] = rank[v] / degree(v). Gauss-Seidel sweeps: each vertex uses
  // the ranks already updated in this sweep, which reaches the same fixed
  // point as the Jacobi iteration NetworkX uses in about half the sweeps.
  std::vector<double> rank(n, 1.0 / n), share(n);
  for (VertexId v = 0; v < n; ++v) share[v] = rank[v] * inverse_degree[v];
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    double dangling = 0, total = 0;
    for (VertexId v = 0; v < n; ++v) {
      total += rank[v];
      if (rows[v] == rows[v + 1]) dangling += rank[v];
    }
    const double base = (1.0 - damping) * total / n + damping * dangling / n;
    double change = 0;
    for (VertexId v = 0; v < n; ++v) {
      double sum = 0;
      for (uint32_t i = rows[v], end = rows[v + 1]; i < end; ++i) sum += share[column[i]];
      double next = base + damping * sum;
      change += std::fabs(next - rank[v]);
      rank[v] = next;
      share[v] = next * inverse_degree[v];
    }
    if (change < tolerance) break;
  }
  double total = 0;
  for (double r : rank) total += r;
  for (double& r : rank) r /= total;
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

namespace {

// Brandes' accumulation from sources[begin, end) into `centrality` (each
// ordered pair counted; the caller halves).
void BrandesRange(const GraphSnapshot& snapshot, const std::vector<VertexId>& sources, size_t begin, size_t end,
                  const Deadline* deadline, std::vector<double>& centrality) {
  const size_t n = snapshot.num_nodes();
  const auto& csr = snapshot.graph().m_forward;
  const uint32_t* rows = csr.m_rowstart.data();
  const VertexId* column = csr.m_column.data();
  std::unique_ptr<double[]> delta(new double[n]()), sigma(new double[n]());
  std::unique_ptr<int32_t[]> dist(new int32_t[n]);
  std::fill(dist.get(), dist.get() + n, -1);
  std::unique_ptr<VertexId[]> order_storage(new VertexId[n]);
  std::span<VertexId> order_buffer(order_storage.get(), n);
  size_t count = 0;
  for (size_t k = begin; k < end; ++k) {
    if (deadline && deadline->Expired()) break;
    VertexId s = sources[k];
    count = 0;
    order_buffer[count++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    for (size_t head = 0; head < count; ++head) {  // BFS counting shortest paths
      VertexId u = order_buffer[head];
      for (uint32_t i = rows[u], stop = rows[u + 1]; i < stop; ++i) {
        VertexId w = column[i];
        if (dist[w] < 0) {
          dist[w] = dist[u] + 1;
          order_buffer[count++] = w;
        }
        if (dist[w] == dist[u] + 1) sigma[w] += sigma[u];
      }
    }
    for (size_t i = count; i-- > 1;) {  // dependencies, farthest first
      VertexId w = order_buffer[i];
      double coefficient = (1 + delta[w]) / sigma[w];
      for (uint32_t j = rows[w], stop = rows[w + 1]; j < stop; ++j) {
        VertexId u = column[j];
        if (dist[u] == dist[w] - 1) delta[u] += sigma[u] * coefficient;
      }
      centrality[w] += delta[w];
    }
    for (size_t i = 0; i < count; ++i) {
      VertexId v = order_buffer[i];
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
}

}  // namespace

std::vector<double> BetweennessFromSources(const GraphSnapshot& snapshot, const std::vector<VertexId>& sources,
                                           const Deadline* deadline, int threads) {
  const size_t n = snapshot.num_nodes();
  threads = std::max(1, std::min<int>(threads, static_cast<int>(sources.size() / 8) + 1));
  std::vector<std::vector<double>> partial(threads, std::vector<double>(n, 0.0));
  std::vector<std::thread> workers;
  size_t chunk = (sources.size() + threads - 1) / threads;
  for (int t = 1; t < threads; ++t) {
    size_t begin = std::min(sources.size(), t * chunk), end = std::min(sources.size(), begin + chunk);
    workers.emplace_back([&, t, begin, end] { BrandesRange(snapshot, sources, begin, end, deadline, partial[t]); });
  }
  BrandesRange(snapshot, sources, 0, std::min(sources.size(), chunk), deadline, partial[0]);
  for (std::thread& worker : workers) worker.join();
  std::vector<double>& centrality = partial[0];
  for (int t = 1; t < threads; ++t) {
    for (size_t v = 0; v < n; ++v) centrality[v] += partial[t][v];
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
