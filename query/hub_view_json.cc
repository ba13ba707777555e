#include <string_view>
#include <unordered_map>

#include "query/hub_view.h"
#include "query/node_dates.h"

namespace lkg::query {
namespace {

std::string_view TypePlural(NodeType type) {
  switch (type) {
    case NodeType::kUnion: return "unions";
    case NodeType::kCompany: return "companies";
    case NodeType::kCountry: return "countries";
    case NodeType::kPerson: return "people";
    case NodeType::kOrganization: return "organizations";
    case NodeType::kCase: return "cases";
    case NodeType::kPlace: return "places";
    case NodeType::kEvent: return "events";
    case NodeType::kDocument: return "documents";
  }
  return "nodes";
}

std::string Year(const std::string& date) { return date.substr(0, 4); }

void PutDates(const NodeDates& dates, nlohmann::json& out) {
  if (!dates.kind.empty()) out["kind"] = dates.kind;
  if (!dates.first.empty()) out["first"] = dates.first;
  if (!dates.last.empty()) out["last"] = dates.last;
}

nlohmann::json NodeJson(const Node& node, const NodeDates& dates, const GraphSnapshot& g, VertexId v, uint8_t hops) {
  nlohmann::json out = {{"id", FormatNodeId(node.key)}, {"name", node.name},
                        {"type", NodeTypeName(node.type)}, {"hops", hops},
                        {"degree", g.degree(v)}, {"evidence", g.node_evidence(v)}};
  PutDates(dates, out);
  return out;
}

// The edges of the view with their dates (see HubViewToJson).
Result<nlohmann::json> EdgesJson(const HubView& view, const GraphSnapshot& g, const GraphReader& reader,
                                 const std::unordered_map<VertexId, NodeDates>& dated, const PublishedDate& published) {
  nlohmann::json edges = nlohmann::json::array();
  for (EdgeId e : view.edges) {
    nlohmann::json out = {{"id", FormatEdgeId(g.edge_key(e))},
                          {"source", FormatNodeId(g.node_key(g.edge_source(e)))},
                          {"target", FormatNodeId(g.node_key(g.edge_target(e)))},
                          {"type", EdgeTypeName(g.edge_type(e))}};
    auto end = dated.find(g.edge_source(e));
    if (end == dated.end()) end = dated.find(g.edge_target(e));
    NodeDates dates;
    if (end != dated.end()) {
      dates = end->second;
    } else if (published) {
      Result<NodeDates> found = EvidenceDates(reader, g.edge_key(e), published);
      if (!found.ok()) return found.status();
      dates = std::move(*found);
    }
    dates.kind.clear();
    PutDates(dates, out);
    edges.push_back(std::move(out));
  }
  return edges;
}

}  // namespace

Result<nlohmann::json> GroupToJson(const NeighborGroup& group, const GraphSnapshot& g, const GraphReader& reader,
                                 size_t sample) {
  std::string owner = FormatNodeId(g.node_key(group.owner));
  std::string key = group.key.ToString();
  nlohmann::json top = nlohmann::json::array();
  for (size_t i = 0; i < group.members.size() && i < sample; ++i) {
    Result<Node> node = reader.GetNode(g.node_key(group.members[i]));
    if (!node.ok()) return node.status();
    top.push_back({{"id", FormatNodeId(node->key)}, {"name", node->name}});
  }
  return nlohmann::json{{"id", "g:" + owner.substr(2) + ":" + key}, {"owner", owner}, {"key", key},
                        {"edge_type", EdgeTypeName(group.key.edge_type)},
                        {"direction", group.key.outgoing ? "out" : "in"},
                        {"type", NodeTypeName(group.key.member_type)}, {"kind", group.key.kind},
                        {"count", group.members.size()}, {"first", group.first_date},
                        {"last", group.last_date}, {"hidden", group.hidden}, {"label", GroupLabel(group)},
                        {"top", std::move(top)}};
}

std::string GroupLabel(const NeighborGroup& group) {
  std::string label = std::to_string(group.members.size()) + " ";
  label += group.members.size() == 1 ? NodeTypeName(group.key.member_type) : TypePlural(group.key.member_type);
  if (!group.key.kind.empty()) {
    std::string kind = group.key.kind;
    for (char& c : kind) c = c == '_' ? ' ' : c;
    label += " · " + kind;
  }
  if (!group.first_date.empty()) {
    std::string first = Year(group.first_date), last = Year(group.last_date);
    label += ", " + first;
    if (last != first) label += "–" + last;
  }
  return label;
}

Result<nlohmann::json> HubViewToJson(const HubView& view, const GraphSnapshot& snapshot,
                                     const GraphReader& reader, size_t sample, const PublishedDate& published) {
  nlohmann::json seeds = nlohmann::json::array(), nodes = nlohmann::json::array();
  std::unordered_map<VertexId, NodeDates> dated;  // cases and events with a date
  for (size_t i = 0; i < view.nodes.size(); ++i) {
    VertexId v = view.nodes[i];
    Result<Node> node = reader.GetNode(snapshot.node_key(v));
    if (!node.ok()) return node.status();
    if (view.hops[i] == 0) seeds.push_back(FormatNodeId(node->key));
    NodeDates dates = DatesOf(*node);
    if (!dates.first.empty()) dated.emplace(v, dates);
    nodes.push_back(NodeJson(*node, dates, snapshot, v, view.hops[i]));
  }
  Result<nlohmann::json> edges = EdgesJson(view, snapshot, reader, dated, published);
  if (!edges.ok()) return edges.status();
  nlohmann::json groups = nlohmann::json::array();
  for (const NeighborGroup& group : view.groups) {
    Result<nlohmann::json> json = GroupToJson(group, snapshot, reader, sample);
    if (!json.ok()) return json.status();
    groups.push_back(std::move(*json));
  }
  size_t shown = view.nodes.size() - seeds.size();
  return nlohmann::json{{"seeds", std::move(seeds)}, {"nodes", std::move(nodes)}, {"edges", std::move(*edges)},
                        {"groups", std::move(groups)}, {"shown", shown},
                        {"cut", view.cut}};
}

}  // namespace lkg::query

namespace lkg::query {

std::vector<EdgeId> GroupEdges(const GraphSnapshot& snapshot, const ResolvedFilter& filter,
                               const NeighborGroup& group, const std::vector<VertexId>& members) {
  std::unordered_map<VertexId, EdgeId> found;
  for (VertexId v : members) found.emplace(v, UINT32_MAX);
  snapshot.ForEachIncident(group.owner, [&](VertexId other, EdgeId e) {
    auto it = found.find(other);
    if (it == found.end() || it->second != UINT32_MAX) return true;
    if (snapshot.edge_type(e) != group.key.edge_type || !filter.EdgeAllowed(e, snapshot)) return true;
    if ((snapshot.edge_source(e) == group.owner) != group.key.outgoing) return true;
    it->second = e;
    return true;
  });
  std::vector<EdgeId> edges;
  for (VertexId v : members) {
    if (found[v] != UINT32_MAX) edges.push_back(found[v]);
  }
  return edges;
}

}  // namespace lkg::query
