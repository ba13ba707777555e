#include "ingest/model/linear_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "ingest/model/byte_io.h"

namespace lkg::ingest::model {
namespace {

constexpr std::string_view kMagic = "LKGLIN1\n";

}  // namespace

uint32_t FeatureId(std::string_view name) {
  uint32_t h = 2166136261u;
  for (unsigned char c : name) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

LinearModel::LinearModel(std::vector<std::string> labels) : labels_(std::move(labels)) {}

int LinearModel::LabelIndex(std::string_view label) const {
  for (size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i] == label) return static_cast<int>(i);
  }
  return -1;
}

void LinearModel::Score(const FeatureIds& features, std::vector<float>* scores) const {
  const size_t n = labels_.size();
  scores->assign(n, 0.0f);
  for (uint32_t f : features) {
    const float* row = Row(f);
    if (row == nullptr) continue;
    for (size_t l = 0; l < n; ++l) (*scores)[l] += row[l];
  }
}

int LinearModel::Predict(const FeatureIds& features) const {
  std::vector<float> scores;
  Score(features, &scores);
  int best = 0;
  for (size_t l = 1; l < scores.size(); ++l) {
    if (scores[l] > scores[best]) best = static_cast<int>(l);
  }
  return best;
}

void LinearModel::ForEachRow(const std::function<void(uint32_t, const float*)>& fn) const {
  for (const auto& [feature, row] : rows_) fn(feature, weights_.data() + static_cast<size_t>(row) * labels_.size());
}

float* LinearModel::MutableRow(uint32_t feature) {
  auto [it, inserted] = rows_.try_emplace(feature, static_cast<uint32_t>(rows_.size()));
  if (inserted) weights_.resize(weights_.size() + labels_.size(), 0.0f);
  return weights_.data() + static_cast<size_t>(it->second) * labels_.size();
}

const float* LinearModel::Row(uint32_t feature) const {
  auto it = rows_.find(feature);
  if (it == rows_.end()) return nullptr;
  return weights_.data() + static_cast<size_t>(it->second) * labels_.size();
}

std::string LinearModel::Serialize() const {
  std::string out(kMagic);
  PutU32(&out, static_cast<uint32_t>(labels_.size()));
  for (const std::string& label : labels_) {
    PutU32(&out, static_cast<uint32_t>(label.size()));
    out += label;
  }
  std::vector<uint32_t> features;
  features.reserve(rows_.size());
  for (const auto& [feature, row] : rows_) features.push_back(feature);
  std::sort(features.begin(), features.end());
  PutU32(&out, static_cast<uint32_t>(features.size()));
  for (uint32_t feature : features) {
    PutU32(&out, feature);
    const float* row = Row(feature);
    for (size_t l = 0; l < labels_.size(); ++l) {
      uint32_t bits;
      std::memcpy(&bits, &row[l], 4);
      PutU32(&out, bits);
    }
  }
  return out;
}

Result<LinearModel> LinearModel::Parse(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) {
    return Status::InvalidArgument("not an lkg linear model (bad magic bytes)");
  }
  bytes.remove_prefix(kMagic.size());
  uint32_t label_count = 0;
  if (!GetU32(&bytes, &label_count) || label_count == 0 || label_count > 4096) {
    return Status::InvalidArgument("linear model: bad label count");
  }
  std::vector<std::string> labels;
  for (uint32_t i = 0; i < label_count; ++i) {
    uint32_t len = 0;
    if (!GetU32(&bytes, &len) || len > bytes.size()) return Status::InvalidArgument("linear model: truncated label");
    labels.emplace_back(bytes.substr(0, len));
    bytes.remove_prefix(len);
  }
  LinearModel model(std::move(labels));
  uint32_t feature_count = 0;
  if (!GetU32(&bytes, &feature_count)) return Status::InvalidArgument("linear model: truncated feature count");
  if (bytes.size() != static_cast<size_t>(feature_count) * (label_count + 1) * 4) {
    return Status::InvalidArgument("linear model: size does not match its feature count");
  }
  model.rows_.reserve(feature_count);
  for (uint32_t i = 0; i < feature_count; ++i) {
    uint32_t feature = 0;
    GetU32(&bytes, &feature);
    float* row = model.MutableRow(feature);
    for (uint32_t l = 0; l < label_count; ++l) {
      uint32_t bits = 0;
      GetU32(&bytes, &bits);
      std::memcpy(&row[l], &bits, 4);
    }
  }
  return model;
}

PerceptronTrainer::PerceptronTrainer(std::vector<std::string> labels)
    : weights_(std::move(labels)) {}

int PerceptronTrainer::Train(const FeatureIds& features, int gold) {
  const int predicted = weights_.Predict(features);
  if (predicted != gold) {
    Update(features, gold, 1.0f);
    Update(features, predicted, -1.0f);
  }
  Tick();
  return predicted;
}

void PerceptronTrainer::Update(const FeatureIds& features, int label, float delta) {
  for (uint32_t f : features) {
    weights_.MutableRow(f)[label] += delta;
    std::vector<double>& acc = accumulated_[f];
    if (acc.empty()) acc.assign(weights_.labels().size(), 0.0);
    acc[label] += static_cast<double>(clock_) * delta;
  }
}

LinearModel PerceptronTrainer::Averaged() const {
  LinearModel out(weights_.labels());
  const size_t n = weights_.labels().size();
  const double t = static_cast<double>(clock_);
  std::vector<uint32_t> features;
  for (const auto& [feature, row] : weights_.rows_) features.push_back(feature);
  std::sort(features.begin(), features.end());
  std::vector<float> averaged(n);
  for (uint32_t feature : features) {
    const float* w = weights_.Row(feature);
    auto acc_it = accumulated_.find(feature);
    bool any = false;
    for (size_t l = 0; l < n; ++l) {
      const double acc = acc_it == accumulated_.end() ? 0.0 : acc_it->second[l];
      averaged[l] = static_cast<float>(w[l] - acc / t);
      if (std::fabs(averaged[l]) > 1e-6f) any = true;
    }
    if (!any) continue;
    float* row = out.MutableRow(feature);
    std::copy(averaged.begin(), averaged.end(), row);
  }
  return out;
}

}  // namespace lkg::ingest::model
