#include "query/common.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "query/result_json.h"

namespace lkg::query {
namespace {

struct Reach {
  std::unordered_set<VertexId> neighbors;
  std::unordered_set<VertexId> countries;
};

Reach ReachOf(const GraphSnapshot& snapshot, VertexId v) {
  Reach reach;
  snapshot.ForEachIncident(v, [&](VertexId other, EdgeId) {
    if (other == v) return true;
    reach.neighbors.insert(other);
    if (snapshot.node_type(other) == NodeType::kCountry) reach.countries.insert(other);
    if (snapshot.node_type(other) == NodeType::kCase) {
      snapshot.ForEachIncident(other, [&](VertexId place, EdgeId) {
        if (snapshot.node_type(place) == NodeType::kCountry) reach.countries.insert(place);
        return true;
      });
    }
    return true;
  });
  return reach;
}

// Members of `sets` present in all of them, sorted by key, capped.
std::vector<VertexId> Intersect(const std::vector<const std::unordered_set<VertexId>*>& sets,
                                const GraphSnapshot& snapshot, size_t cap, bool& truncated) {
  std::vector<VertexId> out;
  for (VertexId v : *sets[0]) {
    bool everywhere = std::all_of(sets.begin() + 1, sets.end(), [&](const auto* s) { return s->count(v) > 0; });
    if (everywhere) out.push_back(v);
  }
  std::sort(out.begin(), out.end(), [&](VertexId a, VertexId b) { return snapshot.node_key(a) < snapshot.node_key(b); });
  if (out.size() > cap) {
    out.resize(cap);
    truncated = true;
  }
  return out;
}

Result<nlohmann::json> List(const std::vector<VertexId>& vertices, const GraphSnapshot& snapshot,
                            const GraphReader& reader) {
  nlohmann::json list = nlohmann::json::array();
  for (VertexId v : vertices) {
    Result<nlohmann::json> node = NodeSummaryJson(reader, snapshot.node_key(v));
    if (!node.ok()) return node.status();
    list.push_back(std::move(node.value()));
  }
  return list;
}

}  // namespace

Result<CommonResult> Common(const GraphSnapshot& snapshot, const std::vector<VertexId>& nodes,
                            const QueryLimits& limits) {
  std::vector<VertexId> distinct = nodes;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  if (distinct.size() < 2) return Status::InvalidArgument("common needs at least two different nodes");
  std::vector<Reach> reaches;
  for (VertexId v : distinct) reaches.push_back(ReachOf(snapshot, v));
  std::vector<const std::unordered_set<VertexId>*> neighbor_sets, country_sets;
  for (const Reach& r : reaches) {
    neighbor_sets.push_back(&r.neighbors);
    country_sets.push_back(&r.countries);
  }
  CommonResult result;
  for (VertexId v : Intersect(neighbor_sets, snapshot, SIZE_MAX, result.truncated)) {
    NodeType type = snapshot.node_type(v);
    if (std::binary_search(distinct.begin(), distinct.end(), v)) continue;
    if (type == NodeType::kCase) {
      result.cases.push_back(v);
    } else if (type != NodeType::kCountry) {
      result.neighbors.push_back(v);
    }
  }
  result.countries = Intersect(country_sets, snapshot, limits.max_results, result.truncated);
  for (auto* list : {&result.neighbors, &result.cases}) {
    if (list->size() > limits.max_results) {
      list->resize(limits.max_results);
      result.truncated = true;
    }
  }
  return result;
}

Result<nlohmann::json> CommonToJson(const CommonResult& result, const std::vector<VertexId>& nodes,
                                    const GraphSnapshot& snapshot, const GraphReader& reader) {
  nlohmann::json out = {{"truncated", result.truncated}};
  std::pair<const char*, const std::vector<VertexId>*> lists[] = {
      {"nodes", &nodes}, {"neighbors", &result.neighbors}, {"cases", &result.cases}, {"countries", &result.countries}};
  for (const auto& [name, vertices] : lists) {
    Result<nlohmann::json> list = List(*vertices, snapshot, reader);
    if (!list.ok()) return list.status();
    out[name] = std::move(list.value());
  }
  return out;
}

}  // namespace lkg::query
