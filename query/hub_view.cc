#include "query/hub_view.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "query/neighbors.h"
#include "query/node_dates.h"
#include "query/visit_marks.h"

namespace lkg::query {

std::string GroupKey::ToString() const {
  std::string text(EdgeTypeName(edge_type));
  text += outgoing ? ":out:" : ":in:";
  text += NodeTypeName(member_type);
  if (!kind.empty()) text += ":" + kind;
  return text;
}

bool GroupKey::operator<(const GroupKey& other) const {
  return std::tie(edge_type, outgoing, member_type, kind) <
         std::tie(other.edge_type, other.outgoing, other.member_type, other.kind);
}

bool GroupKey::operator==(const GroupKey& other) const {
  return !(*this < other) && !(other < *this);
}

Result<GroupKey> ParseGroupKey(const std::string& text) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t colon; (colon = text.find(':', start)) != std::string::npos; start = colon + 1) {
    parts.push_back(text.substr(start, colon - start));
  }
  parts.push_back(text.substr(start));
  if (parts.size() < 3 || parts.size() > 4) {
    return Status::InvalidArgument("group '" + text + "' is not <edge type>:<in|out>:<node type>[:<kind>]");
  }
  GroupKey key;
  std::optional<EdgeType> edge = ParseEdgeType(parts[0]);
  if (!edge) return Status::InvalidArgument("group '" + text + "': unknown edge type '" + parts[0] + "'");
  if (parts[1] != "in" && parts[1] != "out") {
    return Status::InvalidArgument("group '" + text + "': direction must be in or out");
  }
  std::optional<NodeType> type = ParseNodeType(parts[2]);
  if (!type) return Status::InvalidArgument("group '" + text + "': unknown node type '" + parts[2] + "'");
  key.edge_type = *edge;
  key.outgoing = parts[1] == "out";
  key.member_type = *type;
  if (parts.size() == 4) key.kind = parts[3];
  return key;
}

namespace {

struct Candidate {
  VertexId vertex;
  uint64_t importance;
};

class HubBuilder {
 public:
  HubBuilder(const GraphSnapshot& snapshot, const GraphReader& reader, const ResolvedFilter& filter,
             const HubViewRequest& request)
      : g_(snapshot), reader_(reader), filter_(filter), request_(request),
        shown_(ThreadMarks(0, snapshot.num_nodes())), seen_(ThreadMarks(3, snapshot.num_nodes())) {}

  Status Run(const QueryLimits& limits, HubView& view);

 private:
  using Buckets = std::map<GroupKey, std::vector<VertexId>>;
  Buckets BucketsOf(VertexId owner);
  Status Place(VertexId owner, const GroupKey& key, std::vector<VertexId>& members,
               std::vector<Candidate>& candidates, HubView& view);
  Status SplitByKind(VertexId owner, const GroupKey& key, std::vector<VertexId>& members,
                     std::vector<Candidate>& candidates, HubView& view);
  void AddGroup(VertexId owner, GroupKey key, std::vector<VertexId> members, std::string first,
                std::string last, HubView& view);
  bool Hidden(NodeType type) const {
    return std::find(request_.hidden_types.begin(), request_.hidden_types.end(), type) !=
           request_.hidden_types.end();
  }
  // Named actors (unions, companies, people, organisations) are worth
  // seeing one by one for longer than cases, events and places.
  size_t CollapseAbove(NodeType type) const {
    bool actor = type == NodeType::kUnion || type == NodeType::kCompany || type == NodeType::kPerson ||
                 type == NodeType::kOrganization;
    return actor ? request_.collapse_above * 3 : request_.collapse_above;
  }
  void SortByImportance(std::vector<VertexId>& members) const {
    std::stable_sort(members.begin(), members.end(),
                     [&](VertexId a, VertexId b) { return Importance(g_, a) > Importance(g_, b); });
  }

