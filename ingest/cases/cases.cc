#include "ingest/cases/cases.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "ingest/cases/case_triggers.h"
#include "ingest/cases/case_words.h"
#include "ingest/text/dates.h"
#include "ingest/relations/relation_words.h"
#include "ingest/entities/word_lists.h"

namespace lkg::ingest {
namespace {

bool IsCourt(const ArticleEntity& e) {
  std::string lower;
  for (char c : e.name) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return e.type == NodeType::kOrganization && (lower.find("court") != std::string::npos ||
                                               lower.find("tribunal") != std::string::npos);
}

// Unnamed workers or unionists as the people the event befell.
bool LabourPeopleMentioned(const std::vector<Token>& t) {
  for (const Token& x : t) if (words::IsWorkerNoun(x.norm)) return true;  // pilots, dockers, nurses ...
  return CW().labour_people.AnyToken(t);
}

bool IsReportingVerb(const std::string& w) { return CW().reporting_verbs.Has(w); }

// "X said", "X of the CWU said", "by X", "according to X": the person reports or
// acts; the event did not befall them.
bool IsSpeaker(const std::vector<Token>& t, const PlacedMention& m) {
  for (size_t k = m.end; k < t.size() && k < m.end + 6; ++k) {
    const std::string& w = t[k].lower;
    const std::string& previous = t[k - 1].lower;  // "has been reported killed": passive, no speech
    bool passive = previous == "been" || previous == "was" || previous == "were" || previous == "is" ||
                   previous == "be";
    if (IsReportingVerb(w) && !passive) return true;
    if (w == "." || w == ";" || (k == m.end && w != "," && w != "of")) break;
  }
  if (m.first == 0) return false;
  const std::string& before = t[m.first - 1].lower;
  return IsReportingVerb(before) || before == "by" || before == "to";
}

// Words that put a sentence in the world of work and unions.
bool LabourSentence(const std::vector<Token>& t) {
  const CaseWords& w = CW();
  return w.labour_sentence.AnyToken(t) ||
         (w.strike_verbs.AnyToken(t) && !w.armed_strike.AnyToken(t));  // a work stoppage, not an air strike
}

// "President Lukashenka", "Minister X", "Judge Y": state officials act; they are not victims.
bool IsOfficial(const std::vector<Token>& t, const PlacedMention& m) {
  if (m.first == 0) return false;
  return CW().official_titles.Has(t[m.first - 1].lower);
}

// Kinds whose victim is the union as a body, not a person.
bool UnionVictimKind(const std::string& kind) {
  return kind == "refusal_to_bargain" || kind == "union_busting" || kind == "strike_ban" || kind == "legislation";
}

bool StateActs(const std::string& kind) {
  return kind == "arrest" || kind == "detention" || kind == "imprisonment" || kind == "union_busting" ||
         kind == "strike_ban" || kind == "legislation" || kind == "violence";
}

// The resolved date expression nearest the trigger at token `trigger` (npos:
// the first that resolves), or "".
std::string NearestDate(const std::vector<DateMention>& dates, size_t trigger, const std::string& section_date) {
  std::string best;
  size_t best_distance = std::string_view::npos;
  for (const DateMention& d : dates) {
    std::string date = ResolveDate(d.date, section_date);
    if (date.empty()) continue;
    if (trigger == std::string_view::npos) return date;
    size_t distance = d.first_token > trigger ? d.first_token - trigger : trigger - std::min(trigger, d.end_token - 1);
    if (distance < best_distance) {
      best = std::move(date);
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

namespace {

// The entities of one sentence sorted by the part they can play in a case.
struct Participants {
  std::vector<int> persons, unions, companies, orgs, courts;
  int country = -1;
  std::string inner;  // a country named inside a participant's name
  bool union_named = false;
  bool state_acts = false;  // police, authorities, the government named as actors
};

Participants Collect(const std::vector<Token>& t, const std::vector<PlacedMention>& mentions,
                     const std::vector<ArticleEntity>& entities, const CaseContext& context) {
  Participants p;
  p.state_acts = CW().state_actors.AnyToken(t);
  int country_rank = 0;
  for (const PlacedMention& m : mentions) {
    const ArticleEntity& e = entities[m.entity];
    p.union_named = p.union_named || e.type == NodeType::kUnion;
    auto push = [&](std::vector<int>& v) {
      if (std::find(v.begin(), v.end(), m.entity) == v.end()) v.push_back(m.entity);
    };
    if (e.type == NodeType::kPerson) {
      bool manager = context.managers && context.managers->count(m.entity);
      if (!manager && !IsSpeaker(t, m) && !IsOfficial(t, m)) push(p.persons);
    } else if (e.type == NodeType::kUnion) {
      if (!relwords::IsFederation(e)) push(p.unions);  // federations speak about cases
    } else if (e.type == NodeType::kCompany) {
      push(p.companies);
    } else if (e.type == NodeType::kOrganization) {
      push(IsCourt(e) ? p.courts : p.orgs);
    } else if (e.type == NodeType::kCountry) {
      // Prefer the section's main country, then a country after "in", then the first named.
      bool after_in = m.first > 0 && t[m.first - 1].lower == "in";
      int rank = m.entity == context.main_country ? 3 : after_in ? 2 : 1;
      if (rank > country_rank) { p.country = m.entity; country_rank = rank; }
    }
    if (p.inner.empty() && e.type != NodeType::kCountry) p.inner = e.inner_country;
  }
  if (p.country < 0 && !p.inner.empty()) {
    for (size_t k = 0; k < entities.size(); ++k) {
      if (entities[k].type == NodeType::kCountry && entities[k].name == p.inner) p.country = static_cast<int>(k);
    }
  }
  if (p.country < 0 && p.inner.empty()) p.country = context.paragraph_country;
  if (p.country < 0 && p.inner.empty()) p.country = context.main_country;
  return p;
}

// Victims, perpetrators and concerned parties of a case of `kind`.
void AssignRoles(const std::string& kind, const Participants& p, CaseFact& c) {
  if (kind == "court_ruling") {
    c.perpetrators = p.courts.empty() ? p.orgs : p.courts;
    c.victims = p.persons.empty() ? p.unions : p.persons;
    c.concerns = p.companies;
    if (c.perpetrators.empty() && p.country >= 0) c.perpetrators.push_back(p.country);
    return;
  }
  c.perpetrators = p.orgs;
  if (UnionVictimKind(kind)) {
    c.victims = p.unions;
    for (int co : p.companies) c.perpetrators.push_back(co);
  } else {
    c.victims = p.persons.empty() ? p.unions : p.persons;
    if (!p.persons.empty()) c.concerns = p.unions;
    // The employer dismisses, and threatens or harasses unless the state is the actor named.
    bool employer_acts = kind == "dismissal" || kind == "death" || (kind == "other" && !p.state_acts);
    for (int co : p.companies) (employer_acts ? c.perpetrators : c.concerns).push_back(co);
  }
  if (c.perpetrators.empty() && StateActs(kind) && p.country >= 0) c.perpetrators.push_back(p.country);
}

// Fills unnamed victims and decides whether the case stands (labour context, a participant).
bool Complete(const std::vector<Token>& t, const std::vector<ArticleEntity>& entities, const CaseContext& context,
              const Participants& p, CaseFact& c) {
  const std::string& kind = c.kind;
  // Unnamed victims ("several union leaders", "members") are represented by their union.
  bool people = LabourPeopleMentioned(t);
  bool fallback_victim = false;
  if (c.victims.empty() && context.main_union >= 0 && (people || UnionVictimKind(kind)) && kind != "court_ruling") {
    c.victims.push_back(context.main_union);
    fallback_victim = true;
  }
  bool union_victim = false;
  for (int v : c.victims) {
    union_victim = union_victim || entities[v].type == NodeType::kUnion ||
                   (context.unionists && context.unionists->count(v));
  }
  if (!union_victim && !p.union_named && !context.labour_section && !LabourSentence(t)) return false;
  bool needs_victim = kind == "arrest" || kind == "detention" || kind == "imprisonment" || kind == "dismissal" ||
                      kind == "violence" || kind == "death" || kind == "other";
  bool unnamed_victims = c.victims.empty() && !c.perpetrators.empty() && people;
  if (needs_victim && c.victims.empty() && !unnamed_victims) return false;
  if (c.victims.empty() && c.perpetrators.empty()) return false;
  c.weak = fallback_victim || (c.victims.empty() && c.perpetrators.size() == 1 && c.perpetrators[0] == p.country &&
                               p.orgs.empty() && p.courts.empty());
  return true;
}

}  // namespace

void FindCases(const Sentence& sentence, std::string_view text, const std::vector<PlacedMention>& mentions,
               const std::vector<ArticleEntity>& entities, const CaseContext& context, std::vector<CaseFact>& out) {
  const auto& t = sentence.tokens;
  bool court_named = false;
  for (const PlacedMention& m : mentions) court_named = court_named || IsCourt(entities[m.entity]);
  std::vector<const char*> kinds = CaseKindsOf(t, court_named);
  if (kinds.empty()) return;
  Participants p = Collect(t, mentions, entities, context);
  std::vector<DateMention> dates = FindDates(t);
  for (const char* kind : kinds) {
    CaseFact c;
    c.kind = kind;
    c.date = NearestDate(dates, TriggerToken(t, kind), context.section_date);
    c.summary = std::string(text.substr(sentence.start, sentence.end - sentence.start));
    c.start = sentence.start;
    c.end = sentence.end;
    c.country = p.country;
    if (p.country < 0) c.country_name = p.inner;
    c.section = context.section;
    c.rule = "rule:case_" + c.kind;
    c.confidence = 0.6;
    AssignRoles(c.kind, p, c);
    if (Complete(t, entities, context, p, c)) {
      out.push_back(std::move(c));
    } else if (context.liberal && (!c.victims.empty() || !c.perpetrators.empty() || c.country >= 0)) {
      c.rule_accepted = false;
      out.push_back(std::move(c));
    }
  }
}

std::string FallbackDate(const std::vector<const Sentence*>& earlier, const std::string& section_date) {
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    std::vector<DateMention> dates = FindDates((*it)->tokens);
    for (auto d = dates.rbegin(); d != dates.rend(); ++d) {
      std::string date = ResolveDate(d->date, section_date);
      if (!date.empty()) return date;
    }
  }
  return section_date.substr(0, 7);
}

}  // namespace lkg::ingest
