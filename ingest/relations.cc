#include "ingest/relations.h"

#include <cctype>
#include <string>

#include "ingest/gazetteer.h"

namespace lkg::ingest {
namespace {

using Words = std::vector<std::string>;

// The lower-cased tokens between two mentions; an acronym in brackets right
// after the first ("the Trade Union Congress of Swaziland (TUCOSWA) said") is skipped.
Words Gap(const Sentence& s, size_t from, size_t to) {
  const auto& t = s.tokens;
  if (from + 2 < to && t[from].text == "(" && t[from + 2].text == ")") from += 3;
  Words w;
  for (size_t k = from; k < to && k < t.size(); ++k) w.push_back(t[k].lower);
  return w;
}

bool IsDeterminer(const std::string& w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" || w == "their";
}

// The role named by `w` (determiners dropped), or "" when it is not a role.
std::string RoleOf(Words w) {
  while (!w.empty() && (IsDeterminer(w.front()) || w.front() == ",")) w.erase(w.begin());
  while (!w.empty() && (w.back() == "," || IsDeterminer(w.back()))) w.pop_back();
  if (w.empty() || w.size() > 4) return "";
  if (!w.empty() && w.front() == "'s") w.erase(w.begin());
  std::string phrase;
  for (const std::string& x : w) {
    if (x == "," || x == "'s" || x == "(" || x == ")") return "";
    if (!phrase.empty()) phrase.push_back(' ');
    phrase += x;
  }
  const Gazetteer& g = Gazetteer::Get();
  if (g.IsRole(phrase)) return phrase;
  // "acting general secretary", "newly elected president": a known role at the end.
  for (size_t k = 1; k < w.size(); ++k) {
    std::string tail;
    for (size_t j = k; j < w.size(); ++j) tail += (tail.empty() ? "" : " ") + w[j];
    if (g.IsRole(tail)) return phrase;
  }
  return "";
}

bool IsOrgLike(NodeType t) { return t == NodeType::kUnion || t == NodeType::kCompany || t == NodeType::kOrganization; }

bool Has(const Words& w, const char* word) {
  for (const std::string& x : w) if (x == word) return true;
  return false;
}

bool EndsWith(const Words& w, std::initializer_list<const char*> tail) {
  if (w.size() < tail.size()) return false;
  size_t k = w.size() - tail.size();
  for (const char* t : tail) if (w[k++] != t) return false;
  return true;
}

bool StartsWith(const Words& w, std::initializer_list<const char*> head) {
  if (w.size() < head.size()) return false;
  size_t k = 0;
  for (const char* h : head) if (w[k++] != h) return false;
  return true;
}

Words StripDeterminers(Words w) {
  Words out;
  for (std::string& x : w) if (!IsDeterminer(x)) out.push_back(std::move(x));
  return out;
}

class SentenceRelations {
 public:
  SentenceRelations(const Sentence& s, const std::vector<PlacedMention>& m, const std::vector<ArticleEntity>& e,
                    std::vector<RelationFact>& out)
      : s_(s), m_(m), e_(e), out_(out) {}

  void Run() {
    for (size_t i = 0; i < m_.size(); ++i) {
      for (size_t j = i + 1; j < m_.size() && j <= i + 3; ++j) Pair(i, j);
    }
    Roles();
  }

 private:
  NodeType T(size_t i) const { return m_[i].type; }

  void Add(size_t a, size_t b, EdgeType type, const char* rule, double conf, std::string role = "") {
    int src = m_[a].entity, dst = m_[b].entity;
    if (src == dst || src < 0 || dst < 0) return;
    RelationFact f{src, dst, type, std::move(role), rule, conf, s_.start, s_.end};
    out_.push_back(std::move(f));
  }

  // Relations between mention i and a later mention j (their gap decides).
  void Pair(size_t i, size_t j) {
    Words gap = Gap(s_, m_[i].end, m_[j].first);
    Words core = StripDeterminers(gap);
    NodeType a = T(i), b = T(j);
    if (a == NodeType::kUnion && b == NodeType::kUnion) Affiliation(i, j, core);
    if (a == NodeType::kUnion && b == NodeType::kCompany) UnionAtCompany(i, j, core);
    if (a == NodeType::kCompany && b == NodeType::kUnion) CompanyThenUnion(i, j, core);
    if (a == NodeType::kCompany && b == NodeType::kCompany) Subsidiary(i, j, core);
    if (IsOrgLike(a) && b == NodeType::kCountry) LocatedAfter(i, j, core);
    if (a == NodeType::kCountry && IsOrgLike(b)) LocatedBefore(i, j, core);
  }

