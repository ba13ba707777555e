#include "query/events.h"

#include <algorithm>
#include <unordered_map>

namespace lkg::query {
namespace {

std::string StringProperty(const Node& node, const char* name) {
  auto it = node.properties.find(name);
  return it != node.properties.end() && it->is_string() ? it->get<std::string>() : "";
}

bool Matches(const Node& node, const EventsRequest& r) {
  if (!r.kind.empty() && StringProperty(node, "kind") != r.kind) return false;
  std::string start = StringProperty(node, "start");
  if (!r.since.empty() && (start.empty() || start.compare(0, r.since.size(), r.since) < 0)) return false;
  if (!r.until.empty() && (start.empty() || start.compare(0, r.until.size(), r.until) > 0)) return false;
  return true;
}

// The matching event nodes (type index, then each node read once).
Result<std::vector<Node>> MatchingEvents(const GraphReader& reader, const EventsRequest& request,
                                         const Deadline& deadline) {
  std::vector<NodeKey> keys;
  LKG_RETURN_IF_ERROR(reader.ForEachNodeOfType(NodeType::kEvent, [&](const NodeKey& key) {
    keys.push_back(key);
    return !deadline.Expired();
  }));
  std::vector<Node> out;
  for (NodeKey key : keys) {
    if (deadline.Expired()) return deadline.TimeoutStatus("event listing");
    Result<Node> node = reader.GetNode(key);
    if (!node.ok()) return node.status();
    if (Matches(*node, request)) out.push_back(std::move(*node));
  }
  if (request.actor) {
    std::vector<Node> kept;
    for (Node& node : out) {
      bool linked = false;
      LKG_RETURN_IF_ERROR(reader.ForEachAdjacent(node.key, [&](const Adjacent& a) {
        linked = linked || (a.outgoing && a.type == EdgeType::kParticipant && a.other == *request.actor);
        return !linked;
      }));
      if (linked) kept.push_back(std::move(node));
    }
    out = std::move(kept);
  }
  return out;
}

// Reads nodes once per query: the same employer is in hundreds of events.
class NodeCache {
 public:
  explicit NodeCache(const GraphReader& reader) : reader_(reader) {}
  Result<const Node*> Get(NodeKey key) {
    auto it = cache_.find(key);
    if (it != cache_.end()) return &it->second;
    Result<Node> node = reader_.GetNode(key);
    if (!node.ok()) return node.status();
    return &cache_.emplace(key, std::move(*node)).first->second;
  }

