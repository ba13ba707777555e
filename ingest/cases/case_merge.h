// One event, one case: the sentences of an article that report the same
// violation (the same people, a compatible date, the same kind or a kind that
// ingest/rules/case_merge.tsv folds into another) become one case that keeps
// every sentence as evidence.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/extraction_types.h"

namespace lkg::ingest {

// Folds the cases of one article (in sentence order; `text` is the article)
// that describe one event. Two cases tell one event when their kinds agree,
// or one folds into the other by case_merge.tsv (never two kinds of one
// sentence), their dates are compatible (equal to the precision both state,
// or either guessed or missing), and: they share a victim, perpetrator or
// concerned party other than a country; or they come from one section, are
// of one kind and do not name different people as victims; or one of them
// is weak (no victim, only the country as actor) and they come from one
// section. The folded case keeps every sentence in `sentences` (text order,
// each with the participants it named), the union of the participants, the
// better date (stated before guessed, then the more precise), and as summary
// a sentence of the kind it keeps.
void MergeSameEvents(const std::vector<ArticleEntity>& entities, std::string_view text, std::vector<CaseFact>& cases);

}  // namespace lkg::ingest
