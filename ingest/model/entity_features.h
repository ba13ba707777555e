// The features of the entity tagger (entity_tagger.h): for each token of a
// sentence, hashed feature ids (linear_model.h) built from the word, its
// shape, affixes, neighbouring words, gazetteer hits (countries, demonyms,
// known bodies, first names, legal forms, union cue words, roles), the rule
// recogniser's own label for the token (stacking) and capitalisation
// context. Feature strings are never built: an id mixes a template number
// with the hash of its value, each token's hashes computed once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/entities/mentions.h"
#include "ingest/model/linear_model.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest::model {

// What the features of one sentence's tokens look at beyond the token.
struct SentenceView {
  const Sentence* sentence = nullptr;
  const MentionContext* context = nullptr;  // capitalised-mid-sentence words of the article
  std::vector<std::string_view> rule_labels;  // per token: "B-union", "I-person", "B-untyped", "O" (static)
  std::vector<std::string_view> gazetteer;    // per token: "B-country", "I-known:union", "" (static)
  bool title_like = false;                   // no final . ! ? (a headline or a caption)
  mutable std::vector<uint8_t> lexical;      // per token: gazetteer word flags, computed on first use
  struct TokenHashes {
    uint32_t word = 0, shape = 0, rule = 0;
    bool done = false;
  };
  mutable std::vector<TokenHashes> hashes;   // per token: hashes of its word, shape and rule label, on first use
};

// Builds the per-token labels of `mentions` (the rule recogniser's output
// for `sentence`) and the gazetteer hits among them (countries, known bodies).
SentenceView MakeSentenceView(const Sentence& sentence, const MentionContext& context,
                              const std::vector<Mention>& mentions);

// Appends the feature ids of token `i` of `view` to `*out` (cleared first).
void TokenFeatures(const SentenceView& view, size_t i, FeatureIds* out);

// The feature id of the transition from label `previous` ("<s>" at a start).
uint32_t TransitionFeature(std::string_view previous);

}  // namespace lkg::ingest::model
