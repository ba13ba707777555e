// GET /api/v1/events: labour events that are not violations (stoppages,
// elections, disputes, …), newest first, or with group_by=employer|union|
// year|state|kind|country the number of events per group (query/events.h).
#include "http/params.h"
#include "http/query_params.h"
#include "http/routes.h"
#include "query/events.h"

namespace lkg::http {
namespace {

Result<query::EventsRequest> ParseEventsRequest(const GraphReader& reader, const Params& params,
                                                const ApiLimits& limits) {
  Result<std::string> kind = TextParam(params, "kind", "", 64);
  Result<std::string> since = TextParam(params, "since", "", 32);
  Result<std::string> until = TextParam(params, "until", "", 32);
  Result<std::string> actor = TextParam(params, "actor", "", 512);
  for (const auto* r : {&kind, &since, &until, &actor}) {
    if (!r->ok()) return r->status();
  }
  LKG_RETURN_IF_ERROR(CheckIsoDate("since", *since));
  LKG_RETURN_IF_ERROR(CheckIsoDate("until", *until));
  Result<long long> limit = IntParam(params, "limit", 50, 1, limits.max_page);
  if (!limit.ok()) return limit.status();
  query::EventsRequest request{*kind, *since, *until, std::nullopt, static_cast<size_t>(*limit)};
  if (!actor->empty()) {
    Result<NodeKey> key = ResolveNode(reader, *actor);
    if (!key.ok()) return key.status();
    request.actor = *key;
  }
  return request;
}

Result<nlohmann::json> EventsRoute(const ReadView& view, const httplib::Request& req, const ApiLimits& limits) {
  Result<query::EventsRequest> request = ParseEventsRequest(*view.reader, req.params, limits);
  if (!request.ok()) return request.status();
  query::QueryLimits query_limits = QueryLimitsFor(limits, static_cast<size_t>(limits.max_page));
  Result<std::string> group_by = TextParam(req.params, "group_by", "", 32);
  if (!group_by.ok()) return group_by.status();
  if (!group_by->empty()) {
    std::optional<query::EventGrouping> grouping = query::ParseEventGrouping(*group_by);
    if (!grouping) {
      return Status::InvalidArgument("unknown group_by '" + *group_by +
                                     "' (employer, union, year, state, kind, country)");
    }
    Result<query::EventCounts> counts = query::CountEvents(*view.reader, *request, *grouping, query_limits);
    if (!counts.ok()) return counts.status();
    return query::EventCountsToJson(*counts);
  }
  Result<std::vector<Node>> events = query::ListEvents(*view.reader, *request, query_limits);
  if (!events.ok()) return events.status();
  nlohmann::json rows = nlohmann::json::array();
  for (const Node& e : *events) rows.push_back({{"id", FormatNodeId(e.key)}, {"name", e.name}, {"properties", e.properties}});
  return nlohmann::json{{"events", rows}};
}

}  // namespace

void RegisterEventsRoute(httplib::Server& server, ApiContext& ctx) {
  const ApiLimits& limits = ctx.options.limits;
  AddReadRoute(server, ctx, "/api/v1/events",
               [&limits](const ReadView& view, const httplib::Request& req) { return EventsRoute(view, req, limits); });
}

}  // namespace lkg::http
