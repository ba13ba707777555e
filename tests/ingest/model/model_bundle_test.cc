#include "ingest/model/model_bundle.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace lkg::ingest::model {
namespace {

LinearModel Toy(const std::vector<std::string>& labels, const char* feature, float weight) {
  PerceptronTrainer trainer(labels);
  trainer.Update({FeatureId(feature)}, 1, weight);
  trainer.Tick();
  return trainer.Averaged();
}

ModelBundle TwoParts() {
  ModelBundle bundle;
  bundle.SetPart("relevance", Toy({"labour", "not_labour"}, "w=shares", 1.0f));
  bundle.SetPart("cases", Toy({"none", "arrest"}, "w=arrested", 2.0f));
  return bundle;
}

TEST_CASE("a model bundle round-trips byte for byte, parts sorted by name") {
  const std::string bytes = TwoParts().Serialize();
  CHECK(bytes.substr(0, 8) == "LKGMODEL");
  Result<ModelBundle> parsed = ModelBundle::Parse(bytes);
  REQUIRE(parsed.ok());
  CHECK(parsed->PartNames() == std::vector<std::string>{"cases", "relevance"});
  CHECK(parsed->Serialize() == bytes);
  REQUIRE(parsed->Part("cases") != nullptr);
  CHECK(parsed->Part("cases")->labels()[parsed->Part("cases")->Predict({FeatureId("w=arrested")})] == "arrest");
  CHECK(parsed->Part("entities") == nullptr);
}

TEST_CASE("model bundle parse errors say what is wrong") {
  const std::string good = TwoParts().Serialize();
  auto error_of = [](const std::string& bytes) {
    Result<ModelBundle> r = ModelBundle::Parse(bytes);
    return r.ok() ? std::string("ok") : r.status().message();
  };
  CHECK(error_of("hello") == "not an lkg model file (bad magic bytes)");
  CHECK(error_of("LKGMODEL") == "model file: truncated version");
  std::string other_version = good;
  other_version[8] = 7;
  CHECK(error_of(other_version) == "model file: format version 7, this lkg reads 1 (retrain with `lkg train`)");
  CHECK(error_of(good.substr(0, good.size() - 3)) == "model file: truncated part 2 of 2");
  CHECK(error_of(good + "x") == "model file: trailing bytes after the last part");
  std::string many = good;
  many[12] = 100;
  CHECK(error_of(many) == "model file: bad part count");
  // The first part's body starts after magic, version, count, name length, "cases", body length.
  std::string broken = good;
  broken[8 + 4 + 4 + 4 + 5 + 4] = 'X';
  CHECK(error_of(broken) == "model file: part 'cases': not an lkg linear model (bad magic bytes)");
  ModelBundle twice;
  twice.SetPart("cases", Toy({"none", "arrest"}, "w=arrested", 2.0f));
  std::string one = twice.Serialize();
  std::string doubled = one.substr(0, 12) + std::string("\x02\0\0\0", 4) + one.substr(16) + one.substr(16);
  CHECK(error_of(doubled) == "model file: part 'cases' twice");
}

TEST_CASE("an entities part builds the bundle's tagger once; copies share it; other labels are refused") {
  ModelBundle bundle;
  CHECK(bundle.entity_tagger() == nullptr);
  LinearModel tags = Toy(EntityTagLabels(), "w=guild", 1.0f);
  REQUIRE(bundle.SetPart("entities", tags).ok());
  const EntityTagger* tagger = bundle.entity_tagger();
  REQUIRE(tagger != nullptr);
  CHECK(&tagger->model() == bundle.Part("entities"));
  ModelBundle copy = bundle;
  CHECK(copy.entity_tagger() == tagger);
  bundle.RemovePart("entities");
  CHECK(bundle.entity_tagger() == nullptr);
  CHECK(bundle.Part("entities") == nullptr);
  CHECK(copy.entity_tagger() == tagger);  // the copy keeps the tagger and its model alive
  Status wrong = copy.SetPart("entities", Toy({"none", "arrest"}, "w=arrested", 2.0f));
  CHECK(wrong.message() == "not an entity tagger (its labels are not the BIO entity tags)");
  CHECK(copy.entity_tagger() == tagger);  // unchanged
  ModelBundle broken;  // a part of another name, renamed "entities" in the bytes
  broken.SetPart("xntities", Toy({"none", "arrest"}, "w=arrested", 2.0f));
  std::string bytes = broken.Serialize();
  bytes[bytes.find("xntities")] = 'e';
  Result<ModelBundle> parsed = ModelBundle::Parse(bytes);
  REQUIRE(!parsed.ok());
  CHECK(parsed.status().message() ==
        "model file: part 'entities': not an entity tagger (its labels are not the BIO entity tags)");
}

TEST_CASE("the compiled-in default model parses and holds the entity tagger and the relevance part") {
  const std::string bytes = ModelBundle::Default().Serialize();
  CHECK(ModelBundle::Default().Part("relevance") != nullptr);
  CHECK(ModelBundle::Default().entity_tagger() != nullptr);
  Result<ModelBundle> reparsed = ModelBundle::Parse(bytes);
  REQUIRE(reparsed.ok());
  CHECK(reparsed->Serialize() == bytes);
}

TEST_CASE("ReadModelFile names the file on errors") {
  Result<ModelBundle> missing = ReadModelFile("/nonexistent/model.lkgmodel");
  REQUIRE(!missing.ok());
  CHECK(missing.status().message() == "cannot read model file /nonexistent/model.lkgmodel");
  const std::string path = "model_bundle_test_bad.lkgmodel";
  std::ofstream(path) << "garbage";
  Result<ModelBundle> bad = ReadModelFile(path);
  REQUIRE(!bad.ok());
  CHECK(bad.status().message() == path + ": not an lkg model file (bad magic bytes)");
  std::remove(path.c_str());
}

}  // namespace
}  // namespace lkg::ingest::model