  void Affiliation(size_t i, size_t j, const Words& g) {
    // "X, an affiliate of Y", "X, affiliated to Y", "X is a member of Y", "X joined Y"
    if (g.size() <= 6 && (EndsWith(g, {"affiliate", "of"}) || EndsWith(g, {"affiliated", "to"}) ||
                          EndsWith(g, {"affiliated", "with"}) || EndsWith(g, {"member", "of"}) ||
                          EndsWith(g, {"joined"}) || EndsWith(g, {"affiliates", "of"}) ||
                          EndsWith(g, {"member", "organisation", "of"}) || EndsWith(g, {"member", "union", "of"}))) {
      Add(i, j, EdgeType::kAffiliatedWith, "rule:affiliate_of", 0.8);
      return;
    }
    // "Y affiliate X", "Y and its affiliate, X", "Y affiliates X and Z"
    if (g.size() <= 5 && (StartsWith(g, {"affiliate"}) || StartsWith(g, {"affiliates"}) ||
                          StartsWith(g, {"'s", "affiliate"}) || StartsWith(g, {"and", "affiliate"}) ||
                          StartsWith(g, {"and", "affiliates"}) || StartsWith(g, {"member"}) ||
                          StartsWith(g, {"'s", "member"}))) {
      Add(j, i, EdgeType::kAffiliatedWith, "rule:federation_affiliate", 0.8);
      return;
    }
    // "X approved the affiliation request from Y"
    if (g.size() <= 8 && Has(g, "affiliation") && g.back() == "from") {
      Add(j, i, EdgeType::kAffiliatedWith, "rule:affiliation_request", 0.6);
    }
  }

  void UnionAtCompany(size_t i, size_t j, const Words& g) {
    // "the MMTUK local union at X", "X union members at Y", "represents workers at Y"
    if (g.size() <= 8 && !g.empty() && g.back() == "at" && !Has(g, "said") && !Has(g, "meeting")) {
      Add(i, j, EdgeType::kOrganizesAt, "rule:union_at_company", 0.7);
      return;
    }
    if (g.size() <= 6 && (EndsWith(g, {"recognized", "by"}) || EndsWith(g, {"recognised", "by"}) ||
                          EndsWith(g, {"agreement", "with"}) || EndsWith(g, {"represents", "workers", "at"}) ||
                          EndsWith(g, {"organizing", "workers", "at"}) || EndsWith(g, {"contract", "with"}))) {
      Add(i, j, EdgeType::kOrganizesAt, "rule:union_company_agreement", 0.65);
    }
  }

  void CompanyThenUnion(size_t i, size_t j, const Words& g) {
    // "X has recognized a local branch of Y", "X workers, members of Y", "X workers represented by Y"
    bool recognized = Has(g, "recognized") || Has(g, "recognised") || Has(g, "recognizes") || Has(g, "recognises");
    if (g.size() <= 10 && (recognized || EndsWith(g, {"represented", "by"}) ||
                           (Has(g, "workers") && EndsWith(g, {"members", "of"})) ||
                           EndsWith(g, {"workers", "'s"}) || EndsWith(g, {"workers", "'"}))) {
      Add(j, i, EdgeType::kOrganizesAt, "rule:company_recognizes_union", 0.65);
    }
  }

  void Subsidiary(size_t i, size_t j, const Words& g) {
    if (g.size() <= 6 && (EndsWith(g, {"subsidiary", "of"}) || EndsWith(g, {"owned", "by"}) ||
                          EndsWith(g, {"unit", "of"}) || EndsWith(g, {"part", "of"}) ||
                          EndsWith(g, {"division", "of"}) || EndsWith(g, {"affiliate", "of"}) ||
                          EndsWith(g, {"controlled", "by"}) || EndsWith(g, {"acquired", "by"}) ||
                          EndsWith(g, {"subsidiary", "of", "russian"}))) {
      Add(i, j, EdgeType::kSubsidiaryOf, "rule:subsidiary_of", 0.8);
      return;
    }
    // "Y's subsidiary X", "Y subsidiary X", "Y owns X", "Y acquired X"
    if (g.size() <= 4 && (StartsWith(g, {"'s", "subsidiary"}) || StartsWith(g, {"subsidiary"}) ||
                          StartsWith(g, {"owns"}) || StartsWith(g, {"acquired"}) || StartsWith(g, {"bought"}) ||
                          StartsWith(g, {"'s", "unit"}))) {
      Add(j, i, EdgeType::kSubsidiaryOf, "rule:parent_owns", 0.7);
    }
  }