 private:
  const GraphReader& reader_;
  std::unordered_map<NodeKey, Node> cache_;
};

// The groups (key, label) of one event: several for an event with two unions.
Result<std::vector<std::pair<std::string, std::string>>> GroupsOf(const GraphReader& reader, NodeCache& cache,
                                                                  const Node& event, EventGrouping grouping) {
  std::vector<std::pair<std::string, std::string>> out;
  auto value = [&](const std::string& v) {
    if (!v.empty()) out.emplace_back(v, v);
  };
  if (grouping == EventGrouping::kYear) value(StringProperty(event, "start").substr(0, 4));
  if (grouping == EventGrouping::kKind) value(StringProperty(event, "kind"));
  if (grouping == EventGrouping::kCountry) value(StringProperty(event, "country"));
  if (grouping == EventGrouping::kYear || grouping == EventGrouping::kKind || grouping == EventGrouping::kCountry) {
    return out;
  }
  EdgeType edge = grouping == EventGrouping::kState ? EdgeType::kInPlace : EdgeType::kParticipant;
  NodeType want = grouping == EventGrouping::kEmployer ? NodeType::kCompany
                  : grouping == EventGrouping::kUnion  ? NodeType::kUnion
                                                       : NodeType::kPlace;
  Status inner;
  LKG_RETURN_IF_ERROR(reader.ForEachAdjacent(event.key, [&](const Adjacent& a) {
    if (!a.outgoing || a.type != edge) return true;
    Result<const Node*> other = cache.Get(a.other);
    if (!other.ok()) {
      inner = other.status();
      return false;
    }
    if ((*other)->type != want) return true;
    if (grouping == EventGrouping::kState) {
      std::string state = StringProperty(**other, "region");
      if (!state.empty()) out.emplace_back(state, state);
    } else {
      out.emplace_back(FormatNodeId(a.other), (*other)->name);
    }
    return true;
  }));
  if (!inner.ok()) return inner;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

long long Workers(const Node& node) {
  auto it = node.properties.find("workers");
  return it != node.properties.end() && it->is_number_integer() ? it->get<long long>() : 0;
}

}  // namespace

std::optional<EventGrouping> ParseEventGrouping(std::string_view name) {
  if (name == "employer") return EventGrouping::kEmployer;
  if (name == "union") return EventGrouping::kUnion;
  if (name == "year") return EventGrouping::kYear;
  if (name == "state") return EventGrouping::kState;
  if (name == "kind") return EventGrouping::kKind;
  if (name == "country") return EventGrouping::kCountry;
  return std::nullopt;
}

Result<EventCounts> CountEvents(const GraphReader& reader, const EventsRequest& request, EventGrouping grouping,
                                const QueryLimits& limits) {
  if (request.limit > limits.max_results) {
    return Status::LimitExceeded("limit " + std::to_string(request.limit) + " is above " +
                                 std::to_string(limits.max_results));
  }
  Deadline deadline(limits.time_budget_ms);
  Result<std::vector<Node>> events = MatchingEvents(reader, request, deadline);
  if (!events.ok()) return events.status();
  EventCounts out;
  out.events = events->size();
  std::unordered_map<std::string, EventGroup> groups;
  NodeCache cache(reader);
  for (const Node& event : *events) {
    if (deadline.Expired()) return deadline.TimeoutStatus("event counts");
    auto of = GroupsOf(reader, cache, event, grouping);
    if (!of.ok()) return of.status();
    if (of->empty()) ++out.ungrouped;
    for (const auto& [key, label] : *of) {
      EventGroup& g = groups[key];
      g.key = key;
      g.label = label;
      ++g.events;
      g.workers += Workers(event);
    }
  }
  for (auto& [key, g] : groups) out.groups.push_back(std::move(g));
  std::sort(out.groups.begin(), out.groups.end(), [](const EventGroup& a, const EventGroup& b) {
    if (a.events != b.events) return a.events > b.events;
    return a.label != b.label ? a.label < b.label : a.key < b.key;
  });
  if (out.groups.size() > request.limit) {
    out.groups.resize(request.limit);
    out.truncated = true;
  }
  return out;
}

Result<std::vector<Node>> ListEvents(const GraphReader& reader, const EventsRequest& request,
                                     const QueryLimits& limits) {
  if (request.limit > limits.max_results) {
    return Status::LimitExceeded("limit " + std::to_string(request.limit) + " is above " +
                                 std::to_string(limits.max_results));
  }
  Deadline deadline(limits.time_budget_ms);
  Result<std::vector<Node>> events = MatchingEvents(reader, request, deadline);
  if (!events.ok()) return events.status();
  std::sort(events->begin(), events->end(), [](const Node& a, const Node& b) {
    std::string sa = StringProperty(a, "start"), sb = StringProperty(b, "start");
    if (sa != sb) return sa > sb;
    return a.key < b.key;
  });
  if (events->size() > request.limit) events->resize(request.limit);
  return events;
}

nlohmann::json EventCountsToJson(const EventCounts& counts) {
  nlohmann::json groups = nlohmann::json::array();
  for (const auto& g : counts.groups) {
    groups.push_back({{"key", g.key}, {"label", g.label}, {"events", g.events}, {"workers", g.workers}});
  }
  return {{"events", counts.events}, {"ungrouped", counts.ungrouped}, {"truncated", counts.truncated},
          {"groups", groups}};
}

}  // namespace lkg::query
