// Builds the large store for bench/make_big.sh: imports the four public-record
// files (records/s into the store), then adds seeded synthetic replicas of the
// imported graph until the store has at least --nodes nodes and --edges edges,
// and prints the store's size per edge. Optionally writes the whole topology as
// an edge list (dense ids, "src\tdst" per line) for the peer engines.
//
// Usage: big_store --db DIR [--data DIR] [--nodes N] [--edges M] [--seed S]
//                  [--replicas K] [--edgelist FILE]
// Each replica r is one document ("synthetic replica r"); its nodes are the
// imported nodes renamed "<name> ~r" with keys hashed from (r, original key);
// its edges are the imported edges between the copies plus seeded random
// edges (case -concerns-> company/union, union -organizes_at-> company) so the
// edge/node ratio reaches M/N. Re-running with the same arguments adds nothing.
// Without --replicas it checks the result: prints "target: ... reached" and
// exits 3 when the store has fewer than N graph nodes or M edges.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bench/bench_util.h"
#include "engine/graph_store.h"
#include "ingest/records/record_import.h"

namespace {

struct BaseNode {
  lkg::NodeKey key;
  lkg::NodeType type;
  std::string name;
};
struct BaseEdge {
  lkg::NodeKey source, target;
  lkg::EdgeType type;
};
struct Base {
  std::vector<BaseNode> nodes;
  std::vector<BaseEdge> edges;
  std::unordered_map<lkg::NodeKey, size_t> index;
  std::unordered_set<lkg::EdgeKey> edge_keys;
};

struct Options {
  std::string db, data = LKG_SOURCE_DIR "/../shared/data", edgelist;
  uint64_t nodes = 1000000, edges = 5000000, seed = 42;
  long replicas = -1;  // --replicas K: exactly K synthetic copies (then --edges only adds random edges)
};

bool ParseOptions(int argc, char** argv, Options& o) {
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--db") o.db = value;
    else if (flag == "--data") o.data = value;
    else if (flag == "--edgelist") o.edgelist = value;
    else if (flag == "--nodes") o.nodes = std::stoull(value);
    else if (flag == "--edges") o.edges = std::stoull(value);
    else if (flag == "--seed") o.seed = std::stoull(value);
    else if (flag == "--replicas") o.replicas = std::stol(value);
    else return false;
  }
  return !o.db.empty();
}

void Remember(Base& base, const lkg::DocumentFacts& facts) {
  for (const auto& nf : facts.nodes) {
    if (base.index.emplace(nf.node.key, base.nodes.size()).second) {
      base.nodes.push_back({nf.node.key, nf.node.type, nf.node.name});
    }
  }
  for (const auto& ef : facts.edges) {
    if (base.edge_keys.insert(lkg::EdgeKeyFor(ef.edge.source, ef.edge.type, ef.edge.target)).second) {
      base.edges.push_back({ef.edge.source, ef.edge.target, ef.edge.type});
    }
  }
}

// Imports the four files; returns records imported, or -1 on error.
long ImportAll(lkg::GraphStore& store, const Options& o, Base& base) {
  lkg::records::FactsSink store_sink = lkg::records::StoreSink(store);
  lkg::records::FactsSink sink = [&](const lkg::DocumentFacts& facts) {
    Remember(base, facts);
    return store_sink(facts);
  };
  const std::pair<lkg::records::ImportKind, const char*> files[] = {
      {lkg::records::ImportKind::kNlrbCases, "/nlrb-case-pages/nlrb_case_pages.jsonl"},
      {lkg::records::ImportKind::kNlrbElections, "/nlrb-elections/nlrb_elections_fy2011_2022.csv"},
      {lkg::records::ImportKind::kFmcs, "/fmcs-work-stoppages/work_stoppages.csv"},
      {lkg::records::ImportKind::kCollectiveAction, "/collective-action-tech/actions.json"}};
  long records = 0;
  for (const auto& [kind, path] : files) {
    auto r = lkg::records::ImportFile(kind, o.data + path, sink);
    if (!r.ok()) {
      std::fprintf(stderr, "big_store: %s\n", r.status().ToString().c_str());
      return -1;
    }
    std::printf("import %-18s %7zu records %6.2f s %8.0f records/s  +%u nodes +%u cases +%u edges\n", r->kind.c_str(),
                r->records, r->seconds, r->records / r->seconds, r->totals.nodes_added, r->totals.cases_added,
                r->totals.edges_added);
    records += static_cast<long>(r->records);
  }
  return records;
}

