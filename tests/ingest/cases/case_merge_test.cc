// One event, one case: MergeSameEvents folds the cases of one article that
// tell the same event and keeps every sentence as evidence.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "ingest/cases/case_merge.h"
#include "tests/ingest/extract_helpers.h"

namespace lkg::ingest {
namespace {

// Entities 0 and 1 are persons, 2 a union, 3 a company, 4 a country.
std::vector<ArticleEntity> Entities() {
  std::vector<ArticleEntity> e(5);
  e[0].type = e[1].type = NodeType::kPerson;
  e[2].type = NodeType::kUnion;
  e[3].type = NodeType::kCompany;
  e[4].type = NodeType::kCountry;
  return e;
}

// A case of `kind` from the sentence text[start, start + 10).
CaseFact Case(const std::string& kind, uint32_t start, std::vector<int> victims, std::vector<int> perpetrators = {},
              const std::string& date = "") {
  CaseFact c;
  c.kind = kind;
  c.start = start;
  c.end = start + 10;
  c.victims = std::move(victims);
  c.perpetrators = std::move(perpetrators);
  c.date = date;
  c.country = 4;
  c.rule = "rule:case_" + kind;
  c.confidence = 0.6;
  return c;
}

const std::string kText(100, 'x');

TEST_CASE("case merge: one victim twice is one case with both sentences") {
  std::vector<CaseFact> cases = {Case("arrest", 0, {0}, {}, "2023-12-06"), Case("arrest", 20, {0, 2}, {3})};
  MergeSameEvents(Entities(), kText, cases);
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].start == 0);
  CHECK(cases[0].date == "2023-12-06");
  CHECK(cases[0].victims == std::vector<int>{0, 2});
  CHECK(cases[0].perpetrators == std::vector<int>{3});
  REQUIRE(cases[0].sentences.size() == 2);
  CHECK(cases[0].sentences[1].start == 20);
  CHECK(cases[0].sentences[0].participants == std::vector<int>{0, 4});
  CHECK(cases[0].sentences[1].participants == std::vector<int>{0, 2, 3, 4});
}

TEST_CASE("case merge: a shared country alone joins nothing across sections") {
  std::vector<CaseFact> cases = {Case("arrest", 0, {0}), Case("arrest", 20, {1})};
  cases[1].section = 1;
  MergeSameEvents(Entities(), kText, cases);
  CHECK(cases.size() == 2);
}

TEST_CASE("case merge: in one section, a case naming nobody new joins its kind; two named people stay two") {
  std::vector<CaseFact> cases = {Case("dismissal", 0, {0}), Case("dismissal", 20, {2}), Case("dismissal", 40, {1})};
  MergeSameEvents(Entities(), kText, cases);
  REQUIRE(cases.size() == 2);
  CHECK(cases[0].victims == std::vector<int>{0, 2});
  CHECK(cases[1].victims == std::vector<int>{1});
  CHECK(cases[1].sentences.empty());  // a case of one sentence
}

TEST_CASE("case merge: stated dates that disagree keep two events") {
  std::vector<CaseFact> cases = {Case("arrest", 0, {0}, {}, "2023-12-06"), Case("arrest", 20, {0}, {}, "2024-01")};
  MergeSameEvents(Entities(), kText, cases);
  CHECK(cases.size() == 2);
  cases = {Case("arrest", 0, {0}, {}, "2023-12-06"), Case("arrest", 20, {0}, {}, "2024-01")};
  cases[1].date_guessed = true;  // a guessed date never separates
  MergeSameEvents(Entities(), kText, cases);
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].date == "2023-12-06");
}

TEST_CASE("case merge: a stated date beats a guessed one, a precise one a vague one") {
  std::vector<CaseFact> cases = {Case("arrest", 0, {0}, {}, "2023-12"), Case("arrest", 20, {0}, {}, "2023-12-06")};
  cases[0].date_guessed = true;
  MergeSameEvents(Entities(), kText, cases);
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].date == "2023-12-06");
  CHECK_FALSE(cases[0].date_guessed);
}

TEST_CASE("case merge: case_merge.tsv folds violence into a death about the same people") {
  std::vector<CaseFact> cases = {Case("violence", 0, {0}), Case("death", 20, {0})};
  MergeSameEvents(Entities(), kText, cases);
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].kind == "death");
  CHECK(cases[0].start == 20);  // the summary is a sentence of the kind kept
  CHECK(cases[0].rule == "rule:case_death");
  CHECK(cases[0].sentences.size() == 2);
}

TEST_CASE("case merge: kinds the file does not join stay apart, and so do two kinds of one sentence") {
  std::vector<CaseFact> cases = {Case("arrest", 0, {0}), Case("imprisonment", 20, {0})};
  MergeSameEvents(Entities(), kText, cases);
  CHECK(cases.size() == 2);
  cases = {Case("death", 0, {2}), Case("violence", 0, {2})};
  MergeSameEvents(Entities(), kText, cases);
  CHECK(cases.size() == 2);
}

TEST_CASE("case merge: a weak case folds into the richer sentence of its section") {
  std::vector<CaseFact> cases = {Case("strike_ban", 0, {}, {4}, "2023-05"), Case("strike_ban", 20, {2}, {3})};
  cases[0].weak = true;
  MergeSameEvents(Entities(), kText, cases);
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].start == 20);
  CHECK(cases[0].perpetrators == std::vector<int>{3});
  CHECK(cases[0].date == "2023-05");
  CHECK(cases[0].sentences.size() == 2);
}

TEST_CASE("case merge: the merged case cites each sentence, each participant the sentence that named it") {
  DocumentFacts f = testing::Extract(
      "Police arrested Kim Chang Keun of the Korean Metal Workers' Union in South Korea on 3 June 2002.\n\n"
      "The Korean Confederation of Trade Unions said the arrest of Kim Chang Keun by the Korean National Police "
      "Agency was illegal.");
  auto cases = testing::Cases(f, "arrest");
  REQUIRE(cases.size() == 1);
  REQUIRE(cases[0]->evidence.size() == 2);
  CHECK(cases[0]->evidence[0].sentence.find("Police arrested") == 0);
  CHECK(cases[0]->evidence[1].sentence.find("The Korean Confederation") == 0);
  const NodeFact* agency = testing::FindNode(f, "Korean National Police Agency");
  REQUIRE(agency != nullptr);
  bool edge = false;
  for (const EdgeFact& e : f.edges) {
    if (e.edge.source != cases[0]->node.key || e.edge.target != agency->node.key) continue;
    edge = true;
    REQUIRE(e.evidence.size() == 1);
    CHECK(e.evidence[0].sentence.find("The Korean Confederation") == 0);
  }
  CHECK(edge);
}

}  // namespace
}  // namespace lkg::ingest
