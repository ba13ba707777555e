// Training a model bundle from annotated articles (`lkg train`). Each part
// has a trainer; they run in a fixed order, each seeing the bundle trained
// so far (the entity tagger first, since the case parts train on the
// candidates extraction proposes). Deterministic: the same training set and
// options give the same bytes.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/status.h"
#include "ingest/model/annotated_article.h"
#include "ingest/model/model_bundle.h"
#include "ingest/readers/input_reader.h"

namespace lkg::ingest::model {

struct TrainingSet {
  std::vector<AnnotatedArticle> articles;   // gold folders: labour articles with their facts
  std::vector<InputRecord> labour_texts;    // unannotated articles about labour (relevance only)
  std::vector<InputRecord> other_texts;     // articles not about labour (relevance only)
};

struct TrainOptions {
  int epochs = 10;
  // Called with a short line ("cases: epoch 3/10") as training goes; may be empty.
  std::function<void(const std::string&)> progress;
};

struct PartReport {
  std::string part;
  size_t examples = 0;
  double train_accuracy = 0.0;  // of the averaged model on its own training examples
  std::string note;             // why a part was not trained, or ""
};

// Trains one part into `bundle` (or leaves it out and says why in the report).
using PartTrainer = std::function<Result<PartReport>(const TrainingSet&, const TrainOptions&, ModelBundle*)>;

// The part trainers in training order.
const std::vector<std::pair<std::string, PartTrainer>>& PartTrainers();

// Trains every part. InvalidArgument when `data` has no annotated article.
Result<ModelBundle> TrainModel(const TrainingSet& data, const TrainOptions& options, std::vector<PartReport>* report);

// The record `lkg ingest` would read for an annotated article's text.
InputRecord RecordOf(const AnnotatedArticle& article);

// The perceptron loop every part uses: `epochs` passes over `examples`
// (feature ids, gold label index) in a fixed pseudo-random order per epoch;
// returns the averaged model and sets `*accuracy` on the examples.
LinearModel TrainPerceptron(const std::vector<std::string>& labels,
                            const std::vector<std::pair<FeatureIds, int>>& examples, const TrainOptions& options,
                            const std::string& part, double* accuracy);

}  // namespace lkg::ingest::model
