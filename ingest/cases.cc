#include "ingest/cases.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "ingest/dates.h"

namespace lkg::ingest {
namespace {

struct Trigger {
  const char* kind;
  std::initializer_list<const char*> words;  // consecutive lower-case tokens
};

// Checked in order; the first kinds win when one sentence holds several.
const Trigger kTriggers[] = {
    {"other", {"death", "threats"}},
    {"other", {"death", "threat"}},
    {"strike_ban", {"banned", "the", "strike"}},
    {"strike_ban", {"strike", "ban"}},
    {"strike_ban", {"ban", "on", "strikes"}},
    {"strike_ban", {"strike", "illegal"}},
    {"strike_ban", {"banned", "strikes"}},
    {"strike_ban", {"prohibited", "the", "strike"}},
    {"imprisonment", {"sentenced"}},
    {"imprisonment", {"jailed"}},
    {"imprisonment", {"imprisoned"}},
    {"imprisonment", {"imprisonment"}},
    {"imprisonment", {"prison", "sentence"}},
    {"imprisonment", {"years", "in", "prison"}},
    {"arrest", {"arrested"}},
    {"arrest", {"arrest"}},
    {"arrest", {"arrests"}},
    {"arrest", {"into", "custody"}},
    {"detention", {"detained"}},
    {"detention", {"detention"}},
    {"detention", {"abducted"}},
    {"detention", {"held", "in", "custody"}},
    {"death", {"killed"}},
    {"death", {"killing"}},
    {"death", {"killings"}},
    {"death", {"murdered"}},
    {"death", {"murder"}},
    {"death", {"assassinated"}},
    {"death", {"shot", "dead"}},
    {"death", {"died"}},
    {"death", {"death", "of"}},
    {"violence", {"beaten"}},
    {"violence", {"opened", "fire"}},
    {"violence", {"beat"}},
    {"violence", {"beating"}},
    {"violence", {"beatings"}},
    {"violence", {"assault", "on"}},
    {"violence", {"attack", "on"}},
    {"violence", {"attacks", "on"}},
    {"violence", {"attacked"}},
    {"violence", {"assaulted"}},
    {"violence", {"tear", "gas"}},
    {"violence", {"rubber", "bullets"}},
    {"violence", {"injured"}},
    {"violence", {"violence", "against"}},
    {"violence", {"violently"}},
    {"dismissal", {"dismissed"}},
    {"dismissal", {"dismissal"}},
    {"dismissal", {"dismissals"}},
    {"dismissal", {"fired"}},
    {"dismissal", {"fires"}},
    {"dismissal", {"sacked"}},
    {"dismissal", {"sacking"}},
    {"dismissal", {"terminated"}},
    {"union_busting", {"union-busting"}},
    {"union_busting", {"union", "busting"}},
    {"union_busting", {"deregistered"}},
    {"union_busting", {"deregistration"}},
    {"union_busting", {"dissolved"}},
    {"union_busting", {"disband"}},
    {"union_busting", {"disbanded"}},
    {"union_busting", {"dissolution"}},
    {"union_busting", {"liquidation"}},
    {"union_busting", {"liquidated"}},
    {"union_busting", {"anti-union"}},
    {"refusal_to_bargain", {"refused", "to", "negotiate"}},
    {"refusal_to_bargain", {"refused", "to", "bargain"}},
    {"refusal_to_bargain", {"refuses", "to", "negotiate"}},
    {"refusal_to_bargain", {"refusal", "to", "bargain"}},
    {"refusal_to_bargain", {"refused", "to", "recognize"}},
    {"refusal_to_bargain", {"refused", "to", "recognise"}},
    {"refusal_to_bargain", {"refusing", "to", "negotiate"}},
    {"legislation", {"legislative", "reform"}},
    {"legislation", {"law", "restricting"}},
    {"legislation", {"bill", "restricting"}},
    {"legislation", {"new", "law"}},
    {"legislation", {"adopted", "a", "law"}},
    {"legislation", {"passed", "a", "law"}},
    {"legislation", {"amendments", "to", "the"}},
    {"other", {"harassment"}},
    {"other", {"harassed"}},
    {"other", {"intimidation"}},
    {"other", {"threatened", "with"}},
    {"other", {"raided"}},
    {"other", {"blacklisted"}},
};

bool MatchAt(const std::vector<Token>& t, size_t i, std::initializer_list<const char*> words) {
  size_t k = i;
  for (const char* w : words) {
    if (k >= t.size() || t[k].lower != w) return false;
    ++k;
  }
  return true;
}

bool IsCourt(const ArticleEntity& e) {
  std::string lower;
  for (char c : e.name) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return e.type == NodeType::kOrganization && (lower.find("court") != std::string::npos ||
                                               lower.find("tribunal") != std::string::npos);
}

bool SentenceHas(const std::vector<Token>& t, std::initializer_list<const char*> words) {
  for (const Token& x : t) for (const char* w : words) if (x.lower == w) return true;
  return false;
}

// The kinds triggered in the sentence (each at most once), in trigger order.
std::vector<const char*> KindsOf(const std::vector<Token>& t, bool court_named) {
  std::vector<const char*> kinds;
  auto add = [&](const char* k) {
    if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
  };
  bool court = court_named || SentenceHas(t, {"court"});
  bool ruling = SentenceHas(t, {"ruled", "ruling", "judged", "ordered", "upheld", "overturned", "verdict",
                                "recognizes", "recognized", "recognises", "recognised", "declared", "decided",
                                "found", "rejected", "dismissed", "decision"});
  if (court && ruling) add("court_ruling");
  // Triggers indexed by their first word; matched in table order.
  static const std::unordered_map<std::string_view, std::vector<size_t>> kByFirst = [] {
    std::unordered_map<std::string_view, std::vector<size_t>> m;
    for (size_t k = 0; k < std::size(kTriggers); ++k) m[*kTriggers[k].words.begin()].push_back(k);
    return m;
  }();
  std::vector<size_t> hits;
  for (size_t i = 0; i < t.size(); ++i) {
    auto it = kByFirst.find(t[i].lower);
    if (it == kByFirst.end()) continue;
    for (size_t k : it->second) if (MatchAt(t, i, kTriggers[k].words)) hits.push_back(k);
  }
  std::sort(hits.begin(), hits.end());
  for (size_t k : hits) add(kTriggers[k].kind);
  // "dismissed the case/appeal" is a ruling, not a dismissal of a worker.
  if (court && SentenceHas(t, {"appeal", "case", "lawsuit", "complaint"})) {
    kinds.erase(std::remove(kinds.begin(), kinds.end(), std::string_view("dismissal")), kinds.end());
  }
  return kinds;
}

// Global federations speak about cases; they are not their victims.
bool IsFederation(const ArticleEntity& e) {
  if (e.type != NodeType::kUnion || !e.known) return false;
  for (const char* w : {"International", "Global", "World", "European", "IndustriALL", "Public Services"}) {
    if (e.name.find(w) != std::string::npos) return true;
  }
  return false;
}

// Unnamed workers or unionists as the people the event befell.
bool LabourPeopleMentioned(const std::vector<Token>& t) {
  return SentenceHas(t, {"workers", "worker", "unionists", "unionist", "activists", "activist", "leaders",
                         "leader", "members", "organizers", "organisers", "strikers", "protesters", "employees",
                         "miners", "teachers", "nurses", "drivers", "staff"});
}

bool IsReportingVerb(const std::string& w) {
  static const char* kVerbs[] = {"said", "says", "told", "stated", "added", "explained", "announced", "reported",
                                 "confirmed", "claimed", "argued", "warned", "noted", "stressed", "insisted",
                                 "condemned", "criticised", "criticized", "called", "calls", "demanded", "urged"};
  for (const char* v : kVerbs) if (w == v) return true;
  return false;
}

// "X said", "X of the CWU said", "by X", "according to X": the person reports or
// acts; the event did not befall them.
bool IsSpeaker(const std::vector<Token>& t, const PlacedMention& m) {
  for (size_t k = m.end; k < t.size() && k < m.end + 6; ++k) {
    const std::string& w = t[k].lower;
    if (IsReportingVerb(w)) return true;
    if (w == "." || w == ";" || (k == m.end && w != "," && w != "of")) break;
  }
  if (m.first == 0) return false;
  const std::string& before = t[m.first - 1].lower;
  return IsReportingVerb(before) || before == "by" || before == "to";
}

// Words that put a sentence in the world of work and unions.
bool LabourSentence(const std::vector<Token>& t) {
  return SentenceHas(t, {"union", "unions", "unionist", "unionists", "trade", "workers", "worker", "employees",
                         "strikers", "labour", "labor", "organizer", "organiser", "organizing", "organising",
                         "collective", "bargaining", "wages", "wage", "employer", "employers", "staff",
                         "workplace", "factory", "miners", "picket", "picketing", "walkout", "employment"});
}

// Kinds whose victim is the union as a body, not a person.
bool UnionVictimKind(const std::string& kind) {
  return kind == "refusal_to_bargain" || kind == "union_busting" || kind == "strike_ban" || kind == "legislation";
}

bool StateActs(const std::string& kind) {
  return kind == "arrest" || kind == "detention" || kind == "imprisonment" || kind == "union_busting" ||
         kind == "strike_ban" || kind == "legislation" || kind == "violence";
}

}  // namespace

void FindCases(const Sentence& sentence, std::string_view text, const std::vector<PlacedMention>& mentions,
               const std::vector<ArticleEntity>& entities, const CaseContext& context, std::vector<CaseFact>& out) {
  const auto& t = sentence.tokens;
  bool court_named = false;
  for (const PlacedMention& m : mentions) court_named = court_named || IsCourt(entities[m.entity]);
  std::vector<const char*> kinds = KindsOf(t, court_named);
  if (kinds.empty()) return;
  std::vector<int> persons, unions, companies, orgs, courts;
  int country = -1, country_rank = 0;
  bool union_named = false;
  for (const PlacedMention& m : mentions) {
    const ArticleEntity& e = entities[m.entity];
    union_named = union_named || e.type == NodeType::kUnion;
    auto push = [&](std::vector<int>& v) {
      if (std::find(v.begin(), v.end(), m.entity) == v.end()) v.push_back(m.entity);
    };
    switch (e.type) {
      case NodeType::kPerson:
        if ((!context.managers || !context.managers->count(m.entity)) && !IsSpeaker(t, m)) push(persons);
        break;
      case NodeType::kUnion: if (!IsFederation(e)) push(unions); break;
      case NodeType::kCompany: push(companies); break;
      case NodeType::kOrganization: push(IsCourt(e) ? courts : orgs); break;
      case NodeType::kCountry: {
        // Prefer the section's main country, then a country after "in", then the first named.
        bool after_in = m.first > 0 && t[m.first - 1].lower == "in";
        int rank = m.entity == context.main_country ? 3 : after_in ? 2 : 1;
        if (rank > country_rank) { country = m.entity; country_rank = rank; }
        break;
      }
      default: break;
    }
  }
  std::string inner;  // a participant's name may say where it is ("Supreme Court of Zimbabwe")
  for (const PlacedMention& m : mentions) {
    if (inner.empty() && entities[m.entity].type != NodeType::kCountry) inner = entities[m.entity].inner_country;
  }
  if (country < 0 && !inner.empty()) {
    for (size_t k = 0; k < entities.size(); ++k) {
      if (entities[k].type == NodeType::kCountry && entities[k].name == inner) country = static_cast<int>(k);
    }
  }
  if (country < 0 && inner.empty()) country = context.paragraph_country;
  if (country < 0 && inner.empty()) country = context.main_country;
  std::string date;
  for (const DateMention& d : FindDates(t)) {
    date = ResolveDate(d.date, context.section_date);
    if (!date.empty()) break;
  }
  for (const char* kind_c : kinds) {
    std::string kind = kind_c;
    CaseFact c;
    c.kind = kind;
    c.date = date;
    c.summary = std::string(text.substr(sentence.start, sentence.end - sentence.start));
    c.start = sentence.start;
    c.end = sentence.end;
    c.country = country;
    if (country < 0) c.country_name = inner;
    c.section = context.section;
    c.rule = "rule:case_" + kind;
    c.confidence = 0.6;
    if (kind == "court_ruling") {
      c.perpetrators = courts.empty() ? orgs : courts;
      c.victims = persons.empty() ? unions : persons;
      c.concerns = companies;
      if (c.perpetrators.empty() && country >= 0) c.perpetrators.push_back(country);
    } else if (UnionVictimKind(kind)) {
      c.victims = unions;
      c.perpetrators = orgs;
      for (int co : companies) c.perpetrators.push_back(co);
      if (c.perpetrators.empty() && StateActs(kind) && country >= 0) c.perpetrators.push_back(country);
    } else {
      c.victims = persons.empty() ? unions : persons;
      if (!persons.empty()) c.concerns = unions;
      c.perpetrators = orgs;
      bool employer_acts = kind == "dismissal" || kind == "refusal_to_bargain" || kind == "union_busting" ||
                           kind == "death";
      for (int co : companies) (employer_acts ? c.perpetrators : c.concerns).push_back(co);
      if (c.perpetrators.empty() && StateActs(kind) && country >= 0) c.perpetrators.push_back(country);
    }
    bool needs_victim = kind == "arrest" || kind == "detention" || kind == "imprisonment" || kind == "dismissal" ||
                        kind == "violence" || kind == "death" || kind == "other";
    bool union_victim = false;
    for (int v : c.victims) {
      union_victim = union_victim || entities[v].type == NodeType::kUnion ||
                     (context.unionists && context.unionists->count(v));
    }
    if (!union_victim && !union_named && !context.labour_section && !LabourSentence(t)) continue;
    bool unnamed_victims = c.victims.empty() && !c.perpetrators.empty() && LabourPeopleMentioned(t);
    if (needs_victim && c.victims.empty() && !unnamed_victims) continue;
    if (c.victims.empty() && c.perpetrators.empty()) continue;
    c.weak = c.victims.empty() && c.perpetrators.size() == 1 && c.perpetrators[0] == country && orgs.empty() &&
             courts.empty();
    out.push_back(std::move(c));
  }
}

void MergeSameEvents(std::vector<CaseFact>& cases) {
  std::vector<CaseFact> merged;
  for (CaseFact& c : cases) {
    CaseFact* same = nullptr;
    for (CaseFact& m : merged) {
      if (m.kind != c.kind) continue;
      bool dates_ok = m.date.empty() || c.date.empty() || m.date.rfind(c.date, 0) == 0 || c.date.rfind(m.date, 0) == 0;
      if (!dates_ok) continue;
      const std::vector<int>& a = m.victims.empty() ? m.perpetrators : m.victims;
      const std::vector<int>& b = c.victims.empty() ? c.perpetrators : c.victims;
      bool shared = (m.weak || c.weak) && m.section == c.section;
      for (int x : a) shared = shared || std::find(b.begin(), b.end(), x) != b.end();
      if (shared) { same = &m; break; }
    }
    if (same == nullptr) {
      merged.push_back(std::move(c));
      continue;
    }
    if (same->weak && !c.weak) {  // the richer sentence replaces a weak mention of the event
      std::string date = same->date;
      *same = c;
      if (same->date.empty()) same->date = date;
      continue;
    }
    if (same->date.size() < c.date.size()) same->date = c.date;
    auto add_all = [](std::vector<int>& into, const std::vector<int>& from) {
      for (int x : from) if (std::find(into.begin(), into.end(), x) == into.end()) into.push_back(x);
    };
    add_all(same->victims, c.victims);
    if (!c.weak) add_all(same->perpetrators, c.perpetrators);  // a weak case's actor is only a guess
    add_all(same->concerns, c.concerns);
    if (same->country < 0 && !c.weak) same->country = c.country;
  }
  cases = std::move(merged);
}

}  // namespace lkg::ingest
