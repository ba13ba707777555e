#include "ingest/relations/relation_candidates.h"

#include <algorithm>

#include "ingest/relations/relation_words.h"

namespace lkg::ingest {
namespace {

using model::FeatureId;
using model::FeatureIds;

enum Label : int {
  kNone = 0,
  kHasRole,
  kAffiliatedForward,
  kAffiliatedBackward,
  kOrganizesAt,
  kSubsidiaryForward,
  kSubsidiaryBackward,
  kLocatedIn,
};

constexpr size_t kMaxGap = 40;

bool IsOrg(NodeType t) { return t == NodeType::kUnion || t == NodeType::kCompany || t == NodeType::kOrganization; }

// A token as a feature word: numbers folded together.
std::string WordOf(const Token& t) { return t.number ? std::string("<num>") : t.lower; }

class FeatureWriter {
 public:
  explicit FeatureWriter(FeatureIds* out) : out_(out) {}
  void Add(std::string_view prefix, std::string_view value) {
    key_.assign(prefix);
    key_.append(value);
    out_->push_back(FeatureId(key_));
  }
  void Add(std::string_view name) { out_->push_back(FeatureId(name)); }

 private:
  FeatureIds* out_;
  std::string key_;
};

// Words of the window before token `at` ("b1=", "b2=") or from it on ("a1=", "a2=").
void WindowFeatures(const Sentence& s, size_t before, size_t after, FeatureWriter& f) {
  const auto& t = s.tokens;
  f.Add("b1=", before >= 1 ? WordOf(t[before - 1]) : "<s>");
  f.Add("b2=", before >= 2 ? WordOf(t[before - 2]) : "<s>");
  f.Add("a1=", after < t.size() ? WordOf(t[after]) : "</s>");
  f.Add("a2=", after + 1 < t.size() ? WordOf(t[after + 1]) : "</s>");
}

// The words between the two mentions: each, the first and last, bigrams,
// the whole gap when short, its length, commas and brackets.
void GapFeatures(const Sentence& s, size_t from, size_t to, FeatureWriter& f) {
  const auto& t = s.tokens;
  size_t n = to - from;
  f.Add("d=", std::to_string(std::min<size_t>(n, 8)));
  if (n == 0) return;
  f.Add("g0=", WordOf(t[from]));
  f.Add("gL=", WordOf(t[to - 1]));
  int commas = 0;
  bool bracket = false;
  std::string whole;
  for (size_t k = from; k < to; ++k) {
    commas += t[k].lower == ",";
    bracket = bracket || t[k].lower == "(" || t[k].lower == ")";
    bool near = k < from + 6 || k + 6 >= to;
    if (!near) continue;
    f.Add("g=", WordOf(t[k]));
    if (k + 1 < to) f.Add("gb=", WordOf(t[k]) + "_" + WordOf(t[k + 1]));
    if (n <= 5) whole += WordOf(t[k]) + " ";
  }
  if (!whole.empty()) f.Add("gs=", whole);
  f.Add("c=", std::to_string(std::min(commas, 3)));
  if (bracket) f.Add("paren");
}

// A role word right after the person ("P, president of") or right before it ("President P").
void RoleFeatures(const Sentence& s, const PlacedMention& person, const char* side, FeatureWriter& f) {
  const auto& t = s.tokens;
  relwords::Words after, before;
  for (size_t k = person.end; k < t.size() && k < person.end + 5; ++k) {
    if (t[k].lower == "of" || t[k].lower == "at") break;
    after.push_back(t[k].lower);
  }
  for (size_t k = person.first; k > 0 && k + 4 > person.first; --k) before.insert(before.begin(), t[k - 1].lower);
  while (!after.empty() && relwords::RoleOf(after).empty()) after.pop_back();
  while (!before.empty() && relwords::RoleOf(before).empty()) before.erase(before.begin());
  std::string where(side);
  if (!after.empty()) f.Add("role_after" + where);
  if (!before.empty()) f.Add("role_before" + where);
}

constexpr size_t kNoToken = static_cast<size_t>(-1);

// The token "union" of the first "the union" outside every mention, or kNoToken.
size_t TheUnionToken(const Sentence& s, const std::vector<PlacedMention>& mentions) {
  for (size_t k = 1; k < s.tokens.size(); ++k) {
    if (s.tokens[k].lower != "union" || s.tokens[k - 1].lower != "the") continue;
    bool inside = std::any_of(mentions.begin(), mentions.end(),
                              [&](const PlacedMention& m) { return m.first <= k && k < m.end; });
    if (!inside) return k;
  }
  return kNoToken;
}

// A candidate with the context union: the words between the mention and "the union", if said.
void ContextFeatures(const Sentence& s, const std::vector<PlacedMention>& mentions, const PlacedMention& a,
                     const std::string& types, FeatureWriter& f) {
  f.Add("ctx=", types);
  WindowFeatures(s, a.first, a.end, f);
  if (a.type == NodeType::kPerson) RoleFeatures(s, a, "_ctx", f);
  size_t u = TheUnionToken(s, mentions);
  if (u == kNoToken) {
    f.Add("ctx_unsaid");
  } else if (u < a.first) {
    f.Add("ctx_union_before");
    GapFeatures(s, u + 1, a.first, f);
  } else {
    f.Add("ctx_union_after");
    GapFeatures(s, a.end, std::max(a.end, u - 1), f);
  }
}

}  // namespace

const std::vector<std::string>& RelationLabels() {
  static const std::vector<std::string> kLabels = {
      "none",          "has_role",       "affiliated_with>", "affiliated_with<",
      "organizes_at",  "subsidiary_of>", "subsidiary_of<",   "located_in"};
  return kLabels;
}

const std::vector<int>& AllowedRelationLabels(EdgeType type) {
  static const std::vector<int> kRole = {kNone, kHasRole}, kAffiliated = {kNone, kAffiliatedForward, kAffiliatedBackward},
                                kOrganizes = {kNone, kOrganizesAt},
                                kSubsidiary = {kNone, kSubsidiaryForward, kSubsidiaryBackward},
                                kLocated = {kNone, kLocatedIn}, kNothing = {kNone};
  switch (type) {
    case EdgeType::kHasRole: return kRole;
    case EdgeType::kAffiliatedWith: return kAffiliated;
    case EdgeType::kOrganizesAt: return kOrganizes;
    case EdgeType::kSubsidiaryOf: return kSubsidiary;
    case EdgeType::kLocatedIn: return kLocated;
    default: return kNothing;
  }
}

std::optional<EdgeType> RelationTypeFor(NodeType a, NodeType b) {
  if (a == NodeType::kPerson || b == NodeType::kPerson) {
    NodeType other = a == NodeType::kPerson ? b : a;
    if (IsOrg(other)) return EdgeType::kHasRole;
    return std::nullopt;
  }
  if (a == NodeType::kUnion && b == NodeType::kUnion) return EdgeType::kAffiliatedWith;
  if (a == NodeType::kCompany && b == NodeType::kCompany) return EdgeType::kSubsidiaryOf;
  if ((a == NodeType::kUnion && b == NodeType::kCompany) || (a == NodeType::kCompany && b == NodeType::kUnion)) {
    return EdgeType::kOrganizesAt;
  }
  if ((IsOrg(a) && b == NodeType::kCountry) || (a == NodeType::kCountry && IsOrg(b))) return EdgeType::kLocatedIn;
  return std::nullopt;
}


std::vector<RelationCandidate> RelationCandidates(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                                                  int context_union) {
  std::vector<RelationCandidate> out;
  bool context_named = context_union < 0;
  for (const PlacedMention& m : mentions) context_named = context_named || m.entity == context_union;
  bool the_union = !context_named && TheUnionToken(sentence, mentions) != kNoToken;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const PlacedMention& a = mentions[i];
    if (a.entity < 0) continue;
    for (size_t j = i + 1; j < mentions.size(); ++j) {
      const PlacedMention& b = mentions[j];
      if (b.entity < 0 || b.entity == a.entity || b.first < a.end || b.first - a.end > kMaxGap) continue;
      std::optional<EdgeType> type = RelationTypeFor(a.type, b.type);
      if (type) out.push_back({i, j, *type, a.entity, b.entity});
    }
    if (!context_named && a.type == NodeType::kPerson) {
      out.push_back({i, kContextMention, EdgeType::kHasRole, a.entity, context_union});
    }
    if (the_union && a.type == NodeType::kCompany) {
      out.push_back({i, kContextMention, EdgeType::kOrganizesAt, a.entity, context_union});
    }
  }
  return out;
}

