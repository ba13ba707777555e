// Combines the entity tagger's spans with the rule recogniser's mentions of
// one sentence: the tagger adds names the rules missed, types names the
// rules left untyped, and (when sure) retypes or vetoes a rule's guess.
// Gazetteer mentions (countries, known bodies) are never changed.
#pragma once

#include <vector>

#include "ingest/entities/mentions.h"
#include "ingest/model/entity_tagger.h"

namespace lkg::ingest::model {

// How far the tagger overrides the rules; margins are in model score units
// (TaggedSpan::margin). The defaults are the design that scored best in
// cross-validation on the train split (bench/entity_cv.sh): the tagger's
// spans win wherever they disagree with the rules' guesses, gazetteer
// mentions stay, and a lone all-capitals word needs a clear margin.
struct CombineOptions {
  bool add = true;             // spans that overlap no rule mention become mentions
  double add_margin = 0.0;
  bool type_untyped = true;    // a rule span left untyped takes the tagger's type
  bool retype = true;          // a typed rule span of the same extent takes the tagger's type
  double retype_margin = 0.0;
  bool veto = true;            // a typed rule span the tagger scores as O is dropped
  double veto_margin = 0.0;
  bool replace = true;         // a tagger span replaces overlapping rule spans of another extent
  double replace_margin = 0.0;
  double acronym_margin = 20.0;  // a lone all-capitals word ("PATH", "GBP") needs this margin for any of the above
};

// Rewrites `*mentions` (FindMentions' output for `sentence`, in token order,
// not overlapping) with `tagger`'s spans; the result keeps that form.
void CombineMentions(const Sentence& sentence, const MentionContext& context, const EntityTagger& tagger,
                     const CombineOptions& options, std::vector<Mention>* mentions);

}  // namespace lkg::ingest::model
