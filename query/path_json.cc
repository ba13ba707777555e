// The JSON form of path results: every hop with its evidence.
#include "query/path.h"
#include "query/result_json.h"

namespace lkg::query {
namespace {

Result<nlohmann::json> HopJson(const GraphSnapshot& snapshot, const GraphReader& reader, EdgeId e,
                               VertexId from, VertexId to, std::map<DocKey, nlohmann::json>& documents) {
  Result<nlohmann::json> evidence = EdgeEvidenceJson(reader, snapshot.edge_key(e), documents);
  if (!evidence.ok()) return evidence.status();
  return nlohmann::json{{"edge", FormatEdgeId(snapshot.edge_key(e))},
                        {"type", std::string(EdgeTypeName(snapshot.edge_type(e)))},
                        {"source", FormatNodeId(snapshot.node_key(snapshot.edge_source(e)))},
                        {"target", FormatNodeId(snapshot.node_key(snapshot.edge_target(e)))},
                        {"from", FormatNodeId(snapshot.node_key(from))},
                        {"to", FormatNodeId(snapshot.node_key(to))},
                        {"evidence_count", snapshot.edge_evidence(e)},
                        {"evidence", std::move(evidence.value())}};
}

}  // namespace

Result<nlohmann::json> PathsToJson(const PathResult& result, const GraphSnapshot& snapshot,
                                   const GraphReader& reader) {
  std::map<DocKey, nlohmann::json> documents;
  nlohmann::json paths = nlohmann::json::array();
  for (const Path& path : result.paths) {
    nlohmann::json nodes = nlohmann::json::array();
    for (VertexId v : path.nodes) {
      Result<nlohmann::json> node = NodeSummaryJson(reader, snapshot.node_key(v));
      if (!node.ok()) return node.status();
      nodes.push_back(std::move(node.value()));
    }
    nlohmann::json hops = nlohmann::json::array();
    for (size_t i = 0; i < path.edges.size(); ++i) {
      Result<nlohmann::json> hop = HopJson(snapshot, reader, path.edges[i], path.nodes[i], path.nodes[i + 1], documents);
      if (!hop.ok()) return hop.status();
      hops.push_back(std::move(hop.value()));
    }
    paths.push_back({{"cost", path.cost}, {"length", path.edges.size()}, {"nodes", std::move(nodes)},
                     {"hops", std::move(hops)}});
  }
  return nlohmann::json{{"paths", std::move(paths)}};
}

}  // namespace lkg::query
