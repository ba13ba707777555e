// The word classes of the case rules (case_triggers.cc, case_rules.cc,
// cases.cc), read once from ingest/rules/case_words.tsv and
// ingest/rules/law_words.tsv. Internal to ingest/cases/.
#pragma once

#include <string_view>

#include "ingest/rules/rules.h"

namespace lkg::ingest {

struct CaseWords {
  const rules::WordSet& court = Class("court");
  const rules::WordSet& ruling_verbs = Class("ruling_verbs");
  const rules::WordSet& court_matters = Class("court_matters");
  const rules::WordSet& injury_words = Class("injury_words");
  const rules::WordSet& attacked_people = Class("attacked_people");
  const rules::WordSet& attack_nouns = Class("attack_nouns");
  const rules::WordSet& attack_abstract_targets = Class("attack_abstract_targets");
  const rules::WordSet& refuse_verbs = Class("refuse_verbs");
  const rules::WordSet& fail_verbs = Class("fail_verbs");
  const rules::WordSet& deal_verbs = Class("deal_verbs");
  const rules::WordSet& bargain_verbs = Class("bargain_verbs");
  const rules::WordSet& refusal_objects = Class("refusal_objects");
  const rules::WordSet& order_verbs = Class("order_verbs");
  const rules::WordSet& law_change_words = Class("law_change_words");
  const rules::WordSet& closing_verbs = Class("closing_verbs");
  const rules::WordSet& unionized = Class("unionized");
  const rules::WordSet& threat_verbs = Class("threat_verbs");
  const rules::WordSet& unionizing = Class("unionizing");
  const rules::WordSet& bargaining_words = Class("bargaining_words");
  const rules::WordSet& fired_weapon_next = Class("fired_weapon_next");
  const rules::WordSet& threatening = Class("threatening");
  const rules::WordSet& own_threat_words = Class("own_threat_words");
  const rules::WordSet& strike_nouns = Class("strike_nouns");
  const rules::WordSet& declare_verbs = Class("declare_verbs");
  const rules::WordSet& illegal = Class("illegal");
  const rules::WordSet& ruled_verbs = Class("ruled_verbs");
  const rules::WordSet& job_actions = Class("job_actions");
  const rules::WordSet& job_action_before = Class("job_action_before");
  const rules::WordSet& labour_context = Class("labour_context");
  const rules::WordSet& law_harm_verbs = Class("law_harm_verbs");
  const rules::WordSet& reform_words = Class("reform_words");
  const rules::WordSet& employer_words = Class("employer_words");
  const rules::WordSet& firing_words = Class("firing_words");
  const rules::WordSet& cut_words = Class("cut_words");
  const rules::WordSet& pay_words = Class("pay_words");
  const rules::WordSet& state_words = Class("state_words");
  const rules::WordSet& voluntary = Class("voluntary");
  const rules::WordSet& accept_verbs = Class("accept_verbs");
  const rules::WordSet& cut_nouns = Class("cut_nouns");
  const rules::WordSet& imposed_by_state = Class("imposed_by_state");
  const rules::WordSet& impose_verbs = Class("impose_verbs");
  const rules::WordSet& impose_determiners = Class("impose_determiners");
  const rules::WordSet& imposed_terms = Class("imposed_terms");
  const rules::WordSet& consult_words = Class("consult_words");
  const rules::WordSet& consult_negation = Class("consult_negation");
  const rules::WordSet& consult_negation_far = Class("consult_negation_far");
  const rules::WordSet& bypass_verbs = Class("bypass_verbs");
  const rules::WordSet& union_side = Class("union_side");
  const rules::WordSet& fire_verbs = Class("fire_verbs");
  const rules::WordSet& fire_modals = Class("fire_modals");
  const rules::WordSet& firing_rule_words = Class("firing_rule_words");
  const rules::WordSet& union_people = Class("union_people");
  const rules::WordSet& pressure_verbs = Class("pressure_verbs");
  const rules::WordSet& leave_verbs = Class("leave_verbs");
  const rules::WordSet& union_membership = Class("union_membership");
  const rules::WordSet& suppress_verbs = Class("suppress_verbs");
  const rules::WordSet& union_bodies = Class("union_bodies");
  const rules::WordSet& union_property = Class("union_property");
  const rules::WordSet& service_words = Class("service_words");
  const rules::WordSet& designation_words = Class("designation_words");
  const rules::WordSet& unilateral_after = Class("unilateral_after");
  const rules::WordSet& unilateral_before = Class("unilateral_before");
  const rules::WordSet& refuse_sign_verbs = Class("refuse_sign_verbs");
  const rules::WordSet& sign_verbs = Class("sign_verbs");
  const rules::WordSet& agreement_nouns = Class("agreement_nouns");
  const rules::WordSet& not_never = Class("not_never");
  const rules::WordSet& recognise_forms = Class("recognise_forms");
  const rules::WordSet& union_nouns = Class("union_nouns");
  const rules::WordSet& labour_people = Class("labour_people");
  const rules::WordSet& reporting_verbs = Class("reporting_verbs");
  const rules::WordSet& labour_sentence = Class("labour_sentence");
  const rules::WordSet& strike_verbs = Class("strike_verbs");
  const rules::WordSet& armed_strike = Class("armed_strike");
  const rules::WordSet& official_titles = Class("official_titles");
  const rules::WordSet& state_actors = Class("state_actors");
  const rules::WordSet& law = rules::Words("law_words.tsv", "law");  // the one list of law words

  static const rules::WordSet& Class(std::string_view cls) { return rules::Words("case_words.tsv", cls); }
};

// The classes, looked up on first use.
inline const CaseWords& CW() {
  static const CaseWords words;
  return words;
}

}  // namespace lkg::ingest
