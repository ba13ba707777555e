// GET /api/v1/cases: violation cases, newest first, filtered and paginated
// by an opaque cursor (the position of the next case in this order).
#include <chrono>

#include "engine/name_normalizer.h"
#include "http/json_views.h"
#include "http/params.h"
#include "http/routes.h"

namespace lkg::http {
namespace {

struct CaseQuery {
  CaseFilter filter;
  std::optional<NodeKey> actor;
  long long limit = 50;
  long long offset = 0;
  bool facets = false;
};

Result<CaseQuery> ParseCaseQuery(const GraphReader& reader, const Params& params, const ApiLimits& limits) {
  CaseQuery q;
  Result<std::string> country = TextParam(params, "country", "", 128);
  Result<std::string> kind = TextParam(params, "kind", "", 64);
  Result<std::string> since = TextParam(params, "since", "", 32);
  Result<std::string> until = TextParam(params, "until", "", 32);
  Result<std::string> actor = TextParam(params, "actor", "", 512);
  for (const auto* r : {&country, &kind, &since, &until, &actor}) {
    if (!r->ok()) return r->status();
  }
  if (!kind->empty() && !IsCaseKind(*kind)) return Status::InvalidArgument("unknown case kind '" + *kind + "'");
  LKG_RETURN_IF_ERROR(CheckIsoDate("since", *since));
  LKG_RETURN_IF_ERROR(CheckIsoDate("until", *until));
  q.filter = {NormalizeName(*country), *kind, *since, *until};
  if (!actor->empty()) {
    Result<NodeKey> key = ResolveNode(reader, *actor);
    if (!key.ok()) return key.status();
    q.actor = *key;
  }
  Result<long long> limit = IntParam(params, "limit", 50, 1, limits.max_page);
  if (!limit.ok()) return limit.status();
  Result<long long> cursor = IntParam(params, "cursor", 0, 0, 1'000'000'000);
  if (!cursor.ok()) return Status::InvalidArgument("parameter 'cursor' is not a cursor from a previous page");
  Result<long long> facets = IntParam(params, "facets", 0, 0, 1);
  if (!facets.ok()) return facets.status();
  q.limit = *limit;
  q.offset = *cursor;
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

Result<nlohmann::json> CaseJson(const GraphReader& reader, NodeKey key) {
  Result<Node> node = reader.GetNode(key);
  if (!node.ok()) return node.status();
  nlohmann::json out = NodeToJson(*node);
  nlohmann::json participants = nlohmann::json::array();
  Status walked = reader.ForEachAdjacent(key, [&](const Adjacent& adj) {
    Result<Node> other = reader.GetNode(adj.other);
    if (other.ok()) {
      nlohmann::json p = NodeBriefJson(*other);
      p["role"] = EdgeTypeName(adj.type);
      participants.push_back(std::move(p));
    }
    return participants.size() < 50;
  });
  LKG_RETURN_IF_ERROR(walked);
  out["participants"] = std::move(participants);
  return out;
}

std::string YearOf(const Node& node) {
  auto it = node.properties.find("date");
  if (it == node.properties.end() || !it->is_string()) return "unknown";
  std::string date = it->get<std::string>();
  return date.size() >= 4 ? date.substr(0, 4) : "unknown";
}

Result<nlohmann::json> ListCases(const ReadView& view, const httplib::Request& req, const ApiLimits& limits) {
  const GraphReader& reader = *view.reader;
  Result<CaseQuery> q = ParseCaseQuery(reader, req.params, limits);
  if (!q.ok()) return q.status();
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(static_cast<long long>(limits.time_budget_ms));
  std::vector<NodeKey> page;
  std::map<std::string, uint64_t> by_year;
  long long position = 0;
  bool more = false, expired = false;
  Status walked = reader.ForEachCase(q->filter, [&](const NodeKey& key) {
    if ((position & 255) == 0 && std::chrono::steady_clock::now() > deadline) return !(expired = true);
    if (q->actor && !TouchesActor(reader, key, *q->actor)) return true;
    if (position >= q->offset && static_cast<long long>(page.size()) < q->limit) page.push_back(key);
    else if (position >= q->offset) more = true;
    ++position;
    if (q->facets) {
      Result<Node> node = reader.GetNode(key);
      if (node.ok()) ++by_year[YearOf(*node)];
    }
    return q->facets || !more;
  });
  LKG_RETURN_IF_ERROR(walked);
  if (expired) return Status::LimitExceeded("listing cases exceeded the time budget; add filters");
  nlohmann::json cases = nlohmann::json::array();
  for (NodeKey key : page) {
    Result<nlohmann::json> item = CaseJson(reader, key);
    if (!item.ok()) return item.status();
    cases.push_back(std::move(*item));
  }
  nlohmann::json out = {{"cases", std::move(cases)},
                        {"next_cursor", more ? nlohmann::json(std::to_string(q->offset + q->limit)) : nlohmann::json()}};
  if (q->facets) {
    out["total"] = position;
    out["by_year"] = by_year;
  }
  return out;
}

}  // namespace

void RegisterCaseRoute(httplib::Server& server, ApiContext& ctx) {
  const ApiLimits& limits = ctx.options.limits;
  AddReadRoute(server, ctx, "/api/v1/cases",
               [&limits](const ReadView& view, const httplib::Request& req) { return ListCases(view, req, limits); });
}

}  // namespace lkg::http
