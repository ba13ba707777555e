// GET /api/v1/nodes/{id}/hub: the readable neighbourhood (query/hub_view.h):
// parallel facts aggregated into counted groups, hub types hidden, the most
// important neighbours kept. With `group=KEY` it opens one group of the
// node: its members, most important first, `offset`/`limit` paged.
#include "http/json_views.h"
#include "http/params.h"
#include "http/query_params.h"
#include "http/routes.h"
#include "query/hub_view.h"

namespace lkg::http {
namespace {

constexpr long long kDefaultCollapse = 12;
constexpr long long kDefaultMaxNodes = 150;
constexpr long long kMaxGroupPage = 500;

// `hide` absent: countries and places; `hide=` (empty): nothing hidden.
Result<std::vector<NodeType>> HiddenTypes(const Params& params) {
  if (params.find("hide") == params.end()) return query::HubViewRequest{}.hidden_types;
  return NodeTypesParam(params, "hide");
}

Result<query::HubViewRequest> ParseRequest(const Params& params, const ApiLimits& limits) {
  query::HubViewRequest request;
  Result<long long> depth = IntParam(params, "depth", 1, 1, limits.max_depth);
  if (!depth.ok()) return depth.status();
  Result<long long> collapse = IntParam(params, "collapse", kDefaultCollapse, 0, limits.max_neighbors);
  if (!collapse.ok()) return collapse.status();
  Result<long long> max_nodes = IntParam(params, "max_nodes", kDefaultMaxNodes, 0, limits.max_neighbors);
  if (!max_nodes.ok()) return max_nodes.status();
  Result<std::vector<NodeType>> hidden = HiddenTypes(params);
  if (!hidden.ok()) return hidden.status();
  request.depth = static_cast<int>(*depth);
  request.collapse_above = static_cast<size_t>(*collapse);
  request.max_nodes = static_cast<size_t>(*max_nodes);
  request.hidden_types = std::move(*hidden);
  return request;
}

// One group of the seed, opened: members [offset, offset + limit).
Result<nlohmann::json> OpenGroup(const ReadView& view, const query::ResolvedFilter& filter,
                                 query::HubViewRequest request, const std::string& key_text,
                                 const Params& params, const ApiLimits& limits) {
  Result<query::GroupKey> key = query::ParseGroupKey(key_text);
  if (!key.ok()) return key.status();
  Result<long long> offset = IntParam(params, "offset", 0, 0, 1LL << 31);
  if (!offset.ok()) return offset.status();
  Result<long long> limit = IntParam(params, "limit", 50, 1, kMaxGroupPage);
  if (!limit.ok()) return limit.status();
  request.depth = 1;
  request.collapse_above = 0;
  request.max_nodes = 0;
  request.hidden_types.clear();
  // A key without a kind names a bucket left whole (too large to read):
  // read nothing, so it is found whole again.
  request.max_record_reads = key->kind.empty() ? 0 : static_cast<size_t>(limits.max_neighbors) * 20;
  Result<query::HubView> all =
      query::BuildHubView(*view.graph, *view.reader, filter, request, QueryLimitsFor(limits, 0));
  if (!all.ok()) return all.status();
  for (const query::NeighborGroup& group : all->groups) {
    if (!(group.key == *key)) continue;
    query::HubView slice;
    slice.nodes = {group.owner};
    slice.hops = {0};
    size_t begin = std::min<size_t>(static_cast<size_t>(*offset), group.members.size());
    size_t end = std::min<size_t>(begin + static_cast<size_t>(*limit), group.members.size());
    std::vector<query::VertexId> members(group.members.begin() + begin, group.members.begin() + end);
    slice.edges = query::GroupEdges(*view.graph, filter, group, members);
    slice.nodes.insert(slice.nodes.end(), members.begin(), members.end());
    slice.hops.resize(slice.nodes.size(), 1);
    Result<nlohmann::json> out = query::HubViewToJson(slice, *view.graph, *view.reader, 0);
    if (!out.ok()) return out.status();
    Result<nlohmann::json> summary = query::GroupToJson(group, *view.graph, *view.reader, 0);
    if (!summary.ok()) return summary.status();
    (*out)["group"] = std::move(*summary);
    (*out)["offset"] = begin;
    (*out)["cut"] = group.members.size() - end;
    return out;
  }
  return Status::NotFound("node " + FormatNodeId(view.graph->node_key(request.seeds[0])) + " has no group '" +
                          key_text + "'");
}

Result<nlohmann::json> HubRoute(const ReadView& view, const httplib::Request& req, const ApiLimits& limits,
                                DocumentSummaries* summaries) {
  Result<NodeKey> key = ResolveNode(*view.reader, req.matches[1].str());
  if (!key.ok()) return key.status();
  std::optional<query::VertexId> seed = view.graph->Find(*key);
  if (!seed) return Status::NotFound("node " + FormatNodeId(*key) + " is not in the graph snapshot");
  Result<query::HubViewRequest> request = ParseRequest(req.params, limits);
  if (!request.ok()) return request.status();
  request->seeds = {*seed};
  Result<query::ResolvedFilter> filter = ResolveFilterParams(view, req.params);
  if (!filter.ok()) return filter.status();
  Result<std::string> group = TextParam(req.params, "group", "", 256);
  if (!group.ok()) return group.status();
  if (!group->empty()) return OpenGroup(view, *filter, *request, *group, req.params, limits);
  Result<query::HubView> hub =
      query::BuildHubView(*view.graph, *view.reader, *filter, *request, QueryLimitsFor(limits, 0));
  if (!hub.ok()) return hub.status();
  DocumentCache docs(*view.reader, summaries);
  auto published = [&docs](DocKey key) {
    const nlohmann::json& summary = docs.Summary(key);
    auto it = summary.find("published");
    return it != summary.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  return query::HubViewToJson(*hub, *view.graph, *view.reader, 3, published);
}

}  // namespace

void RegisterHubRoute(httplib::Server& server, ApiContext& ctx) {
  const ApiLimits& limits = ctx.options.limits;
  DocumentSummaries* summaries = &ctx.views.documents();
  AddReadRoute(server, ctx, R"(/api/v1/nodes/([^/]+)/hub)", [&limits, summaries](const ReadView& view,
                                                                                const httplib::Request& req) {
    return HubRoute(view, req, limits, summaries);
  });
}

}  // namespace lkg::http
