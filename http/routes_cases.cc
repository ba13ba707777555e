// GET /api/v1/cases: violation cases, newest first, filtered and paginated
// by query/'s cursor. With facets=1 the answer also counts every matching
// case and the cases per year (for the explorer's bar chart).
#include <chrono>

#include "engine/name_normalizer.h"
#include "http/params.h"
#include "http/query_params.h"
#include "http/routes.h"
#include "query/cases.h"

namespace lkg::http {
namespace {

struct CaseQuery {
  query::CasesRequest request;
  bool facets = false;
};

Result<CaseQuery> ParseCaseQuery(const GraphReader& reader, const Params& params, const ApiLimits& limits) {
  CaseQuery q;
  Result<std::string> country = TextParam(params, "country", "", 128);
  Result<std::string> kind = TextParam(params, "kind", "", 64);
  Result<std::string> since = TextParam(params, "since", "", 32);
  Result<std::string> until = TextParam(params, "until", "", 32);
  Result<std::string> actor = TextParam(params, "actor", "", 512);
  Result<std::string> cursor = TextParam(params, "cursor", "", 128);
  for (const auto* r : {&country, &kind, &since, &until, &actor, &cursor}) {
    if (!r->ok()) return r->status();
  }
  LKG_RETURN_IF_ERROR(CheckIsoDate("since", *since));
  LKG_RETURN_IF_ERROR(CheckIsoDate("until", *until));
  q.request.country = *country;
  q.request.kind = *kind;
  q.request.since = *since;
  q.request.until = *until;
  q.request.cursor = *cursor;
  if (!actor->empty()) {
    Result<NodeKey> key = ResolveNode(reader, *actor);
    if (!key.ok()) return key.status();
    q.request.actor = *key;
  }
  Result<long long> limit = IntParam(params, "limit", 50, 1, limits.max_page);
  if (!limit.ok()) return limit.status();
  Result<long long> facets = IntParam(params, "facets", 0, 0, 1);
  if (!facets.ok()) return facets.status();
  q.request.limit = static_cast<size_t>(*limit);
  q.facets = *facets == 1;
  return q;
}

bool TouchesActor(const GraphReader& reader, NodeKey case_key, NodeKey actor) {
  bool found = false;
  reader.ForEachAdjacent(case_key, [&](const Adjacent& adj) {
    found = adj.other == actor;
    return !found;
  });
  return found;
}

std::string YearOf(const Node& node) {
  auto it = node.properties.find("date");
  if (it == node.properties.end() || !it->is_string()) return "unknown";
  std::string date = it->get<std::string>();
  return date.size() >= 4 ? date.substr(0, 4) : "unknown";
}

// Adds "total" and "by_year" over every case matching the request.
Status AddFacets(const GraphReader& reader, const query::CasesRequest& r, const ApiLimits& limits,
                 nlohmann::json& out) {
  auto deadline = std::chrono::steady_clock::now() +
                  std::chrono::milliseconds(static_cast<long long>(limits.time_budget_ms));
  CaseFilter filter{NormalizeName(r.country), r.kind, r.since, r.until};
  std::map<std::string, uint64_t> by_year;
  uint64_t total = 0;
  bool expired = false;
  Status walked = reader.ForEachCase(filter, [&](const NodeKey& key) {
    if ((total & 255) == 0 && std::chrono::steady_clock::now() > deadline) return !(expired = true);
    if (r.actor && !TouchesActor(reader, key, *r.actor)) return true;
    Result<Node> node = reader.GetNode(key);
    if (node.ok()) ++by_year[YearOf(*node)];
    ++total;
    return true;
  });
  LKG_RETURN_IF_ERROR(walked);
  if (expired) return Status::LimitExceeded("counting cases exceeded the time budget; add filters");
  out["total"] = total;
  out["by_year"] = by_year;
  return Status::Ok();
}

Result<nlohmann::json> CasesRoute(const ReadView& view, const httplib::Request& req, const ApiLimits& limits) {
  Result<CaseQuery> q = ParseCaseQuery(*view.reader, req.params, limits);
  if (!q.ok()) return q.status();
  Result<query::CasePage> page =
      query::ListCases(*view.reader, q->request, QueryLimitsFor(limits, static_cast<size_t>(limits.max_page)));
  if (!page.ok()) return page.status();
  nlohmann::json out = query::CasePageToJson(*page);
  if (q->facets) LKG_RETURN_IF_ERROR(AddFacets(*view.reader, q->request, limits, out));
  return out;
}

}  // namespace

void RegisterCaseRoute(httplib::Server& server, ApiContext& ctx) {
  const ApiLimits& limits = ctx.options.limits;
  AddReadRoute(server, ctx, "/api/v1/cases",
               [&limits](const ReadView& view, const httplib::Request& req) { return CasesRoute(view, req, limits); });
}

}  // namespace lkg::http
