#include "ingest/cases/case_rules.h"

#include <initializer_list>
#include <string>

#include "ingest/cases/case_triggers.h"

namespace lkg::ingest {
namespace {

bool IsOneOf(const std::string& w, std::initializer_list<const char*> words) {
  for (const char* x : words) if (w == x) return true;
  return false;
}

// True when a token in (i, i + span] of `t` is one of `words`.
bool Within(const std::vector<Token>& t, size_t i, size_t span, std::initializer_list<const char*> words) {
  for (size_t k = i + 1; k < t.size() && k <= i + span; ++k) if (IsOneOf(t[k].lower, words)) return true;
  return false;
}

bool IsLawWord(const std::string& w) {
  return IsOneOf(w, {"law", "laws", "legislation", "bill", "decree", "ordinance"});
}

// Union people as the object of a verb: "fire union members", "sack the
// strikers". Plain "workers" or "employees" are left out: announced economic
// lay-offs ("plans to fire 3,000 employees") are no violation case.
bool IsUnionPeopleWord(const std::string& w) {
  return IsOneOf(w, {"unionists", "organizers", "organisers", "activists", "leaders", "strikers", "members",
                     "representatives", "stewards", "delegates"});
}

// Labour words that make a "new law" a labour law.
bool LabourLawContext(const std::vector<Token>& t) {
  return TokensHave(t, {"workers", "employees", "job", "jobs", "labour", "labor", "union", "unions", "strike",
                        "strikes", "employers", "employment", "wages", "pensions", "bargaining"});
}

// "the President will take a 50% pay cut": his own choice, not a cut imposed
// on workers ("a change which would take effect" is no such choice).
bool VoluntaryCut(const std::vector<Token>& t) {
  if (TokensHave(t, {"voluntary", "voluntarily"})) return true;
  for (size_t i = 0; i < t.size(); ++i) {
    if (IsOneOf(t[i].lower, {"take", "takes", "took", "taking", "accept", "accepted", "accepting"}) &&
        Within(t, i, 6, {"cut", "cuts", "reduction", "freeze"})) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool LawHarmsWorkers(const std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    // "a new youth job law", "the new labour legislation"
    if (w == "new" && Within(t, i, 3, {"law", "legislation", "bill", "decree"}) && LabourLawContext(t)) return true;
    // "a back-to-work law", "back-to-work legislation"
    if (w == "back-to-work" && i + 1 < t.size() && IsLawWord(t[i + 1].lower)) return true;
    // "the legislation infringes on workers' rights", "a bill curbing strikes"
    if (IsLawWord(w) && Within(t, i, 3, {"infringes", "infringe", "infringing", "erodes", "eroding", "strips",
                                         "stripping", "curbs", "curbing", "curtails", "curtailing", "outlaws",
                                         "outlawing", "violates", "violating", "undermine"})) {
      return true;
    }
  }
  return LawLetsEmployersFire(t);
}

bool LawLetsEmployersFire(const std::vector<Token>& t) {
  bool law = TokensHave(t, {"law", "laws", "legislation", "bill", "decree", "reform", "reforms", "ordinance"});
  return law && TokensHave(t, {"employers", "employer"}) &&
         TokensHave(t, {"fire", "dismiss", "sack", "terminate", "dismissals", "firing", "dismissing"});
}

bool StateCutsPay(const std::vector<Token>& t) {
  bool cut = TokensHave(t, {"reduce", "reduces", "reducing", "cut", "cuts", "cutting", "slash", "slashes",
                            "slashing", "freeze", "freezes", "freezing", "lowering", "abolish",
                            "abolishes", "abolishing"});
  bool pay = TokensHave(t, {"pension", "pensions", "retirement", "wages", "wage", "salaries", "salary", "pay",
                            "allowances", "bonuses"});
  bool state = TokensHave(t, {"government", "president", "parliament", "minister", "ministry", "law",
                              "legislation", "decree", "reform", "reforms", "budget", "austerity", "state"});
  return cut && pay && state && !VoluntaryCut(t);
}

bool ActionRuledIllegal(const std::vector<Token>& t) {
  if (!TokensHave(t, {"ruled", "declared", "deemed", "ruling", "termed", "found"}) ||
      !TokensHave(t, {"illegal", "unlawful"})) {
    return false;
  }
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (IsOneOf(w, {"sickout", "sick-out", "stoppage", "go-slow", "occupation", "picketing", "picket"})) return true;
    bool job_action = w == "action" && i > 0 &&
                      IsOneOf(t[i - 1].lower, {"the", "industrial", "job", "their", "this", "collective"});
    if (job_action) return true;
  }
  return false;
}

bool ImposesTerms(const std::vector<Token>& t) {
  if (TokensHave(t, {"bill", "law", "legislation", "decree", "sanctions", "tariffs", "tax", "taxes"})) return false;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!IsOneOf(t[i].lower, {"impose", "imposed", "imposes", "imposing"})) continue;
    // A determiner after the verb: "imposed a contract", not the adjective "imposed contracts".
    if (!IsOneOf(t[i + 1].lower, {"a", "an", "the", "new", "its", "their", "his", "her", "unilateral"})) continue;
    if (Within(t, i, 4, {"contract", "contracts", "terms", "conditions", "agreement", "settlement", "pay", "wage",
                         "wages", "freeze", "cuts", "schedules", "rosters", "shifts"})) {
      return true;
    }
  }
  return false;
}

