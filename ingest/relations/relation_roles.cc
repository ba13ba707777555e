#include "ingest/relations/relation_roles.h"

#include <string>

#include "ingest/relations/relation_words.h"
#include "ingest/rules/rule_confidences.h"

namespace lkg::ingest {
namespace {

using namespace relwords;  // NOLINT: the gap vocabulary of this file

bool IsStop(const std::string& w) {
  return w == "," || w == "." || w == ":" || w == ";" || w == "(" || w == ")" || w == "\"" || w == "and" ||
         w == "said" || w == "says";
}

// The longest role that `w` starts with ("regional secretary for Asia" -> "regional secretary").
std::string LongestRolePrefix(const Words& w) {
  for (size_t n = w.size(); n > 0; --n) {
    std::string role = RoleOf(Words(w.begin(), w.begin() + static_cast<long>(n)));
    if (!role.empty()) return role;
  }
  return "";
}

// The role that `w` ends with, after its last function word ("called by
// general secretary" -> "general secretary").
std::string RoleAtEnd(const Words& w) {
  size_t start = w.size();
  while (start > 0) {
    const std::string& x = w[start - 1];
    bool function_word = x == "by" || x == "of" || x == "at" || x == "for" || x == "with" || x == "to" ||
                         x == "from" || x == "in" || x == "on" || x == "'s" || x == "," || x == "said" ||
                         x == "says" || x == "told" || x == "was" || x == "is" || x == "according";
    if (function_word) break;
    --start;
  }
  return RoleOf(Words(w.begin() + static_cast<long>(start), w.end()));
}

// The role a "who VERB" clause gives: "who heads" -> "head"; "" for other verbs.
const char* LeadVerbRole(const std::string& verb) {
  if (verb == "leads" || verb == "led") return "leader";
  if (verb == "heads" || verb == "headed") return "head";
  if (verb == "chairs" || verb == "chaired") return "chair";
  if (verb == "founded" || verb == "co-founded") return "founder";
  return "";
}

class SentenceRoles {
 public:
  SentenceRoles(const Sentence& s, const std::vector<PlacedMention>& m, const std::vector<ArticleEntity>& e,
                int context_union, std::vector<RelationFact>& out)
      : s_(s), t_(s.tokens), m_(m), e_(e), context_union_(context_union), out_(out) {}

  void Run() {
    for (size_t p = 0; p < m_.size(); ++p) {
      if (m_[p].type != NodeType::kPerson) continue;
      if (RoleAfterPerson(p) || RoleBeforePerson(p)) continue;
      GenericUnionRole(p);
    }
  }

 private:
  // A has_role edge made by `rule`, with the rule's confidence (rules/rule_confidences.tsv).
  void AddRole(size_t p, int org, const char* rule, std::string role) {
    int person = m_[p].entity;
    if (person == org || person < 0 || org < 0) return;
    out_.push_back({person, org, EdgeType::kHasRole, std::move(role), rule, rules::RuleConfidence(rule), s_.start,
                    s_.end});
  }

  // The words of tokens [from, to) up to the first stop word (at most `limit`).
  Words WordsFrom(size_t from, size_t to, size_t limit) const {
    Words w;
    for (size_t k = from; k < to && k < t_.size() && w.size() < limit && !IsStop(t_[k].lower); ++k) {
      w.push_back(t_[k].lower);
    }
    return w;
  }

  // The words of the tokens before mention `p` back to a stop word or an
  // earlier mention (at most `limit`); one comma right before `p` is skipped.
  Words WordsBefore(size_t p, size_t limit) const {
    size_t floor = p > 0 ? m_[p - 1].end : 0;
    size_t k = m_[p].first;
    if (k > floor && t_[k - 1].lower == ",") --k;
    Words w;
    while (k > floor && w.size() < limit && t_[k - 1].word && !IsStop(t_[k - 1].lower)) {
      w.insert(w.begin(), t_[--k].lower);
    }
    return w;
  }

