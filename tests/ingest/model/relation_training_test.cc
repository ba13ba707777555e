// Gold alignment and training of the relation classifier.
#include "ingest/model/relation_training.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/relations/relation_candidates.h"
#include "ingest/relations/relation_review.h"

namespace lkg::ingest::model {
namespace {

AnnotatedArticle Article(const std::string& text, std::vector<GoldNode> nodes, std::vector<GoldEdge> edges) {
  AnnotatedArticle a;
  a.path = "memory.json";
  a.text = text;
  a.nodes = std::move(nodes);
  a.edges = std::move(edges);
  return a;
}

int Label(const std::string& name) {
  const auto& labels = RelationLabels();
  return static_cast<int>(std::find(labels.begin(), labels.end(), name) - labels.begin());
}

// The gold label of the candidate of `type`, or -1 when there is none.
int LabelOf(const AnnotatedArticle& a, EdgeType type) {
  RelationTrace trace = TraceRelations(a, ModelBundle());
  std::vector<int> labels = GoldRelationLabels(a, trace);
  for (size_t k = 0; k < trace.candidates.size(); ++k) {
    if (trace.candidates[k].type == type) return labels[k];
  }
  return -1;
}

const GoldNode kMwu{"union", "Mining Workers Union", {"MWU"}};
const GoldNode kIndustriall{"union", "IndustriALL Global Union", {"IndustriALL"}};

TEST_CASE("relation gold: a marked edge labels its candidate with the direction the annotator gave") {
  const std::string text = "The Mining Workers Union is affiliated with IndustriALL Global Union.\n";
  AnnotatedArticle forward = Article(text, {kMwu, kIndustriall},
                                     {{"affiliated_with", "Mining Workers Union", "IndustriALL Global Union", ""}});
  CHECK(LabelOf(forward, EdgeType::kAffiliatedWith) == Label("affiliated_with>"));
  AnnotatedArticle backward = Article(text, {kMwu, kIndustriall},
                                      {{"affiliated_with", "IndustriALL Global Union", "Mining Workers Union", ""}});
  CHECK(LabelOf(backward, EdgeType::kAffiliatedWith) == Label("affiliated_with<"));
  AnnotatedArticle unmarked = Article(text, {kMwu, kIndustriall}, {});
  CHECK(LabelOf(unmarked, EdgeType::kAffiliatedWith) == Label("none"));
}

TEST_CASE("relation gold: entities align with gold nodes through names and aliases") {
  AnnotatedArticle a = Article("Aigul Nurlanova, deputy chair of the Mining Workers Union, was detained in Kazakhstan.\n",
                               {{"person", "Aigul Nurlanova", {}}, {"union", "MWU", {"Mining Workers Union"}},
                                {"country", "Kazakhstan", {}}},
                               {{"has_role", "Aigul Nurlanova", "MWU", "deputy chair"}});
  RelationTrace trace = TraceRelations(a, ModelBundle());
  std::vector<std::vector<int>> aligned = AlignEntities(a, trace);
  REQUIRE(aligned.size() == trace.entities.size());
  int matched = 0;
  for (const auto& gold : aligned) matched += static_cast<int>(gold.size());
  CHECK(matched == 3);
  CHECK(LabelOf(a, EdgeType::kHasRole) == Label("has_role"));
  // organizes_at and located_in match either way round; has_role does not.
  for (size_t k = 0; k < trace.candidates.size(); ++k) {
    if (trace.candidates[k].type != EdgeType::kHasRole) continue;
    TracedRelation reversed = trace.candidates[k].outcomes[0];
    std::swap(reversed.source, reversed.target);
    CHECK_FALSE(IsGoldEdge(a, aligned, reversed));
    CHECK(IsGoldEdge(a, aligned, trace.candidates[k].outcomes[0]));
  }
}

// Trains only the "relations" part of `articles`.
Result<PartReport> TrainRelations(const std::vector<AnnotatedArticle>& articles, ModelBundle* bundle) {
  TrainingSet data;
  data.articles = articles;
  return TrainRelationsPart(data, TrainOptions(), bundle);
}

TEST_CASE("relation training: deterministic, and a note without candidates") {
  std::vector<AnnotatedArticle> articles = {
      Article("The Mining Workers Union is affiliated with IndustriALL Global Union.\n", {kMwu, kIndustriall},
              {{"affiliated_with", "Mining Workers Union", "IndustriALL Global Union", ""}}),
      Article("Aigul Nurlanova, deputy chair of the Mining Workers Union, spoke in Kazakhstan.\n",
              {{"person", "Aigul Nurlanova", {}}, kMwu, {"country", "Kazakhstan", {}}},
              {{"has_role", "Aigul Nurlanova", "Mining Workers Union", "deputy chair"}})};
  ModelBundle a, b;
  Result<PartReport> report = TrainRelations(articles, &a);
  REQUIRE(report.ok());
  REQUIRE(TrainRelations(articles, &b).ok());
  CHECK(report->part == "relations");
  CHECK(report->examples >= 2);
  CHECK(report->note.empty());
  REQUIRE(a.Part(kRelationsPart) != nullptr);
  CHECK(a.Serialize() == b.Serialize());
  CHECK(CheckRelationModel(*a.Part(kRelationsPart)).ok());
  CHECK(RelationClassifier(a) == a.Part(kRelationsPart));

  ModelBundle none;
  Result<PartReport> empty = TrainRelations({Article("Nothing happened today.\n", {}, {})}, &none);
  REQUIRE(empty.ok());
  CHECK(empty->examples == 0);
  CHECK(empty->note == "not trained: the annotated articles give no relation candidate");
  CHECK(none.Part(kRelationsPart) == nullptr);
}

TEST_CASE("relation model: the compiled-in bundle has a relations part; a part with other labels is ignored") {
  const LinearModel* model = RelationClassifier(ModelBundle::Default());
  REQUIRE(model != nullptr);
  CHECK(CheckRelationModel(*model).ok());
  Status wrong = CheckRelationModel(LinearModel({"none", "cases"}));
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.message() == "relation model label 1 is 'cases', expected 'has_role'");
  ModelBundle odd;
  odd.SetPart(std::string(kRelationsPart), LinearModel({"none", "cases"}));
  CHECK(RelationClassifier(odd) == nullptr);
}

}  // namespace
}  // namespace lkg::ingest::model
