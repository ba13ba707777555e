// Query benchmark: builds a public-records-shaped store, then measures lkg's
// query layer on it and writes the seeded node/pair lists the peers
// (bench/peers_bench.py) use. bench/query_bench.sh runs everything and
// prints lkg, each peer and the ratio.
//
//   query_bench build DIR SCALE        write the synthetic graph (SCALE copies) into store DIR
//   query_bench run DIR OUT            measure; write OUT/{two_hop,pairs,sources,graphml}.txt and OUT/lkg.json
//   query_bench build-random DIR NODES EDGES   a random graph (for the 1M-node / 5M-edge load figure)
//   query_bench load DIR               only the snapshot load: time (median of 3) and RSS
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "bench/records_graph.h"
#include "query/communities.h"
#include "query/export.h"
#include "query/neighbors.h"
#include "query/path.h"
#include "query/rank.h"

namespace lkg::bench {
namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

template <typename Fn>
double MedianMs(int runs, Fn&& fn) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    fn();
    times.push_back(Ms(start));
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

int Build(const std::string& dir, int scale) {
  auto store = GraphStore::Open(dir);
  if (!store.ok()) {
    std::cerr << "query_bench: " << store.status().message() << "\n";
    return 1;
  }
  auto start = Clock::now();
  Status status = BuildRecordsGraph(**store, scale, 20240601, [&](uint64_t edges) {
    if (edges % 100000 < 20000) std::cerr << "\r" << edges << " edges written" << std::flush;
  });
  std::cerr << "\n";
  if (!status.ok()) {
    std::cerr << "query_bench: " << status.message() << "\n";
    return 1;
  }
  std::cout << "built scale " << scale << " in " << Ms(start) / 1000 << " s\n";
  return 0;
}

void WriteList(const std::string& path, const std::vector<std::vector<NodeKey>>& rows) {
  std::ofstream out(path);
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) out << (i ? " " : "") << FormatNodeId(row[i]);
    out << "\n";
  }
}

struct Lists {
  std::vector<query::VertexId> two_hop, sources, graphml;
  std::vector<std::pair<query::VertexId, query::VertexId>> pairs;
};

Lists MakeLists(const query::GraphSnapshot& s, const std::string& out) {
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<query::VertexId> pick(0, static_cast<query::VertexId>(s.num_nodes() - 1));
  Lists lists;
  for (int i = 0; i < 1000; ++i) lists.two_hop.push_back(pick(rng));
  for (int i = 0; i < 1000; ++i) lists.pairs.push_back({pick(rng), pick(rng)});
  for (int i = 0; i < 100; ++i) lists.graphml.push_back(pick(rng));
  lists.sources = query::SampleSources(s.num_nodes(), 256, 11);
  auto keys = [&](const std::vector<query::VertexId>& vs) {
    std::vector<std::vector<NodeKey>> rows;
    for (auto v : vs) rows.push_back({s.node_key(v)});
    return rows;
  };
  WriteList(out + "/two_hop.txt", keys(lists.two_hop));
  WriteList(out + "/sources.txt", keys(lists.sources));
  WriteList(out + "/graphml.txt", keys(lists.graphml));
  std::vector<std::vector<NodeKey>> pairs;
  for (auto [a, b] : lists.pairs) pairs.push_back({s.node_key(a), s.node_key(b)});
  WriteList(out + "/pairs.txt", pairs);
  return lists;
}

double TwoHopMs(const query::GraphSnapshot& s, const Lists& lists, size_t& total_nodes) {
  query::QueryLimits limits;
  limits.max_results = SIZE_MAX;
  auto start = Clock::now();
  for (auto v : lists.two_hop) {
    auto hood = query::Neighbors(s, query::ResolvedFilter(), {{v}, 2, false}, limits);
    total_nodes += hood->nodes.size();
  }
  return Ms(start) / lists.two_hop.size();
}

double PathMs(const query::GraphSnapshot& s, const Lists& lists, size_t& found) {
  query::QueryLimits limits;
  limits.max_depth = 1000;
  auto start = Clock::now();
  for (auto [a, b] : lists.pairs) {
    if (a == b) continue;
    query::PathRequest request{a, b, 1, 1000, {}, query::PathWeight::kHops};
    auto result = query::FindPaths(s, query::ResolvedFilter(), request, limits);
    found += !result->paths.empty();
  }
  return Ms(start) / lists.pairs.size();
}

// GraphML of each 2-hop subgraph; `evidence` adds each edge's source
// sentence, URL, title and date (what evidence costs).
double GraphmlMs(const query::GraphSnapshot& s, const GraphReader& reader, const Lists& lists, bool evidence,
                 size_t& bytes, double& read_ms) {
  query::ExportOptions options;
  options.evidence = evidence;
  query::QueryLimits limits;
  limits.max_results = SIZE_MAX;
  auto start = Clock::now();
  for (auto v : lists.graphml) {
    auto hood = query::Neighbors(s, query::ResolvedFilter(), {{v}, 2, true}, limits);
    std::ostringstream out;
    query::ExportScope scope = query::ScopeOf(*hood, s, reader);
    auto read_start = Clock::now();
    (void)scope.ForEachNode([](const Node&) { return true; });  // fills the scope's record cache
    (void)scope.ForEachEdge([](const Edge&) { return true; });
    read_ms += Ms(read_start);
    Status status = query::WriteGraphml(scope, options, out);
    if (!status.ok()) std::cerr << status.message() << "\n";
    bytes += out.str().size();
  }
  return Ms(start) / lists.graphml.size();
}

