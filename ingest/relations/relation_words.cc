#include "ingest/relations/relation_words.h"

#include <algorithm>
#include <cctype>

#include "ingest/entities/gazetteer.h"
#include "ingest/rules/relation_table.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest::relwords {


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
  while (!w.empty() && (IsDeterminer(w.front()) || w.front() == "," || w.front() == "also" || w.front() == "now" ||
                        w.front() == "currently" || w.front() == "newly" || w.front() == "elected")) {
    w.erase(w.begin());
  }
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

// Global federations (known names) speak for their affiliates; they organize
// at no company. US national unions with "International" in their names
// (SEIU, UFCW, Teamsters, IAM, ILWU) are not global federations.
bool IsFederation(const ArticleEntity& e) {
  if (e.type != NodeType::kUnion || !e.known) return false;
  const std::string& n = e.name;
  auto has = [&](const char* w) { return n.find(w) != std::string::npos; };
  if (has("Global") || has("World") || has("European") || has("IndustriALL") || has("Public Services")) return true;
  if (!has("International")) return false;
  bool ends_international = n.size() >= 13 && n.compare(n.size() - 13, 13, "International") == 0;
  return ends_international || has("Federation") || has("Confederation") || n.rfind("International Union of", 0) == 0;
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

// "chairman of the local branch" -> "chairman": the role before a branch phrase.
Words BeforeBranch(const Words& head) {
  static const rules::WordSet& branch_words = rules::Words("relation_words.tsv", "branch_words");
  for (size_t k = 0; k < head.size(); ++k) {
    if (head[k] != "of") continue;
    bool branch = true;
    for (size_t j = k + 1; j < head.size(); ++j) {
      branch = branch && branch_words.Has(head[j]);
    }
    if (branch) return Words(head.begin(), head.begin() + static_cast<long>(k));
    break;
  }
  return {};
}

namespace {

// The relation word class `cls` (rules/relation_words.tsv).
const rules::WordSet& Class(std::string_view cls) { return rules::Words("relation_words.tsv", cls); }

// The word classes and cue phrases the cues below read, looked up once.
struct RelationRules {
  const rules::WordSet& dealing = Class("dealing_words");
  const rules::WordSet& action_against = Class("action_against_words");
  const rules::WordSet& represent = Class("represent_verbs");
  const rules::WordSet& workers = Class("worker_words");
  const rules::WordSet& join = Class("join_verbs");
  const rules::WordSet& recognize = Class("recognize_verbs");
  const rules::WordSet& acts_against = Class("acts_against_verbs");
  const rules::WordSet& company_dealing = Class("company_dealing_words");
  const rules::WordSet& strike = Class("strike_words");
  const rules::WordSet& control = Class("control_words");
  const rules::WordSet& stake = Class("stake_words");
  const rules::WordSet& minority = Class("minority_words");
  const rules::WordSet& subsidiary_nouns = Class("subsidiary_nouns");
  const std::vector<rules::Phrase>& union_company_end = rules::CuePhrases("union_company_end");
  const std::vector<rules::Phrase>& company_union_end = rules::CuePhrases("company_union_end");
  const std::vector<rules::Phrase>& workers_union_end = rules::CuePhrases("workers_union_end");
  const std::vector<rules::Phrase>& unionize_with_end = rules::CuePhrases("unionize_with_end");
  const std::vector<rules::Phrase>& acted_against_end = rules::CuePhrases("acted_against_end");
  const std::vector<rules::Phrase>& led_by_end = rules::CuePhrases("led_by_end");
  const std::vector<rules::Phrase>& child_parent_end = rules::CuePhrases("child_parent_end");
  const std::vector<rules::Phrase>& parent_child_start = rules::CuePhrases("parent_child_start");
  const std::vector<rules::Phrase>& parent_child_end = rules::CuePhrases("parent_child_end");
};

const RelationRules& R() {
  static const RelationRules rules;
  return rules;
}

bool HasAny(const Words& w, const rules::WordSet& words) {
  for (const std::string& x : w) if (words.Has(x)) return true;
  return false;
}

bool LastIs(const Words& w, const rules::WordSet& words) { return !w.empty() && words.Has(w.back()); }

bool IsLowerWord(const std::string& w) {
  return !w.empty() && std::islower(static_cast<unsigned char>(w[0])) && w != "of" && w != "and" && w != "with" &&
         w != "from" && w != "to" && w != "by" && w != "for" && w != "in" && w != "at" && w != "said";
}

}  // namespace

bool EndsWithAny(const Words& w, const std::vector<rules::Phrase>& phrases) {
  for (const rules::Phrase& p : phrases) {
    if (w.size() < p.size()) continue;
    if (std::equal(p.begin(), p.end(), w.end() - static_cast<long>(p.size()))) return true;
  }
  return false;
}

bool StartsWithAny(const Words& w, const std::vector<rules::Phrase>& phrases) {
  for (const rules::Phrase& p : phrases) {
    if (w.size() >= p.size() && std::equal(p.begin(), p.end(), w.begin())) return true;
  }
  return false;
}

bool UnionAtCompanyCue(const Words& g) {
  const RelationRules& r = R();
  if (g.empty() || g.size() > 8 || Has(g, "said")) return false;
  if (g.back() == "at" && !Has(g, "meeting")) return true;  // "the MMTUK local union at X", "members at X"
  if (EndsWithAny(g, r.union_company_end)) return true;     // "recognized by", "employees of"
  // "signed an agreement with X", "is in dispute with X", "talks with X"
  if (g.back() == "with" && HasAny(g, r.dealing)) return true;
  // "went on strike against X", "filed charges against X"
  return g.back() == "against" && HasAny(g, r.action_against);
}

bool RepresentsCue(const Words& g) {
  return !g.empty() && g.size() <= 6 && !Has(g, "said") && LastIs(g, R().represent);
}

namespace {

// "Lufthansa's pilots' union, Vereinigung Cockpit", "X's union Y".
bool PossessiveUnion(const Words& g) {
  Words rest = g;
  if (!rest.empty() && rest.back() == ",") rest.pop_back();
  if (rest.size() < 2 || rest.size() > 5 || rest.front() != "'s" || rest.back() != "union") return false;
  for (size_t k = 1; k + 1 < rest.size(); ++k) {
    if (rest[k] != "'" && !IsLowerWord(rest[k])) return false;
  }
  return true;
}

}  // namespace

bool CompanyThenUnionCue(const Words& g, bool workers_before) {
  const RelationRules& r = R();
  bool workers = workers_before || HasAny(g, r.workers);
  // "X workers voted to unionize with Y", "staff at X announced their intention to join Y"
  if (g.size() <= 16 && workers && (EndsWithAny(g, r.unionize_with_end) || LastIs(g, r.join))) return true;
  if (g.empty() || g.size() > 10) return false;
  if (HasAny(g, r.recognize)) return true;
  // "Z dismissed members of Y", "Z harassed leaders of Y": the employer acts against its union.
  if (HasAny(g, r.acts_against) && EndsWithAny(g, r.acted_against_end)) return true;
  if (g.back() == "with" && HasAny(g, r.company_dealing)) return true;
  if (EndsWithAny(g, r.company_union_end)) return true;  // "represented by", "workers'"
  // "X workers, members of Y", "X employees belonging to Y", "the strike at X led by Y"
  if (workers && EndsWithAny(g, r.workers_union_end)) return true;
  if ((workers || HasAny(g, r.strike)) && EndsWithAny(g, r.led_by_end)) return true;
  return PossessiveUnion(g);
}

bool ChildThenParentCue(const Words& gap) {
  Words g = gap;
  if (!g.empty() && g.back() == ",") g.pop_back();  // "Z's parent company, W"
  if (g.empty() || g.size() > 6) return false;
  if (EndsWithAny(g, R().child_parent_end)) return true;
  // "majority-owned by", "wholly-owned by"
  const std::string& before_by = g.size() >= 2 ? g[g.size() - 2] : g[0];
  return g.back() == "by" && before_by.size() > 6 && before_by.compare(before_by.size() - 6, 6, "-owned") == 0;
}

bool ParentThenChildCue(const Words& g) {
  const RelationRules& r = R();
  if (g.size() == 1 && g[0] == "'s") return true;  // "Glencore's Mopani"
  if (g.empty() || g.size() > 5) return false;
  // "W holds a majority stake in Z", "W has a controlling interest in Z"
  if (HasAny(g, r.control) && g.back() == "in" && HasAny(g, r.stake)) return true;
  if (HasAny(g, r.minority)) return false;  // "W owns a 25 percent share in Z"
  bool bare_subsidiary = g[0] == "subsidiary" && (g.size() == 1 || (g.size() == 2 && g[1] == ","));
  if (bare_subsidiary || StartsWithAny(g, r.parent_child_start)) return true;
  if (!Has(g, "said") && !Has(g, "former") && EndsWithAny(g, r.parent_child_end)) return true;
  // "Y's subsidiary X", "Glencore's Zambian subsidiary, Mopani", "Acme's local unit X"
  Words rest = g;
  if (rest.back() == ",") rest.pop_back();
  if (!LastIs(rest, r.subsidiary_nouns)) return false;
  for (size_t k = 0; k + 1 < rest.size(); ++k) {
    if (rest[k] != "'s" && rest[k] != "," && !IsLowerWord(rest[k])) return false;
  }
  return true;
}

}  // namespace lkg::ingest::relwords
