#include "ingest/cases/case_triggers.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "ingest/cases/case_rules.h"

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
    {"strike_ban", {"injunction"}},
    {"strike_ban", {"strike", "was", "banned"}},
    {"strike_ban", {"suspended", "the", "strike"}},
    {"strike_ban", {"from", "striking"}},
    {"strike_ban", {"prohibited", "strikes"}},
    {"strike_ban", {"strike", "ban"}},
    {"strike_ban", {"ban", "on", "strikes"}},
    {"strike_ban", {"strike", "illegal"}},
    {"strike_ban", {"strike", "unlawful"}},
    {"strike_ban", {"strikes", "illegal"}},
    {"strike_ban", {"strike", "was", "illegal"}},
    {"strike_ban", {"banned", "a", "strike"}},
    {"strike_ban", {"ban", "the", "strike"}},
    {"strike_ban", {"outlawed", "the", "strike"}},
    {"strike_ban", {"blocked", "the", "strike"}},
    {"strike_ban", {"halted", "the", "strike"}},
    {"strike_ban", {"back-to-work", "order"}},
    {"strike_ban", {"back", "to", "work", "order"}},
    {"strike_ban", {"cooling-off", "period"}},
    {"strike_ban", {"right", "to", "strike", "was", "suspended"}},
    {"strike_ban", {"banned", "strikes"}},
    {"strike_ban", {"prohibited", "the", "strike"}},
    {"imprisonment", {"sentenced"}},
    {"imprisonment", {"behind", "bars"}},
    {"imprisonment", {"prison", "term"}},
    {"imprisonment", {"penal", "colony"}},
    {"imprisonment", {"jailed"}},
    {"imprisonment", {"imprisoned"}},
    {"imprisonment", {"imprisonment"}},
    {"imprisonment", {"prison", "sentence"}},
    {"imprisonment", {"years", "in", "prison"}},
    {"arrest", {"arrested"}},
    {"arrest", {"rounded", "up"}},
    {"arrest", {"apprehended"}},
    {"arrest", {"arrest"}},
    {"arrest", {"arrests"}},
    {"arrest", {"into", "custody"}},
    {"detention", {"detained"}},
    {"detention", {"house", "arrest"}},
    {"detention", {"kidnapped"}},
    {"detention", {"incommunicado"}},
    {"detention", {"detention"}},
    {"detention", {"abducted"}},
    {"detention", {"held", "in", "custody"}},
    {"detention", {"locked", "up"}},
    {"detention", {"locking", "up"}},
    {"death", {"killed"}},
    {"death", {"lost", "their", "lives"}},
    {"death", {"lost", "his", "life"}},
    {"death", {"lost", "her", "life"}},
    {"death", {"found", "dead"}},
    {"death", {"fatal"}},
    {"death", {"fatalities"}},
    {"death", {"killing"}},
    {"death", {"killings"}},
    {"death", {"murdered"}},
    {"death", {"murder"}},
    {"death", {"assassinated"}},
    {"death", {"shot", "dead"}},
    {"death", {"gunned", "down"}},
    {"death", {"slain"}},
    {"death", {"lynched"}},
    {"death", {"beaten", "to", "death"}},
    {"death", {"burned", "to", "death"}},
    {"death", {"crushed", "to", "death"}},
    {"death", {"stabbed", "to", "death"}},
    {"death", {"tortured", "to", "death"}},
    {"death", {"deaths"}},
    {"death", {"death", "toll"}},
    {"death", {"died"}},
    {"death", {"death", "of"}},
    {"violence", {"beaten"}},
    {"violence", {"tortured"}},
    {"violence", {"stabbed"}},
    {"violence", {"wounded"}},
    {"violence", {"assault"}},
    {"violence", {"assaults"}},
    {"violence", {"opened", "fire"}},
    {"violence", {"beat", "up"}},
    {"violence", {"beat", "workers"}},
    {"violence", {"beat", "members"}},
    {"violence", {"beat", "protesters"}},
    {"violence", {"beat", "strikers"}},
    {"violence", {"beat", "him"}},
    {"violence", {"beat", "her"}},
    {"violence", {"beat", "them"}},
    {"violence", {"beating"}},
    {"violence", {"beatings"}},
    {"violence", {"assault", "on"}},
    {"violence", {"was", "attacked"}},
    {"violence", {"were", "attacked"}},
    {"violence", {"been", "attacked"}},
    {"violence", {"attacked", "by"}},
    {"violence", {"assaulted"}},
    {"violence", {"tear", "gas"}},
    {"violence", {"rubber", "bullets"}},
    {"violence", {"injured"}},
    {"violence", {"injuring"}},
    {"violence", {"injuries"}},
    {"violence", {"shot"}},
    {"violence", {"shooting"}},
    {"violence", {"attacking"}},
    {"violence", {"assaulting"}},
    {"violence", {"brutally"}},
    {"violence", {"hospitalised"}},
    {"violence", {"hospitalized"}},
    {"violence", {"thugs"}},
    {"violence", {"batons"}},
    {"violence", {"water", "cannon"}},
    {"violence", {"pepper", "spray"}},
    {"violence", {"live", "ammunition"}},
    {"violence", {"violence", "against"}},
    {"violence", {"violently"}},
    {"violence", {"baton", "charge"}},
    {"violence", {"baton-charged"}},
    {"violence", {"lathi", "charge"}},
    {"violence", {"lathicharge"}},
    {"violence", {"brutality"}},
    {"violence", {"punched"}},
    {"violence", {"kicked", "and"}},
    {"dismissal", {"dismissed"}},
    {"dismissal", {"dismissing"}},
    {"dismissal", {"termination"}},
    {"dismissal", {"laid", "off"}},
    {"dismissal", {"lost", "their", "jobs"}},
    {"dismissal", {"reinstatement"}},
    {"dismissal", {"reinstate"}},
    {"dismissal", {"dismissal"}},
    {"dismissal", {"dismissals"}},
    {"dismissal", {"fires"}},
    {"dismissal", {"sacked"}},
    {"dismissal", {"sacking"}},
    {"dismissal", {"terminated"}},
    {"dismissal", {"retrenched"}},
    {"union_busting", {"union-busting"}},
    {"union_busting", {"outlawed"}},
    {"union_busting", {"derecognised"}},
    {"union_busting", {"derecognized"}},
    {"union_busting", {"refused", "to", "register"}},
    {"union_busting", {"registration", "was", "denied"}},
    {"union_busting", {"banned", "the", "union"}},
    {"union_busting", {"crackdown", "on"}},
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
    {"union_busting", {"union", "avoidance"}},
    {"union_busting", {"captive", "audience"}},
    {"union_busting", {"revoked", "the", "registration"}},
    {"union_busting", {"cancelled", "the", "registration"}},
    {"union_busting", {"de-registered"}},
    {"refusal_to_bargain", {"refused", "to", "negotiate"}},
    {"refusal_to_bargain", {"refused", "to", "bargain"}},
    {"refusal_to_bargain", {"refuses", "to", "negotiate"}},
    {"refusal_to_bargain", {"refusal", "to", "bargain"}},
    {"refusal_to_bargain", {"refused", "to", "recognize"}},
    {"refusal_to_bargain", {"refused", "to", "recognise"}},
    {"refusal_to_bargain", {"refusing", "to", "negotiate"}},
    {"refusal_to_bargain", {"will", "not", "negotiate"}},
    {"refusal_to_bargain", {"would", "not", "negotiate"}},
    {"refusal_to_bargain", {"won't", "negotiate"}},
    {"refusal_to_bargain", {"unwilling", "to", "negotiate"}},
    {"refusal_to_bargain", {"broke", "off", "negotiations"}},
    {"legislation", {"legislative", "reform"}},
    {"legislation", {"law", "restricting"}},
    {"legislation", {"bill", "restricting"}},
    {"legislation", {"new", "law"}},
    {"legislation", {"adopted", "a", "law"}},
    {"legislation", {"passed", "a", "law"}},
    {"legislation", {"amendments", "to", "the"}},
    {"other", {"locked", "out"}},
    {"other", {"lockout"}},
    {"other", {"lockouts"}},
    {"other", {"lock-out"}},
    {"other", {"locked-out"}},
    {"other", {"harassment"}},
    {"other", {"disciplinary", "action"}},
    {"other", {"disciplinary", "proceedings"}},
    {"other", {"criminal", "enquiry"}},
    {"other", {"criminal", "inquiry"}},
    {"other", {"criminal", "investigation"}},
    {"other", {"criminal", "proceedings"}},
    {"other", {"unpaid", "wages"}},
    {"other", {"wage", "theft"}},
    {"other", {"evicted"}},
    {"other", {"denied", "entry"}},
    {"other", {"refused", "entry"}},
    {"other", {"barred", "from", "entering"}},
    {"other", {"spied"}},
    {"other", {"unfair", "labor", "practices"}},
    {"other", {"unfair", "labour", "practices"}},
    {"other", {"unfair", "labor", "practice"}},
    {"other", {"unfair", "labour", "practice"}},
    {"other", {"could", "lose", "their", "jobs"}},
    {"other", {"would", "lose", "their", "jobs"}},
    {"other", {"spying"}},
    {"other", {"threats"}},
    {"other", {"surveillance"}},
    {"other", {"charged", "with"}},
    {"other", {"criminal", "charges"}},
    {"other", {"criminal", "case"}},
    {"other", {"prosecuted"}},
    {"other", {"prosecution", "of"}},
    {"other", {"fined"}},
    {"other", {"deported"}},
    {"other", {"interrogated"}},
    {"other", {"summoned"}},
    {"other", {"searched"}},
    {"other", {"raid"}},
    {"other", {"raids"}},
    {"other", {"extremist"}},
    {"other", {"blacklist"}},
    {"other", {"intimidated"}},
    {"other", {"travel", "ban"}},
    {"other", {"expelled"}},
    {"other", {"smear"}},
    {"other", {"harassed"}},
    {"other", {"intimidation"}},
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

