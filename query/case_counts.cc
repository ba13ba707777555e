#include "query/case_counts.h"

#include "query/case_selection.h"

namespace lkg::query {
namespace {

const char* GroupingName(CaseGrouping grouping) {
  switch (grouping) {
    case CaseGrouping::kActor: return "actor";
    case CaseGrouping::kKind: return "kind";
    case CaseGrouping::kCountry: return "country";
    case CaseGrouping::kYear: return "year";
  }
  return "kind";
}

std::string TextProperty(const Node& node, const char* name) {
  auto it = node.properties.find(name);
  if (it == node.properties.end() || !it->is_string() || it->get<std::string>().empty()) return "unknown";
  return it->get<std::string>();
}

std::string YearOf(const Node& node) {
  std::string date = TextProperty(node, "date");
  return date.size() >= 4 && date != "unknown" ? date.substr(0, 4) : "unknown";
}

bool IsActor(NodeType type) {
  return type == NodeType::kUnion || type == NodeType::kCompany || type == NodeType::kOrganization ||
         type == NodeType::kPerson;
}

// Adds one count per actor of case `key` ("unknown" when it has none).
Status CountActors(const GraphReader& reader, NodeKey key, GroupCounter& counter) {
  bool any = false;
  Status inner;
  LKG_RETURN_IF_ERROR(reader.ForEachAdjacent(key, [&](const Adjacent& adjacent) {
    Result<Node> other = reader.GetNode(adjacent.other);
    if (!other.ok()) {
      inner = other.status();
      return false;
    }
    if (!IsActor(other->type)) return true;
    counter.Add(other->name, FormatNodeId(other->key));
    any = true;
    return true;
  }));
  LKG_RETURN_IF_ERROR(inner);
  if (!any) counter.Add("unknown");
  return Status::Ok();
}

Status CountOne(const GraphReader& reader, NodeKey key, CaseGrouping grouping, GroupCounter& counter) {
  if (grouping == CaseGrouping::kActor) return CountActors(reader, key, counter);
  Result<Node> node = reader.GetNode(key);
  if (!node.ok()) return node.status();
  if (grouping == CaseGrouping::kKind) counter.Add(TextProperty(*node, "kind"));
  if (grouping == CaseGrouping::kCountry) counter.Add(TextProperty(*node, "country"));
  if (grouping == CaseGrouping::kYear) counter.Add(YearOf(*node));
  return Status::Ok();
}

}  // namespace

std::optional<CaseGrouping> ParseCaseGrouping(std::string_view name) {
  for (CaseGrouping g : {CaseGrouping::kActor, CaseGrouping::kKind, CaseGrouping::kCountry, CaseGrouping::kYear}) {
    if (name == GroupingName(g)) return g;
  }
  return std::nullopt;
}

Result<CaseCounts> CountCases(const GraphReader& reader, const CasesRequest& request, CaseGrouping grouping,
                              size_t top, const QueryLimits& limits) {
  Deadline deadline(limits.time_budget_ms);
  Result<CaseSelection> selection = CaseSelection::Make(reader, request, deadline);
  if (!selection.ok()) return selection.status();
  GroupCounter counter;
  CaseCounts counts;
  Status inner;
  LKG_RETURN_IF_ERROR(selection->ForEach(reader, deadline, [&](const NodeKey& key) {
    ++counts.total;
    inner = CountOne(reader, key, grouping, counter);
    return inner.ok();
  }));
  LKG_RETURN_IF_ERROR(inner);
  if (deadline.Expired()) return deadline.TimeoutStatus("counting cases");
  counts.groups = grouping == CaseGrouping::kYear ? counter.ByKey() : counter.ByCount(top);
  return counts;
}

nlohmann::json CaseCountsToJson(const CaseCounts& counts, CaseGrouping grouping) {
  return {{"total", counts.total}, {"group_by", GroupingName(grouping)}, {"groups", GroupCountsToJson(counts.groups)}};
}

}  // namespace lkg::query
