// has_role edges of one sentence: a person and the union, company or
// organisation they hold a position in, from appositions ("P, president of
// O", "P, O's general secretary", "P, who heads O"), titles before the name
// ("O president P", "the president of O, P", "President P of O") and the
// article's union spoken of generically ("P, the union's president").
#pragma once

#include <vector>

#include "ingest/extraction_types.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest {

// Appends the has_role facts of `sentence` to `out`. `mentions` are the
// sentence's placed mentions in token order; `context_union` is the entity
// "the union" refers to in this sentence (the paragraph's or section's
// union), or -1 when there is none.
void FindRoles(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
               const std::vector<ArticleEntity>& entities, int context_union, std::vector<RelationFact>& out);

}  // namespace lkg::ingest