lkg::NodeKey CopyKey(const BaseNode& n, int replica) {
  return lkg::RawNodeKey(n.type, "syn/" + std::to_string(replica) + "/" + lkg::FormatNodeId(n.key));
}

// Writes one replica as a document in chunks; returns false on error.
bool AddReplica(lkg::GraphStore& store, const Base& base, int replica, size_t extra_edges, uint64_t seed) {
  lkg::DocumentFacts facts;
  facts.document.text = "synthetic replica " + std::to_string(replica) + " of the imported records, seed " +
                        std::to_string(seed);
  facts.document.key = lkg::DocumentKeyForText(facts.document.text);
  facts.document.title = "synthetic replica " + std::to_string(replica);
  facts.document.source = "bench/big_store";
  uint32_t serial = 0;
  auto evidence = [&]() {
    lkg::Evidence e;
    e.document = facts.document.key;
    e.start = serial;
    e.end = ++serial;
    e.extractor = "import:synthetic";
    e.sentence = "synthetic";
    return std::vector<lkg::Evidence>{e};
  };
  auto flush = [&](bool force) {
    if (!force && facts.nodes.size() + facts.edges.size() < 50000) return true;
    auto r = store.Apply(facts, lkg::ApplyOptions{.append = true});
    if (!r.ok()) std::fprintf(stderr, "big_store: %s\n", r.status().ToString().c_str());
    facts.nodes.clear();
    facts.edges.clear();
    return r.ok();
  };
  auto add_edge = [&](lkg::NodeKey s, lkg::EdgeType t, lkg::NodeKey d) {
    lkg::EdgeFact ef;
    ef.edge.source = s;
    ef.edge.target = d;
    ef.edge.type = t;
    ef.edge.key = lkg::EdgeKeyFor(s, t, d);
    ef.evidence = evidence();
    facts.edges.push_back(std::move(ef));
  };
  // Nodes first (all of them, so every edge's endpoints exist), then edges.
  for (const auto& n : base.nodes) {
    lkg::NodeFact nf;
    nf.node.key = CopyKey(n, replica);
    nf.node.type = n.type;
    nf.node.name = n.name + " ~" + std::to_string(replica);
    nf.evidence = evidence();
    facts.nodes.push_back(std::move(nf));
    if (!flush(false)) return false;
  }
  if (!flush(true)) return false;
  for (const auto& e : base.edges) {
    add_edge(CopyKey(base.nodes[base.index.at(e.source)], replica), e.type,
             CopyKey(base.nodes[base.index.at(e.target)], replica));
    if (!flush(false)) return false;
  }
  std::vector<size_t> cases, unions, companies;
  for (size_t i = 0; i < base.nodes.size(); ++i) {
    auto t = base.nodes[i].type;
    if (t == lkg::NodeType::kCase) cases.push_back(i);
    if (t == lkg::NodeType::kUnion) unions.push_back(i);
    if (t == lkg::NodeType::kCompany) companies.push_back(i);
  }
  std::mt19937_64 rng(seed * 1000003 + static_cast<uint64_t>(replica));
  auto pick = [&](const std::vector<size_t>& v) { return CopyKey(base.nodes[v[rng() % v.size()]], replica); };
  for (size_t i = 0; i < extra_edges && !cases.empty() && !unions.empty() && !companies.empty(); ++i) {
    switch (rng() % 3) {
      case 0: add_edge(pick(cases), lkg::EdgeType::kConcerns, pick(companies)); break;
      case 1: add_edge(pick(cases), lkg::EdgeType::kConcerns, pick(unions)); break;
      default: add_edge(pick(unions), lkg::EdgeType::kOrganizesAt, pick(companies)); break;
    }
    if (!flush(false)) return false;
  }
  return flush(true);
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!ParseOptions(argc, argv, o)) {
    std::fprintf(stderr, "usage: big_store --db DIR [--data DIR] [--nodes N] [--edges M] [--seed S] [--replicas K] [--edgelist FILE]\n");
    return 2;
  }
  auto opened = lkg::GraphStore::Open(o.db);
  if (!opened.ok()) {
    std::fprintf(stderr, "big_store: %s\n", opened.status().ToString().c_str());
    return 1;
  }
  lkg::GraphStore& store = **opened;
  Base base;
  auto t0 = std::chrono::steady_clock::now();
  long records = ImportAll(store, o, base);
  if (records < 0) return 1;
  double import_s = lkg::bench::Seconds(t0);
  std::printf("imports: %ld records in %.2f s = %.0f records/s; base graph %zu nodes, %zu edges\n", records,
              import_s, records / import_s, base.nodes.size(), base.edges.size());
  size_t per_replica_nodes = base.nodes.size();
  size_t replicas = (o.nodes + per_replica_nodes - 1) / per_replica_nodes;
  if (replicas > 0) --replicas;  // the imported graph is the first copy
  if (o.replicas >= 0) replicas = static_cast<size_t>(o.replicas);
  size_t want_edges_each = replicas ? (o.edges > base.edges.size() ? (o.edges - base.edges.size()) / replicas + 1 : 0) : 0;
  // Random edges can repeat (and then collapse): draw 1% more than needed.
  size_t extra = want_edges_each > base.edges.size() ? (want_edges_each - base.edges.size()) * 101 / 100 : 0;
  auto t1 = std::chrono::steady_clock::now();
  for (size_t r = 1; r <= replicas; ++r) {
    if (!AddReplica(store, base, static_cast<int>(r), extra, o.seed)) return 1;
    std::fprintf(stderr, "\rreplica %zu/%zu", r, replicas);
  }
  if (replicas) std::fprintf(stderr, "\n");
  double synth_s = lkg::bench::Seconds(t1);
  if (!store.Flush().ok()) return 1;
  auto reader = store.NewReader();
  auto stats = reader->Stats();
  if (!stats.ok()) return 1;
  std::printf("synthetic: %zu replicas in %.1f s = %.0f facts/s\n", replicas, synth_s,
              replicas * (base.nodes.size() + base.edges.size() + extra) / std::max(synth_s, 1e-9));
  std::printf("store: %lu nodes, %lu edges, %lu evidence, %.1f MB on disk = %.1f bytes/edge\n", stats->nodes,
              stats->edges, stats->evidence, stats->store_bytes / 1e6,
              stats->edges ? static_cast<double>(stats->store_bytes) / static_cast<double>(stats->edges) : 0.0);
  if (!o.edgelist.empty() && !lkg::bench::WriteEdgeList(*reader, o.edgelist)) return 1;
  if (o.replicas >= 0) return 0;  // --replicas K: no size target
  // Graph nodes exclude the documents (one per import file and per replica).
  uint64_t graph_nodes = stats->nodes - stats->nodes_by_type["document"];
  bool reached = graph_nodes >= o.nodes && stats->edges >= o.edges;
  std::printf("target: >= %lu nodes and >= %lu edges: %s (%lu graph nodes, %lu edges)\n", o.nodes, o.edges,
              reached ? "reached" : "NOT reached", graph_nodes, stats->edges);
  return reached ? 0 : 3;
}
