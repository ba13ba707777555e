#include "ingest/model/relevance.h"

#include <doctest/doctest.h>

#include "ingest/model/case_features.h"

namespace lkg::ingest::model {
namespace {

TEST_CASE("the relevance gate judges long articles only, and keeps strong unions") {
  PerceptronTrainer trainer({"labour", "not_labour"});
  trainer.Update({FeatureHash("w=", "shares")}, 1, 1.0f);
  trainer.Tick();
  const LinearModel model = trainer.Averaged();
  const FeatureIds business = {FeatureHash("w=", "shares")};
  CHECK(!JudgedLabour(&model, business, 200));
  CHECK(JudgedLabour(&model, business, kMinRelevanceWords - 1));  // too short to judge
  CHECK(JudgedLabour(nullptr, business, 200));                     // no part: no gate
  CHECK(JudgedLabour(&model, {FeatureHash("w=", "strike")}, 200));  // a tie stays labour

  ArticleEntity streetcar;
  streetcar.type = NodeType::kUnion;
  streetcar.name = "South Lake Union Streetcar";
  CHECK(!StrongUnionEvidence(streetcar));
  ArticleEntity named = streetcar;
  named.name = "Free Trade Union of Metalworkers";
  CHECK(StrongUnionEvidence(named));
  ArticleEntity known = streetcar;
  known.name = "IndustriALL Global Union";
  known.known = true;
  CHECK(StrongUnionEvidence(known));
}

}  // namespace
}  // namespace lkg::ingest::model
