// The query workload at one store size, and the files the peer engines use.
// Opens DIR read-only, loads the query snapshot (time, RSS), then runs with a
// fixed seed: 2-hop neighbourhoods (query::Neighbors) p50/p99, shortest
// paths (query::FindPaths, hops, up to 6) p50/p99, PageRank (query::PageRank,
// stopping when the L1 change < 1e-6, graph-tool's default), connected components
// (query::ConnectedComponents), and 2-hop subgraph export to JSON p50: ids and edges only
// (export_p50_ms, what the peers do) and the product's export with names read
// from the store (export_names_p50_ms, query::NeighborhoodToJson), and the
// product's GraphML export of the same subgraphs (export_graphml_p50_ms). It
// also times a bare scan of the node and edge headers (load_scan_s: the part of
// the load that is RocksDB's). Prints one JSON object.
//
// Usage: scale_bench --db DIR [--queries N] [--edgelist FILE --queryfile FILE]
// With --edgelist/--queryfile it writes the snapshot's topology (dense ids)
// and the exact queries it ran, for bench/peers/.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/bench_util.h"
#include "engine/graph_store.h"
#include "query/communities.h"
#include "query/export.h"
#include "query/neighbors.h"
#include "query/path.h"
#include "query/rank.h"
#include "query/snapshot.h"

namespace {

struct Workload {
  std::vector<lkg::query::VertexId> twohop, exports;
  std::vector<std::pair<lkg::query::VertexId, lkg::query::VertexId>> paths;
};

Workload MakeWorkload(size_t n, size_t queries, uint64_t seed) {
  std::mt19937_64 rng(seed);
  Workload w;
  for (size_t i = 0; i < queries; ++i) w.twohop.push_back(static_cast<uint32_t>(rng() % n));
  for (size_t i = 0; i < queries; ++i) w.paths.emplace_back(static_cast<uint32_t>(rng() % n), static_cast<uint32_t>(rng() % n));
  for (size_t i = 0; i < queries / 10 + 1; ++i) w.exports.push_back(static_cast<uint32_t>(rng() % n));
  return w;
}

bool WriteFiles(const lkg::query::GraphSnapshot& g, const Workload& w, const std::string& edges, const std::string& queries) {
  std::FILE* f = std::fopen(edges.c_str(), "w");
  if (!f) return false;
  std::fprintf(f, "%zu %zu\n", g.num_nodes(), g.num_edges());
  for (uint32_t e = 0; e < g.num_edges(); ++e) std::fprintf(f, "%u %u\n", g.edge_source(e), g.edge_target(e));
  if (std::fclose(f) != 0) return false;
  f = std::fopen(queries.c_str(), "w");
  if (!f) return false;
  for (auto v : w.twohop) std::fprintf(f, "twohop %u\n", v);
  for (auto [s, t] : w.paths) std::fprintf(f, "path %u %u\n", s, t);
  for (auto v : w.exports) std::fprintf(f, "export %u\n", v);
  return std::fclose(f) == 0;
}

// {"nodes":[v,...],"edges":[[s,t],...]}: the same text the peers' json.dumps
// writes, without building a JSON tree first.
std::string IdsJson(const lkg::query::GraphSnapshot& g, const std::vector<lkg::query::VertexId>& nodes,
                    const std::vector<lkg::query::EdgeId>& edges) {
  std::string out = "{\"nodes\":[";
  out.reserve(16 + nodes.size() * 8 + edges.size() * 16);
  char buf[16];
  auto put = [&](uint32_t v) { out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr); };
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (i) out += ',';
    put(nodes[i]);
  }
  out += "],\"edges\":[";
  for (size_t i = 0; i < edges.size(); ++i) {
    out += i ? ",[" : "[";
    put(g.edge_source(edges[i]));
    out += ',';
    put(g.edge_target(edges[i]));
    out += ']';
  }
  out += "]}";
  return out;
}

template <typename Fn>
std::vector<double> TimeEach(size_t count, Fn&& fn) {
  std::vector<double> ms;
  for (size_t i = 0; i < count; ++i) {
    auto t = std::chrono::steady_clock::now();
    fn(i);
    ms.push_back(lkg::bench::Seconds(t) * 1000.0);
  }
  return ms;
}

using lkg::query::GraphSnapshot;
using Json = nlohmann::json;

lkg::query::QueryLimits BenchLimits() {
  lkg::query::QueryLimits limits;
  limits.max_results = 10'000'000;
  return limits;
}