  bool RoleAfterPerson(size_t p) {
    for (size_t o = p + 1; o < m_.size() && o <= p + 2; ++o) {
      if (!IsOrgLike(m_[o].type)) continue;
      Words g = Gap(s_, m_[p].end, m_[o].first);
      if (WhoLeads(p, o, g) || RoleThenPreposition(p, o, g) || ApposedOrgRole(p, o, g) || TitleThenOf(p, o, g)) {
        return true;
      }
    }
    return false;
  }

  // "P, who heads O", "P, who has led O since 2019".
  bool WhoLeads(size_t p, size_t o, const Words& g) {
    Words core;
    for (const std::string& w : StripDeterminers(g)) {
      if (w != "," && w != "has" && w != "had" && w != "now" && w != "currently" && w != "also") core.push_back(w);
    }
    if (core.size() != 2 || core[0] != "who" || !*LeadVerbRole(core[1])) return false;
    AddRole(p, m_[ChooseOrg(o)].entity, "rule:person_who_leads_org", LeadVerbRole(core[1]));
    return true;
  }

  // "P, ROLE of [the] O" / "P, who is the ROLE of O" / "P is ROLE at O".
  bool RoleThenPreposition(size_t p, size_t o, const Words& g) {
    Words stripped = StripDeterminers(g);
    bool ends_prep = g.size() >= 2 && (EndsWith(stripped, {"of"}) || EndsWith(stripped, {"at"}) ||
                                       EndsWith(stripped, {"for"}));
    if (!ends_prep || g.size() > 10) return false;
    Words head = g;
    while (!head.empty() && (head.back() == "of" || head.back() == "at" || head.back() == "for" ||
                             head.back() == "with" || IsDeterminer(head.back()))) {
      head.pop_back();
    }
    if (!head.empty() && (head.front() == "," || head.front() == "(")) head.erase(head.begin());
    if (head.size() >= 2 && (head[0] == "who" || head[0] == "is" || head[0] == "was" || head[0] == "became")) {
      head.erase(head.begin(), head.begin() + ((head[0] == "who" && head.size() > 2) ? 2 : 1));
    }
    std::string role = RoleOf(head);
    if (role.empty()) role = RoleOf(BeforeBranch(head));
    if (role.empty()) return false;
    AddRole(p, m_[ChooseOrg(o)].entity, "rule:person_role_of_org", role);
    return true;
  }

  // "P, O ROLE" / "P, O's ROLE" / "P, the O regional secretary for Asia" / "P, who is O's president".
  bool ApposedOrgRole(size_t p, size_t o, const Words& g) {
    Words rest = StripDeterminers(g);
    bool comma = !rest.empty() && rest[0] == ",";
    if (comma) rest.erase(rest.begin());
    if (!rest.empty() && rest[0] == "who") rest.erase(rest.begin());
    if (!rest.empty() && (rest[0] == "is" || rest[0] == "was" || rest[0] == "became")) rest.erase(rest.begin());
    if (!rest.empty() || (!comma && g.empty())) return false;
    std::string role = LongestRolePrefix(WordsFrom(m_[o].end, t_.size(), 5));
    if (role.empty()) return false;
    AddRole(p, m_[o].entity, "rule:person_org_role_apposition", role);
    return true;
  }

  // "President P of O", "general secretary P of the O".
  bool TitleThenOf(size_t p, size_t o, const Words& g) {
    Words core = StripDeterminers(g);
    if (core.size() != 1 || core[0] != "of") return false;
    std::string role = RoleAtEnd(WordsBefore(p, 4));
    if (role.empty()) return false;
    AddRole(p, m_[o].entity, "rule:role_person_of_org", role);
    return true;
  }

  // "X affiliate, the Y": the organisation meant is Y.
  size_t ChooseOrg(size_t o) const {
    if (o + 1 < m_.size() && m_[o + 1].type == m_[o].type) {
      Words g = StripDeterminers(Gap(s_, m_[o].end, m_[o + 1].first));
      if (!g.empty() && (g[0] == "affiliate" || g[0] == "'s") && g.size() <= 3) return o + 1;
    }
    return o;
  }

