// Routes answered from the store alone: health, stats, search, and the
// detail of one node, edge or document.
#include <algorithm>

#include "engine/name_normalizer.h"
#include "http/json_views.h"
#include "http/node_text.h"
#include "http/params.h"
#include "http/routes.h"
#include "query/resolve.h"

namespace lkg::http {

void AddReadRoute(httplib::Server& server, ApiContext& ctx, const std::string& pattern, ReadHandler handler) {
  server.Get(pattern, [&ctx, handler](const httplib::Request& req, httplib::Response& res) {
    Guarded(res, [&] {
      std::shared_ptr<const ReadView> view = ctx.views.Current();
      Result<nlohmann::json> answer = handler(*view, req);
      if (answer.ok()) {
        SendJson(req, res, *answer);
      } else {
        SendStatus(res, answer.status());
      }
    });
  });
}

void AddReadTextRoute(httplib::Server& server, ApiContext& ctx, const std::string& pattern,
                      ReadTextHandler handler) {
  server.Get(pattern, [&ctx, handler](const httplib::Request& req, httplib::Response& res) {
    Guarded(res, [&] {
      std::shared_ptr<const ReadView> view = ctx.views.Current();
      Result<std::string> answer = handler(*view, req);
      if (answer.ok()) {
        SendCached(req, res, std::move(*answer), "application/json", "no-cache");
      } else {
        SendStatus(res, answer.status());
      }
    });
  });
}

Result<NodeKey> ResolveNode(const GraphReader& reader, const std::string& id_or_name) {
  Result<query::NodeLookup> lookup = query::LookupNode(reader, id_or_name, 5);
  if (!lookup.ok()) return lookup.status();
  const std::vector<query::NodeCandidate>& found = lookup->candidates;
  if (!found.empty() && found.front().tier != query::MatchTier::kNear) return found.front().key;
  std::string message = "no node with the id or name '" + id_or_name + "'";
  for (size_t i = 0; i < found.size(); ++i) message.append(i == 0 ? "; did you mean " : ", ").append(found[i].name);
  return Status::NotFound(message);
}

namespace {

// 'text' (built by appending: GCC 12 warns falsely on "'" + s + "'").
std::string Quoted(const std::string& text) {
  std::string out(1, '\'');
  out.append(text).push_back('\'');
  return out;
}

// When no name starts with the query: the resolver's other spellings,
// longer names holding the query's words, and near misses ("did_you_mean").
Status AddSpellingMatches(const GraphReader& reader, const std::string& q, size_t limit, nlohmann::json& results) {
  Result<query::NodeLookup> lookup = query::LookupNode(reader, q, limit);
  if (!lookup.ok()) return lookup.status();
  for (const query::NodeCandidate& c : lookup->candidates) {
    Result<Node> node = reader.GetNode(c.key);
    if (!node.ok()) continue;
    nlohmann::json item = NodeBriefJson(*node);
    item["aliases"] = node->aliases;
    item["matched"] = c.matched;
    item["exact"] = false;
    item["match"] = query::MatchTierName(c.tier);
    item["evidence_count"] = node->evidence_count;
    item["did_you_mean"] = c.tier == query::MatchTier::kNear;
    results.push_back(std::move(item));
  }
  return Status::Ok();
}

Result<nlohmann::json> Search(const ReadView& view, const httplib::Request& req, const ApiLimits& limits) {
  Result<std::string> q = TextParam(req.params, "q", "", 256);
  if (!q.ok()) return q.status();
  Result<std::optional<NodeType>> type = NodeTypeParam(req.params, "type");
  if (!type.ok()) return type.status();
  Result<long long> limit = IntParam(req.params, "limit", 10, 1, limits.max_search_limit);
  if (!limit.ok()) return limit.status();
  nlohmann::json results = nlohmann::json::array();
  if (!NormalizeName(*q).empty()) {
    Result<std::vector<NameMatch>> matches =
        view.reader->SearchNames(*q, *type, static_cast<size_t>(*limit));
    if (!matches.ok()) return matches.status();
    for (const NameMatch& m : *matches) {
      Result<Node> node = view.reader->GetNode(m.key);
      if (!node.ok()) continue;  // index entry of a node removed meanwhile: skip
      nlohmann::json item = NodeBriefJson(*node);
      item["aliases"] = node->aliases;
      item["matched"] = m.matched;
      item["exact"] = m.exact;
      item["evidence_count"] = node->evidence_count;
      results.push_back(std::move(item));
    }
    if (results.empty()) LKG_RETURN_IF_ERROR(AddSpellingMatches(*view.reader, *q, static_cast<size_t>(*limit), results));
  }
  return nlohmann::json{{"query", *q}, {"results", std::move(results)}};
}

Result<std::string> NodeDetail(const ReadView& view, const httplib::Request& req, const ApiLimits& limits,
                               DocumentSummaries& docs, NodeNames& names) {
  Result<NodeKey> key = ResolveNode(*view.reader, req.matches[1].str());
  if (!key.ok()) return key.status();
  Result<long long> max_edges = IntParam(req.params, "edges", 200, 0, 5000);
  if (!max_edges.ok()) return max_edges.status();
  std::optional<size_t> degree;
  if (std::optional<query::VertexId> v = view.graph->Find(*key)) degree = view.graph->degree(*v);
  return NodeDetailText(*view.reader, *key, limits.max_evidence, static_cast<size_t>(*max_edges), docs, degree,
                        names);
}

Result<nlohmann::json> EdgeDetail(const ReadView& view, const httplib::Request& req, const ApiLimits& limits,
                                  DocumentSummaries* docs) {
  std::optional<EdgeKey> key = ParseEdgeId(req.matches[1].str());
  if (!key) return Status::InvalidArgument(Quoted(req.matches[1].str()).append(" is not an edge id (e:…)"));
  return EdgeDetailJson(*view.reader, *key, limits.max_evidence, docs);
}

Result<nlohmann::json> DocumentDetail(const ReadView& view, const httplib::Request& req) {
  std::optional<DocKey> key = ParseDocId(req.matches[1].str());
  if (!key) return Status::InvalidArgument(Quoted(req.matches[1].str()).append(" is not a document id (d:…)"));
  Result<Document> doc = view.reader->GetDocument(*key);
  if (!doc.ok()) return doc.status();
  return DocumentToJson(*doc, true);
}

}  // namespace

void RegisterStoreRoutes(httplib::Server& server, ApiContext& ctx) {
  const ApiLimits& limits = ctx.options.limits;
  server.Get("/api/v1/health", [](const httplib::Request&, httplib::Response& res) {
    SendJsonNoCache(res, 200, {{"status", "ok"}});
  });
  AddReadRoute(server, ctx, "/api/v1/stats", [](const ReadView& view, const httplib::Request&) {
    Result<StoreStats> stats = view.reader->Stats();
    if (!stats.ok()) return Result<nlohmann::json>(stats.status());
    return Result<nlohmann::json>(StatsJson(*stats));
  });
  AddReadRoute(server, ctx, "/api/v1/search", [&limits](const ReadView& view, const httplib::Request& req) {
    return Search(view, req, limits);
  });
  DocumentSummaries* docs = &ctx.views.documents();
  NodeNames* names = &ctx.views.names();
  AddReadTextRoute(server, ctx, R"(/api/v1/nodes/([^/]+))",
                   [&limits, docs, names](const ReadView& view, const httplib::Request& req) {
                     return NodeDetail(view, req, limits, *docs, *names);
                   });
  AddReadRoute(server, ctx, R"(/api/v1/edges/([^/]+))", [&limits, docs](const ReadView& view, const httplib::Request& req) {
    return EdgeDetail(view, req, limits, docs);
  });
  AddReadRoute(server, ctx, R"(/api/v1/documents/([^/]+))",
               [](const ReadView& view, const httplib::Request& req) { return DocumentDetail(view, req); });
}

}  // namespace lkg::http
