// A multi-class linear model over sparse binary features, and the averaged
// perceptron that trains it. The learned parts of extraction (entity tags,
// case kinds, labour relevance) are all instances of this one model; each
// names its labels and builds its own feature strings.
//
// Features are strings ("w=strike", "prev=union|cur=Cap") hashed to 32 bits
// (FeatureId); a model keeps weights only for features seen in training.
// Training is deterministic: the same examples in the same order give the
// same weights and the same serialized bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/status.h"

namespace lkg::ingest::model {

using FeatureIds = std::vector<uint32_t>;

// The 32-bit id of feature `name` (FNV-1a). Stable across builds and machines.
uint32_t FeatureId(std::string_view name);

// Weights for labels × features; immutable once built (thread-safe to read).
class LinearModel {
 public:
  LinearModel() = default;
  explicit LinearModel(std::vector<std::string> labels);

  const std::vector<std::string>& labels() const { return labels_; }
  // Index of `label`, or -1 when the model has no such label.
  int LabelIndex(std::string_view label) const;
  // Adds every label's score for `features` into `scores` (resized to
  // labels().size() and zeroed first). Unknown features weigh nothing.
  void Score(const FeatureIds& features, std::vector<float>* scores) const;
  // The best-scoring label index (ties: the lowest index).
  int Predict(const FeatureIds& features) const;
  // How many features carry weights.
  size_t feature_count() const { return rows_.size(); }
  // Calls fn(feature, row) for every feature with weights (row: labels().size() floats), in no order.
  void ForEachRow(const std::function<void(uint32_t, const float*)>& fn) const;

  // Compact binary form ("LKGLIN1\n", labels, rows sorted by feature id);
  // byte-identical for equal models.
  std::string Serialize() const;
  // Reads Serialize()'s form; InvalidArgument naming what is wrong otherwise.
  static Result<LinearModel> Parse(std::string_view bytes);

  // For the trainer: the row of weights of `feature`, created on demand.
  float* MutableRow(uint32_t feature);
  const float* Row(uint32_t feature) const;

 private:
  friend class PerceptronTrainer;
  std::vector<std::string> labels_;
  std::unordered_map<uint32_t, uint32_t> rows_;  // feature id → row index
  std::vector<float> weights_;                    // row-major, labels_.size() per row
};

// Averaged perceptron (Collins 2002) with lazy averaging: each update at
// time t adds t·delta to an accumulator, so the average is w − acc / t.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::vector<std::string> labels);

  const LinearModel& current() const { return weights_; }
  // Predicts with the current weights and, when wrong, moves `gold` up and
  // the prediction down. Advances the clock. Returns the prediction.
  int Train(const FeatureIds& features, int gold);
  // Adds `delta` to label's weight for every feature (structured training
  // calls this for gold and predicted sequences). Does not advance the clock.
  void Update(const FeatureIds& features, int label, float delta);
  // Advances the averaging clock by one example.
  void Tick() { ++clock_; }
  // The averaged weights (features whose every weight averages to 0 dropped).
  LinearModel Averaged() const;

 private:
  LinearModel weights_;
  std::unordered_map<uint32_t, std::vector<double>> accumulated_;  // Σ t·delta per feature
  int64_t clock_ = 1;
};

}  // namespace lkg::ingest::model
