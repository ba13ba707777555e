#include "ingest/cases/case_triggers.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "ingest/cases/case_rules.h"
#include "ingest/cases/case_words.h"
#include "ingest/rules/case_tables.h"

namespace lkg::ingest {
namespace {

using Trigger = rules::CaseTrigger;

// The trigger table (rules/case_triggers.tsv), checked in order; the first
// kinds win when one sentence holds several.
const std::vector<Trigger>& kTriggers = rules::CaseTriggers();


bool MatchAt(const std::vector<Token>& t, size_t i, const std::vector<std::string_view>& words) {
  size_t k = i;
  for (std::string_view w : words) {
    if (k >= t.size() || t[k].lower != w) return false;
    ++k;
  }
  return true;
}


// "refused to negotiate", "failed to bargain", "declining to meet": an
// employer that will not deal with the union.
bool RefusesToDeal(const std::vector<Token>& t) {
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i + 1].lower != "to") continue;
    const std::string& verb = t[i + 2].lower;
    if (CW().refuse_verbs.Has(t[i].lower) && CW().deal_verbs.Has(verb)) return true;
    if (CW().fail_verbs.Has(t[i].lower) && CW().bargain_verbs.Has(verb)) return true;  // "failed to meet a deadline" is no case
  }
  return false;
}

// "attack on strikers" is violence; "attacks on workers' rights" is not.
bool AttackOnPeople(const std::vector<Token>& t) {
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (!CW().attack_nouns.Has(t[i].lower) || t[i + 1].lower != "on") continue;
    bool abstract = false;
    for (size_t k = i + 2; k < t.size() && k <= i + 5; ++k) abstract = abstract || CW().attack_abstract_targets.Has(t[k].lower);
    if (!abstract) return true;
  }
  return false;
}

// "ordered the union back to work", "orders strikers back to work".
bool OrderedBackToWork(const std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!CW().order_verbs.Has(t[i].lower)) continue;
    for (size_t k = i + 1; k + 2 < t.size() && k <= i + 5; ++k) {
      if (t[k].lower == "back" && t[k + 1].lower == "to" && t[k + 2].lower == "work") return true;
    }
  }
  return false;
}

// "labour legislation is being amended", "parliament passed a bill restricting ...".
bool LawChanged(const std::vector<Token>& t) {
  return CW().law.AnyToken(t) && CW().law_change_words.AnyToken(t);
}

// "closed one of its two unionized outlets", "threatened to shut down the
// plant if unionization proceeded": closing (or threatening to close) a
// workplace because of its union.
bool ClosesUnionizedWorkplace(const std::vector<Token>& t) {
  bool closing = CW().closing_verbs.AnyToken(t);
  bool unionized = CW().unionized.AnyToken(t);
  bool threat_over_union = CW().threat_verbs.AnyToken(t) && CW().unionizing.AnyToken(t);
  return closing && (unionized || threat_over_union);
}

// "bargaining in bad faith", "bad faith bargaining", "surface bargaining".
bool BadFaithBargaining(const std::vector<Token>& t) {
  bool bad_faith = false;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    bad_faith = bad_faith || (t[i].lower == "bad" && t[i + 1].lower == "faith") ||
                (t[i].lower == "surface" && t[i + 1].lower == "bargaining");
  }
  return bad_faith && CW().bargaining_words.AnyToken(t);
}

// "fired five workers" is a dismissal; "fired tear gas", "fired on strikers" is not.
bool FiredWorkers(const std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].lower != "fired") continue;
    if (i + 1 == t.size()) return true;
    if (!CW().fired_weapon_next.Has(t[i + 1].lower)) {
      return true;
    }
  }
  return false;
}

// "threatened the organizers", "threatened with dismissal": a threat against
// people; "threatened to strike", "threatening industrial action" is the
// workers' own threat.
bool ThreatAgainstPeople(const std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!CW().threatening.Has(t[i].lower)) continue;
    bool own_threat = false;
    for (size_t k = i + 1; k < t.size() && k <= i + 3; ++k) own_threat = own_threat || CW().own_threat_words.Has(t[k].lower);
    if (!own_threat) return true;
  }
  return false;
}

