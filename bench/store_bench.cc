// store_bench N [DIR]: writes N synthetic nodes and 3N edges (each fact with
// one evidence record) in documents of about 50 facts, then reads them back.
// Prints write throughput, point reads/s, adjacency scans/s, the speed of the
// topology scans (ForEachNodeBrief / ForEachEdgeBrief) and bytes on disk per
// edge after a flush. DIR defaults to a temporary directory that is removed.
#include <stdlib.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "engine/graph_store.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr uint32_t kNodesPerDocument = 12;
constexpr uint32_t kEdgesPerNode = 3;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

lkg::Evidence MakeEvidence(uint32_t start, const std::string& sentence) {
  lkg::Evidence e;
  e.start = start;
  e.end = start + static_cast<uint32_t>(sentence.size());
  e.sentence = sentence;
  e.extractor = "rule:bench";
  e.confidence = 0.5 + (start % 50) / 100.0;
  return e;
}

std::string NodeName(uint64_t i) { return "Bench Organisation " + std::to_string(i); }

// Document `doc`: nodes [doc*12, doc*12+12) and 3 edges from each to
// earlier nodes (or nodes of this document).
lkg::DocumentFacts MakeDocument(uint64_t doc, uint64_t total_nodes, std::mt19937_64& random,
                                std::vector<lkg::NodeKey>& keys) {
  lkg::DocumentFacts facts;
  facts.document.text = "Synthetic bench document " + std::to_string(doc) + ".";
  facts.document.url = "https://bench.test/" + std::to_string(doc);
  facts.document.title = "Bench " + std::to_string(doc);
  uint64_t first = doc * kNodesPerDocument;
  uint64_t end = std::min(first + kNodesPerDocument, total_nodes);
  for (uint64_t i = first; i < end; ++i) {
    lkg::NodeFact n;
    n.node.type = static_cast<lkg::NodeType>(1 + i % 5);
    n.node.name = NodeName(i);
    n.node.key = lkg::EntityKey(n.node.type, n.node.name);
    n.node.properties = {{"rank", i}};
    n.evidence.push_back(MakeEvidence(static_cast<uint32_t>(i % 1000), "The organisation " + n.node.name + " was named."));
    keys.push_back(n.node.key);
    facts.nodes.push_back(std::move(n));
  }
  for (uint64_t i = first; i < end; ++i) {
    for (uint32_t k = 0; k < kEdgesPerNode; ++k) {
      lkg::EdgeFact e;
      e.edge.source = keys[i];
      e.edge.target = keys[random() % end];
      e.edge.type = static_cast<lkg::EdgeType>(1 + (i + k) % 5);
      if (e.edge.source == e.edge.target) e.edge.target = keys[(i + 1) % end];
      e.evidence.push_back(MakeEvidence(static_cast<uint32_t>(k * 100 + i % 100), "A sentence linking two organisations."));
      facts.edges.push_back(std::move(e));
    }
  }
  return facts;
}

struct WriteFigures {
  uint64_t facts = 0, edges = 0, documents = 0;
  double seconds = 0;      // wall clock
  double cpu_seconds = 0;  // this process's CPU time (all threads)
};

double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

bool Write(lkg::GraphStore& store, uint64_t n, std::vector<lkg::NodeKey>& keys, WriteFigures& out) {
  std::mt19937_64 random(42);
  auto start = Clock::now();
  double cpu_start = CpuSeconds();
  uint64_t documents = (n + kNodesPerDocument - 1) / kNodesPerDocument;
  for (uint64_t doc = 0; doc < documents; ++doc) {
    lkg::DocumentFacts facts = MakeDocument(doc, n, random, keys);
    auto result = store.Apply(facts);
    if (!result.ok()) {
      std::fprintf(stderr, "store_bench: %s\n", result.status().ToString().c_str());
      return false;
    }
    out.facts += facts.nodes.size() + facts.edges.size();
    out.edges += facts.edges.size();
  }
  out.documents = documents;
  out.seconds = SecondsSince(start);
  out.cpu_seconds = CpuSeconds() - cpu_start;
  return true;
}

