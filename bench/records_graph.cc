#include "bench/records_graph.h"

#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace lkg::bench {
namespace {

// Draws indices 0..n-1 with probability ∝ 1 / (i + 1)^exponent.
class Zipf {
 public:
  Zipf(size_t n, double exponent) : cumulative_(n) {
    double sum = 0;
    for (size_t i = 0; i < n; ++i) cumulative_[i] = sum += 1.0 / std::pow(i + 1.0, exponent);
  }
  size_t operator()(std::mt19937_64& rng) const {
    double x = std::uniform_real_distribution<double>(0, cumulative_.back())(rng);
    return std::lower_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin();
  }

 private:
  std::vector<double> cumulative_;
};

Evidence RecordEvidence(const std::string& line) {
  Evidence e;
  e.sentence = line;
  e.end = static_cast<uint32_t>(line.size());
  e.extractor = "import:bench";
  e.confidence = 1.0;
  return e;
}

// Accumulates facts and writes them in chunks of ~20k records.
class ChunkWriter {
 public:
  ChunkWriter(GraphStore& store, int copy, const std::function<void(uint64_t)>& progress)
      : store_(store), copy_(copy), progress_(progress) {}

  NodeKey Node(NodeType type, const std::string& name, nlohmann::json props = nlohmann::json::object()) {
    NodeFact fact;
    fact.node.key = type == NodeType::kCase ? RawNodeKey(type, name) : EntityKey(type, name);
    fact.node.type = type;
    fact.node.name = name;
    fact.node.properties = std::move(props);
    fact.evidence.push_back(RecordEvidence(name));
    facts_.nodes.push_back(std::move(fact));
    return facts_.nodes.back().node.key;
  }
  Status Edge(NodeKey source, EdgeType type, NodeKey target) {
    EdgeFact fact;
    fact.edge.source = source;
    fact.edge.target = target;
    fact.edge.type = type;
    fact.evidence.push_back(RecordEvidence("record " + std::to_string(edges_)));
    facts_.edges.push_back(std::move(fact));
    ++edges_;
    return facts_.nodes.size() + facts_.edges.size() >= 20000 ? Flush() : Status::Ok();
  }
  Status Flush() {
    if (facts_.nodes.empty() && facts_.edges.empty()) return Status::Ok();
    facts_.document.url = "bench://records/" + std::to_string(copy_) + "/" + std::to_string(chunk_);
    facts_.document.title = "synthetic public records, chunk " + std::to_string(chunk_);
    facts_.document.text = facts_.document.url;
    ApplyOptions options;
    options.append = true;
    Result<ApplyResult> result = store_.Apply(facts_, options);
    if (!result.ok()) return result.status();
    facts_ = DocumentFacts();
    ++chunk_;
    progress_(edges_);
    return Status::Ok();
  }

 private:
  GraphStore& store_;
  int copy_;
  const std::function<void(uint64_t)>& progress_;
  DocumentFacts facts_;
  uint64_t edges_ = 0;
  int chunk_ = 0;
};

Status BuildCopy(GraphStore& store, int copy, uint64_t seed, const std::function<void(uint64_t)>& progress) {
  std::mt19937_64 rng(seed + copy);
  ChunkWriter w(store, copy, progress);
  std::string tag = copy ? " #" + std::to_string(copy) : "";
  NodeKey country = w.Node(NodeType::kCountry, "United States" + tag);
  std::vector<NodeKey> places, unions, companies;
  for (int s = 0; s < 50; ++s) {
    places.push_back(w.Node(NodeType::kPlace, "State " + std::to_string(s) + tag));
    LKG_RETURN_IF_ERROR(w.Edge(places.back(), EdgeType::kLocatedIn, country));
  }
  for (int c = 0; c < 1950; ++c) {
    places.push_back(w.Node(NodeType::kPlace, "City " + std::to_string(c) + tag));
    LKG_RETURN_IF_ERROR(w.Edge(places.back(), EdgeType::kLocatedIn, places[c % 50]));
  }
  Zipf place_pick(places.size(), 1.0), union_pick(6000, 1.0), company_pick(29000, 0.6);
  for (int u = 0; u < 6000; ++u) {
    unions.push_back(w.Node(NodeType::kUnion, "Local " + std::to_string(u) + " Workers Union" + tag));
    if (u % 2 == 0) LKG_RETURN_IF_ERROR(w.Edge(unions.back(), EdgeType::kLocatedIn, places[place_pick(rng)]));
  }
  for (int c = 0; c < 29000; ++c) {
    companies.push_back(w.Node(NodeType::kCompany, "Employer " + std::to_string(c) + " Inc" + tag));
    if (c % 29 < 20) LKG_RETURN_IF_ERROR(w.Edge(companies.back(), EdgeType::kLocatedIn, places[place_pick(rng)]));
  }
  static const char* kKinds[] = {"refusal_to_bargain", "union_busting", "dismissal", "other"};
  for (int k = 0; k < 50000; ++k) {
    std::string date = std::to_string(2000 + k % 24) + "-" + (k % 12 < 9 ? "0" : "") + std::to_string(k % 12 + 1);
    NodeKey c = w.Node(NodeType::kCase, "case " + std::to_string(k) + tag,
                       {{"kind", kKinds[k % 4]}, {"date", date}, {"country", "United States"}});
    LKG_RETURN_IF_ERROR(w.Edge(c, EdgeType::kInPlace, places[place_pick(rng)]));
    LKG_RETURN_IF_ERROR(w.Edge(c, EdgeType::kConcerns, unions[union_pick(rng)]));
    if (k % 5 < 3) LKG_RETURN_IF_ERROR(w.Edge(c, EdgeType::kPerpetrator, companies[company_pick(rng)]));
  }
  return w.Flush();
}

}  // namespace

Status BuildRandomGraph(GraphStore& store, uint64_t nodes, uint64_t edges, uint64_t seed,
                        const std::function<void(uint64_t)>& progress) {
  std::mt19937_64 rng(seed);
  ChunkWriter w(store, 1000, progress);
  static const NodeType kTypes[] = {NodeType::kUnion, NodeType::kCompany, NodeType::kPerson, NodeType::kCase};
  static const EdgeType kEdges[] = {EdgeType::kConcerns, EdgeType::kOrganizesAt, EdgeType::kHasRole,
                                    EdgeType::kAffiliatedWith, EdgeType::kVictim};
  std::vector<NodeKey> keys;
  keys.reserve(nodes);
  for (uint64_t i = 0; i < nodes; ++i) keys.push_back(w.Node(kTypes[i % 4], "random node " + std::to_string(i)));
  Zipf target(nodes, 0.8);
  std::uniform_int_distribution<uint64_t> source(0, nodes - 1);
  for (uint64_t e = 0; e < edges; ++e) {
    uint64_t a = source(rng), b = target(rng);
    if (a == b) b = (b + 1) % nodes;
    LKG_RETURN_IF_ERROR(w.Edge(keys[a], kEdges[e % 5], keys[b]));
  }
  LKG_RETURN_IF_ERROR(w.Flush());
  return store.Flush();
}

Status BuildRecordsGraph(GraphStore& store, int scale, uint64_t seed,
                         const std::function<void(uint64_t)>& progress) {
  for (int copy = 0; copy < scale; ++copy) LKG_RETURN_IF_ERROR(BuildCopy(store, copy, seed, progress));
  return store.Flush();
}

}  // namespace lkg::bench