bool IsWordOf(const std::string& w, std::initializer_list<const char*> words) {
  for (const char* x : words) if (w == x) return true;
  return false;
}

// "refused to negotiate", "failed to bargain", "declining to meet": an
// employer that will not deal with the union.
bool RefusesToDeal(const std::vector<Token>& t) {
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i + 1].lower != "to") continue;
    bool refused = IsWordOf(t[i].lower, {"refused", "refuses", "refusing", "refuse", "refusal", "declined",
                                         "declines", "declining"});
    bool failed = IsWordOf(t[i].lower, {"failed", "fails", "failing", "failure"});
    const std::string& verb = t[i + 2].lower;
    if (refused && IsWordOf(verb, {"negotiate", "bargain", "recognise", "recognize", "meet", "talk", "engage"})) {
      return true;
    }
    if (failed && IsWordOf(verb, {"negotiate", "bargain"})) return true;  // "failed to meet a deadline" is no case
  }
  return false;
}

// "attack on strikers" is violence; "attacks on workers' rights" is not.
bool AttackOnPeople(const std::vector<Token>& t) {
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (!IsWordOf(t[i].lower, {"attack", "attacks"}) || t[i + 1].lower != "on") continue;
    bool abstract = false;
    for (size_t k = i + 2; k < t.size() && k <= i + 5; ++k) {
      abstract = abstract || IsWordOf(t[k].lower, {"rights", "freedom", "freedoms", "wages", "pensions", "conditions",
                                                   "bargaining", "standards", "law", "laws", "union", "unions",
                                                   "democracy", "jobs", "benefits"});
    }
    if (!abstract) return true;
  }
  return false;
}

