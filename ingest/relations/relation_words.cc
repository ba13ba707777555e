#include "ingest/relations/relation_words.h"

#include <cctype>

#include "ingest/entities/gazetteer.h"

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

namespace {

bool HasAny(const Words& w, std::initializer_list<const char*> words) {
  for (const char* x : words) if (Has(w, x)) return true;
  return false;
}

bool LastIs(const Words& w, std::initializer_list<const char*> words) {
  if (w.empty()) return false;
  for (const char* x : words) if (w.back() == x) return true;
  return false;
}

bool IsLowerWord(const std::string& w) {
  return !w.empty() && std::islower(static_cast<unsigned char>(w[0])) && w != "of" && w != "and" && w != "with" &&
         w != "from" && w != "to" && w != "by" && w != "for" && w != "in" && w != "at" && w != "said";
}

}  // namespace

bool UnionAtCompanyCue(const Words& g) {
  if (g.empty() || g.size() > 8 || Has(g, "said")) return false;
  if (g.back() == "at" && !Has(g, "meeting")) return true;  // "the MMTUK local union at X", "members at X"
  if (EndsWith(g, {"recognized", "by"}) || EndsWith(g, {"recognised", "by"}) || EndsWith(g, {"employed", "by"}) ||
      EndsWith(g, {"workers", "of"}) || EndsWith(g, {"employees", "of"})) {
    return true;
  }
  // "signed an agreement with X", "is in dispute with X", "talks with X"
  if (g.back() == "with" && HasAny(g, {"agreement", "agreements", "contract", "contracts", "deal", "talks", "dispute",
                                       "negotiations", "negotiating", "negotiate", "bargaining", "bargain", "accord",
                                       "settlement"})) {
    return true;
  }
  // "went on strike against X", "filed charges against X"
  return g.back() == "against" && HasAny(g, {"strike", "strikes", "striking", "struck", "walkout", "picket",
                                             "picketing", "dispute", "lawsuit", "complaint", "complaints", "charges"});
}

bool RepresentsCue(const Words& g) {
  return !g.empty() && g.size() <= 6 && !Has(g, "said") &&
         LastIs(g, {"represents", "representing", "represent", "organizes", "organises", "organizing", "organising",
                    "organize", "organise", "organized", "organised"});
}

bool CompanyThenUnionCue(const Words& g, bool workers_before) {
  bool workers = workers_before || HasAny(g, {"workers", "employees", "staff", "worker", "employee"});
  // "X workers voted to unionize with Y", "staff at X announced their intention to join Y"
  if (g.size() <= 16 && workers &&
      (EndsWith(g, {"unionize", "with"}) || EndsWith(g, {"unionise", "with"}) || EndsWith(g, {"organize", "with"}) ||
       EndsWith(g, {"organise", "with"}) || LastIs(g, {"join", "joined", "joining"}))) {
    return true;
  }
  if (g.empty() || g.size() > 10) return false;
  if (HasAny(g, {"recognized", "recognised", "recognizes", "recognises", "recognize", "recognise"})) return true;
  // "Z dismissed members of Y", "Z harassed leaders of Y": the employer acts against its union.
  bool against_union = HasAny(g, {"dismissed", "fired", "sacked", "suspended", "dismissing", "firing", "harassed",
                                  "threatened", "intimidated", "victimised", "victimized", "locked"});
  if (against_union && (EndsWith(g, {"members", "of"}) || EndsWith(g, {"leaders", "of"}) ||
                        EndsWith(g, {"activists", "of"}) || EndsWith(g, {"officials", "of"}))) {
    return true;
  }
  if (g.back() == "with" && HasAny(g, {"agreement", "negotiations", "talks", "contract", "deal", "dispute"})) return true;
  if (EndsWith(g, {"represented", "by"}) || EndsWith(g, {"organized", "by"}) || EndsWith(g, {"organised", "by"}) ||
      EndsWith(g, {"workers", "'s"}) || EndsWith(g, {"workers", "'"})) {
    return true;
  }
  // "X workers, members of Y", "X employees belonging to Y", "the strike at X led by Y"
  if (workers && (EndsWith(g, {"members", "of"}) || EndsWith(g, {"belonging", "to"}) ||
                  EndsWith(g, {"organized", "in"}) || EndsWith(g, {"organised", "in"}) ||
                  EndsWith(g, {"affiliated", "to"}) || EndsWith(g, {"affiliated", "with"}))) {
    return true;
  }
  if ((workers || HasAny(g, {"strike", "strikes", "walkout"})) && EndsWith(g, {"led", "by"})) return true;
  // "Lufthansa's pilots' union, Vereinigung Cockpit", "X's union Y"
  Words rest = g;
  if (!rest.empty() && rest.back() == ",") rest.pop_back();
  if (rest.size() < 2 || rest.size() > 5 || rest.front() != "'s" || rest.back() != "union") return false;
  for (size_t k = 1; k + 1 < rest.size(); ++k) {
    if (rest[k] != "'" && !IsLowerWord(rest[k])) return false;
  }
  return true;
}