// "the court declared the strike illegal", "a strike ruled unlawful".
bool StrikeDeclaredIllegal(const std::vector<Token>& t) {
  return CW().strike_nouns.AnyToken(t) && CW().declare_verbs.AnyToken(t) && CW().illegal.AnyToken(t);
}

void Drop(std::vector<const char*>& kinds, std::string_view kind) {
  kinds.erase(std::remove(kinds.begin(), kinds.end(), kind), kinds.end());
}

// Words that look like triggers but name no violation (rules/case_vetoes.tsv):
// accidents ("injured in an explosion"), natural deaths ("died of cancer"),
// death sentences, a cardiac arrest.
void DropNonEvents(const std::vector<Token>& t, std::vector<const char*>& kinds) {
  for (const rules::CaseVeto& veto : rules::CaseVetoes()) {
    if (veto.when.AnyToken(t) && !veto.unless.AnyToken(t)) Drop(kinds, veto.kind);
  }
}

bool Holds(const std::vector<const char*>& kinds, std::string_view kind) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

}  // namespace

bool TokensHave(const std::vector<Token>& t, std::initializer_list<const char*> words) {
  for (const Token& x : t) for (const char* w : words) if (x.lower == w) return true;
  return false;
}

// The kinds triggered in the sentence (each at most once), in trigger order.
namespace {

// The kinds of the trigger table's phrases found in `t`, in table order.
std::vector<const char*> TableKinds(const std::vector<Token>& t) {
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
  std::vector<const char*> kinds;
  for (size_t k : hits) kinds.push_back(kTriggers[k].kind);
  return kinds;
}

// "Guards attacked David Okoro" / "attacked workers": an attack on people, not on a plan.
bool AttackedPeople(const std::vector<Token>& t) {
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].lower != "attacked") continue;
    const Token& next = t[i + 1];
    if ((next.word && next.upper) ||
        CW().attacked_people.Has(next.lower)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<const char*> CaseKindsOf(const std::vector<Token>& t, bool court_named) {
  std::vector<const char*> kinds;
  auto add = [&](const char* k) {
    if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
  };
  bool court = court_named || CW().court.AnyToken(t);
  bool ruling = CW().ruling_verbs.AnyToken(t);
  if (court && ruling) add("court_ruling");
  for (const char* k : TableKinds(t)) add(k);
  if (AttackedPeople(t) || AttackOnPeople(t)) add("violence");
  bool essential = EssentialServiceDesignation(t);
  if (StrikeDeclaredIllegal(t) || OrderedBackToWork(t) || ActionRuledIllegal(t) || essential) add("strike_ban");
  if (LawChanged(t) || LawHarmsWorkers(t) || StateCutsPay(t)) add("legislation");
  if (essential && CW().law.AnyToken(t)) add("legislation");
  if (RefusesToDeal(t) || BadFaithBargaining(t) || DelayedRefusal(t) || ImposesTerms(t) || UnionBypassed(t) ||
      ActsAroundUnion(t)) {
    add("refusal_to_bargain");
  }
  if (FiredWorkers(t) || FiresWorkers(t)) add("dismissal");
  if (LawLetsEmployersFire(t)) Drop(kinds, "dismissal");  // the law's effect, no dismissal of its own
  if (ThreatAgainstPeople(t)) add("other");
  if (ClosesUnionizedWorkplace(t) || PressuredToLeaveUnion(t) || UnionSuppressed(t)) add("union_busting");
  // A law that bans strikes is legislation.
  if (Holds(kinds, "legislation")) Drop(kinds, "strike_ban");
  // "dismissed the case/appeal" is a ruling, not a dismissal of a worker.
  if (court && CW().court_matters.AnyToken(t)) Drop(kinds, "dismissal");
  DropNonEvents(t, kinds);
  // A killing is one event of kind death; violence only when others were also hurt.
  if (Holds(kinds, "death") && !CW().injury_words.AnyToken(t)) {
    Drop(kinds, "violence");
  }
  return kinds;
}

}  // namespace lkg::ingest