int Run(const std::string& dir, const std::string& out) {
  StoreOptions options;
  options.read_only = true;
  options.block_cache_bytes = 32u << 20;
  auto store = GraphStore::Open(dir, options);
  if (!store.ok()) {
    std::cerr << "query_bench: " << store.status().message() << "\n";
    return 1;
  }
  auto reader = (*store)->NewReader();
  std::shared_ptr<const query::GraphSnapshot> snapshot;
  nlohmann::json figures;
  figures["load_s"] = MedianMs(3, [&] { snapshot = query::GraphSnapshot::Load(*reader).value(); }) / 1000;
  figures["load_scan_nodes_s"] = MedianMs(3, [&] { (void)reader->ForEachNodeBrief([](const NodeBrief&) { return true; }); }) / 1000;
  figures["load_scan_edges_s"] = MedianMs(3, [&] { (void)reader->ForEachEdgeBrief([](const EdgeBrief&) { return true; }); }) / 1000;
  const query::GraphSnapshot& s = *snapshot;
  figures["nodes"] = s.num_nodes();
  figures["edges"] = s.num_edges();
  Lists lists = MakeLists(s, out);
  size_t two_hop_nodes = 0, paths_found = 0, graphml_bytes = 0;
  figures["two_hop_ms"] = TwoHopMs(s, lists, two_hop_nodes);
  figures["two_hop_mean_nodes"] = static_cast<double>(two_hop_nodes) / lists.two_hop.size();
  figures["path_ms"] = PathMs(s, lists, paths_found);
  figures["paths_found"] = paths_found;
  uint32_t components = 0;
  figures["components_ms"] = MedianMs(3, [&] { components = query::ConnectedComponents(s).count; });
  figures["components"] = components;
  figures["pagerank_ms"] = MedianMs(3, [&] { query::PageRank(s, 0.85, 1e-6); });
  figures["betweenness256_s"] = MedianMs(1, [&] { query::BetweennessFromSources(s, lists.sources); }) / 1000;
  double graphml_read_ms = 0;
  figures["graphml_ms"] = GraphmlMs(s, *reader, lists, false, graphml_bytes, graphml_read_ms);
  figures["graphml_store_read_ms"] = graphml_read_ms / lists.graphml.size();
  figures["graphml_mean_bytes"] = static_cast<double>(graphml_bytes) / lists.graphml.size();
  size_t evidence_bytes = 0;
  double evidence_read_ms = 0;
  figures["graphml_evidence_ms"] = GraphmlMs(s, *reader, lists, true, evidence_bytes, evidence_read_ms);
  figures["graphml_evidence_mean_bytes"] = static_cast<double>(evidence_bytes) / lists.graphml.size();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  figures["rss_mb"] = usage.ru_maxrss / 1024.0;
  std::ofstream(out + "/lkg.json") << figures.dump(2) << "\n";
  std::cout << figures.dump(2) << "\n";
  return 0;
}

}  // namespace
}  // namespace lkg::bench

namespace lkg::bench {

int BuildRandom(const std::string& dir, uint64_t nodes, uint64_t edges) {
  auto store = GraphStore::Open(dir);
  if (!store.ok()) {
    std::cerr << "query_bench: " << store.status().message() << "\n";
    return 1;
  }
  auto start = Clock::now();
  Status status = BuildRandomGraph(**store, nodes, edges, 99, [&](uint64_t written) {
    if (written % 500000 < 20000) std::cerr << "\r" << written << " edges written" << std::flush;
  });
  std::cerr << "\n";
  if (!status.ok()) {
    std::cerr << "query_bench: " << status.message() << "\n";
    return 1;
  }
  std::cout << "built " << nodes << " nodes / " << edges << " edges in " << Ms(start) / 1000 << " s\n";
  return 0;
}

int LoadOnly(const std::string& dir) {
  StoreOptions options;
  options.read_only = true;
  options.block_cache_bytes = 8u << 20;
  auto store = GraphStore::Open(dir, options);
  if (!store.ok()) {
    std::cerr << "query_bench: " << store.status().message() << "\n";
    return 1;
  }
  auto reader = (*store)->NewReader();
  std::shared_ptr<const query::GraphSnapshot> snapshot;
  double load_ms = MedianMs(3, [&] { snapshot = query::GraphSnapshot::Load(*reader).value(); });
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  nlohmann::json figures = {{"nodes", snapshot->num_nodes()}, {"edges", snapshot->num_edges()},
                            {"load_s", load_ms / 1000}, {"rss_mb", usage.ru_maxrss / 1024.0}};
  std::cout << figures.dump() << "\n";
  return 0;
}

}  // namespace lkg::bench

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 3 && args[0] == "build") return lkg::bench::Build(args[1], std::stoi(args[2]));
  if (args.size() == 3 && args[0] == "run") return lkg::bench::Run(args[1], args[2]);
  if (args.size() == 4 && args[0] == "build-random") {
    return lkg::bench::BuildRandom(args[1], std::stoull(args[2]), std::stoull(args[3]));
  }
  if (args.size() == 2 && args[0] == "load") return lkg::bench::LoadOnly(args[1]);
  std::cerr << "usage: query_bench build DIR SCALE | run DIR OUT | build-random DIR NODES EDGES | load DIR\n";
  return 2;
}