bool ChildThenParentCue(const Words& gap) {
  Words g = gap;
  if (!g.empty() && g.back() == ",") g.pop_back();  // "Z's parent company, W"
  if (g.empty() || g.size() > 6) return false;
  for (auto tail : {std::initializer_list<const char*>{"subsidiary", "of"}, {"subsidiaries", "of"}, {"owned", "by"},
                    {"unit", "of"}, {"part", "of"}, {"division", "of"}, {"affiliate", "of"}, {"arm", "of"},
                    {"controlled", "by"}, {"acquired", "by"}, {"bought", "by"}, {"purchased", "by"},
                    {"taken", "over", "by"}, {"parent"}, {"parent", "company"}, {"parent", "group"},
                    {"parent", "firm"}, {"parent", "company", "is"}, {"owner"}, {"owner", "is"},
                    {"belonging", "to"}, {"belongs", "to"}, {"owned", "and", "operated", "by"}}) {
    if (EndsWith(g, tail)) return true;
  }
  // "majority-owned by", "wholly-owned by"
  const std::string& before_by = g.size() >= 2 ? g[g.size() - 2] : g[0];
  return g.back() == "by" && before_by.size() > 6 && before_by.compare(before_by.size() - 6, 6, "-owned") == 0;
}

bool ParentThenChildCue(const Words& g) {
  if (g.size() == 1 && g[0] == "'s") return true;  // "Glencore's Mopani"
  if (g.empty() || g.size() > 5) return false;
  // "W holds a majority stake in Z", "W has a controlling interest in Z"
  if (HasAny(g, {"majority", "controlling"}) && LastIs(g, {"in"}) && HasAny(g, {"stake", "interest", "share"})) {
    return true;
  }
  bool minority = HasAny(g, {"stake", "share", "percent", "%", "shares", "interest"});
  if (minority) return false;  // "W owns a 25 percent share in Z"
  bool bare_subsidiary = g[0] == "subsidiary" && (g.size() == 1 || (g.size() == 2 && g[1] == ","));
  if (bare_subsidiary || StartsWith(g, {"owns"}) || StartsWith(g, {"acquired"}) || StartsWith(g, {"bought"}) ||
      StartsWith(g, {"and", "subsidiary"}) || StartsWith(g, {"and", "subsidiaries"})) {
    return true;
  }
  if (!Has(g, "said") && !Has(g, "former") && (LastIs(g, {"owns", "acquired", "bought", "purchased", "controls"}) ||
                          EndsWith(g, {"took", "over"}) || EndsWith(g, {"acquisition", "of"}) ||
                          EndsWith(g, {"takeover", "of"}) || EndsWith(g, {"purchase", "of"}) ||
                          EndsWith(g, {"owner", "of"}) || EndsWith(g, {"parent", "of"}) ||
                          EndsWith(g, {"parent", "company", "of"}) || EndsWith(g, {"subsidiaries", "include"}))) {
    return true;
  }
  // "Y's subsidiary X", "Glencore's Zambian subsidiary, Mopani", "Acme's local unit X"
  Words rest = g;
  if (rest.back() == ",") rest.pop_back();
  if (!LastIs(rest, {"subsidiary", "subsidiaries", "unit", "division", "arm"})) return false;
  for (size_t k = 0; k + 1 < rest.size(); ++k) {
    if (rest[k] != "'s" && rest[k] != "," && !IsLowerWord(rest[k])) return false;
  }
  return true;
}

}  // namespace lkg::ingest::relwords
