#include "ingest/cases.h"

#include <algorithm>
#include <set>

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
    {"death", {"murdered"}},
    {"death", {"murder"}},
    {"death", {"assassinated"}},
    {"death", {"shot", "dead"}},
    {"death", {"died"}},
    {"death", {"death", "of"}},
    {"violence", {"beaten"}},
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
    {"dismissal", {"sacked"}},
    {"dismissal", {"sacking"}},
    {"dismissal", {"terminated"}},
    {"union_busting", {"union-busting"}},
    {"union_busting", {"union", "busting"}},
    {"union_busting", {"deregistered"}},
    {"union_busting", {"deregistration"}},
    {"union_busting", {"dissolved"}},
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
  for (const Trigger& tr : kTriggers) {
    for (size_t i = 0; i < t.size(); ++i) {
      if (MatchAt(t, i, tr.words)) { add(tr.kind); break; }
    }
  }
  // "dismissed the case/appeal" is a ruling, not a dismissal of a worker.
  if (court && SentenceHas(t, {"appeal", "case", "lawsuit", "complaint"})) {
    kinds.erase(std::remove(kinds.begin(), kinds.end(), std::string_view("dismissal")), kinds.end());
  }
  return kinds;
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
  int country = -1;
  for (const PlacedMention& m : mentions) {
    const ArticleEntity& e = entities[m.entity];
    auto push = [&](std::vector<int>& v) {
      if (std::find(v.begin(), v.end(), m.entity) == v.end()) v.push_back(m.entity);
    };
    switch (e.type) {
      case NodeType::kPerson: push(persons); break;
      case NodeType::kUnion: push(unions); break;
      case NodeType::kCompany: push(companies); break;
      case NodeType::kOrganization: push(IsCourt(e) ? courts : orgs); break;
      case NodeType::kCountry: if (country < 0) country = m.entity; break;
      default: break;
    }
  }
  if (country < 0) country = context.main_country;
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
    c.rule = "rule:case_" + kind;
    c.confidence = 0.6;
    if (kind == "court_ruling") {
      c.perpetrators = courts.empty() ? orgs : courts;
      c.victims = persons.empty() ? unions : persons;
      c.concerns = companies;
      if (c.perpetrators.empty() && country >= 0) c.perpetrators.push_back(country);
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
    if (needs_victim && c.victims.empty() && (kind != "dismissal" || c.perpetrators.empty())) continue;
    if (c.victims.empty() && c.perpetrators.empty()) continue;
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
      bool shared = false;
      for (int x : a) shared = shared || std::find(b.begin(), b.end(), x) != b.end();
      if (shared) { same = &m; break; }
    }
    if (same == nullptr) {
      merged.push_back(std::move(c));
      continue;
    }
    if (same->date.size() < c.date.size()) same->date = c.date;
    auto add_all = [](std::vector<int>& into, const std::vector<int>& from) {
      for (int x : from) if (std::find(into.begin(), into.end(), x) == into.end()) into.push_back(x);
    };
    add_all(same->victims, c.victims);
    add_all(same->perpetrators, c.perpetrators);
    add_all(same->concerns, c.concerns);
    if (same->country < 0) same->country = c.country;
  }
  cases = std::move(merged);
}

}  // namespace lkg::ingest
