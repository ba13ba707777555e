#include "ingest/model/case_classifier.h"

#include <algorithm>

#include "ingest/cases/case_triggers.h"
#include "ingest/rules/case_review.h"

namespace lkg::ingest::model {
namespace {

bool Holds(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// The role the rules gave `entity` in `c`.
const char* RuleRole(const CaseFact& c, int entity) {
  if (Holds(c.victims, entity)) return "victim";
  if (Holds(c.perpetrators, entity)) return "perpetrator";
  if (Holds(c.concerns, entity)) return "concerns";
  if (c.country == entity) return "country";
  return "none";
}

}  // namespace

CaseReviewer::CaseReviewer(const ModelBundle& bundle, ExtractionTrace* trace)
    : cases_(bundle.Part(kCasesPart)), roles_(bundle.Part(kCaseRolesPart)), trace_(trace) {
  if (cases_ != nullptr && cases_->LabelIndex("none") != 0) cases_ = nullptr;  // not a case model
  if (roles_ != nullptr && roles_->LabelIndex("none") < 0) roles_ = nullptr;
}

void CaseReviewer::Review(CaseView view, size_t first, std::vector<CaseFact>* cases) const {
  if (!liberal()) return;
  FeatureIds features;
  std::vector<float> scores;
  size_t kept = first;
  for (size_t i = first; i < cases->size(); ++i) {
    CaseFact& c = (*cases)[i];
    view.fact = &c;
    view.rule_accepted = c.rule_accepted;
    view.trigger = TriggerToken(view.sentence->tokens, c.kind);
    features.clear();
    CaseFeatures(view, &features);
    if (trace_ != nullptr) {
      Trace(view, features);
    } else if (cases_ != nullptr) {
      // Keep or drop the rules' kind: relabelling across kinds generalises worse than the triggers.
      // The part overrules the rules only by a margin (rules/case_review.tsv).
      const int kind = cases_->LabelIndex(c.kind);
      if (kind <= 0) continue;
      cases_->Score(features, &scores);
      const double margin = scores[kind] - scores[0];
      const rules::CaseReviewMargins& allowed = rules::CaseReview();
      if (c.rule_accepted ? margin < -allowed.drop : margin <= allowed.add) continue;
      c.rule = "model:case_" + c.kind;
      if (roles_ != nullptr) AssignRoles(view, &c);
    } else if (!c.rule_accepted) {
      continue;
    }
    if (kept != i) (*cases)[kept] = std::move(c);
    ++kept;
  }
  cases->resize(kept);
}

void CaseReviewer::Trace(const CaseView& view, const FeatureIds& features) const {
  TracedCase traced{view.fact->kind, features, {}};
  std::vector<int> seen;
  for (const PlacedMention& m : *view.mentions) {
    if (Holds(seen, m.entity)) continue;
    seen.push_back(m.entity);
    const ArticleEntity& e = (*view.entities)[m.entity];
    TracedParticipant p;
    p.keys.assign(e.keys.begin(), e.keys.end());
    std::sort(p.keys.begin(), p.keys.end());
    p.role = RuleRole(*view.fact, m.entity);
    p.is_country = m.type == NodeType::kCountry;
    RoleFeatures(view, m, p.role, &p.features);
    traced.participants.push_back(std::move(p));
  }
  // Participants the rules took from outside the sentence (the section's union or country).
  auto outside = [&](int entity, const char* role) {
    if (entity < 0 || Holds(seen, entity)) return;
    seen.push_back(entity);
    const ArticleEntity& e = (*view.entities)[entity];
    TracedParticipant p{std::vector<std::string>(e.keys.begin(), e.keys.end()), role,
                        e.type == NodeType::kCountry, {}};
    std::sort(p.keys.begin(), p.keys.end());
    traced.participants.push_back(std::move(p));
  };
  for (int v : view.fact->victims) outside(v, "victim");
  for (int v : view.fact->perpetrators) outside(v, "perpetrator");
  for (int v : view.fact->concerns) outside(v, "concerns");
  outside(view.fact->country, "country");
  trace_->cases.push_back(std::move(traced));
}

void CaseReviewer::AssignRoles(const CaseView& view, CaseFact* c) const {
  std::vector<int> victims, perpetrators, concerns, seen;
  FeatureIds features;
  for (const PlacedMention& m : *view.mentions) {
    if (Holds(seen, m.entity) || m.type == NodeType::kCountry) continue;
    seen.push_back(m.entity);
    features.clear();
    RoleFeatures(view, m, RuleRole(*c, m.entity), &features);
    const std::string& role = roles_->labels()[roles_->Predict(features)];
    if (role == "victim") victims.push_back(m.entity);
    else if (role == "perpetrator") perpetrators.push_back(m.entity);
    else if (role == "concerns") concerns.push_back(m.entity);
  }
  // Participants from outside the sentence (the section's union, the country) keep their rule roles.
  for (int v : c->victims) if (!Holds(seen, v)) victims.push_back(v);
  for (int v : c->perpetrators) if (!Holds(seen, v)) perpetrators.push_back(v);
  for (int v : c->concerns) if (!Holds(seen, v)) concerns.push_back(v);
  if (victims.empty() && perpetrators.empty()) return;  // the model sees nobody: keep the rules' roles
  c->victims = std::move(victims);
  c->perpetrators = std::move(perpetrators);
  c->concerns = std::move(concerns);
}

}  // namespace lkg::ingest::model
