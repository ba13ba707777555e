#include "ingest/relations/relations.h"

#include <cctype>
#include <string>

#include "ingest/text/norm_key.h"
#include "ingest/relations/relation_roles.h"
#include "ingest/relations/relation_words.h"
#include "ingest/entities/word_lists.h"
#include "ingest/rules/rule_confidences.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest {
namespace {

using namespace relwords;  // NOLINT: the gap vocabulary of this file

// The relation word class `cls` (rules/relation_words.tsv), looked up once per call site.
const rules::WordSet& Class(std::string_view cls) { return rules::Words("relation_words.tsv", cls); }

// Job nouns beyond words::IsWorkerNoun that name a company's workforce.
bool IsStaffNoun(const std::string& w) {
  static const rules::WordSet& nouns = Class("staff_nouns");
  return nouns.Has(w);
}

class SentenceRelations {
 public:
  SentenceRelations(const Sentence& s, const std::vector<PlacedMention>& m, const std::vector<ArticleEntity>& e,
                    int context_union, std::vector<RelationFact>& out)
      : s_(s), m_(m), e_(e), context_union_(context_union), out_(out) {}

  void Run() {
    for (size_t i = 0; i < m_.size(); ++i) {
      for (size_t j = i + 1; j < m_.size() && j <= i + 3; ++j) Pair(i, j);
    }
    CompanyUnions();
    HyphenOwned();
    for (size_t j = 0; j < m_.size(); ++j) {
      if (T(j) == NodeType::kCompany) GenericUnionAtCompany(j);
    }
  }

  // "Hyundai Motor India Employees Union": a union named after the company it organizes.
  void CompanyUnions() {
    for (size_t u = 0; u < m_.size(); ++u) {
      if (T(u) != NodeType::kUnion) continue;
      const std::string& union_name = e_[m_[u].entity].name;
      for (size_t c = 0; c < e_.size(); ++c) {
        const ArticleEntity& co = e_[c];
        if (co.type != NodeType::kCompany || co.name.size() < 3 || co.name.size() >= union_name.size()) continue;
        if (union_name.compare(0, co.name.size(), co.name) != 0 || union_name[co.name.size()] != ' ') continue;
        RelationFact f{m_[u].entity, static_cast<int>(c), EdgeType::kOrganizesAt, "",
                       "rule:union_named_after_company", rules::RuleConfidence("rule:union_named_after_company"), s_.start, s_.end};
        out_.push_back(std::move(f));
      }
    }
  }

 private:
  NodeType T(size_t i) const { return m_[i].type; }

  // An edge a -> b made by `rule`, with the rule's confidence (rules/rule_confidences.tsv)
  // or that of `confidence_of` when a variant of the rule is less sure.
  void Add(size_t a, size_t b, EdgeType type, const char* rule, const char* confidence_of = nullptr) {
    int src = m_[a].entity, dst = m_[b].entity;
    if (src == dst || src < 0 || dst < 0) return;
    RelationFact f{src, dst, type, "", rule, rules::RuleConfidence(confidence_of ? confidence_of : rule), s_.start,
                   s_.end};
    out_.push_back(std::move(f));
  }

  // A public body that employs the workers a union organizes: a transit
  // authority, a university, a hospital ("Orange County Transportation Authority").
  bool PublicEmployer(size_t i) const {
    if (T(i) != NodeType::kOrganization) return false;
    const std::string& name = e_[m_[i].entity].name;
    for (const char* head : {"Authority", "Transit", "Transportation", "University", "Hospital", "Medical Center",
                             "College", "School", "Railway", "Postal", "Airport"}) {
      if (name.find(head) != std::string::npos) return true;
    }
    return false;
  }

  // Relations between mention i and a later mention j (their gap decides).
  void Pair(size_t i, size_t j) {
    Words gap = Gap(s_, m_[i].end, m_[j].first);
    Words core = StripDeterminers(gap);
    NodeType a = T(i), b = T(j);
    if (a == NodeType::kUnion && b == NodeType::kUnion) Affiliation(i, j, core);
    if (a == NodeType::kUnion && (b == NodeType::kCompany || PublicEmployer(j))) UnionAtCompany(i, j, core);
    if ((a == NodeType::kCompany || PublicEmployer(i)) && b == NodeType::kUnion) CompanyThenUnion(i, j, core);
    if (a == NodeType::kCompany && b == NodeType::kCompany) Subsidiary(i, j, core);
    if (j == i + 1 && ((a == NodeType::kUnion && b == NodeType::kCompany) ||
                       (a == NodeType::kCompany && b == NodeType::kUnion))) {
      UnionAndCompany(i, j);
    }
    if (IsOrgLike(a) && b == NodeType::kCountry) LocatedAfter(i, j, core);
    if (a == NodeType::kCountry && IsOrgLike(b)) LocatedBefore(i, j, core);
  }

