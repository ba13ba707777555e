// Name lookup and ranked name search over the names / name_words indexes.
#include <algorithm>
#include <unordered_set>

#include "engine/graph_reader.h"
#include "engine/name_index.h"
#include "engine/name_normalizer.h"

namespace lkg::internal {
namespace {

// Candidates collected per tier before ranking; bounds the work of a short
// prefix over a large store.
constexpr size_t kMinTierCandidates = 512;

bool TypeMatches(std::string_view value, std::optional<NodeType> type) {
  if (value.size() != 1) return false;
  return !type || static_cast<NodeType>(value[0]) == *type;
}

// Shorter matched names first (closer to the query), then alphabetical.
void RankTier(std::vector<NameMatch>& tier) {
  std::stable_sort(tier.begin(), tier.end(), [](const NameMatch& a, const NameMatch& b) {
    if (a.matched.size() != b.matched.size()) return a.matched.size() < b.matched.size();
    return a.matched < b.matched;
  });
}

}  // namespace

Result<std::vector<NodeKey>> RocksGraphReader::FindByName(std::string_view name, std::optional<NodeType> type) const {
  std::vector<NodeKey> out;
  std::string normalized = NormalizeName(name);
  if (normalized.empty()) return out;
  std::string prefix = normalized + '\0';
  Status s = Scan(Cf::kNames, prefix, [&](std::string_view key, std::string_view value) {
    auto entry = DecodeNameKey(key);
    if (entry && TypeMatches(value, type)) out.push_back(entry->node);
    return true;
  });
  LKG_RETURN_IF_ERROR(s);
  return out;
}

Result<std::vector<NameMatch>> RocksGraphReader::SearchNames(std::string_view query, std::optional<NodeType> type,
                                                             size_t limit) const {
  std::vector<NameMatch> out;
  std::string normalized = NormalizeName(query);
  if (normalized.empty() || limit == 0) return out;
  const size_t cap = std::max(kMinTierCandidates, limit * 4);
  std::unordered_set<NodeKey> seen;
  std::vector<NameMatch> exact, prefix, word;
  // Whole names starting with the query: exact ones and prefix ones.
  Status s = Scan(Cf::kNames, normalized, [&](std::string_view key, std::string_view value) {
    auto entry = DecodeNameKey(key);
    if (!entry || !TypeMatches(value, type)) return true;
    bool is_exact = entry->indexed == normalized;
    std::vector<NameMatch>& tier = is_exact ? exact : prefix;
    tier.push_back({entry->node, static_cast<NodeType>(value[0]), std::string(entry->indexed), is_exact});
    return prefix.size() < cap;
  });
  LKG_RETURN_IF_ERROR(s);
  // Names with a later word starting with the query.
  s = Scan(Cf::kNameWords, normalized, [&](std::string_view key, std::string_view value) {
    auto entry = DecodeWordKey(key);
    if (!entry || !TypeMatches(value, type)) return true;
    word.push_back({entry->node, static_cast<NodeType>(value[0]), std::string(entry->normalized), false});
    return word.size() < cap;
  });
  LKG_RETURN_IF_ERROR(s);
  RankTier(prefix);
  RankTier(word);
  for (std::vector<NameMatch>* tier : {&exact, &prefix, &word}) {
    for (NameMatch& match : *tier) {
      if (out.size() >= limit) return out;
      if (seen.insert(match.key).second) out.push_back(std::move(match));
    }
  }
  return out;
}

}  // namespace lkg::internal

namespace lkg {

Status ForEachIndexedName(const GraphReader& reader, const Visitor<NameMatch>& visit) {
  if (const auto* rocks = dynamic_cast<const internal::RocksGraphReader*>(&reader)) {
    return rocks->Scan(
        internal::Cf::kNames, "",
        [&](std::string_view key, std::string_view value) {
          auto entry = internal::DecodeNameKey(key);
          if (!entry || value.size() != 1) return true;
          return visit(NameMatch{entry->node, static_cast<NodeType>(value[0]), std::string(entry->indexed), false});
        },
        true);
  }
  return reader.ForEachNode([&](const Node& node) {
    if (!visit(NameMatch{node.key, node.type, NormalizeName(node.name), false})) return false;
    for (const std::string& alias : node.aliases) {
      if (!visit(NameMatch{node.key, node.type, NormalizeName(alias), false})) return false;
    }
    return true;
  });
}

}  // namespace lkg
