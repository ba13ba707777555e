#include "ingest/model/trainer.h"

#include <algorithm>
#include <numeric>

#include "ingest/model/case_features.h"
#include "ingest/model/case_training.h"
#include "ingest/model/entity_tagger.h"
#include "ingest/model/relation_training.h"

namespace lkg::ingest::model {
namespace {

// The entity tagger over the gold names of the annotated articles (its own epochs: EntityTrainingOptions).
Result<PartReport> TrainEntitiesPart(const TrainingSet& data, const TrainOptions& options, ModelBundle* bundle) {
  PartReport report{std::string(kEntitiesPart), 0, 0.0, ""};
  if (options.progress) options.progress(report.part + ": training");
  EntityTrainingReport trained;
  Result<LinearModel> model = TrainEntityTagger(data.articles, EntityTrainingOptions(), &trained);
  if (!model.ok()) {
    report.note = "not trained: " + model.status().message();
    return report;
  }
  LKG_RETURN_IF_ERROR(bundle->SetPart(report.part, std::move(*model)));
  report.examples = trained.sequences;
  report.train_accuracy = trained.token_accuracy;
  report.note = "candidate name runs; accuracy per token";
  return report;
}

}  // namespace

const std::vector<std::pair<std::string, PartTrainer>>& PartTrainers() {
  // The entity tagger goes first (the case parts train on what extraction proposes with it), the
  // relation classifier before the case parts (case candidates see the roles it finds).
  static const std::vector<std::pair<std::string, PartTrainer>> trainers = {
      {std::string(kEntitiesPart), TrainEntitiesPart},
      {std::string(kRelevancePart), TrainRelevancePart},
      {std::string(kRelationsPart), TrainRelationsPart},
      {std::string(kCasesPart), TrainCasesPart},
  };
  return trainers;
}

Result<ModelBundle> TrainModel(const TrainingSet& data, const TrainOptions& options, std::vector<PartReport>* report) {
  if (data.articles.empty()) return Status::InvalidArgument("no annotated article to train on (NAME.json + NAME.txt)");
  ModelBundle bundle;
  for (const auto& [name, trainer] : PartTrainers()) {
    Result<PartReport> part = trainer(data, options, &bundle);
    if (!part.ok()) return part.status();
    if (report != nullptr) report->push_back(std::move(*part));
  }
  return bundle;
}

InputRecord RecordOf(const AnnotatedArticle& article) {
  InputRecord r;
  r.origin = article.path;
  r.body = article.text;
  return r;
}

LinearModel TrainPerceptron(const std::vector<std::string>& labels,
                            const std::vector<std::pair<FeatureIds, int>>& examples, const TrainOptions& options,
                            const std::string& part, double* accuracy) {
  PerceptronTrainer trainer(labels);
  std::vector<size_t> order(examples.size());
  std::vector<uint32_t> keys(examples.size());
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::iota(order.begin(), order.end(), 0);
    std::string seed = std::to_string(epoch) + ":";
    for (size_t i = 0; i < keys.size(); ++i) keys[i] = FeatureHash(seed, std::to_string(i));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b] || (keys[a] == keys[b] && a < b); });
    for (size_t i : order) trainer.Train(examples[i].first, examples[i].second);
    if (options.progress) {
      options.progress(part + ": epoch " + std::to_string(epoch + 1) + "/" + std::to_string(options.epochs));
    }
  }
  LinearModel model = trainer.Averaged();
  size_t right = 0;
  for (const auto& [features, gold] : examples) right += model.Predict(features) == gold;
  *accuracy = examples.empty() ? 0.0 : static_cast<double>(right) / static_cast<double>(examples.size());
  return model;
}

}  // namespace lkg::ingest::model