  bool RoleBeforePerson(size_t p) {
    if (p == 0 || !IsOrgLike(m_[p - 1].type)) return false;
    size_t o = p - 1;
    Words g = Gap(s_, m_[o].end, m_[p].first);
    // "O ROLE P" / "O's ROLE P" / "O ROLE, P" / "O said its ROLE, P"
    Words w = g;
    if (!w.empty() && w.back() == ",") w.pop_back();
    bool far = false;  // "O have described ... and its general secretary, P"
    for (size_t k = w.size(); k-- > 0;) {
      if (w[k] == "its" && k + 1 < w.size() && w.size() - k <= 4 && w.size() <= 20) {
        far = k > 3;
        w.erase(w.begin(), w.begin() + static_cast<long>(k) + 1);
        break;
      }
    }
    bool subject = true;  // a distant "its" means the sentence's first organisation
    for (size_t k = 0; k < o; ++k) subject = subject && !IsOrgLike(m_[k].type);
    std::string role = far && !subject ? "" : RoleOf(w);
    if (!role.empty()) {
      AddRole(p, m_[o].entity, far ? "rule:org_its_role_person" : "rule:org_role_person", role);
      return true;
    }
    return RoleOfOrgThenPerson(p, o, g);
  }

  // "ROLE of [the] O, P" / "ROLE of O P".
  bool RoleOfOrgThenPerson(size_t p, size_t o, const Words& g) {
    if (g.size() > 1 || (!g.empty() && g[0] != ",")) return false;
    Words before;
    for (size_t k = m_[o].first; k > 0 && before.size() < 6; --k) {
      const std::string& x = t_[k - 1].lower;
      if (x == "," || x == "." || x == ":") break;
      before.insert(before.begin(), x);
    }
    Words b = StripDeterminers(before);
    if (b.size() < 2 || (b.back() != "of" && b.back() != "at" && b.back() != "for")) return false;
    b.pop_back();
    std::string role = RoleOf(b);
    if (role.empty()) return false;
    AddRole(p, m_[o].entity, "rule:role_of_org_person", role);
    return true;
  }

  // The union "the union" means here: the nearest union named earlier in
  // the sentence (not a global federation), else the context's.
  int UnionInContext(size_t p) const {
    for (size_t k = p; k-- > 0;) {
      if (m_[k].type == NodeType::kUnion && !IsFederation(e_[m_[k].entity])) return m_[k].entity;
    }
    return context_union_;
  }

  // "P, the union's president", "P, president of the union", "union president P".
  void GenericUnionRole(size_t p) {
    int u = UnionInContext(p);
    if (u < 0) return;
    size_t k = m_[p].end;
    std::string role;
    if (k + 1 < t_.size() && t_[k].lower == ",") {
      Words after = WordsFrom(k + 1, p + 1 < m_.size() ? m_[p + 1].first : t_.size(), 8);
      Words core = StripDeterminers(after);
      if (core.size() >= 3 && core[0] == "union" && core[1] == "'s") {
        role = LongestRolePrefix(Words(core.begin() + 2, core.end()));
      } else if (core.size() >= 3 && EndsWith(core, {"of", "union"})) {
        role = RoleOf(Words(core.begin(), core.end() - 2));
      }
    }
    if (role.empty()) {
      Words before = WordsBefore(p, 5);
      for (size_t j = 0; j < before.size(); ++j) {
        if (before[j] != "union") continue;
        Words rest(before.begin() + static_cast<long>(j) + 1, before.end());
        if (!rest.empty() && rest.front() == "'s") rest.erase(rest.begin());
        role = RoleOf(rest);
        break;
      }
    }
    if (!role.empty()) AddRole(p, u, "rule:union_role_in_context", role);
  }

  const Sentence& s_;
  const std::vector<Token>& t_;
  const std::vector<PlacedMention>& m_;
  const std::vector<ArticleEntity>& e_;
  int context_union_;
  std::vector<RelationFact>& out_;
};

}  // namespace

void FindRoles(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
               const std::vector<ArticleEntity>& entities, int context_union, std::vector<RelationFact>& out) {
  SentenceRoles(sentence, mentions, entities, context_union, out).Run();
}

}  // namespace lkg::ingest
