#include "ingest/relations/relation_review.h"

#include <algorithm>

#include "ingest/relations/relation_candidates.h"

namespace lkg::ingest {
namespace {

// The confidence of a fact only the classifier found: 0.5 at the margin
// threshold, rising towards 0.9 as the best label leads "none" further.
double ModelConfidence(float margin) {
  double lead = std::max(0.0, static_cast<double>(margin - kRelationMargin));
  return 0.5 + 0.4 * lead / (lead + 10.0);
}

bool PairJoined(const std::vector<RelationFact>& facts, size_t from, size_t to, int a, int b) {
  for (size_t k = from; k < to; ++k) {
    const RelationFact& f = facts[k];
    if ((f.source == a && f.target == b) || (f.source == b && f.target == a)) return true;
  }
  return false;
}

model::TracedRelationCandidate Traced(uint32_t sentence, const RelationCandidate& c, const std::vector<ArticleEntity>& entities,
                                      model::FeatureIds features) {
  model::TracedRelationCandidate t;
  t.sentence = sentence;
  t.type = c.type;
  t.features = std::move(features);
  for (int label : AllowedRelationLabels(c.type)) {
    std::optional<RelationFact> f = RelationOfLabel(c, label, entities);
    if (!f) continue;
    t.labels.push_back(label);
    t.outcomes.push_back({f->source, f->target, f->type});
  }
  return t;
}

}  // namespace

Status CheckRelationModel(const model::LinearModel& model) {
  const std::vector<std::string>& want = RelationLabels();
  const std::vector<std::string>& have = model.labels();
  for (size_t k = 0; k < want.size() || k < have.size(); ++k) {
    std::string w = k < want.size() ? want[k] : "(nothing)";
    std::string h = k < have.size() ? have[k] : "(nothing)";
    if (w != h) {
      return Status::InvalidArgument("relation model label " + std::to_string(k) + " is '" + h + "', expected '" +
                                     w + "'");
    }
  }
  return Status::Ok();
}

const model::LinearModel* RelationClassifier(const model::ModelBundle& bundle) {
  const model::LinearModel* part = bundle.Part(model::kRelationsPart);
  return part != nullptr && part->labels() == RelationLabels() ? part : nullptr;
}

std::vector<size_t> ChooseModelRelations(const std::vector<ScoredRelation>& scored) {
  std::vector<size_t> out;
  for (size_t k = 0; k < scored.size(); ++k) {
    const ScoredRelation& s = scored[k];
    if (s.joined || s.margin < kRelationMargin) continue;
    bool outscored = false;  // the person has a better has_role in this sentence
    for (size_t j = 0; j < scored.size() && s.fact.type == EdgeType::kHasRole; ++j) {
      const ScoredRelation& o = scored[j];
      if (j == k || o.fact.type != EdgeType::kHasRole || o.fact.source != s.fact.source) continue;
      outscored = outscored || o.margin > s.margin || (o.margin == s.margin && j < k) || o.joined;
    }
    if (!outscored) out.push_back(k);
  }
  return out;
}

int BestAllowedLabel(const model::LinearModel& model, const model::FeatureIds& features,
                     const std::vector<int>& allowed, float* margin) {
  std::vector<float> scores;
  model.Score(features, &scores);
  int best = allowed.front();
  for (int label : allowed) {
    if (scores[label] > scores[best]) best = label;
  }
  *margin = scores[best] - scores[allowed.front()];
  return best;
}

void ReviewRelations(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                     const std::vector<ArticleEntity>& entities, int context_union, const model::LinearModel* model,
                     size_t first_new, std::vector<RelationFact>* facts,
                     std::vector<model::TracedRelationCandidate>* trace, const MentionCounts* counts) {
  if (model == nullptr && trace == nullptr) return;
  std::vector<RelationCandidate> candidates = RelationCandidates(sentence, mentions, context_union);
  if (candidates.empty()) return;
  std::vector<RelationFact> patterns(facts->begin() + first_new, facts->end());
  size_t patterns_end = facts->size();
  model::FeatureIds features;
  std::vector<ScoredRelation> scored;
  std::vector<const RelationCandidate*> from;
  for (const RelationCandidate& c : candidates) {
    features.clear();
    RelationFeatures(sentence, mentions, entities, c, patterns, &features, counts);
    if (trace != nullptr) trace->push_back(Traced(sentence.start, c, entities, features));
    if (model == nullptr) continue;
    float margin = 0;
    int label = BestAllowedLabel(*model, features, AllowedRelationLabels(c.type), &margin);
    std::optional<RelationFact> fact = RelationOfLabel(c, label, entities);
    if (!fact) continue;
    bool joined = PairJoined(*facts, first_new, patterns_end, fact->source, fact->target);
    scored.push_back({std::move(*fact), margin, joined});
    from.push_back(&c);
  }
  for (const RelationFact& p : patterns) {  // a role a pattern gave outranks the model's
    if (p.type == EdgeType::kHasRole) scored.push_back({p, 0.0f, true});
  }
  for (size_t k : ChooseModelRelations(scored)) {
    RelationFact& fact = scored[k].fact;
    if (fact.type == EdgeType::kHasRole) fact.role = NearestRole(sentence, mentions, *from[k]);
    fact.rule = std::string(kModelRelationRule);
    fact.confidence = ModelConfidence(scored[k].margin);
    fact.start = sentence.start;
    fact.end = sentence.end;
    facts->push_back(std::move(fact));
  }
}

}  // namespace lkg::ingest