// 2-hop neighbourhoods and shortest paths (hops): p50/p99.
void QueryFigures(const GraphSnapshot& g, const Workload& w, Json& out) {
  lkg::query::ResolvedFilter all;
  lkg::query::QueryLimits limits = BenchLimits();
  auto two = TimeEach(w.twohop.size(), [&](size_t i) {
    (void)lkg::query::Neighbors(g, all, {.seeds = {w.twohop[i]}, .depth = 2, .with_edges = false}, limits);
  });
  out["twohop_p50_ms"] = lkg::bench::Percentile(two, 50);
  out["twohop_p99_ms"] = lkg::bench::Percentile(two, 99);
  // The component labels FindPaths uses are computed once per snapshot, by
  // the first path query: timed apart so the percentiles are per query.
  auto tl = std::chrono::steady_clock::now();
  if (g.num_nodes() > 0) (void)g.Connected(0, 0);
  out["path_labels_s"] = lkg::bench::Seconds(tl);
  size_t found = 0, hops = 0;  // a check against the peers' distances (bench/peers/check_paths.py)
  auto paths = TimeEach(w.paths.size(), [&](size_t i) {
    lkg::query::PathRequest request;
    request.from = w.paths[i].first;
    request.to = w.paths[i].second;
    if (request.from == request.to) return;
    auto result = lkg::query::FindPaths(g, all, request, limits);
    if (result.ok() && !result->paths.empty()) ++found, hops += result->paths[0].edges.size();
  });
  out["path_p50_ms"] = lkg::bench::Percentile(paths, 50);
  out["path_p99_ms"] = lkg::bench::Percentile(paths, 99);
  out["paths_found"] = found;
  out["paths_hops"] = hops;
  // The pairs in one component (the others are answered from the labels).
  std::vector<double> connected;
  for (size_t i = 0; i < w.paths.size(); ++i) {
    if (w.paths[i].first != w.paths[i].second && g.Connected(w.paths[i].first, w.paths[i].second)) {
      connected.push_back(paths[i]);
    }
  }
  out["path_connected_pairs"] = connected.size();
  out["path_connected_p50_ms"] = lkg::bench::Percentile(connected, 50);
  out["path_connected_p99_ms"] = lkg::bench::Percentile(connected, 99);
}

// 2-hop subgraph exports: ids only (like the peers), JSON with names from the
// store, and GraphML with all attributes from the store (p50).
void ExportFigures(const GraphSnapshot& g, const lkg::GraphReader& reader, const Workload& w, Json& out) {
  lkg::query::ResolvedFilter all;
  lkg::query::QueryLimits limits = BenchLimits();
  auto each = [&](auto&& write) {
    return lkg::bench::Percentile(TimeEach(w.exports.size(), [&](size_t i) {
      auto hood = lkg::query::Neighbors(g, all, {.seeds = {w.exports[i]}, .depth = 2, .with_edges = true}, limits);
      if (hood.ok()) write(*hood);
    }), 50);
  };
  out["export_p50_ms"] = each([&](const lkg::query::Neighborhood& hood) { (void)IdsJson(g, hood.nodes, hood.edges); });
  out["export_names_p50_ms"] = each([&](const lkg::query::Neighborhood& hood) {
    (void)lkg::query::NeighborhoodToJson(hood, g, reader)->dump();
  });
  out["export_graphml_p50_ms"] = each([&](const lkg::query::Neighborhood& hood) {
    std::ostringstream text;
    (void)lkg::query::WriteGraphml(lkg::query::ScopeOf(hood, g, reader), {}, text);
  });
}

// PageRank (L1 change < 1e-6, graph-tool's default) and connected components.
void GraphFigures(const GraphSnapshot& g, Json& out) {
  auto t1 = std::chrono::steady_clock::now();
  (void)lkg::query::PageRank(g, 0.85, 1e-6);
  out["pagerank_s"] = lkg::bench::Seconds(t1);
  auto t2 = std::chrono::steady_clock::now();
  auto components = lkg::query::ConnectedComponents(g);
  out["components_s"] = lkg::bench::Seconds(t2);
  out["components"] = components.count;
  // The giant component's share of the vertices (docs/records.md: sharding by component).
  std::vector<uint32_t> sizes(components.count, 0);
  for (uint32_t c : components.component) ++sizes[c];
  uint32_t largest = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
  out["largest_component_share"] = g.num_nodes() ? static_cast<double>(largest) / g.num_nodes() : 0.0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, edges_file, query_file;
  size_t queries = 200;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
    else if (!std::strcmp(argv[i], "--queries")) queries = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--edgelist")) edges_file = argv[i + 1];
    else if (!std::strcmp(argv[i], "--queryfile")) query_file = argv[i + 1];
  }
  if (db.empty()) {
    std::fprintf(stderr, "usage: scale_bench --db DIR [--queries N] [--edgelist FILE --queryfile FILE]\n");
    return 2;
  }
  double rss0 = lkg::bench::RssMb();
  auto store = lkg::GraphStore::Open(db, lkg::StoreOptions{.read_only = true});
  if (!store.ok()) {
    std::fprintf(stderr, "scale_bench: %s\n", store.status().ToString().c_str());
    return 1;
  }
  auto reader = (*store)->NewReader();
  auto t0 = std::chrono::steady_clock::now();
  auto loaded = GraphSnapshot::Load(*reader);
  if (!loaded.ok()) {
    std::fprintf(stderr, "scale_bench: %s\n", loaded.status().ToString().c_str());
    return 1;
  }
  const GraphSnapshot& g = **loaded;
  Json out = {{"engine", "lkg"}, {"nodes", g.num_nodes()}, {"edges", g.num_edges()},
              {"load_s", lkg::bench::Seconds(t0)}, {"rss_mb", lkg::bench::RssMb() - rss0}};
  auto ts = std::chrono::steady_clock::now();
  (void)reader->ForEachNodeBrief([](const lkg::NodeBrief&) { return true; });
  (void)reader->ForEachEdgeBrief([](const lkg::EdgeBrief&) { return true; });
  out["load_scan_s"] = lkg::bench::Seconds(ts);
  Workload w = MakeWorkload(g.num_nodes(), queries, 7);
  if (!edges_file.empty() && !WriteFiles(g, w, edges_file, query_file)) return 1;
  QueryFigures(g, w, out);
  ExportFigures(g, *reader, w, out);
  GraphFigures(g, out);
  out["rss_peak_mb"] = lkg::bench::RssMb("VmHWM:");
  std::printf("%s\n", out.dump().c_str());
  return 0;
}