std::optional<RelationFact> RelationOfLabel(const RelationCandidate& c, int label,
                                            const std::vector<ArticleEntity>& entities) {
  int a = c.first_entity, b = c.second_entity;
  NodeType ta = entities[a].type;
  auto fact = [](int source, int target, EdgeType type) {
    RelationFact f;
    f.source = source;
    f.target = target;
    f.type = type;
    return f;
  };
  switch (label) {
    case kHasRole: return ta == NodeType::kPerson ? fact(a, b, EdgeType::kHasRole) : fact(b, a, EdgeType::kHasRole);
    case kAffiliatedForward: return fact(a, b, EdgeType::kAffiliatedWith);
    case kAffiliatedBackward: return fact(b, a, EdgeType::kAffiliatedWith);
    case kOrganizesAt:
      return ta == NodeType::kUnion ? fact(a, b, EdgeType::kOrganizesAt) : fact(b, a, EdgeType::kOrganizesAt);
    case kSubsidiaryForward: return fact(a, b, EdgeType::kSubsidiaryOf);
    case kSubsidiaryBackward: return fact(b, a, EdgeType::kSubsidiaryOf);
    case kLocatedIn:
      return ta == NodeType::kCountry ? fact(b, a, EdgeType::kLocatedIn) : fact(a, b, EdgeType::kLocatedIn);
    default: return std::nullopt;
  }
}

