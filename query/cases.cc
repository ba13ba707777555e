#include "query/cases.h"

#include <charconv>

#include "query/case_selection.h"

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
  Deadline deadline(limits.time_budget_ms);
  Result<CaseSelection> selection = CaseSelection::Make(reader, request, deadline);
  if (!selection.ok()) return selection.status();
  std::vector<NodeKey> keys;
  size_t seen = 0;
  bool more = false;
  LKG_RETURN_IF_ERROR(selection->ForEach(reader, deadline, [&](const NodeKey& key) {
    if (seen++ < offset.value()) return true;
    if (keys.size() == request.limit) {
      more = true;
      return false;
    }
    keys.push_back(key);
    return true;
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
