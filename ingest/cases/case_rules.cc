#include "ingest/cases/case_rules.h"

#include <string>

#include "ingest/cases/case_words.h"

namespace lkg::ingest {
namespace {

// True when a token in (i, i + span] of `t` is in `words`.
bool Within(const std::vector<Token>& t, size_t i, size_t span, const rules::WordSet& words) {
  for (size_t k = i + 1; k < t.size() && k <= i + span; ++k) if (words.Has(t[k].lower)) return true;
  return false;
}

// "the President will take a 50% pay cut": his own choice, not a cut imposed
// on workers ("a change which would take effect" is no such choice).
bool VoluntaryCut(const std::vector<Token>& t) {
  const CaseWords& w = CW();
  if (w.voluntary.AnyToken(t)) return true;
  for (size_t i = 0; i < t.size(); ++i) {
    if (w.accept_verbs.Has(t[i].lower) && Within(t, i, 6, w.cut_nouns)) return true;
  }
  return false;
}

}  // namespace

bool LawHarmsWorkers(const std::vector<Token>& t) {
  const CaseWords& cw = CW();
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    // "a new youth job law", "the new labour legislation"
    if (w == "new" && Within(t, i, 3, cw.law) && cw.labour_context.AnyToken(t)) return true;
    // "a back-to-work law", "back-to-work legislation"
    if (w == "back-to-work" && i + 1 < t.size() && cw.law.Has(t[i + 1].lower)) return true;
    // "the legislation infringes on workers' rights", "a bill curbing strikes"
    if (cw.law.Has(w) && Within(t, i, 3, cw.law_harm_verbs)) return true;
  }
  return LawLetsEmployersFire(t);
}

bool LawLetsEmployersFire(const std::vector<Token>& t) {
  const CaseWords& w = CW();
  bool law = w.law.AnyToken(t) || w.reform_words.AnyToken(t);
  return law && w.employer_words.AnyToken(t) && w.firing_words.AnyToken(t);
}

bool StateCutsPay(const std::vector<Token>& t) {
  const CaseWords& w = CW();
  return w.cut_words.AnyToken(t) && w.pay_words.AnyToken(t) && w.state_words.AnyToken(t) && !VoluntaryCut(t);
}

bool ActionRuledIllegal(const std::vector<Token>& t) {
  const CaseWords& cw = CW();
  if (!cw.ruled_verbs.AnyToken(t) || !cw.illegal.AnyToken(t)) return false;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (cw.job_actions.Has(w)) return true;
    bool job_action = w == "action" && i > 0 && cw.job_action_before.Has(t[i - 1].lower);
    if (job_action) return true;
  }
  return false;
}

bool ImposesTerms(const std::vector<Token>& t) {
  const CaseWords& w = CW();
  if (w.law.AnyToken(t) || w.imposed_by_state.AnyToken(t)) return false;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!w.impose_verbs.Has(t[i].lower)) continue;
    // A determiner after the verb: "imposed a contract", not the adjective "imposed contracts".
    if (!w.impose_determiners.Has(t[i + 1].lower)) continue;
    if (Within(t, i, 4, w.imposed_terms)) return true;
  }
  return false;
}

bool UnionBypassed(const std::vector<Token>& t) {
  const CaseWords& cw = CW();
  for (size_t i = 1; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (cw.consult_words.Has(w) &&
        (cw.consult_negation.Has(t[i - 1].lower) || (i >= 2 && cw.consult_negation_far.Has(t[i - 2].lower)))) {
      return true;
    }
    if (cw.bypass_verbs.Has(w) && Within(t, i, 5, cw.union_side)) return true;
  }
  return false;
}

bool DelayedRefusal(const std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].lower != "refusal") continue;
    for (size_t k = i + 1; k + 1 < t.size() && k <= i + 10; ++k) {
      if (t[k].lower == "." || t[k].lower == ";") break;
      if (t[k].lower == "to" && CW().refusal_objects.Has(t[k + 1].lower)) {
        return true;
      }
    }
  }
  return false;
}

bool FiresWorkers(const std::vector<Token>& t) {
  const CaseWords& w = CW();
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (!w.fire_verbs.Has(t[i].lower) || !w.fire_modals.Has(t[i - 1].lower)) continue;
    // "easier to dismiss", "the right to fire": a rule about firing, not a firing
    if (i >= 2 && w.firing_rule_words.Has(t[i - 2].lower)) continue;
    if (Within(t, i, 4, w.union_people)) return true;
  }
  return false;
}

bool PressuredToLeaveUnion(const std::vector<Token>& t) {
  const CaseWords& w = CW();
  for (size_t i = 0; i < t.size(); ++i) {
    if (!w.pressure_verbs.Has(t[i].lower)) continue;
    for (size_t k = i + 1; k < t.size() && k <= i + 8; ++k) {
      if (w.leave_verbs.Has(t[k].lower) && Within(t, k, 4, w.union_membership)) return true;
    }
  }
  return false;
}

bool UnionSuppressed(const std::vector<Token>& t) {
  const CaseWords& cw = CW();
  for (size_t i = 0; i < t.size(); ++i) {
    if (!cw.suppress_verbs.Has(t[i].lower)) continue;
    // a union word and a body-of-the-union noun, either order: "the union's offices", "the offices of the union"
    bool union_word = false, object = false;
    for (size_t k = i + 1; k < t.size() && k <= i + 8; ++k) {
      const std::string& w = t[k].lower;
      if (w == "." || w == ";") break;
      union_word = union_word || cw.union_bodies.Has(w);
      object = object || cw.union_property.Has(w);
    }
    if (union_word && object) return true;
  }
  return false;
}

bool EssentialServiceDesignation(const std::vector<Token>& t) {
  const CaseWords& w = CW();
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].lower == "essential" && w.service_words.Has(t[i + 1].lower)) {
      return w.law.AnyToken(t) || w.designation_words.AnyToken(t);
    }
  }
  return false;
}

bool ActsAroundUnion(const std::vector<Token>& t) {
  const CaseWords& cw = CW();
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    const std::string& w = t[i].lower;
    const std::string& next = t[i + 1].lower;
    if (w == "unilaterally" &&
        (cw.unilateral_after.Has(next) || (i > 0 && cw.unilateral_before.Has(t[i - 1].lower)))) {
      return true;
    }
    if (cw.refuse_sign_verbs.Has(w) && next == "to" && i + 2 < t.size() && cw.sign_verbs.Has(t[i + 2].lower) &&
        Within(t, i + 2, 5, cw.agreement_nouns)) {
      return true;
    }
    // "does not recognise the union", "never recognized the union"
    if (cw.not_never.Has(w) && cw.recognise_forms.Has(next) && Within(t, i + 1, 4, cw.union_nouns)) return true;
  }
  return false;
}

}  // namespace lkg::ingest
