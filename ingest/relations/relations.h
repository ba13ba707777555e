// Relation edges between the entities of one sentence, from the sentence
// patterns articles use: appositions ("X, president of Y", "X, Y regional
// secretary"), "Y's president X", "an affiliate of", "Y and its affiliate
// X", "a subsidiary of", "owned by", "the local union at Z", "X-based",
// "X in Country", "Country's X".
#pragma once

#include <vector>

#include "ingest/extraction_types.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest {

// Appends the relations stated in `sentence` among `mentions` (in token
// order) to `out`. `entities` gives each mention's type and name;
// `context_union` is the union "the union" means in this sentence (the
// paragraph's or section's), or -1 (see relation_roles.h).
void FindRelations(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                   const std::vector<ArticleEntity>& entities, int context_union, std::vector<RelationFact>& out);

}  // namespace lkg::ingest
