#include "query/filter.h"

#include "query/country_codes.h"
#include "query/resolve.h"

namespace lkg::query {
namespace {

bool IsLocationEdge(EdgeType type) { return type == EdgeType::kLocatedIn || type == EdgeType::kInCountry; }

// Marks nodes placed in some other country than `country`.
void ExcludeOtherCountries(const GraphSnapshot& snapshot, VertexId country, std::vector<bool>& excluded) {
  for (VertexId v = 0; v < snapshot.num_nodes(); ++v) {
    if (v == country) continue;
    if (snapshot.node_type(v) == NodeType::kCountry) {
      excluded[v] = true;
      continue;
    }
    bool located = false, here = false;
    snapshot.ForEachIncident(v, [&](VertexId other, EdgeId e) {
      if (!IsLocationEdge(snapshot.edge_type(e)) || snapshot.edge_source(e) != v) return true;
      if (snapshot.node_type(other) != NodeType::kCountry) return true;
      located = true;
      here = here || other == country;
      return !here;
    });
    if (located && !here) excluded[v] = true;
  }
}

// Marks case nodes whose date falls outside [since, until].
Status ExcludeCasesOutOfRange(const QueryFilter& filter, const GraphSnapshot& snapshot,
                              const GraphReader& reader, std::vector<bool>& excluded) {
  std::vector<bool> in_range(snapshot.num_nodes(), false);
  CaseFilter range;
  range.since = filter.since;
  range.until = filter.until;
  LKG_RETURN_IF_ERROR(reader.ForEachCase(range, [&](const NodeKey& key) {
    if (auto v = snapshot.Find(key)) in_range[*v] = true;
    return true;
  }));
  for (VertexId v = 0; v < snapshot.num_nodes(); ++v) {
    if (snapshot.node_type(v) == NodeType::kCase && !in_range[v]) excluded[v] = true;
  }
  return Status::Ok();
}

}  // namespace

Result<NodeKey> ResolveCountry(const GraphReader& reader, std::string_view text) {
  if (ParseNodeId(text)) return ResolveNode(reader, text);
  Result<std::vector<NodeKey>> found = reader.FindByName(text, NodeType::kCountry);
  if (!found.ok()) return found.status();
  if (std::optional<std::string> named = CountryOfIsoCode(text); found->empty() && named) {
    found = reader.FindByName(*named, NodeType::kCountry);
    if (!found.ok()) return found.status();
  }
  if (found->empty()) return Status::NotFound("unknown country '" + std::string(text) + "'");
  return found->front();
}

Result<std::vector<NodeType>> ParseNodeTypes(const std::vector<std::string>& names) {
  std::vector<NodeType> types;
  for (const std::string& name : names) {
    std::optional<NodeType> type = ParseNodeType(name);
    if (!type) return Status::InvalidArgument("unknown node type '" + name + "'");
    types.push_back(*type);
  }
  return types;
}

Result<std::vector<EdgeType>> ParseEdgeTypes(const std::vector<std::string>& names) {
  std::vector<EdgeType> types;
  for (const std::string& name : names) {
    std::optional<EdgeType> type = ParseEdgeType(name);
    if (!type) return Status::InvalidArgument("unknown edge type '" + name + "'");
    types.push_back(*type);
  }
  return types;
}

Result<ResolvedFilter> ResolvedFilter::Resolve(const QueryFilter& filter, const GraphSnapshot& snapshot,
                                               const GraphReader& reader) {
  ResolvedFilter resolved;
  if (!filter.node_types.empty()) {
    resolved.node_mask_ = 0;
    for (NodeType t : filter.node_types) resolved.node_mask_ |= Bit(static_cast<unsigned>(t));
  }
  if (!filter.edge_types.empty()) {
    resolved.edge_mask_ = 0;
    for (EdgeType t : filter.edge_types) resolved.edge_mask_ |= Bit(static_cast<unsigned>(t));
  }
  if (filter.country.empty() && filter.since.empty() && filter.until.empty()) return resolved;
  resolved.excluded_.assign(snapshot.num_nodes(), false);
  if (!filter.country.empty()) {
    Result<NodeKey> key = ResolveCountry(reader, filter.country);
    if (!key.ok()) return key.status();
    std::optional<VertexId> country = snapshot.Find(key.value());
    if (!country || snapshot.node_type(*country) != NodeType::kCountry) {
      return Status::NotFound("'" + filter.country + "' is not a country");
    }
    ExcludeOtherCountries(snapshot, *country, resolved.excluded_);
  }
  if (!filter.since.empty() || !filter.until.empty()) {
    LKG_RETURN_IF_ERROR(ExcludeCasesOutOfRange(filter, snapshot, reader, resolved.excluded_));
  }
  return resolved;
}

}  // namespace lkg::query