  // "IndustriALL affiliates A, B and C": the edge goes to every union of the list.
  void AffiliateList(size_t federation, size_t first) {
    for (size_t k = first + 1; k < m_.size() && T(k) == NodeType::kUnion; ++k) {
      Words sep = Gap(s_, m_[k - 1].end, m_[k].first);
      bool list = (sep.size() == 1 && (sep[0] == "," || sep[0] == "and")) ||
                  (sep.size() == 2 && sep[0] == "," && sep[1] == "and");
      if (!list) break;
      Add(k, federation, EdgeType::kAffiliatedWith, "rule:federation_affiliate_list");
    }
  }

  void Affiliation(size_t i, size_t j, const Words& g) {
    // "X, an IndustriALL affiliate", "X, a KCTU member union"
    if ((g.size() == 2 && g[0] == "," && (g[1] == "a" || g[1] == "an" || g[1] == "the")) || (g.size() == 1 && g[0] == ",")) {
      size_t after = m_[j].end;
      const auto& t = s_.tokens;
      if (after < t.size() && (t[after].lower == "affiliate" || t[after].lower == "member")) {
        Add(i, j, EdgeType::kAffiliatedWith, "rule:affiliate_apposition");
        return;
      }
    }
    // "X, an affiliate of Y", "X, affiliated to Y", "X is a member of Y", "X joined Y"
    static const std::vector<rules::Phrase>& affiliate_of = rules::CuePhrases("affiliate_of_end");
    static const std::vector<rules::Phrase>& federation_first = rules::CuePhrases("federation_start");
    if (g.size() <= 6 && EndsWithAny(g, affiliate_of)) {
      Add(i, j, EdgeType::kAffiliatedWith, "rule:affiliate_of");
      return;
    }
    // "Y affiliate X", "Y and its affiliate, X", "Y affiliates X and Z"
    if (g.size() <= 5 && StartsWithAny(g, federation_first)) {
      Add(j, i, EdgeType::kAffiliatedWith, "rule:federation_affiliate");
      AffiliateList(i, j);
      return;
    }
    // "X approved the affiliation request from Y"
    if (g.size() <= 8 && Has(g, "affiliation") && g.back() == "from") {
      Add(j, i, EdgeType::kAffiliatedWith, "rule:affiliation_request");
    }
  }

  // True when workers of the company mention `j` follow it: "Z's 1,200 coach operators", "Z workers".
  bool WorkersAfter(size_t j) const {
    const auto& t = s_.tokens;
    for (size_t k = m_[j].end; k < t.size() && k < m_[j].end + 7; ++k) {
      const Token& x = t[k];
      if (words::IsWorkerNoun(x.norm) || IsStaffNoun(x.lower)) return true;
      bool filler = x.lower == "'s" || x.lower == "'" || x.lower == "," || x.number ||
                    (x.word && !x.upper && x.lower != "and" && x.lower != "of");
      if (!filler) return false;
    }
    return false;
  }

  void UnionAtCompany(size_t i, size_t j, const Words& g) {
    if (IsFederation(e_[m_[i].entity])) return;
    for (size_t k = i + 1; k < j; ++k) {
      if (T(k) == NodeType::kUnion && !IsFederation(e_[m_[k].entity])) return;  // the nearer union organizes
    }
    if (UnionAtCompanyCue(g)) {
      Add(i, j, EdgeType::kOrganizesAt, "rule:union_at_company");
    } else if (RepresentsCue(g) && WorkersAfter(j)) {  // "Y, which represents Z's 1,200 coach operators"
      Add(i, j, EdgeType::kOrganizesAt, "rule:union_represents_company_workers");
    }
  }