  void LocatedAfter(size_t i, size_t j, const Words& g) {
    static const char* kVerbs[] = {"based", "located", "headquartered", "operating", "operates", "registered",
                                   "active", "working", "works", "headquarters", "plant", "factory", "mine",
                                   "operations", "subsidiary", "branch", "office", "offices", "union"};
    bool ok = g.size() == 1 && g[0] == "in";
    if (!ok && g.size() <= 6 && !g.empty() && g.back() == "in") {
      for (const char* v : kVerbs) ok = ok || Has(g, v);
      ok = ok && !Has(g, "said") && !Has(g, "held") && !Has(g, "met");
    }
    if (!ok && g.size() == 1 && g[0] == "(") ok = true;  // "X (Brazil)"
    if (!ok) return;
    Add(i, j, EdgeType::kLocatedIn, "rule:located_in_country", 0.7);
    // "operating in Russia, Italy, Ukraine and ...": the whole list.
    for (size_t k = j + 1; k < m_.size() && T(k) == NodeType::kCountry; ++k) {
      Words sep = Gap(s_, m_[k - 1].end, m_[k].first);
      bool list = sep.size() == 1 && (sep[0] == "," || sep[0] == "and");
      list = list || (sep.size() == 2 && sep[0] == "," && sep[1] == "and");
      if (!list) break;
      Add(i, k, EdgeType::kLocatedIn, "rule:located_in_country_list", 0.65);
    }
  }

  void LocatedBefore(size_t i, size_t j, const Words& g) {
    // "Japan's Rengo", "Turkish subsidiary X", "India-based X", "Korean union KMWU"
    static const char* kNouns[] = {"'s", "largest", "biggest", "main", "leading", "national", "state-owned",
                                   "subsidiary", "company", "firm", "union", "unions", "federation", "confederation",
                                   "branch", "unit", "affiliate", "largest", "second-largest", "only", "oil", "mining",
                                   "carmaker", "automaker", "retailer", "operator", "steelmaker", "manufacturer",
                                   "independent", "trade", ",", "court", "ministry", "agency"};
    if (g.size() > 4) return;
    bool head = false;
    for (size_t k = 0; k < g.size(); ++k) {
      bool ok = false;
      for (const char* n : kNouns) ok = ok || g[k] == n;
      head = head || ok;
      bool lower_word = !g[k].empty() && std::islower(static_cast<unsigned char>(g[k][0])) && k + 1 < g.size();
      if (!ok && !lower_word && g[k] != "'") return;  // "Turkish metalworkers' union X"
    }
    if (!g.empty() && !head) return;
    if (g.empty() && s_.tokens[m_[i].first].lower.find('-') == std::string::npos) return;
    Add(j, i, EdgeType::kLocatedIn, "rule:country_before_name", 0.65);
  }

  // has_role between a person and an organisation near it.
  void Roles() {
    for (size_t p = 0; p < m_.size(); ++p) {
      if (T(p) != NodeType::kPerson) continue;
      if (RoleAfterPerson(p)) continue;
      RoleBeforePerson(p);
    }
  }