// "ordered the union back to work", "orders strikers back to work".
bool OrderedBackToWork(const std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsWordOf(t[i].lower, {"ordered", "orders", "order", "ordering"})) continue;
    for (size_t k = i + 1; k + 2 < t.size() && k <= i + 5; ++k) {
      if (t[k].lower == "back" && t[k + 1].lower == "to" && t[k + 2].lower == "work") return true;
    }
  }
  return false;
}

// "labour legislation is being amended", "parliament passed a bill restricting ...".
bool LawChanged(const std::vector<Token>& t) {
  return TokensHave(t, {"law", "laws", "legislation", "bill", "code", "decree"}) &&
         TokensHave(t, {"amended", "amending", "amendment", "amendments", "adopted", "passed", "restricting",
                        "restricts", "restrict", "restrictive", "weakening", "weakens", "undermining",
                        "undermines"});
}

// "closed one of its two unionized outlets", "threatened to shut down the
// plant if unionization proceeded": closing (or threatening to close) a
// workplace because of its union.
bool ClosesUnionizedWorkplace(const std::vector<Token>& t) {
  bool closing = TokensHave(t, {"closed", "closes", "closing", "close", "shut", "shutting", "shuts", "relocate",
                                "relocating"});
  bool unionized = TokensHave(t, {"unionized", "unionised"});
  bool threat_over_union = TokensHave(t, {"threatened", "threatening", "threatens"}) &&
                           TokensHave(t, {"unionization", "unionisation", "unionize", "unionise", "union"});
  return closing && (unionized || threat_over_union);
}

// "bargaining in bad faith", "bad faith bargaining", "surface bargaining".
bool BadFaithBargaining(const std::vector<Token>& t) {
  bool bad_faith = false;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    bad_faith = bad_faith || (t[i].lower == "bad" && t[i + 1].lower == "faith") ||
                (t[i].lower == "surface" && t[i + 1].lower == "bargaining");
  }
  return bad_faith && TokensHave(t, {"bargaining", "bargain", "bargained", "negotiations", "negotiating",
                                     "negotiate", "negotiated", "talks"});
}

