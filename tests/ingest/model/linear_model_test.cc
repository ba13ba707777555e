#include "ingest/model/linear_model.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace lkg::ingest::model {
namespace {

FeatureIds Features(std::initializer_list<std::string_view> names) {
  FeatureIds ids;
  for (std::string_view n : names) ids.push_back(FeatureId(n));
  return ids;
}

LinearModel TrainToy() {
  PerceptronTrainer trainer({"none", "arrest", "strike"});
  const std::vector<std::pair<FeatureIds, int>> examples = {
      {Features({"w=arrested", "w=police"}), 1}, {Features({"w=walked", "w=out"}), 2},
      {Features({"w=profits", "w=rose"}), 0},    {Features({"w=detained", "w=police"}), 1},
      {Features({"w=strike", "w=out"}), 2},      {Features({"w=shares", "w=rose"}), 0}};
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (const auto& [features, gold] : examples) trainer.Train(features, gold);
  }
  return trainer.Averaged();
}

TEST_CASE("averaged perceptron learns a separable toy problem") {
  LinearModel model = TrainToy();
  CHECK(model.labels()[model.Predict(Features({"w=arrested", "w=police"}))] == "arrest");
  CHECK(model.labels()[model.Predict(Features({"w=strike", "w=out"}))] == "strike");
  CHECK(model.labels()[model.Predict(Features({"w=profits"}))] == "none");
  CHECK(model.LabelIndex("strike") == 2);
  CHECK(model.LabelIndex("nope") == -1);
}

TEST_CASE("training is deterministic and serialization round-trips byte for byte") {
  const std::string first = TrainToy().Serialize();
  CHECK(first == TrainToy().Serialize());
  Result<LinearModel> parsed = LinearModel::Parse(first);
  REQUIRE(parsed.ok());
  CHECK(parsed->Serialize() == first);
  CHECK(parsed->labels()[parsed->Predict(Features({"w=detained", "w=police"}))] == "arrest");
}

TEST_CASE("parsing rejects damaged model bytes with a message") {
  const std::string bytes = TrainToy().Serialize();
  Result<LinearModel> bad_magic = LinearModel::Parse("NOTAMODEL");
  REQUIRE_FALSE(bad_magic.ok());
  CHECK(bad_magic.status().message().find("bad magic") != std::string::npos);
  Result<LinearModel> truncated = LinearModel::Parse(bytes.substr(0, bytes.size() - 3));
  REQUIRE_FALSE(truncated.ok());
  CHECK(truncated.status().message().find("size does not match") != std::string::npos);
}

}  // namespace
}  // namespace lkg::ingest::model