  void CompanyThenUnion(size_t i, size_t j, const Words& gap) {
    if (IsFederation(e_[m_[j].entity])) return;
    Words g = gap;
    if (j >= i + 2 && T(j - 1) == NodeType::kUnion && IsFederation(e_[m_[j - 1].entity])) {
      // "workers at Z, members of IndustriALL affiliate Y": the federation's words are no part of the cue.
      Words between = StripDeterminers(Gap(s_, m_[j - 1].end, m_[j].first));
      if (between.empty() || between[0] == "affiliate" || between[0] == "affiliates" || between[0] == "member") {
        g = StripDeterminers(Gap(s_, m_[i].end, m_[j - 1].first));
      }
    }
    const auto& t = s_.tokens;
    bool workers_before = false;  // "workers at Z ... voted to unionize with Y"
    for (size_t k = m_[i].first; k > 0 && k + 3 > m_[i].first; --k) {
      workers_before = workers_before || words::IsWorkerNoun(t[k - 1].norm) || IsStaffNoun(t[k - 1].lower);
    }
    if (CompanyThenUnionCue(g, workers_before)) {
      Add(j, i, EdgeType::kOrganizesAt, "rule:company_recognizes_union");
    }
  }

  // "negotiations between Y and Z", "Y and Z signed an agreement": a union and its employer.
  void UnionAndCompany(size_t i, size_t j) {
    size_t u = T(i) == NodeType::kUnion ? i : j;
    if (IsFederation(e_[m_[u].entity])) return;
    Words g = StripDeterminers(Gap(s_, m_[i].end, m_[j].first));
    if (g.size() != 1 || g[0] != "and") return;
    const auto& t = s_.tokens;
    size_t before = m_[i].first;
    while (before > 0 && IsDeterminer(t[before - 1].lower)) --before;
    bool between = before > 0 && t[before - 1].lower == "between";
    static const rules::WordSet& talks_words = Class("talks_words");
    static const rules::WordSet& agreed_verbs = Class("agreed_verbs");
    bool talks = false;
    for (size_t k = before >= 5 ? before - 5 : 0; between && k + 1 < before; ++k) {
      talks = talks || talks_words.Has(t[k].lower);
    }
    size_t after = m_[j].end;
    bool agreed = after < t.size() && agreed_verbs.Has(t[after].lower);
    if ((between && talks) || agreed) Add(i, j, EdgeType::kOrganizesAt, "rule:union_and_employer");
  }

  void Subsidiary(size_t i, size_t j, const Words& g) {
    if (ChildThenParentCue(g)) {
      Add(i, j, EdgeType::kSubsidiaryOf, "rule:subsidiary_of");
    } else if (ParentThenChildCue(g)) {  // "Y's subsidiary X", "Y owns X", "Y's X"
      Add(j, i, EdgeType::kSubsidiaryOf, "rule:parent_owns", g.size() == 1 ? "rule:parent_owns/possessive" : nullptr);
    } else if (g.size() == 1 && g[0] == "," && m_[j].end < s_.tokens.size()) {
      const std::string& next = s_.tokens[m_[j].end].lower;  // "X, a Y subsidiary"
      static const rules::WordSet& apposition = Class("subsidiary_apposition");
      if (apposition.Has(next)) {
        Add(i, j, EdgeType::kSubsidiaryOf, "rule:subsidiary_apposition");
      }
    }
  }

  // "Lufthansa-owned Germanwings": the owner glued to "-owned"/"-controlled" before a company.
  void HyphenOwned() {
    for (size_t j = 0; j < m_.size(); ++j) {
      if (T(j) != NodeType::kCompany || m_[j].first == 0) continue;
      const Token& w = s_.tokens[m_[j].first - 1];
      size_t dash = w.lower.rfind('-');
      if (dash == std::string::npos || dash == 0 || (w.lower.substr(dash) != "-owned" &&
                                                     w.lower.substr(dash) != "-controlled")) {
        continue;
      }
      int owner = CompanyNamed(NormKey(w.text.substr(0, dash)), m_[j].entity);
      if (owner >= 0) {
        out_.push_back({m_[j].entity, owner, EdgeType::kSubsidiaryOf, "", "rule:owner_hyphen_owned", rules::RuleConfidence("rule:owner_hyphen_owned"), s_.start,
                        s_.end});
      }
    }
  }

  // The one company of the article called `key` (a name, alias or first
  // word of its name) other than `except`, or -1.
  int CompanyNamed(const std::string& key, int except) const {
    int found = -1;
    for (size_t c = 0; c < e_.size(); ++c) {
      const ArticleEntity& e = e_[c];
      if (e.type != NodeType::kCompany || static_cast<int>(c) == except || e.merged_into >= 0) continue;
      bool named = e.keys.count(key) > 0 || NormKey(e.name.substr(0, e.name.find(' '))) == key;
      if (!named) continue;
      if (found >= 0) return -1;  // ambiguous
      found = static_cast<int>(c);
    }
    return found;
  }

