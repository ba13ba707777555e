#include "query/cases.h"

#include <charconv>
#include <unordered_set>

#include "engine/name_normalizer.h"
#include "query/filter.h"

namespace lkg::query {
namespace {

Result<size_t> ParseCursor(const std::string& cursor) {
  if (cursor.empty()) return size_t{0};
  size_t offset = 0;
  auto [end, error] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), offset);
  if (error != std::errc() || end != cursor.data() + cursor.size()) {
    return Status::InvalidArgument("bad cursor '" + cursor + "'");
  }
  return offset;
}

Result<CaseFilter> ToCaseFilter(const GraphReader& reader, const CasesRequest& request) {
  CaseFilter filter;
  if (!request.kind.empty() && !IsCaseKind(request.kind)) {
    return Status::InvalidArgument("unknown case kind '" + request.kind + "'");
  }
  filter.kind = request.kind;
  filter.since = request.since;
  filter.until = request.until;
  if (!request.country.empty()) {
    Result<NodeKey> country = ResolveCountry(reader, request.country);
    if (!country.ok()) return country.status();
    Result<Node> node = reader.GetNode(country.value());
    if (!node.ok()) return node.status();
    filter.country = NormalizeName(node->name);
  }
  return filter;
}

Result<std::unordered_set<NodeKey>> CasesOfActor(const GraphReader& reader, NodeKey actor, const Deadline& deadline) {
  std::unordered_set<NodeKey> cases;
  Status status = reader.ForEachAdjacent(actor, [&](const Adjacent& adjacent) {
    if (!adjacent.outgoing) cases.insert(adjacent.other);  // case edges point from the case
    return !deadline.Expired();
  });
  if (!status.ok()) return status;
  if (deadline.Expired()) return deadline.TimeoutStatus("case listing");
  return cases;
}

Result<CaseRow> LoadRow(const GraphReader& reader, NodeKey key, size_t max_participants) {
  CaseRow row;
  Result<Node> node = reader.GetNode(key);
  if (!node.ok()) return node.status();
  row.node = std::move(node.value());
  Status inner;
  Status status = reader.ForEachAdjacent(key, [&](const Adjacent& adjacent) {
    Result<Node> other = reader.GetNode(adjacent.other);
    if (!other.ok()) {
      inner = other.status();
      return false;
    }
    row.participants.push_back({adjacent.other, other->type, other->name, adjacent.type});
    return row.participants.size() < max_participants;
  });
  LKG_RETURN_IF_ERROR(status);
  LKG_RETURN_IF_ERROR(inner);
  return row;
}

}  // namespace

Result<CasePage> ListCases(const GraphReader& reader, const CasesRequest& request, const QueryLimits& limits) {
  if (request.limit == 0 || request.limit > limits.max_results) {
    return Status::LimitExceeded("page size must be between 1 and " + std::to_string(limits.max_results));
  }
  Result<size_t> offset = ParseCursor(request.cursor);
  if (!offset.ok()) return offset.status();
  Result<CaseFilter> filter = ToCaseFilter(reader, request);
  if (!filter.ok()) return filter.status();
  Deadline deadline(limits.time_budget_ms);
  std::optional<std::unordered_set<NodeKey>> actor_cases;
  if (request.actor) {
    Result<std::unordered_set<NodeKey>> cases = CasesOfActor(reader, *request.actor, deadline);
    if (!cases.ok()) return cases.status();
    actor_cases = std::move(cases.value());
  }
  std::vector<NodeKey> keys;
  size_t seen = 0;
  bool more = false;
  LKG_RETURN_IF_ERROR(reader.ForEachCase(filter.value(), [&](const NodeKey& key) {
    if (actor_cases && !actor_cases->count(key)) return !deadline.Expired();
    if (seen++ < offset.value()) return !deadline.Expired();
    if (keys.size() == request.limit) {
      more = true;
      return false;
    }
    keys.push_back(key);
    return !deadline.Expired();
  }));
  if (deadline.Expired()) return deadline.TimeoutStatus("case listing");
  CasePage page;
  for (NodeKey key : keys) {
    Result<CaseRow> row = LoadRow(reader, key, request.max_participants);
    if (!row.ok()) return row.status();
    page.rows.push_back(std::move(row.value()));
  }
  if (more) page.next_cursor = std::to_string(offset.value() + keys.size());
  return page;
}

nlohmann::json CasePageToJson(const CasePage& page) {
  nlohmann::json cases = nlohmann::json::array();
  for (const CaseRow& row : page.rows) {
    nlohmann::json participants = nlohmann::json::array();
    for (const Participant& p : row.participants) {
      participants.push_back({{"id", FormatNodeId(p.key)}, {"type", std::string(NodeTypeName(p.type))},
                              {"name", p.name}, {"role", std::string(EdgeTypeName(p.role))}});
    }
    const nlohmann::json& props = row.node.properties;
    auto field = [&](const char* name) { return props.contains(name) ? props[name] : nlohmann::json(nullptr); };
    cases.push_back({{"id", FormatNodeId(row.node.key)}, {"name", row.node.name}, {"kind", field("kind")},
                     {"date", field("date")}, {"country", field("country")}, {"summary", field("summary")},
                     {"properties", props}, {"participants", std::move(participants)}});
  }
  return {{"cases", std::move(cases)},
          {"next_cursor", page.next_cursor.empty() ? nlohmann::json(nullptr) : nlohmann::json(page.next_cursor)}};
}

}  // namespace lkg::query