void Read(const lkg::GraphStore& store, const std::vector<lkg::NodeKey>& keys) {
  auto reader = store.NewReader();
  std::mt19937_64 random(7);
  const size_t lookups = std::min<size_t>(200000, keys.size() * 2);
  auto start = Clock::now();
  size_t found = 0;
  for (size_t i = 0; i < lookups; ++i) found += reader->GetNode(keys[random() % keys.size()]).ok();
  double point = SecondsSince(start);
  std::printf("point reads (GetNode):      %10.0f reads/s   (%zu of %zu found)\n", lookups / point, found, lookups);

  const size_t scans = std::min<size_t>(100000, keys.size());
  size_t adjacent = 0;
  start = Clock::now();
  for (size_t i = 0; i < scans; ++i) {
    (void)reader->ForEachAdjacent(keys[random() % keys.size()], [&](const lkg::Adjacent&) { return ++adjacent, true; });
  }
  double adjacency = SecondsSince(start);
  std::printf("adjacency scans:            %10.0f scans/s   (%.1f edges per node)\n", scans / adjacency,
              static_cast<double>(adjacent) / scans);

  size_t nodes = 0, edges = 0;
  start = Clock::now();
  (void)reader->ForEachNodeBrief([&](const lkg::NodeBrief&) { return ++nodes, true; });
  double node_scan = SecondsSince(start);
  start = Clock::now();
  (void)reader->ForEachEdgeBrief([&](const lkg::EdgeBrief&) { return ++edges, true; });
  double edge_scan = SecondsSince(start);
  std::printf("ForEachNodeBrief:           %10.0f nodes/s   (%zu nodes in %.2f s)\n", nodes / node_scan, nodes, node_scan);
  std::printf("ForEachEdgeBrief:           %10.0f edges/s   (%zu edges in %.2f s)\n", edges / edge_scan, edges, edge_scan);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strtoull(argv[1], nullptr, 10) == 0) {
    std::fprintf(stderr, "usage: store_bench N [DIR]   (N nodes, 3N edges)\n");
    return 2;
  }
  uint64_t n = std::strtoull(argv[1], nullptr, 10);
  std::string dir;
  bool temporary = argc < 3;
  if (temporary) {
    std::string pattern = (std::filesystem::temp_directory_path() / "lkg-bench-XXXXXX").string();
    if (!mkdtemp(pattern.data())) return std::perror("mkdtemp"), 1;
    dir = pattern;
  } else {
    dir = argv[2];
  }
  int rc = 0;
  {
    auto store = lkg::GraphStore::Open(dir);
    if (!store.ok()) {
      std::fprintf(stderr, "store_bench: %s\n", store.status().ToString().c_str());
      return 1;
    }
    std::vector<lkg::NodeKey> keys;
    keys.reserve(n);
    WriteFigures w;
    if (!Write(**store, n, keys, w)) return 1;
    std::printf("store_bench N=%llu: %llu nodes, %llu edges, %llu documents (2 cores)\n",
                static_cast<unsigned long long>(n), static_cast<unsigned long long>(n),
                static_cast<unsigned long long>(w.edges), static_cast<unsigned long long>(w.documents));
    std::printf("writes:                     %10.0f facts/s   (%.0f documents/s, %.1f s wall, %.1f s CPU)\n",
                w.facts / w.seconds, w.documents / w.seconds, w.seconds, w.cpu_seconds);
    if (!(*store)->Flush().ok()) rc = 1;
    auto stats = (*store)->NewReader()->Stats();
    if (stats.ok() && stats->edges > 0) {
      std::printf("on disk after flush:        %10.0f bytes per edge (whole store %.1f MB / %llu edges)\n",
                  static_cast<double>(stats->store_bytes) / stats->edges, stats->store_bytes / 1e6,
                  static_cast<unsigned long long>(stats->edges));
    }
    Read(**store, keys);
  }
  if (temporary) std::filesystem::remove_all(dir);
  return rc;
}
