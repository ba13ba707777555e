#include "http/query_params.h"

namespace lkg::http {
Result<query::ResolvedFilter> ResolveFilterParams(const ReadView& view, const Params& params) {
  query::QueryFilter filter;
  Result<std::vector<NodeType>> types = NodeTypesParam(params, "types");
  if (!types.ok()) return types.status();
  Result<std::vector<EdgeType>> edge_types = EdgeTypesParam(params, "edge_types");
  if (!edge_types.ok()) return edge_types.status();
  Result<std::string> country = TextParam(params, "country", "", 128);
  Result<std::string> since = TextParam(params, "since", "", 32);
  Result<std::string> until = TextParam(params, "until", "", 32);
  for (const auto* r : {&country, &since, &until}) {
    if (!r->ok()) return r->status();
  }
  LKG_RETURN_IF_ERROR(CheckIsoDate("since", *since));
  LKG_RETURN_IF_ERROR(CheckIsoDate("until", *until));
  filter.node_types = std::move(*types);
  filter.edge_types = std::move(*edge_types);
  filter.country = *country;
  filter.since = *since;
  filter.until = *until;
  if (filter.empty()) return query::ResolvedFilter();
  return query::ResolvedFilter::Resolve(filter, *view.graph, *view.reader);
}

query::QueryLimits QueryLimitsFor(const ApiLimits& limits, size_t max_results) {
  query::QueryLimits q;
  q.max_results = max_results;
  q.max_depth = static_cast<int>(limits.max_depth > limits.max_path_len ? limits.max_depth : limits.max_path_len);
  q.time_budget_ms = limits.time_budget_ms;
  return q;
}

}  // namespace lkg::http