// "fired five workers" is a dismissal; "fired tear gas", "fired on strikers" is not.
bool FiredWorkers(const std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].lower != "fired") continue;
    if (i + 1 == t.size()) return true;
    if (!IsWordOf(t[i + 1].lower, {"on", "at", "upon", "tear", "rubber", "shots", "live", "into", "warning", "gas",
                                   "bullets", "up", "pellets", "stun", "over", "in"})) {
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
    if (!IsWordOf(t[i].lower, {"threatened", "threatening"})) continue;
    bool own_threat = false;
    for (size_t k = i + 1; k < t.size() && k <= i + 3; ++k) {
      own_threat = own_threat || IsWordOf(t[k].lower, {"strike", "strikes", "walkout", "walk", "industrial",
                                                       "resign", "quit", "sue", "boycott", "stop", "bankruptcy",
                                                       "closure", "collapse", "insolvency", "extinction"});
    }
    if (!own_threat) return true;
  }
  return false;
}

// "the court declared the strike illegal", "a strike ruled unlawful".
bool StrikeDeclaredIllegal(const std::vector<Token>& t) {
  return TokensHave(t, {"strike", "strikes", "walkout", "stoppage"}) &&
         TokensHave(t, {"declared", "ruled", "deemed", "declaring", "ruling", "declare", "termed", "branded"}) &&
         TokensHave(t, {"illegal", "unlawful"});
}

void Drop(std::vector<const char*>& kinds, std::string_view kind) {
  kinds.erase(std::remove(kinds.begin(), kinds.end(), kind), kinds.end());
}

// Words that look like triggers but name no violation: accidents ("injured
// in an explosion"), natural deaths ("died of cancer"), death sentences,
// a cardiac arrest.
void DropNonEvents(const std::vector<Token>& t, std::vector<const char*>& kinds) {
  if (TokensHave(t, {"accident", "accidents", "explosion", "blast", "crash", "collapse", "collapsed", "poisoning",
                     "leak", "earthquake", "flood", "storm"})) {
    Drop(kinds, "violence");
  }
  bool killing = TokensHave(t, {"killed", "murdered", "shot", "beaten", "assassinated", "killing", "murder"});
  if (!killing && TokensHave(t, {"stroke", "cancer", "illness", "disease", "natural", "heart", "sentenced"})) {
    Drop(kinds, "death");
  }
  if (TokensHave(t, {"cardiac"}) && !TokensHave(t, {"arrested", "arrests"})) Drop(kinds, "arrest");
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
        IsWordOf(next.lower, {"workers", "protesters", "members", "strikers", "unionists", "activists", "him", "her",
                              "them"})) {
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
  bool court = court_named || TokensHave(t, {"court", "tribunal", "judge"});
  bool ruling = TokensHave(t, {"ruled", "ruling", "judged", "ordered", "upheld", "overturned", "verdict",
                                "recognizes", "recognized", "recognises", "recognised", "declared", "decided",
                                "found", "rejected", "dismissed", "decision", "acquitted", "convicted", "annulled",
                                "reinstated", "awarded", "sided", "quashed", "struck", "termed", "granted",
                                "issued", "gave", "authorized", "authorised", "banned", "blocked", "halted"});
  if (court && ruling) add("court_ruling");
  for (const char* k : TableKinds(t)) add(k);
  if (AttackedPeople(t) || AttackOnPeople(t)) add("violence");
  bool essential = EssentialServiceDesignation(t);
  if (StrikeDeclaredIllegal(t) || OrderedBackToWork(t) || ActionRuledIllegal(t) || essential) add("strike_ban");
  if (LawChanged(t) || LawHarmsWorkers(t) || StateCutsPay(t)) add("legislation");
  if (essential && TokensHave(t, {"law", "legislation", "bill", "decree"})) add("legislation");
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
  if (court && TokensHave(t, {"appeal", "case", "lawsuit", "complaint"})) Drop(kinds, "dismissal");
  DropNonEvents(t, kinds);
  // A killing is one event of kind death; violence only when others were also hurt.
  if (Holds(kinds, "death") && !TokensHave(t, {"injured", "wounded", "injuring", "injuries", "wounding"})) {
    Drop(kinds, "violence");
  }
  return kinds;
}

size_t TriggerToken(const std::vector<Token>& t, std::string_view kind) {
  for (size_t i = 0; i < t.size(); ++i) {
    for (const Trigger& trigger : kTriggers) {
      if (kind == trigger.kind && t[i].lower == *trigger.words.begin() && MatchAt(t, i, trigger.words)) return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace lkg::ingest
