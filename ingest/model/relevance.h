// Labour relevance of a whole article (the "relevance" part: labels labour,
// not_labour) and the gate it drives: an article judged not about labour
// yields no cases, and union nodes only with strong evidence.
#pragma once

#include "ingest/extraction_types.h"
#include "ingest/model/linear_model.h"

namespace lkg::ingest::model {

// True unless `part` (may be null: no gate) scores not_labour above labour
// for `features` (RelevanceFeatures of the article).
bool JudgedLabour(const LinearModel* part, const FeatureIds& features);

// A union that stands even in a non-labour article: a known federation or
// gazetteer union, or a name holding a phrase of relevance_gate.tsv
// ("trade union", "labor union").
bool StrongUnionEvidence(const ArticleEntity& entity);

}  // namespace lkg::ingest::model