bool UnionBypassed(const std::vector<Token>& t) {
  for (size_t i = 1; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (IsOneOf(w, {"consulted", "consulting", "consultation", "consult"}) &&
        (IsOneOf(t[i - 1].lower, {"not", "without", "never", "no"}) ||
         (i >= 2 && IsOneOf(t[i - 2].lower, {"not", "without", "never", "failed", "refused"})))) {
      return true;
    }
    if (IsOneOf(w, {"bypass", "bypassed", "bypassing", "sidelined", "sidelining"}) &&
        Within(t, i, 5, {"union", "unions", "representatives"})) {
      return true;
    }
  }
  return false;
}

bool DelayedRefusal(const std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].lower != "refusal") continue;
    for (size_t k = i + 1; k + 1 < t.size() && k <= i + 10; ++k) {
      if (t[k].lower == "." || t[k].lower == ";") break;
      if (t[k].lower == "to" && IsOneOf(t[k + 1].lower, {"negotiate", "bargain", "recognise", "recognize", "meet"})) {
        return true;
      }
    }
  }
  return false;
}

bool FiresWorkers(const std::vector<Token>& t) {
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (!IsOneOf(t[i].lower, {"fire", "sack", "dismiss"})) continue;
    if (!IsOneOf(t[i - 1].lower, {"to", "will", "would", "could", "may", "might", "shall"})) continue;
    // "easier to dismiss", "the right to fire": a rule about firing, not a firing
    if (i >= 2 && IsOneOf(t[i - 2].lower, {"easier", "harder", "right", "freedom", "power", "allowed", "able"})) {
      continue;
    }
    for (size_t j = i + 1; j < t.size() && j <= i + 4; ++j) if (IsUnionPeopleWord(t[j].lower)) return true;
  }
  return false;
}

bool PressuredToLeaveUnion(const std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsOneOf(t[i].lower, {"forced", "forcing", "force", "pressured", "pressuring", "pressure", "coerced",
                              "coercing", "compelled", "made"})) {
      continue;
    }
    for (size_t k = i + 1; k < t.size() && k <= i + 8; ++k) {
      if (IsOneOf(t[k].lower, {"leave", "quit", "resign", "renounce", "withdraw", "abandon"}) &&
          Within(t, k, 4, {"union", "unions", "membership"})) {
        return true;
      }
    }
  }
  return false;
}

bool UnionSuppressed(const std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsOneOf(t[i].lower, {"sealed", "froze", "frozen", "freezing", "seized", "suspended", "shut", "closed",
                              "confiscated", "ransacked"})) {
      continue;
    }
    // a union word and a body-of-the-union noun, either order: "the union's offices", "the offices of the union"
    bool union_word = false, object = false;
    for (size_t k = i + 1; k < t.size() && k <= i + 8; ++k) {
      const std::string& w = t[k].lower;
      if (w == "." || w == ";") break;
      union_word = union_word || IsOneOf(w, {"union", "unions", "federation", "confederation"});
      object = object || IsOneOf(w, {"offices", "office", "accounts", "account", "activities", "headquarters",
                                     "assets", "premises", "funds", "registration"});
    }
    if (union_word && object) return true;
  }
  return false;
}

bool EssentialServiceDesignation(const std::vector<Token>& t) {
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].lower == "essential" && IsOneOf(t[i + 1].lower, {"service", "services"})) {
      return TokensHave(t, {"law", "legislation", "bill", "decree", "declared", "designated", "declaring",
                            "designating", "making", "made", "classified"});
    }
  }
  return false;
}

bool ActsAroundUnion(const std::vector<Token>& t) {
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (w == "unilaterally" && (IsOneOf(t[i + 1].lower, {"cut", "cuts", "changed", "changes", "imposed", "imposes",
                                                         "terminated", "cancelled", "canceled", "scrapped",
                                                         "reduced", "extended", "introduced", "withdrew", "ended"}) ||
                                (i > 0 && IsOneOf(t[i - 1].lower, {"cut", "changed", "imposed", "terminated"})))) {
      return true;
    }
    if (IsOneOf(w, {"refused", "refuses", "refusing", "declined"}) && t[i + 1].lower == "to" && i + 2 < t.size() &&
        IsOneOf(t[i + 2].lower, {"sign", "renew", "extend"}) &&
        Within(t, i + 2, 5, {"agreement", "contract", "cba", "accord"})) {
      return true;
    }
    // "does not recognise the union", "never recognized the union"
    if (IsOneOf(w, {"not", "never"}) && IsOneOf(t[i + 1].lower, {"recognise", "recognize", "recognised",
                                                                 "recognized"}) &&
        Within(t, i + 1, 4, {"union", "unions"})) {
      return true;
    }
  }
  return false;
}

}  // namespace lkg::ingest
