// Labour relevance of a whole article (the "relevance" part: labels labour,
// not_labour) and the gate it drives: an article judged not about labour
// yields no cases, and union nodes only with strong evidence.
#pragma once

#include "ingest/extraction_types.h"
#include "ingest/model/linear_model.h"

namespace lkg::ingest::model {

// An article of fewer words than this (a sentence or two) is too little text
// to judge: it counts as labour.
inline constexpr size_t kMinRelevanceWords = 40;

// True unless `part` (may be null: no gate) scores not_labour above labour
// for `features` (RelevanceFeatures of an article of `words` word tokens).
bool JudgedLabour(const LinearModel* part, const FeatureIds& features, size_t words);

// A union that stands even in a non-labour article: a known federation or
// gazetteer union, or a name holding a phrase of relevance_gate.tsv
// ("trade union", "labor union").
bool StrongUnionEvidence(const ArticleEntity& entity);

}  // namespace lkg::ingest::model
