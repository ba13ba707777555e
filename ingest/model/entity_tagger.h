// The learned entity recogniser: BIO tags over the five entity types
// (union, company, country, person, organization) for the tokens of a
// sentence, by a structured averaged perceptron (linear_model.h) with
// Viterbi decoding over tag bigrams. Only candidate runs are tagged —
// capitalised words with the connectors between them ("National Union of
// Mineworkers", "AT & T"); every other token is O — which keeps tagging
// cheap. Features: entity_features.h.
#pragma once

#include <vector>

#include "engine/schema.h"
#include "engine/status.h"
#include "ingest/model/annotated_article.h"
#include "ingest/model/entity_features.h"
#include "ingest/model/linear_model.h"

namespace lkg::ingest::model {

// The tag set, in model label order: "O", then B-/I- for each entity type.
const std::vector<std::string>& EntityTagLabels();

// A span the tagger found: tokens [first, end) of the sentence.
struct TaggedSpan {
  size_t first = 0;
  size_t end = 0;
  NodeType type = NodeType::kOrganization;
  double margin = 0.0;  // mean over its tokens of (its tag's score − O's score): how sure
};

// Token ranges [first, end) of `sentence` that the tagger labels.
std::vector<std::pair<size_t, size_t>> CandidateRuns(const Sentence& sentence);

// Decodes with a trained model, which must outlive the tagger. Builds a
// flat feature index once (construct it once per model, not per article);
// Tag is const and thread-safe.
class EntityTagger {
 public:
  // `model` must have EntityTagLabels() as labels (checked by IsEntityTagModel).
  explicit EntityTagger(const LinearModel& model);

  // The tagging of one sentence: the best tag per token (label indices; O
  // outside the candidate runs) and each token's tag scores.
  struct Tagging {
    std::vector<int> tags;
    std::vector<float> scores;  // labels per token; all zero outside the runs
    std::vector<bool> in_run;
    // The spans of `tags`, typed, with their margins.
    std::vector<TaggedSpan> Spans() const;
    // Mean over [first, end) of (O's score − the best other tag's score);
    // −infinity when a token lies outside the runs (the tagger did not judge it).
    double OMargin(size_t first, size_t end) const;
  };
  Tagging Tag(const SentenceView& view) const;
  // Tag(view).tags.
  std::vector<int> Tags(const SentenceView& view) const { return Tag(view).tags; }
  // Tag(view).Spans().
  std::vector<TaggedSpan> Spans(const SentenceView& view) const { return Tag(view).Spans(); }

  // Viterbi over the run [first, end) given per-token emission scores
  // (row-major, labels per token). Exposed for the trainer.
  std::vector<int> Decode(const std::vector<float>& emissions, size_t length) const;

  const LinearModel& model() const { return *model_; }

 private:
  // Adds every label's score for `features` into `scores` (labels().size() floats, zeroed first).
  void Score(const FeatureIds& features, float* scores) const;

  const LinearModel* model_;
  std::vector<uint32_t> slot_keys_;       // open addressing, linear probing; 0 = empty (feature 0 kept apart)
  std::vector<const float*> slot_rows_;
  const float* zero_feature_row_ = nullptr;
  std::vector<float> transitions_;  // (labels + 1) × labels; the last row is the start
  std::vector<bool> allowed_;       // same shape: I-X only after B-X or I-X
  std::vector<std::vector<uint8_t>> from_;  // per label: the labels allowed before it
};

// True when `model` has exactly the entity tag labels.
bool IsEntityTagModel(const LinearModel& model);

struct EntityTrainingOptions {
  int epochs = 8;
  uint32_t seed = 20261207;  // the order of sentences in each epoch
};

// What training saw: candidate runs (sequences) and the share of their
// tokens the averaged model tags as gold.
struct EntityTrainingReport {
  size_t sequences = 0;
  double token_accuracy = 0.0;
};

// Trains the tagger on the gold entity spans of `articles` (gold names,
// aliases, persons' surnames and countries' demonyms aligned to the text,
// longest first). Deterministic: same articles, same bytes.
// InvalidArgument when the articles hold no entity span at all. Fills
// `*report` when given.
Result<LinearModel> TrainEntityTagger(const std::vector<AnnotatedArticle>& articles,
                                      const EntityTrainingOptions& options = {},
                                      EntityTrainingReport* report = nullptr);

}  // namespace lkg::ingest::model
