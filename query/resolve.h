// Turning what a user typed into a node: the one resolver behind the CLI
// (show, path, neighbors, cases --actor, export --seed, common), the API and
// the page's type-ahead fallback.
//
// Tiers, best first: an "n:" id; the exact canonical name; an alias; the
// same name in another spelling (Cyrillic/Latin, "Tadzhibaev"/"Tadjibaev",
// "-yev"/"-ev", accents); the query's words as whole words of a longer name
// ("VimpelCom" -> "VimpelCom Ltd"); then near misses (an edit or two),
// offered as "did you mean" only. Within a tier entities come before cases
// (whose names describe them), then candidates rank by evidence count plus
// degree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/graph_store.h"

namespace lkg::query {

enum class MatchTier { kId, kName, kAlias, kSpelling, kWords, kNear };

// "id", "name", "alias", "spelling", "words", "near".
const char* MatchTierName(MatchTier tier);

struct NodeCandidate {
  NodeKey key = 0;
  NodeType type = NodeType::kUnion;
  std::string name;
  std::string country;  // a located_in / in_country neighbour's name, or the country property, or ""
  uint32_t evidence = 0;
  size_t degree = 0;  // counted up to kDegreeCap
  MatchTier tier = MatchTier::kNear;
  std::string matched;  // the normalised name or alias that matched
};

// Degrees are counted up to this many edges (hubs have tens of thousands).
inline constexpr size_t kDegreeCap = 100000;

struct NodeLookup {
  std::vector<NodeCandidate> candidates;  // best first
  // True when candidates.front() is the answer: alone in the best tier
  // (cases apart), or with at least three times the evidence + degree of the
  // next one there.
  // Never true for near misses.
  bool decided = false;
};

// Every candidate for `text`, best first, at most `limit`. InvalidArgument
// for text that is not valid UTF-8 or names nothing once normalised;
// NotFound for an "n:" id of no node. A miss is an empty lookup.
Result<NodeLookup> LookupNode(const GraphReader& reader, std::string_view text, size_t limit = 10);

// The node `text` names (see LookupNode). NotFound for a miss, with the near
// misses as "did you mean"; InvalidArgument for an ambiguous name, listing
// the candidates with type, country and counts.
Result<NodeKey> ResolveNode(const GraphReader& reader, std::string_view text);

// Strict: an "n:" id, or the one node whose name or alias normalises like
// `text` (for writes such as merge and split, where a guess would do harm).
// NotFound when nothing matches; InvalidArgument listing the candidates when
// several do.
Result<NodeKey> ResolveExactNode(const GraphReader& reader, std::string_view text);

// One line describing a candidate: "n:…  union  Name  (Country)  evidence 4, degree 12".
std::string DescribeCandidate(const NodeCandidate& candidate);

}  // namespace lkg::query
