#include "query/resolve.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "engine/name_fold.h"
#include "engine/name_index.h"
#include "engine/name_normalizer.h"

namespace lkg::query {
namespace {

// Candidates kept per tier before they are looked up (a common word such as
// "union" is a word of thousands of names): the shortest names, closest to
// the query.
constexpr size_t kMaxPerTier = 200;

struct Found {
  MatchTier tier;
  std::string matched;
};

// "<prefix>'<text>'<suffix>", built by appending (GCC 12 warns falsely on
// the operator+ chain form).
std::string Quoted(const char* prefix, std::string_view text, const char* suffix) {
  std::string message = prefix;
  message += '\'';
  message.append(text);
  message += '\'';
  message += suffix;
  return message;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t space; (space = s.find(' ', start)) != std::string_view::npos; start = space + 1) {
    if (space > start) words.push_back(s.substr(start, space - start));
  }
  if (start < s.size()) words.push_back(s.substr(start));
  return words;
}

// Levenshtein distance of a and b when it is at most `bound`, else bound + 1.
size_t BoundedEditDistance(std::string_view a, std::string_view b, size_t bound) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > bound) return bound + 1;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    size_t best = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > bound) return bound + 1;
  }
  return row[b.size()];
}

// Edits allowed for a near miss: none for short names, where one edit
// makes another word.
size_t NearBound(std::string_view folded) { return folded.size() < 5 ? 0 : folded.size() < 9 ? 1 : 2; }

// True when some run of `name_words` as long as the query is within the
// query's edit bound.
bool IsNear(const std::vector<std::string_view>& name_words, std::string_view query, size_t query_words) {
  size_t bound = NearBound(query);
  if (bound == 0 || name_words.size() < query_words) return false;
  for (size_t i = 0; i + query_words <= name_words.size(); ++i) {
    std::string_view first = name_words[i], last = name_words[i + query_words - 1];
    std::string_view run(first.data(), static_cast<size_t>(last.data() + last.size() - first.data()));
    if (BoundedEditDistance(run, query, bound) <= bound) return true;
  }
  return false;
}

// The tier `indexed` (a normalised name or alias) reaches for the folded
// query, or nullopt.
std::optional<MatchTier> SpellingTier(std::string_view indexed, const std::string& query, size_t query_words) {
  std::string folded = FoldedNameKey(indexed);
  if (folded == query) return MatchTier::kSpelling;
  std::string padded = " " + folded + " ";
  if (padded.find(" " + query + " ") != std::string::npos) return MatchTier::kWords;
  if (IsNear(Words(folded), query, query_words)) return MatchTier::kNear;
  return std::nullopt;
}

// Keeps, per tier, the kMaxPerTier shortest matched names.
void CapTiers(std::map<NodeKey, Found>& found) {
  std::map<MatchTier, std::vector<std::pair<size_t, NodeKey>>> by_tier;
  for (const auto& [key, f] : found) by_tier[f.tier].push_back({f.matched.size(), key});
  for (auto& [tier, entries] : by_tier) {
    if (entries.size() <= kMaxPerTier) continue;
    std::sort(entries.begin(), entries.end());
    for (size_t i = kMaxPerTier; i < entries.size(); ++i) found.erase(entries[i].second);
  }
}

// Names and aliases in another spelling, as words of longer names, or near.
Status ScanSpellings(const GraphReader& reader, const std::string& normalized, std::map<NodeKey, Found>& found) {
  std::string query = FoldedNameKey(normalized);
  size_t query_words = Words(query).size();
  Status s = ForEachIndexedName(reader, [&](const NameMatch& m) {
    std::optional<MatchTier> tier = SpellingTier(m.matched, query, query_words);
    if (!tier) return true;
    auto [it, inserted] = found.try_emplace(m.key, Found{*tier, m.matched});
    if (!inserted && *tier < it->second.tier) it->second = Found{*tier, m.matched};
    return true;
  });
  CapTiers(found);
  return s;
}

// Degree (capped) and country of a candidate: the target of its own
// located_in / in_country edge (not of edges pointing at it, as a country's).
Status AddNeighbourhood(const GraphReader& reader, NodeCandidate& c, const Node& node) {
  std::optional<NodeKey> country;
  Status s = reader.ForEachAdjacent(c.key, [&](const Adjacent& a) {
    bool placed = a.outgoing && (a.type == EdgeType::kLocatedIn || a.type == EdgeType::kInCountry);
    if (!country && placed) country = a.other;
    return ++c.degree < kDegreeCap;
  });
  if (!s.ok()) return s;
  if (country) {
    Result<Node> place = reader.GetNode(*country);
    if (place.ok()) c.country = place->name;
  } else if (node.properties.is_object() && node.properties.contains("country") &&
             node.properties["country"].is_string()) {
    c.country = node.properties["country"].get<std::string>();
  }
  return Status::Ok();
}

Result<std::vector<NodeCandidate>> Enrich(const GraphReader& reader, const std::map<NodeKey, Found>& found,
                                          const std::string& normalized) {
  std::vector<NodeCandidate> out;
  for (const auto& [key, f] : found) {
    Result<Node> node = reader.GetNode(key);
    if (!node.ok()) continue;  // an index entry of a node removed meanwhile
    NodeCandidate c{key, node->type, node->name, "", node->evidence_count, 0, f.tier, f.matched};
    if (c.tier == MatchTier::kAlias && NormalizeName(node->name) == normalized) c.tier = MatchTier::kName;
    LKG_RETURN_IF_ERROR(AddNeighbourhood(reader, c, *node));
    out.push_back(std::move(c));
  }
  return out;
}

size_t Weight(const NodeCandidate& c) { return c.evidence + c.degree; }