  const GraphSnapshot& g_;
  const GraphReader& reader_;
  const ResolvedFilter& filter_;
  const HubViewRequest& request_;
  VisitMarks& shown_;  // vertices listed in view.nodes
  VisitMarks& seen_;   // vertices met while bucketing one owner
  size_t budget_ = 0;  // individual neighbours still allowed
};

HubBuilder::Buckets HubBuilder::BucketsOf(VertexId owner) {
  seen_.Reset(g_.num_nodes());
  Buckets buckets;
  g_.ForEachIncident(owner, [&](VertexId other, EdgeId e) {
    if (other == owner || shown_.Marked(other) || seen_.Marked(other)) return true;
    if (!filter_.EdgeAllowed(e, g_) || !filter_.NodeAllowed(other, g_)) return true;
    seen_.Mark(other);
    GroupKey key;
    key.edge_type = g_.edge_type(e);
    key.outgoing = g_.edge_source(e) == owner;
    key.member_type = g_.node_type(other);
    buckets[key].push_back(other);
    return true;
  });
  return buckets;
}

void HubBuilder::AddGroup(VertexId owner, GroupKey key, std::vector<VertexId> members, std::string first,
                          std::string last, HubView& view) {
  SortByImportance(members);
  NeighborGroup group;
  group.owner = owner;
  group.hidden = Hidden(key.member_type);
  group.key = std::move(key);
  group.members = std::move(members);
  group.first_date = std::move(first);
  group.last_date = std::move(last);
  view.groups.push_back(std::move(group));
}

// Cases and events: one group per kind (with its date range); kinds small
// enough are shown one by one.
Status HubBuilder::SplitByKind(VertexId owner, const GroupKey& key, std::vector<VertexId>& members,
                               std::vector<Candidate>& candidates, HubView& view) {
  struct Part {
    std::vector<VertexId> members;
    std::string first, last;
  };
  // A bucket larger than what may still be read stays one group without
  // kinds or dates (the whole United States' cases are not read for a view).
  if (members.size() > request_.max_record_reads - std::min(view.record_reads, request_.max_record_reads)) {
    AddGroup(owner, key, std::move(members), "", "", view);
    return Status::Ok();
  }
  std::map<std::string, Part> parts;
  for (VertexId v : members) {
    ++view.record_reads;
    Result<Node> node = reader_.GetNode(g_.node_key(v));
    if (!node.ok()) return node.status();
    NodeDates dates = DatesOf(*node);
    Part& part = parts[dates.kind];
    part.members.push_back(v);
    WidenRange(dates, part.first, part.last);
  }
  for (auto& [kind, part] : parts) {
    if (part.members.size() <= request_.collapse_above && !Hidden(key.member_type)) {
      for (VertexId v : part.members) candidates.push_back({v, Importance(g_, v)});
      continue;
    }
    GroupKey sub = key;
    sub.kind = kind;
    AddGroup(owner, std::move(sub), std::move(part.members), std::move(part.first), std::move(part.last), view);
  }
  return Status::Ok();
}

Status HubBuilder::Place(VertexId owner, const GroupKey& key, std::vector<VertexId>& members,
                         std::vector<Candidate>& candidates, HubView& view) {
  bool small = members.size() <= CollapseAbove(key.member_type) && !Hidden(key.member_type);
  if (small) {
    for (VertexId v : members) candidates.push_back({v, Importance(g_, v)});
    return Status::Ok();
  }
  bool dated = key.member_type == NodeType::kCase || key.member_type == NodeType::kEvent;
  if (dated && !Hidden(key.member_type)) {
    return SplitByKind(owner, key, members, candidates, view);
  }
  AddGroup(owner, key, std::move(members), "", "", view);
  return Status::Ok();
}

Status HubBuilder::Run(const QueryLimits& limits, HubView& view) {
  Deadline deadline(limits.time_budget_ms);
  budget_ = request_.max_nodes;
  for (VertexId seed : request_.seeds) {
    if (shown_.Marked(seed)) continue;
    shown_.Mark(seed);
    view.nodes.push_back(seed);
    view.hops.push_back(0);
  }
  size_t level_begin = 0;
  for (int hop = 0; hop < request_.depth; ++hop) {
    size_t level_end = view.nodes.size();
    std::vector<Candidate> candidates;
    for (size_t i = level_begin; i < level_end; ++i) {
      if (deadline.Expired()) return deadline.TimeoutStatus("hub view");
      Buckets buckets = BucketsOf(view.nodes[i]);
      for (auto& [key, members] : buckets) {
        LKG_RETURN_IF_ERROR(Place(view.nodes[i], key, members, candidates, view));
      }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.importance > b.importance; });
    for (const Candidate& c : candidates) {
      if (shown_.Marked(c.vertex)) continue;
      if (budget_ == 0) {
        shown_.Mark(c.vertex, 1);  // counted once; Value 1 = cut, not listed
        ++view.cut;
        continue;
      }
      --budget_;
      shown_.Mark(c.vertex);
      view.nodes.push_back(c.vertex);
      view.hops.push_back(static_cast<uint8_t>(hop + 1));
    }
    level_begin = level_end;
  }
  return Status::Ok();
}

// Members listed one by one elsewhere leave their group; empty groups go.
void PruneGroups(const std::vector<VertexId>& listed, size_t num_nodes, HubView& view) {
  VisitMarks& marks = ThreadMarks(3, num_nodes);
  for (VertexId v : listed) marks.Mark(v);
  for (NeighborGroup& group : view.groups) {
    std::erase_if(group.members, [&](VertexId v) { return marks.Marked(v); });
  }
  std::erase_if(view.groups, [](const NeighborGroup& g) { return g.members.empty(); });
}

}  // namespace

Result<HubView> BuildHubView(const GraphSnapshot& snapshot, const GraphReader& reader,
                             const ResolvedFilter& filter, const HubViewRequest& request,
                             const QueryLimits& limits) {
  if (request.seeds.empty()) return Status::InvalidArgument("a hub view needs at least one seed node");
  if (request.depth < 1) return Status::InvalidArgument("depth must be at least 1");
  if (request.depth > limits.max_depth) {
    return Status::LimitExceeded("depth " + std::to_string(request.depth) + " is above the limit of " +
                                 std::to_string(limits.max_depth));
  }
  for (VertexId seed : request.seeds) {
    if (seed >= snapshot.num_nodes()) return Status::InvalidArgument("seed vertex out of range");
  }
  HubView view;
  HubBuilder builder(snapshot, reader, filter, request);
  LKG_RETURN_IF_ERROR(builder.Run(limits, view));
  PruneGroups(view.nodes, snapshot.num_nodes(), view);
  Neighborhood hood;
  hood.nodes = view.nodes;
  CollectEdgesAmong(snapshot, filter, hood);
  view.edges = std::move(hood.edges);
  return view;
}

}  // namespace lkg::query
