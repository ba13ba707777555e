// Feature extraction for the learned case parts and for labour relevance.
// Every feature is a string hashed to FeatureId (linear_model.h) without
// building the string: prefix and value are hashed in sequence, so
// Hash("w=", "strike") == FeatureId("w=strike").
#pragma once

#include <string_view>
#include <vector>

#include "ingest/extraction_types.h"
#include "ingest/model/linear_model.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest::model {

// FeatureId(a + b + c) without concatenating.
uint32_t FeatureHash(std::string_view a, std::string_view b = {}, std::string_view c = {});

// What the case classifiers see of one candidate besides its sentence.
struct CaseView {
  const Sentence* sentence = nullptr;
  const CaseFact* fact = nullptr;
  const std::vector<PlacedMention>* mentions = nullptr;  // of the sentence
  const std::vector<ArticleEntity>* entities = nullptr;  // of the article
  size_t trigger = std::string_view::npos;  // first trigger token, npos when unknown
  bool first_sentence = false;   // the title or first line of its section
  bool labour_section = false;   // the section names a union
  bool rule_accepted = true;     // the rules alone would have kept the case
};

// Features of a case candidate ("cases" part): the rule's kind, the words
// and bigrams of the sentence, the words around the trigger, the entity
// types before/after the trigger, the cue classes of case_cues.tsv
// (negation, modality, demands, reported speech), title vs body.
void CaseFeatures(const CaseView& view, FeatureIds* out);

// Features of one entity `entity` of the candidate at mention `mention`
// ("case_roles" part): its type, side of the trigger and distance, the words
// next to it, the role the rules gave it, the kind.
void RoleFeatures(const CaseView& view, const PlacedMention& mention, std::string_view rule_role, FeatureIds* out);

// Features of a whole article ("relevance" part): its distinct words (title
// words marked apart) and counts of the entity types it names.
void RelevanceFeatures(const std::vector<const Sentence*>& sentences, size_t title_sentences,
                       const std::vector<ArticleEntity>& entities, FeatureIds* out);

}  // namespace lkg::ingest::model
