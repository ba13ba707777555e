// Candidate pairs, labels and features of the relation classifier.
#include "ingest/relations/relation_candidates.h"

#include <doctest/doctest.h>

#include <string>

namespace lkg::ingest {
namespace {

struct Fixture {
  std::string text;
  Sentence sentence;
  std::vector<ArticleEntity> entities;
  std::vector<PlacedMention> mentions;

  explicit Fixture(std::string t) : text(std::move(t)) {
    sentence = SplitSentences(text, 0, static_cast<uint32_t>(text.size())).front();
  }
  // Places entity `name` of `type` on tokens [first, end); returns its entity index.
  int Place(NodeType type, const std::string& name, size_t first, size_t end) {
    ArticleEntity e;
    e.type = type;
    e.name = name;
    entities.push_back(e);
    int index = static_cast<int>(entities.size()) - 1;
    mentions.push_back({first, end, index, type});
    return index;
  }
};

TEST_CASE("relation candidates: the edge type follows the entity types in either order") {
  CHECK(RelationTypeFor(NodeType::kPerson, NodeType::kUnion) == EdgeType::kHasRole);
  CHECK(RelationTypeFor(NodeType::kOrganization, NodeType::kPerson) == EdgeType::kHasRole);
  CHECK(RelationTypeFor(NodeType::kUnion, NodeType::kUnion) == EdgeType::kAffiliatedWith);
  CHECK(RelationTypeFor(NodeType::kCompany, NodeType::kUnion) == EdgeType::kOrganizesAt);
  CHECK(RelationTypeFor(NodeType::kCompany, NodeType::kCompany) == EdgeType::kSubsidiaryOf);
  CHECK(RelationTypeFor(NodeType::kCountry, NodeType::kOrganization) == EdgeType::kLocatedIn);
  CHECK_FALSE(RelationTypeFor(NodeType::kPerson, NodeType::kCountry).has_value());
  CHECK_FALSE(RelationTypeFor(NodeType::kPerson, NodeType::kPerson).has_value());
  CHECK_FALSE(RelationTypeFor(NodeType::kCountry, NodeType::kCountry).has_value());
}

TEST_CASE("relation candidates: pairs that fit an edge type, never an entity with itself") {
  // tokens: Ana(0) Diaz(1) ,(2) president(3) of(4) Sintrol(5) ,(6) met(7) Sintrol(8) in(9) Chile(10) .(11)
  Fixture f("Ana Diaz, president of Sintrol, met Sintrol in Chile.");
  int person = f.Place(NodeType::kPerson, "Ana Diaz", 0, 2);
  int union_ = f.Place(NodeType::kUnion, "Sintrol", 5, 6);
  f.mentions.push_back({8, 9, union_, NodeType::kUnion});
  int country = f.Place(NodeType::kCountry, "Chile", 10, 11);
  std::vector<RelationCandidate> c = RelationCandidates(f.sentence, f.mentions, -1);
  REQUIRE(c.size() == 4);  // person–union twice, union–country twice; no union–union (same entity)
  CHECK((c[0].first == 0 && c[0].second == 1 && c[0].type == EdgeType::kHasRole));
  CHECK((c[0].first_entity == person && c[0].second_entity == union_));
  CHECK(c[2].type == EdgeType::kLocatedIn);
  CHECK(c[3].second_entity == country);
}

TEST_CASE("relation candidates: the context union pairs with persons, and with companies after 'the union'") {
  // tokens: The(0) union(1) ,(2) led(3) by(4) Ana(5) Diaz(6) ,(7) struck(8) at(9) Codelco(10) .(11)
  Fixture f("The union, led by Ana Diaz, struck at Codelco.");
  f.Place(NodeType::kPerson, "Ana Diaz", 5, 7);
  f.Place(NodeType::kCompany, "Codelco", 10, 11);
  ArticleEntity context;
  context.type = NodeType::kUnion;
  context.name = "Sintrol";
  f.entities.push_back(context);
  int context_union = static_cast<int>(f.entities.size()) - 1;
  std::vector<RelationCandidate> c = RelationCandidates(f.sentence, f.mentions, context_union);
  REQUIRE(c.size() == 3);  // the person and the company, each with the context union
  CHECK((c[0].second == 1 && c[0].type == EdgeType::kHasRole));
  CHECK((c[1].second == kContextMention && c[1].type == EdgeType::kHasRole && c[1].second_entity == context_union));
  CHECK((c[2].second == kContextMention && c[2].type == EdgeType::kOrganizesAt));
  CHECK(RelationCandidates(f.sentence, f.mentions, -1).size() == 1);

  Fixture plain("Ana Diaz struck at Codelco.");
  plain.Place(NodeType::kPerson, "Ana Diaz", 0, 2);
  plain.Place(NodeType::kCompany, "Codelco", 4, 5);
  plain.entities.push_back(context);
  std::vector<RelationCandidate> d = RelationCandidates(plain.sentence, plain.mentions, 2);
  REQUIRE(d.size() == 2);  // no "the union": the company is not paired with it
  CHECK((d[1].second == kContextMention && d[1].type == EdgeType::kHasRole));
}

TEST_CASE("relation candidates: labels give the edge with its direction") {
  Fixture f("Fiat and Chrysler");
  f.Place(NodeType::kCompany, "Fiat", 0, 1);
  f.Place(NodeType::kCompany, "Chrysler", 2, 3);
  RelationCandidate c{0, 1, EdgeType::kSubsidiaryOf, 0, 1};
  const auto& labels = RelationLabels();
  auto label = [&](const std::string& name) {
    return static_cast<int>(std::find(labels.begin(), labels.end(), name) - labels.begin());
  };
  CHECK_FALSE(RelationOfLabel(c, 0, f.entities).has_value());
  auto forward = RelationOfLabel(c, label("subsidiary_of>"), f.entities);
  auto backward = RelationOfLabel(c, label("subsidiary_of<"), f.entities);
  REQUIRE((forward && backward));
  CHECK((forward->source == 0 && forward->target == 1 && forward->type == EdgeType::kSubsidiaryOf));
  CHECK((backward->source == 1 && backward->target == 0));
  CHECK(AllowedRelationLabels(EdgeType::kSubsidiaryOf) ==
        std::vector<int>{0, label("subsidiary_of>"), label("subsidiary_of<")});

  Fixture g("Chile's Sintrol");
  g.Place(NodeType::kCountry, "Chile", 0, 1);
  g.Place(NodeType::kUnion, "Sintrol", 2, 3);
  auto located = RelationOfLabel({0, 1, EdgeType::kLocatedIn, 0, 1}, label("located_in"), g.entities);
  REQUIRE(located);
  CHECK((located->source == 1 && located->target == 0));  // the union is in the country
}

TEST_CASE("relation candidates: features see the gap, the pattern that fired and the role word") {
  Fixture f("Ana Diaz, president of Sintrol, spoke.");
  f.Place(NodeType::kPerson, "Ana Diaz", 0, 2);
  f.Place(NodeType::kUnion, "Sintrol", 5, 6);
  RelationCandidate c = RelationCandidates(f.sentence, f.mentions, -1).at(0);
  RelationFact pattern{0, 1, EdgeType::kHasRole, "president", "rule:role_apposition", 0.8};
  model::FeatureIds with, without;
  RelationFeatures(f.sentence, f.mentions, f.entities, c, {pattern}, &with);
  RelationFeatures(f.sentence, f.mentions, f.entities, c, {}, &without);
  auto has = [](const model::FeatureIds& ids, const std::string& name) {
    return std::find(ids.begin(), ids.end(), model::FeatureId(name)) != ids.end();
  };
  CHECK(has(with, "r=rule:role_apposition"));
  CHECK(has(with, "pt=has_role>"));
  CHECK_FALSE(has(without, "r=rule:role_apposition"));
  CHECK(has(without, "g=president"));
  CHECK(has(without, "gs=, president of "));
  CHECK(has(without, "t=person>union"));
  CHECK(NearestRole(f.sentence, f.mentions, c) == "president");
}

TEST_CASE("relation candidates: mention counts say how often the article names an entity and a pair together") {
  MentionCounts counts;
  counts.AddSentence({{0, 1, 0, NodeType::kUnion}, {3, 4, 1, NodeType::kCompany}, {6, 7, 0, NodeType::kUnion}});
  counts.AddSentence({{0, 1, 1, NodeType::kCompany}, {2, 3, 0, NodeType::kUnion}});
  counts.AddSentence({{0, 1, 2, NodeType::kCountry}});
  CHECK(counts.Sentences(0) == 2);  // named twice in the first sentence: one sentence
  CHECK(counts.Sentences(2) == 1);
  CHECK(counts.Sentences(7) == 0);
  CHECK(counts.Together(0, 1) == 2);
  CHECK(counts.Together(1, 0) == 2);
  CHECK(counts.Together(0, 2) == 0);

  Fixture f("Ana Diaz, president of Sintrol, spoke.");
  f.Place(NodeType::kPerson, "Ana Diaz", 0, 2);
  f.Place(NodeType::kUnion, "Sintrol", 5, 6);
  MentionCounts article;
  article.AddSentence(f.mentions);
  article.AddSentence(f.mentions);
  RelationCandidate c = RelationCandidates(f.sentence, f.mentions, -1).at(0);
  model::FeatureIds ids;
  RelationFeatures(f.sentence, f.mentions, f.entities, c, {}, &ids, &article);
  auto has = [&](const std::string& name) { return std::find(ids.begin(), ids.end(), model::FeatureId(name)) != ids.end(); };
  CHECK(has("tog=2|person>union"));
  CHECK(has("na=2"));
  CHECK_FALSE(has("tog=1|person>union"));
}

}  // namespace
}  // namespace lkg::ingest