  void LocatedAfter(size_t i, size_t j, const Words& g) {
    static const rules::WordSet& cues = Class("located_cues");
    bool ok = g.size() == 1 && g[0] == "in";
    if (!ok && g.size() <= 8 && !g.empty() && g.back() == "in") {
      for (const std::string& w : g) ok = ok || cues.Has(w);
      ok = ok && !Has(g, "said") && !Has(g, "held") && !Has(g, "met");
    }
    if (!ok && g.size() == 1 && g[0] == "(") ok = true;  // "X (Brazil)"
    // "X, a Kyrgyz company" (an adjective; "Chinese-owned" says who owns it, not where it is)
    const Token& country_word = s_.tokens[m_[j].first];
    bool adjective = m_[j].end - m_[j].first == 1 && country_word.text != e_[m_[j].entity].name &&
                     country_word.lower.find("-owned") == std::string::npos;
    if (!ok && adjective && !g.empty() && g[0] == "," && g.size() <= 2) ok = true;
    if (!ok) return;
    Add(i, j, EdgeType::kLocatedIn, "rule:located_in_country");
    // "operating in Russia, Italy, Ukraine and ...": the whole list.
    for (size_t k = j + 1; k < m_.size() && T(k) == NodeType::kCountry; ++k) {
      Words sep = Gap(s_, m_[k - 1].end, m_[k].first);
      bool list = sep.size() == 1 && (sep[0] == "," || sep[0] == "and");
      list = list || (sep.size() == 2 && sep[0] == "," && sep[1] == "and");
      if (!list) break;
      Add(i, k, EdgeType::kLocatedIn, "rule:located_in_country_list");
    }
  }

  void LocatedBefore(size_t i, size_t j, const Words& g) {
    // "Japan's Rengo", "Turkish subsidiary X", "India-based X", "Korean union KMWU"
    static const rules::WordSet& nouns = Class("located_before_words");
    if (g.size() > 4) return;
    bool head = false;
    for (size_t k = 0; k < g.size(); ++k) {
      bool ok = nouns.Has(g[k]);
      head = head || ok;
      bool lower_word = !g[k].empty() && std::islower(static_cast<unsigned char>(g[k][0])) && k + 1 < g.size();
      if (!ok && !lower_word && g[k] != "'") return;  // "Turkish metalworkers' union X"
    }
    if (!g.empty() && !head) return;
    if (g.empty() && s_.tokens[m_[i].first].lower.find('-') == std::string::npos) return;
    Add(j, i, EdgeType::kLocatedIn, "rule:country_before_name");
  }

  // "the local union of mobile operator Z", "the unionists of Z", "union
  // members at Z": the union meant is the sentence's or the context's.
  void GenericUnionAtCompany(size_t j) {
    const auto& t = s_.tokens;
    size_t floor = j > 0 ? m_[j - 1].end : 0;
    int u = -1;
    for (size_t k = j; k-- > 0;) {
      if (T(k) == NodeType::kUnion && !IsFederation(e_[m_[k].entity])) { u = m_[k].entity; break; }
    }
    if (u < 0) u = context_union_;
    if (u < 0) return;
    bool preposition = false;  // "of"/"at" seen walking back from the company
    bool people = false;       // "members", "activists" seen right before the preposition
    for (size_t k = m_[j].first, steps = 0; k > floor && steps < 7; --k, ++steps) {
      const std::string& w = t[k - 1].lower;
      if (!t[k - 1].word || t[k - 1].upper) return;
      if (!preposition && (w == "of" || w == "at")) { preposition = true; continue; }
      if (!preposition) continue;  // "union of [mobile operator] Z"
      if (w == "union" || w == "unionists") {
        out_.push_back({u, m_[j].entity, EdgeType::kOrganizesAt, "", "rule:local_union_at_company", rules::RuleConfidence("rule:local_union_at_company"), s_.start,
                        s_.end});
        return;
      }
      static const rules::WordSet& people_words = Class("union_people_words");
      bool person_word = people_words.Has(w);
      if (!person_word || people) return;
      people = true;
    }
  }

  const Sentence& s_;
  const std::vector<PlacedMention>& m_;
  const std::vector<ArticleEntity>& e_;
  int context_union_;
  std::vector<RelationFact>& out_;
};

}  // namespace

void FindRelations(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                   const std::vector<ArticleEntity>& entities, int context_union, std::vector<RelationFact>& out) {
  SentenceRelations(sentence, mentions, entities, context_union, out).Run();
  FindRoles(sentence, mentions, entities, context_union, out);
}

}  // namespace lkg::ingest
