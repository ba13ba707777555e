// GET /api/v1/cases: violation cases, newest first, filtered (kind and
// country take comma-separated lists; country names or ISO codes; actor;
// source; since/until) and paginated by query/'s cursor. With facets=1 the
// answer also counts every matching case and the cases per year (for the
// explorer's bar chart); with group_by=actor|kind|country|year it carries
// "total", "group_by" and "groups" (top= groups, default 30).
#include "http/params.h"
#include "http/query_params.h"
#include "http/routes.h"
#include "query/case_counts.h"
#include "query/cases.h"

namespace lkg::http {
namespace {

struct CaseQuery {
  query::CasesRequest request;
  bool facets = false;
  std::optional<query::CaseGrouping> group_by;
  size_t top = 30;
};

std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    if (comma > start) items.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return items;
}

// group_by and top.
Status ParseGrouping(const Params& params, CaseQuery& q) {
  Result<std::string> group_by = TextParam(params, "group_by", "", 16);
  if (!group_by.ok()) return group_by.status();
  if (!group_by->empty() && !(q.group_by = query::ParseCaseGrouping(*group_by))) {
    return Status::InvalidArgument("group_by takes actor, kind, country or year, not '" + *group_by + "'");
  }
  Result<long long> top = IntParam(params, "top", 30, 0, 100000);
  if (!top.ok()) return top.status();
  q.top = static_cast<size_t>(*top);
  return Status::Ok();
}

Result<CaseQuery> ParseCaseQuery(const GraphReader& reader, const Params& params, const ApiLimits& limits) {
  CaseQuery q;
  Result<std::string> country = TextParam(params, "country", "", 1024);
  Result<std::string> kind = TextParam(params, "kind", "", 512);
  Result<std::string> source = TextParam(params, "source", "", 256);
  Result<std::string> since = TextParam(params, "since", "", 32);
  Result<std::string> until = TextParam(params, "until", "", 32);
  Result<std::string> actor = TextParam(params, "actor", "", 512);
  Result<std::string> cursor = TextParam(params, "cursor", "", 128);
  for (const auto* r : {&country, &kind, &source, &since, &until, &actor, &cursor}) {
    if (!r->ok()) return r->status();
  }
  LKG_RETURN_IF_ERROR(CheckIsoDate("since", *since));
  LKG_RETURN_IF_ERROR(CheckIsoDate("until", *until));
  q.request.countries = SplitList(*country);
  q.request.kinds = SplitList(*kind);
  q.request.source = *source;
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
  LKG_RETURN_IF_ERROR(ParseGrouping(params, q));
  return q;
}

// Adds "total" and "by_year" over every case matching the request.
Status AddFacets(const GraphReader& reader, const query::CasesRequest& r, const ApiLimits& limits,
                 nlohmann::json& out) {
  Result<query::CaseCounts> counts = query::CountCases(reader, r, query::CaseGrouping::kYear, 0,
                                                       QueryLimitsFor(limits, static_cast<size_t>(limits.max_page)));
  if (!counts.ok()) return counts.status();
  nlohmann::json by_year = nlohmann::json::object();
  for (const query::GroupCount& g : counts->groups) by_year[g.key] = g.count;
  out["total"] = counts->total;
  out["by_year"] = std::move(by_year);
  return Status::Ok();
}

Status AddGroups(const GraphReader& reader, const CaseQuery& q, const ApiLimits& limits, nlohmann::json& out) {
  Result<query::CaseCounts> counts = query::CountCases(reader, q.request, *q.group_by, q.top,
                                                       QueryLimitsFor(limits, static_cast<size_t>(limits.max_page)));
  if (!counts.ok()) return counts.status();
  nlohmann::json groups = query::CaseCountsToJson(*counts, *q.group_by);
  for (auto it = groups.begin(); it != groups.end(); ++it) out[it.key()] = it.value();
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
  if (q->group_by) LKG_RETURN_IF_ERROR(AddGroups(*view.reader, *q, limits, out));
  return out;
}

}  // namespace

void RegisterCaseRoute(httplib::Server& server, ApiContext& ctx) {
  const ApiLimits& limits = ctx.options.limits;
  AddReadRoute(server, ctx, "/api/v1/cases",
               [&limits](const ReadView& view, const httplib::Request& req) { return CasesRoute(view, req, limits); });
}

}  // namespace lkg::http
