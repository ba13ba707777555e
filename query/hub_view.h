// The readable neighbourhood ("hub view"): a breadth-first neighbourhood in
// which parallel facts are aggregated. At every visited node, the allowed
// neighbours are bucketed by (edge type, direction, neighbour type, and for
// cases and events their kind); a bucket larger than `collapse_above` (three
// times that for unions, companies, people and organisations), or of
// a hidden type (countries and places by default), becomes one counted
// group ("412 cases", "18 work stoppages, 1984–2013") instead of 412 nodes.
// The other neighbours are shown one by one, most important first
// (evidence + degree); when `max_nodes` cuts them, the least important go
// and the view says how many.
//
// With collapse_above = 0 and max_nodes = 0 every bucket of the seed is a
// group: the counts of an "expand by type" menu.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/graph_store.h"
#include "query/filter.h"
#include "query/limits.h"
#include "query/node_dates.h"
#include "query/snapshot.h"

namespace lkg::query {

struct HubViewRequest {
  std::vector<VertexId> seeds;  // at least one
  int depth = 1;                // 1..limits.max_depth
  size_t collapse_above = 12;   // buckets of cases, events, places with more members become groups
                                // (of unions, companies, people, organisations: 3 × as many)
  size_t max_nodes = 150;       // individual neighbours shown at most (seeds not counted)
  std::vector<NodeType> hidden_types = {NodeType::kCountry, NodeType::kPlace};
  // Node records read for kinds and dates, at most: a bucket of cases or
  // events larger than what remains is one group without kinds or dates.
  size_t max_record_reads = 1000;
};

// The identity of a bucket, as the API spells it: "<edge type>:<in|out>:<node type>[:<kind>]".
struct GroupKey {
  EdgeType edge_type = EdgeType::kLocatedIn;
  bool outgoing = true;  // the owner is the edges' source
  NodeType member_type = NodeType::kOrganization;
  std::string kind;      // case/event kind; "" for other types or when unread
  std::string ToString() const;
  bool operator<(const GroupKey& other) const;
  bool operator==(const GroupKey& other) const;
};

// Parses GroupKey::ToString's form; InvalidArgument naming the bad part.
Result<GroupKey> ParseGroupKey(const std::string& text);

struct NeighborGroup {
  VertexId owner = 0;
  GroupKey key;
  std::vector<VertexId> members;  // most important first
  std::string first_date, last_date;  // over the members' dates (cases, events); "" when none
  bool hidden = false;  // of a hidden type: the page shows it only on request
};

struct HubView {
  std::vector<VertexId> nodes;  // seeds first, then by hop and importance
  std::vector<uint8_t> hops;    // per node
  std::vector<EdgeId> edges;    // allowed edges joining two listed nodes
  std::vector<NeighborGroup> groups;
  size_t cut = 0;               // neighbours left out by max_nodes (the least important)
  size_t record_reads = 0;      // node records read for kinds and dates
};

// The view around `request.seeds`. InvalidArgument for no seed or depth < 1;
// LimitExceeded above limits.max_depth or past the time budget.
Result<HubView> BuildHubView(const GraphSnapshot& snapshot, const GraphReader& reader,
                             const ResolvedFilter& filter, const HubViewRequest& request,
                             const QueryLimits& limits);

// The importance that orders neighbours: evidence count + degree.
inline uint64_t Importance(const GraphSnapshot& snapshot, VertexId v) {
  return static_cast<uint64_t>(snapshot.node_evidence(v)) + snapshot.degree(v);
}

}  // namespace lkg::query

namespace lkg::query {

// {"seeds": [id], "nodes": [{"id","name","type","hops","degree","evidence",
//  "kind","first","last" (cases and events)}], "edges": [{"id","source",
//  "target","type"}], "groups": [{"id","owner","key","edge_type",
//  "direction","type","kind","count","first","last","hidden","label",
//  "top": [{"id","name"}] (up to `sample` members)}], "shown", "cut"}.
// Names, kinds and dates are read from the store. Edges carry "first" and
// "last" too: the dates of their case or event end, else (when `published`
// is given) of their evidence documents.
Result<nlohmann::json> HubViewToJson(const HubView& view, const GraphSnapshot& snapshot,
                                     const GraphReader& reader, size_t sample = 3,
                                     const PublishedDate& published = nullptr);

// One group as in HubViewToJson's "groups".
Result<nlohmann::json> GroupToJson(const NeighborGroup& group, const GraphSnapshot& snapshot,
                                   const GraphReader& reader, size_t sample = 3);

// "412 cases · refusal to bargain, 1984–2013": a group's count, member type
// (plural), kind and years.
std::string GroupLabel(const NeighborGroup& group);

}  // namespace lkg::query

namespace lkg::query {

// The allowed edges of `group`'s type and direction between its owner and
// `members` (a slice of group.members), in members' order.
std::vector<EdgeId> GroupEdges(const GraphSnapshot& snapshot, const ResolvedFilter& filter,
                               const NeighborGroup& group, const std::vector<VertexId>& members);

}  // namespace lkg::query
