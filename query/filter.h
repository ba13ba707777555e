// Filters shared by every query and subgraph export: node types, edge types,
// a country and a date range. A filter is resolved once against a snapshot
// (country name -> the set of nodes in it; dates -> the set of case nodes in
// range) and then tested per vertex/edge in O(1).
//
// Semantics, stated once:
// - node_types / edge_types: empty means any.
// - country: a node passes when it is that country, or has a located_in /
//   in_country edge to it, or has no located_in / in_country edge at all
//   (unknown location is not excluded); other countries are excluded.
// - since / until (ISO date prefixes, inclusive): case nodes outside the
//   range are excluded; other nodes are unaffected.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/graph_store.h"
#include "query/snapshot.h"

namespace lkg::query {

struct QueryFilter {
  std::vector<NodeType> node_types;
  std::vector<EdgeType> edge_types;
  std::string country;  // a country name, alias or id; "" for any
  std::string since, until;

  bool empty() const {
    return node_types.empty() && edge_types.empty() && country.empty() && since.empty() && until.empty();
  }
};

// Parses comma-free lists of type names ("union", "company"); InvalidArgument
// naming the first unknown name.
Result<std::vector<NodeType>> ParseNodeTypes(const std::vector<std::string>& names);
Result<std::vector<EdgeType>> ParseEdgeTypes(const std::vector<std::string>& names);

// The country node `text` names (an id, a country's name or alias, or its
// ISO 3166-1 alpha-2 code such as "KG"). NotFound when there is none.
Result<NodeKey> ResolveCountry(const GraphReader& reader, std::string_view text);

class ResolvedFilter {
 public:
  // Resolves `filter` against `snapshot`. NotFound for an unknown country.
  static Result<ResolvedFilter> Resolve(const QueryFilter& filter, const GraphSnapshot& snapshot,
                                        const GraphReader& reader);
  // A filter that lets everything through.
  ResolvedFilter() = default;

  bool NodeAllowed(VertexId v, const GraphSnapshot& snapshot) const {
    if (!(node_mask_ & Bit(static_cast<unsigned>(snapshot.node_type(v))))) return false;
    return excluded_.empty() || !excluded_[v];
  }
  // True when every node and edge passes (no type, country or date rule):
  // traversals can then skip the per-step type lookups.
  bool AllowsAll() const { return node_mask_ == ~0u && edge_mask_ == ~0u && excluded_.empty(); }
  bool EdgeAllowed(EdgeId e, const GraphSnapshot& snapshot) const {
    return (edge_mask_ & Bit(static_cast<unsigned>(snapshot.edge_type(e)))) != 0;
  }

 private:
  static constexpr uint32_t Bit(unsigned code) { return 1u << code; }

  uint32_t node_mask_ = ~0u;
  uint32_t edge_mask_ = ~0u;
  std::vector<bool> excluded_;  // by country/date; empty when neither is set
};

}  // namespace lkg::query