  bool RoleAfterPerson(size_t p) {
    for (size_t o = p + 1; o < m_.size() && o <= p + 2; ++o) {
      if (!IsOrgLike(T(o))) continue;
      Words g = Gap(s_, m_[p].end, m_[o].first);
      // "P, ROLE of [the] O" / "P, who is the ROLE of O" / "P is ROLE at O"
      Words head = g;
      while (!head.empty() && (head.back() == "of" || head.back() == "at" || head.back() == "for" ||
                               head.back() == "with" || IsDeterminer(head.back()))) {
        head.pop_back();
      }
      if (!head.empty() && (head.front() == "," || head.front() == "(")) head.erase(head.begin());
      if (head.size() >= 2 && (head[0] == "who" || head[0] == "is" || head[0] == "was" || head[0] == "became")) {
        head.erase(head.begin(), head.begin() + ((head[0] == "who" && head.size() > 2) ? 2 : 1));
      }
      bool ends_prep = g.size() >= 2 && (EndsWith(StripDeterminers(g), {"of"}) ||
                                          EndsWith(StripDeterminers(g), {"at"}) || EndsWith(StripDeterminers(g), {"for"}));
      if (ends_prep && g.size() <= 10) {
        std::string role = RoleOf(head);
        if (role.empty()) role = RoleOf(BeforeBranch(head));
        if (!role.empty()) {
          Add(p, ChooseOrg(o), EdgeType::kHasRole, "rule:person_role_of_org", 0.8, role);
          return true;
        }
      }
      // "P, O ROLE" / "P, O's ROLE"
      if ((g.size() == 1 && g[0] == ",") || (g.size() == 2 && g[0] == "," && IsDeterminer(g[1]))) {
        Words after;
        for (size_t k = m_[o].end; k < s_.tokens.size() && after.size() < 5; ++k) {
          const std::string& w = s_.tokens[k].lower;
          if (w == "," || w == "." || w == "and" || w == ")" || w == "said" || w == ";") break;
          after.push_back(w);
        }
        std::string role = RoleOf(after);
        if (!role.empty()) {
          Add(p, o, EdgeType::kHasRole, "rule:person_org_role_apposition", 0.8, role);
          return true;
        }
      }
    }
    return false;
  }

  // "chairman of the local branch" -> "chairman": the role before a branch phrase.
  static Words BeforeBranch(const Words& head) {
    static const char* kBranch[] = {"the", "local", "branch", "union", "primary", "organisation", "organization",
                                    "chapter", "section", "committee", "of", "trade"};
    for (size_t k = 0; k < head.size(); ++k) {
      if (head[k] != "of") continue;
      bool branch = true;
      for (size_t j = k + 1; j < head.size(); ++j) {
        bool ok = false;
        for (const char* b : kBranch) ok = ok || head[j] == b;
        branch = branch && ok;
      }
      if (branch) return Words(head.begin(), head.begin() + static_cast<long>(k));
      break;
    }
    return {};
  }

  // "X affiliate, the Y": the organisation meant is Y.
  size_t ChooseOrg(size_t o) {
    if (o + 1 < m_.size() && T(o + 1) == T(o)) {
      Words g = StripDeterminers(Gap(s_, m_[o].end, m_[o + 1].first));
      if (!g.empty() && (g[0] == "affiliate" || g[0] == "'s") && g.size() <= 3) return o + 1;
    }
    return o;
  }

  void RoleBeforePerson(size_t p) {
    if (p == 0) return;
    size_t o = p - 1;
    if (!IsOrgLike(T(o))) return;
    Words g = Gap(s_, m_[o].end, m_[p].first);
    // "O ROLE P" / "O's ROLE P" / "O ROLE, P" / "O said its ROLE, P"
    Words w = g;
    if (!w.empty() && w.back() == ",") w.pop_back();
    // "O said its ROLE, P" / "O reported that its ROLE, P"
    for (size_t k = w.size(); k-- > 0;) {
      if (w[k] == "its" && k + 1 < w.size() && w.size() - k <= 4 && k <= 3) {
        w.erase(w.begin(), w.begin() + static_cast<long>(k) + 1);
        break;
      }
    }
    std::string role = RoleOf(w);
    if (!role.empty()) {
      Add(p, o, EdgeType::kHasRole, "rule:org_role_person", 0.8, role);
      return;
    }
    // "ROLE of [the] O, P" / "ROLE of O P"
    if (g.size() <= 1 && (g.empty() || g[0] == ",")) {
      Words before;
      size_t k = m_[o].first;
      while (k > 0 && before.size() < 6) {
        const std::string& x = s_.tokens[k - 1].lower;
        if (x == "," || x == "." || x == ":" ) break;
        before.insert(before.begin(), x);
        --k;
      }
      Words b = StripDeterminers(before);
      if (b.size() >= 2 && (b.back() == "of" || b.back() == "at")) {
        b.pop_back();
        std::string r = RoleOf(b);
        if (!r.empty()) Add(p, o, EdgeType::kHasRole, "rule:role_of_org_person", 0.75, r);
      }
    }
  }

  const Sentence& s_;
  const std::vector<PlacedMention>& m_;
  const std::vector<ArticleEntity>& e_;
  std::vector<RelationFact>& out_;
};

}  // namespace

void FindRelations(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                   const std::vector<ArticleEntity>& entities, std::vector<RelationFact>& out) {
  SentenceRelations(sentence, mentions, entities, out).Run();
}

}  // namespace lkg::ingest