// Candidates compete within a group: their tier, and within it entities
// before cases (a case's name describes it: "arrest of Eldar Tadjibaev"
// holds the person's name but is not what "Tadjibaev" means).
int Group(const NodeCandidate& c) { return static_cast<int>(c.tier) * 2 + (c.type == NodeType::kCase ? 1 : 0); }

void Rank(std::vector<NodeCandidate>& candidates) {
  std::sort(candidates.begin(), candidates.end(), [](const NodeCandidate& a, const NodeCandidate& b) {
    if (Group(a) != Group(b)) return Group(a) < Group(b);
    // Near misses: whole names before longer names holding a near word.
    if (a.tier == MatchTier::kNear && a.matched.size() != b.matched.size()) return a.matched.size() < b.matched.size();
    if (Weight(a) != Weight(b)) return Weight(a) > Weight(b);
    if (a.name.size() != b.name.size()) return a.name.size() < b.name.size();
    return a.key < b.key;
  });
}

bool Decided(const std::vector<NodeCandidate>& ranked) {
  if (ranked.empty() || ranked.front().tier == MatchTier::kNear) return false;
  if (ranked.size() == 1 || Group(ranked[1]) != Group(ranked.front())) return true;
  return Weight(ranked.front()) > 0 && Weight(ranked.front()) >= 3 * Weight(ranked[1]);
}

Result<NodeLookup> LookupId(const GraphReader& reader, std::string_view text, NodeKey key) {
  Result<Node> node = reader.GetNode(key);
  if (!node.ok()) return Status::NotFound(Quoted("no node with id ", text, ""));
  NodeCandidate c{key, node->type, node->name, "", node->evidence_count, 0, MatchTier::kId, std::string(text)};
  LKG_RETURN_IF_ERROR(AddNeighbourhood(reader, c, *node));
  return NodeLookup{{std::move(c)}, true};
}

}  // namespace

const char* MatchTierName(MatchTier tier) {
  switch (tier) {
    case MatchTier::kId: return "id";
    case MatchTier::kName: return "name";
    case MatchTier::kAlias: return "alias";
    case MatchTier::kSpelling: return "spelling";
    case MatchTier::kWords: return "words";
    case MatchTier::kNear: return "near";
  }
  return "near";
}

Result<NodeLookup> LookupNode(const GraphReader& reader, std::string_view text, size_t limit) {
  if (!IsValidUtf8(text)) return Status::InvalidArgument("the node name is not valid UTF-8");
  if (std::optional<NodeKey> key = ParseNodeId(text)) return LookupId(reader, text, *key);
  std::string normalized = NormalizeName(text);
  if (normalized.empty()) return Status::InvalidArgument(Quoted("", text, " has no letters or digits to look up"));
  std::map<NodeKey, Found> found;
  Result<std::vector<NodeKey>> exact = reader.FindByName(text, std::nullopt);
  if (!exact.ok()) return exact.status();
  for (NodeKey key : *exact) found.emplace(key, Found{MatchTier::kAlias, normalized});
  if (found.empty()) LKG_RETURN_IF_ERROR(ScanSpellings(reader, normalized, found));
  Result<std::vector<NodeCandidate>> candidates = Enrich(reader, found, normalized);
  if (!candidates.ok()) return candidates.status();
  Rank(*candidates);
  NodeLookup lookup;
  lookup.decided = Decided(*candidates);
  if (candidates->size() > limit) candidates->resize(limit);
  lookup.candidates = std::move(*candidates);
  return lookup;
}

std::string DescribeCandidate(const NodeCandidate& c) {
  std::string line = FormatNodeId(c.key);
  line += "  ";
  line.append(NodeTypeName(c.type));
  line += "  ";
  line += c.name;
  if (!c.country.empty()) line.append("  (").append(c.country).append(")");
  line.append("  evidence ").append(std::to_string(c.evidence));
  line.append(", degree ").append(std::to_string(c.degree));
  if (c.degree >= kDegreeCap) line += '+';
  return line;
}

Result<NodeKey> ResolveNode(const GraphReader& reader, std::string_view text) {
  Result<NodeLookup> lookup = LookupNode(reader, text, 10);
  if (!lookup.ok()) return lookup.status();
  if (lookup->decided) return lookup->candidates.front().key;
  std::string message = Quoted("no node named ", text, "");
  if (!lookup->candidates.empty() && lookup->candidates.front().tier != MatchTier::kNear) {
    message = Quoted("", text, " could name several nodes; did you mean one of these? (give the id)");
  } else if (!lookup->candidates.empty()) {
    message += "; did you mean one of these?";
  }
  for (const NodeCandidate& c : lookup->candidates) message.append("\n  ").append(DescribeCandidate(c));
  if (lookup->candidates.empty() || lookup->candidates.front().tier == MatchTier::kNear) {
    return Status::NotFound(message);
  }
  return Status::InvalidArgument(message);
}

Result<NodeKey> ResolveExactNode(const GraphReader& reader, std::string_view text) {
  if (std::optional<NodeKey> key = ParseNodeId(text)) {
    if (!reader.GetNode(*key).ok()) return Status::NotFound(Quoted("no node with id ", text, ""));
    return *key;
  }
  Result<std::vector<NodeKey>> found = reader.FindByName(text, std::nullopt);
  if (!found.ok()) return found.status();
  if (found->empty()) return Status::NotFound(Quoted("no node named ", text, ""));
  if (found->size() == 1) return found->front();
  std::string message = Quoted("", text, " names ");
  message.append(std::to_string(found->size())).append(" nodes; use an id:");
  for (size_t i = 0; i < found->size() && i < 10; ++i) message.append(" ").append(FormatNodeId((*found)[i]));
  return Status::InvalidArgument(message);
}

}  // namespace lkg::query
