// The learned relation classifier applied to one sentence: every candidate
// pair (relation_candidates.h) is scored by the "relations" part of the model
// bundle over its features, which include the pattern rules that fired for it.
// A candidate the model labels with an edge adds that edge when no pattern
// fact joins the pair already; pattern facts stay (combining the two scored
// best under cross-validation on the train split; see bench/relation_cv).
#pragma once

#include <string_view>
#include <vector>

#include "engine/status.h"
#include "ingest/extraction_types.h"
#include "ingest/model/linear_model.h"
#include "ingest/model/model_bundle.h"
#include "ingest/model/relation_trace.h"
#include "ingest/relations/relation_candidates.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest {

// How far the best edge label must score above "none" for the model to add an
// edge (chosen by cross-validation on the train split, bench/relation_cv).
inline constexpr float kRelationMargin = 3.0f;

// The rule name of the facts the classifier adds.
inline constexpr std::string_view kModelRelationRule = "model:relations";

// Ok when `model` scores exactly RelationLabels() in order; InvalidArgument
// naming the first label that differs otherwise.
Status CheckRelationModel(const model::LinearModel& model);

// The bundle's "relations" part when it passes CheckRelationModel, else
// nullptr (patterns only).
const model::LinearModel* RelationClassifier(const model::ModelBundle& bundle);

// Classifies the candidates of `sentence`; `facts[first_new, end)` are the
// sentence's pattern facts. With a `model`, appends the edges it finds (rule
// kModelRelationRule; has_role with the role word nearest the person). With
// a `trace` (entity indexes are the article's), also records each candidate
// first. `counts`: the article's mention counts (features; may be null).
void ReviewRelations(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                     const std::vector<ArticleEntity>& entities, int context_union, const model::LinearModel* model,
                     size_t first_new, std::vector<RelationFact>* facts,
                     std::vector<model::TracedRelationCandidate>* trace, const MentionCounts* counts = nullptr);

// A candidate of one sentence as the model labelled it.
struct ScoredRelation {
  RelationFact fact;  // source, target, type of the best label
  float margin = 0;   // its lead over "none"
  bool joined = false;  // a pattern fact already joins the pair
};

// Which of a sentence's scored candidates (none labels left out; the
// sentence's pattern has_role facts included as joined) the model adds: a
// lead of at least kRelationMargin, no pattern fact on the pair, and for each
// person only the best-scoring has_role, none when a pattern gave the person
// a role. Indexes into `scored`.
std::vector<size_t> ChooseModelRelations(const std::vector<ScoredRelation>& scored);

// The best label among `allowed` (indexes into the model's labels, "none"
// first) and its margin over "none" (0 when it is "none").
int BestAllowedLabel(const model::LinearModel& model, const model::FeatureIds& features,
                     const std::vector<int>& allowed, float* margin);

}  // namespace lkg::ingest
