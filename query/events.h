// Labour events that are not violations (`event` nodes: work stoppages,
// elections, disputes, strikes, protests), listed or counted per group:
// `lkg events --kind work_stoppage --group-by employer`. Events are found by
// the store's type index; groups follow each event's `participant` edges
// (employer, union), its `in_place` edge (state) or its own dates (year).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/graph_store.h"
#include "query/limits.h"

namespace lkg::query {

// How events are grouped for counting.
enum class EventGrouping { kEmployer, kUnion, kYear, kState, kKind, kCountry };

// "employer", "union", "year", "state", "kind", "country"; nullopt otherwise.
std::optional<EventGrouping> ParseEventGrouping(std::string_view name);

struct EventsRequest {
  std::string kind;              // "work_stoppage", "election", …; "" for any
  std::string since, until;      // ISO date prefixes on `start`, inclusive
  std::optional<NodeKey> actor;  // only events with a participant edge to this node
  size_t limit = 50;             // rows or groups returned (at most limits.max_results)
};

struct EventGroup {
  std::string key;    // a node id (employer, union, state place) or the value itself (year, kind, country)
  std::string label;  // the node's name, or the value
  size_t events = 0;  // events in the group
  long long workers = 0;  // sum of the events' `workers`
};

struct EventCounts {
  size_t events = 0;                // events matching the request
  size_t ungrouped = 0;             // of those, events with no value for the grouping
  std::vector<EventGroup> groups;   // most events first, then by label; at most `limit`
  bool truncated = false;           // more groups than `limit`
};

// Counts the matching events per group. LimitExceeded when the time budget
// runs out or `limit` is above limits.max_results.
Result<EventCounts> CountEvents(const GraphReader& reader, const EventsRequest& request, EventGrouping grouping,
                                const QueryLimits& limits);

// The matching events, newest `start` first (undated last), at most `limit`.
Result<std::vector<Node>> ListEvents(const GraphReader& reader, const EventsRequest& request,
                                     const QueryLimits& limits);

// {"events": N, "ungrouped": N, "truncated": b, "groups": [{"key","label","events","workers"}]}.
nlohmann::json EventCountsToJson(const EventCounts& counts);

}  // namespace lkg::query