namespace {

uint64_t PairKey(int a, int b) {
  if (a > b) std::swap(a, b);
  return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
}

const char* CountBucket(int n) { return n <= 0 ? "0" : n == 1 ? "1" : n == 2 ? "2" : n <= 5 ? "3-5" : "6+"; }

}  // namespace

void MentionCounts::AddSentence(const std::vector<PlacedMention>& mentions) {
  std::vector<int> seen;
  for (const PlacedMention& m : mentions) {
    if (m.entity >= 0 && std::find(seen.begin(), seen.end(), m.entity) == seen.end()) seen.push_back(m.entity);
  }
  for (size_t i = 0; i < seen.size(); ++i) {
    ++entities_[seen[i]];
    for (size_t j = i + 1; j < seen.size(); ++j) ++pairs_[PairKey(seen[i], seen[j])];
  }
}

int MentionCounts::Sentences(int entity) const {
  auto it = entities_.find(entity);
  return it == entities_.end() ? 0 : it->second;
}

int MentionCounts::Together(int a, int b) const {
  auto it = pairs_.find(PairKey(a, b));
  return it == pairs_.end() ? 0 : it->second;
}

void RelationFeatures(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                      const std::vector<ArticleEntity>& entities, const RelationCandidate& c,
                      const std::vector<RelationFact>& patterns, model::FeatureIds* out,
                      const MentionCounts* counts) {
  FeatureWriter f(out);
  const PlacedMention& a = mentions[c.first];
  const ArticleEntity& ea = entities[c.first_entity];
  const ArticleEntity& eb = entities[c.second_entity];
  std::string types = std::string(NodeTypeName(ea.type)) + ">" + std::string(NodeTypeName(eb.type));
  f.Add("bias");
  f.Add("t=", types);
  if (relwords::IsFederation(ea)) f.Add("fed_a");
  if (relwords::IsFederation(eb)) f.Add("fed_b");
  for (const RelationFact& p : patterns) {
    bool forward = p.source == c.first_entity && p.target == c.second_entity;
    bool backward = p.source == c.second_entity && p.target == c.first_entity;
    if (!forward && !backward) continue;
    f.Add("r=", p.rule);
    f.Add("pt=", std::string(EdgeTypeName(p.type)) + (forward ? ">" : "<"));
  }
  if (counts != nullptr) {
    f.Add("na=", CountBucket(counts->Sentences(c.first_entity)));
    f.Add("nb=", CountBucket(counts->Sentences(c.second_entity)));
    f.Add("tog=", std::string(CountBucket(counts->Together(c.first_entity, c.second_entity))) + "|" + types);
  }
  if (c.second == kContextMention) {
    ContextFeatures(sentence, mentions, a, types, f);
    return;
  }
  const PlacedMention& b = mentions[c.second];
  GapFeatures(sentence, a.end, b.first, f);
  WindowFeatures(sentence, a.first, b.end, f);
  int between = 0;
  for (size_t k = c.first + 1; k < c.second; ++k) {
    ++between;
    if (mentions[k].type == a.type) f.Add("same_a_between");
    if (mentions[k].type == b.type) f.Add("same_b_between");
  }
  f.Add("mb=", std::to_string(std::min(between, 3)));
  if (a.type == NodeType::kPerson) RoleFeatures(sentence, a, "_first", f);
  if (b.type == NodeType::kPerson) RoleFeatures(sentence, b, "_second", f);
  const PlacedMention& country = a.type == NodeType::kCountry ? a : b;
  if (c.type == EdgeType::kLocatedIn && country.end - country.first == 1 &&
      sentence.tokens[country.first].text != entities[country.entity].name) {
    f.Add("country_adjective");
  }
}

std::string NearestRole(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                        const RelationCandidate& c) {
  const PlacedMention& person = mentions[c.first].type == NodeType::kPerson ? mentions[c.first] : mentions[c.second];
  const auto& t = sentence.tokens;
  std::string best;
  size_t best_distance = 99;
  for (size_t len = 1; len <= 3; ++len) {
    for (size_t k = person.end; k + len <= t.size() && k < person.end + 5; ++k) {
      relwords::Words w;
      for (size_t x = k; x < k + len; ++x) w.push_back(t[x].lower);
      std::string role = relwords::RoleOf(w);
      if (!role.empty() && (k - person.end < best_distance || (k - person.end == best_distance && role.size() > best.size()))) {
        best = role, best_distance = k - person.end;
      }
    }
    for (size_t k = person.first >= len ? person.first - len : 0; k + 5 > person.first && k + len <= person.first; --k) {
      relwords::Words w;
      for (size_t x = k; x < k + len; ++x) w.push_back(t[x].lower);
      std::string role = relwords::RoleOf(w);
      size_t distance = person.first - (k + len);
      if (!role.empty() && (distance < best_distance || (distance == best_distance && role.size() > best.size()))) {
        best = role, best_distance = distance;
      }
      if (k == 0) break;
    }
  }
  return best;
}

}  // namespace lkg::ingest
