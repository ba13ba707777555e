// The rule files of ingest/rules/: every compiled-in file parses, and broken
// files fail with a message naming file and line.
#include <string>

#include <doctest/doctest.h>

#include "ingest/rules/case_review.h"
#include "ingest/rules/case_tables.h"
#include "ingest/rules/date_table.h"
#include "ingest/rules/relation_table.h"
#include "ingest/rules/rule_confidences.h"
#include "ingest/rules/rule_file.h"
#include "ingest/rules/rules.h"
#include "ingest/rules/word_set.h"

namespace lkg::ingest::rules {
namespace {

template <typename T>
std::string ErrorOf(const Result<T>& r) {
  return r.ok() ? "(no error)" : r.status().message();
}

TEST_CASE("rule files: every compiled-in file parses") {
  Status status = ValidateRuleFiles();
  CHECK_MESSAGE(status.ok(), status.message());
  CHECK(CaseTriggers().size() >= 200);
  CHECK(std::string(CaseTriggers().front().kind) == "other");
  CHECK(Words("law_words.tsv", "law").Has("legislation"));
  CHECK_FALSE(Words("law_words.tsv", "law").Has("strike"));
}

TEST_CASE("rule files: rows, comments, blank lines and CRLF") {
  auto rows = ParseRuleRows("x.tsv", "# header\n\na\tb\r\n# more\nc\td\n", 2);
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 2);
  CHECK((*rows)[0].line == 3);
  CHECK((*rows)[0].cells[1] == "b");
  CHECK((*rows)[1].line == 5);
}

TEST_CASE("rule files: a malformed row names file and line") {
  CHECK(ErrorOf(ParseRuleRows("x.tsv", "# h\na\tb\nc\td\te\n", 2)) ==
        "x.tsv:3: expected 2 tab-separated columns, found 3");
  CHECK(ErrorOf(ParseRuleRows("x.tsv", "a b\n", 2)) == "x.tsv:1: expected 2 tab-separated columns, found 1");
  CHECK(ErrorOf(ParseRuleRows("x.tsv", "a\t \n", 2)) == "x.tsv:1: column 2 is empty");
}

TEST_CASE("rule files: an empty list is an error") {
  CHECK(ErrorOf(ParseRuleRows("x.tsv", "# only a header\n\n", 2)) == "x.tsv: no rows (an empty list)");
  CHECK(ErrorOf(ParseWordClasses("w.tsv", "")) == "w.tsv: no rows (an empty list)");
}

TEST_CASE("rule files: confidences lie in [0, 1]") {
  RuleRow row{7, {}};
  CHECK(*ParseConfidence("c.tsv", row, "0.75") == doctest::Approx(0.75));
  CHECK(*ParseConfidence("c.tsv", row, "1") == doctest::Approx(1.0));
  CHECK(ErrorOf(ParseConfidence("c.tsv", row, "1.5")) == "c.tsv:7: confidence '1.5' is not a number in [0, 1]");
  CHECK(ErrorOf(ParseConfidence("c.tsv", row, "-0.1")) == "c.tsv:7: confidence '-0.1' is not a number in [0, 1]");
  CHECK(ErrorOf(ParseConfidence("c.tsv", row, "high")) == "c.tsv:7: confidence 'high' is not a number in [0, 1]");
  CHECK(ErrorOf(ParseConfidence("c.tsv", row, "0.5x")) == "c.tsv:7: confidence '0.5x' is not a number in [0, 1]");
}

TEST_CASE("rule files: word classes add up over rows and must be lower-case") {
  auto classes = ParseWordClasses("w.tsv", "verbs\tsaid told\nverbs\twrote\nnouns\tunion\n");
  REQUIRE(classes.ok());
  CHECK(classes->at("verbs").size() == 3);
  CHECK(classes->at("verbs").Has("wrote"));
  CHECK_FALSE(classes->at("nouns").Has("said"));
  CHECK(ErrorOf(ParseWordClasses("w.tsv", "verbs\tsaid Told\n")) == "w.tsv:1: word 'Told' is not lower-case");
  CHECK(ErrorOf(ParseWordClasses("w.tsv", "# h\nverbs\t   \n")) == "w.tsv:2: column 2 is empty");
}

TEST_CASE("rule files: case triggers need a known kind") {
  auto triggers = ParseCaseTriggers("t.tsv", "# h\narrest\tarrested\nstrike_ban\tbanned the strike\n");
  REQUIRE(triggers.ok());
  REQUIRE(triggers->size() == 2);
  CHECK(std::string((*triggers)[1].kind) == "strike_ban");
  CHECK((*triggers)[1].words.size() == 3);
  CHECK(ErrorOf(ParseCaseTriggers("t.tsv", "arrest\tarrested\narest\tdetained\n")) ==
        "t.tsv:2: unknown case kind 'arest'");
  CHECK(ErrorOf(ParseCaseTriggers("t.tsv", "arrest\tArrested\n")) == "t.tsv:1: word 'Arrested' is not lower-case");
  CHECK(ErrorOf(ParseCaseTriggers("t.tsv", "arrest\n")) == "t.tsv:1: expected 2 tab-separated columns, found 1");
}

TEST_CASE("rule files: case folds join two known kinds, each kind folding once") {
  auto folds = ParseCaseFolds("m.tsv", "# h\nviolence\tdeath\ndetention\timprisonment\n");
  REQUIRE(folds.ok());
  REQUIRE(folds->size() == 2);
  CHECK(std::string((*folds)[0].from) == "violence");
  CHECK(std::string((*folds)[0].into) == "death");
  CHECK(ErrorOf(ParseCaseFolds("m.tsv", "violence\tdeth\n")) == "m.tsv:1: unknown case kind 'deth'");
  CHECK(ErrorOf(ParseCaseFolds("m.tsv", "violense\tdeath\n")) == "m.tsv:1: unknown case kind 'violense'");
  CHECK(ErrorOf(ParseCaseFolds("m.tsv", "death\tdeath\n")) == "m.tsv:1: kind 'death' folds into itself");
  CHECK(ErrorOf(ParseCaseFolds("m.tsv", "violence\tdeath\nviolence\tarrest\n")) ==
        "m.tsv:2: kind 'violence' is listed twice");
  CHECK(ErrorOf(ParseCaseFolds("m.tsv", "violence death\n")) == "m.tsv:1: expected 2 tab-separated columns, found 1");
  CHECK(ErrorOf(ParseCaseFolds("m.tsv", "# only a header\n")) == "m.tsv: no rows (an empty list)");
  CHECK_FALSE(CaseFolds().empty());
}

TEST_CASE("rule files: case review margins are two numbers >= 0") {
  auto margins = ParseCaseReview("r.tsv", "# h\ndrop_margin\t50\nadd_margin\t0.5\n");
  REQUIRE(margins.ok());
  CHECK(margins->drop == doctest::Approx(50.0));
  CHECK(margins->add == doctest::Approx(0.5));
  CHECK(ErrorOf(ParseCaseReview("r.tsv", "drop_margin\t-1\nadd_margin\t0\n")) ==
        "r.tsv:1: margin '-1' is not a number >= 0");
  CHECK(ErrorOf(ParseCaseReview("r.tsv", "drop_margin\t5x\nadd_margin\t0\n")) ==
        "r.tsv:1: margin '5x' is not a number >= 0");
  CHECK(ErrorOf(ParseCaseReview("r.tsv", "drop_margin\t5\nkeep_margin\t0\n")) ==
        "r.tsv:2: unknown margin 'keep_margin'");
  CHECK(ErrorOf(ParseCaseReview("r.tsv", "drop_margin\t5\ndrop_margin\t6\n")) ==
        "r.tsv:2: 'drop_margin' is listed twice");
  CHECK(ErrorOf(ParseCaseReview("r.tsv", "drop_margin\t5\n")) == "r.tsv: no add_margin row");
  CHECK(ErrorOf(ParseCaseReview("r.tsv", "add_margin\t5\n")) == "r.tsv: no drop_margin row");
  CHECK(CaseReview().drop >= 0.0);
}

TEST_CASE("rule files: case vetoes need a known kind and take '-' for no exception") {
  auto vetoes = ParseCaseVetoes("v.tsv", "violence\texplosion crash\t-\ndeath\tcancer\tkilled\n");
  REQUIRE(vetoes.ok());
  CHECK((*vetoes)[0].unless.size() == 0);
  CHECK((*vetoes)[1].unless.Has("killed"));
  CHECK(ErrorOf(ParseCaseVetoes("v.tsv", "murder\tcancer\t-\n")) == "v.tsv:1: unknown case kind 'murder'");
  CHECK(ErrorOf(ParseCaseVetoes("v.tsv", "death\tcancer\n")) == "v.tsv:1: expected 3 tab-separated columns, found 2");
}

TEST_CASE("rule files: date words need month 1-12 or weekday 0-6, each word once") {
  auto dates = ParseDateWords("d.tsv", "month\t9\tseptember sep sept\nweekday\t0\tmonday\n");
  REQUIRE(dates.ok());
  CHECK(dates->months.at("sept") == 9);
  CHECK(dates->weekdays.at("monday") == 0);
  CHECK(ErrorOf(ParseDateWords("d.tsv", "month\t13\tundecember\n")) == "d.tsv:1: number '13' is out of range");
  CHECK(ErrorOf(ParseDateWords("d.tsv", "weekday\t7\tfunday\n")) == "d.tsv:1: number '7' is out of range");
  CHECK(ErrorOf(ParseDateWords("d.tsv", "season\t1\tspring\n")) == "d.tsv:1: kind 'season' is neither month nor weekday");
  CHECK(ErrorOf(ParseDateWords("d.tsv", "month\t5\tmay\nmonth\t6\tmay\n")) == "d.tsv:2: word 'may' is listed twice");
}

TEST_CASE("rule files: relation cues need a known cue and the edge type it makes") {
  std::string all;
  for (const char* cue : {"union_company_end", "company_union_end", "workers_union_end", "unionize_with_end",
                          "acted_against_end", "led_by_end"}) {
    all += std::string(cue) + "\torganizes_at\tat\n";
  }
  for (const char* cue : {"child_parent_end", "parent_child_start", "parent_child_end"}) {
    all += std::string(cue) + "\tsubsidiary_of\towned by\n";
  }
  all += "affiliate_of_end\taffiliated_with\tmember of\nfederation_start\taffiliated_with\taffiliate\n";
  auto cues = ParseRelationCues("r.tsv", all);
  REQUIRE(cues.ok());
  CHECK(cues->at("child_parent_end")[0].size() == 2);
  CHECK(ErrorOf(ParseRelationCues("r.tsv", "child_parent_end\tsubsidary_of\towned by\n")) ==
        "r.tsv:1: unknown edge type 'subsidary_of'");
  CHECK(ErrorOf(ParseRelationCues("r.tsv", "child_parent_end\torganizes_at\towned by\n")) ==
        "r.tsv:1: cue 'child_parent_end' makes subsidiary_of edges, not organizes_at");
  CHECK(ErrorOf(ParseRelationCues("r.tsv", "# h\nowner_end\tsubsidiary_of\towned by\n")) ==
        "r.tsv:2: unknown cue 'owner_end'");
  CHECK(ErrorOf(ParseRelationCues("r.tsv", "child_parent_end\tsubsidiary_of\tOwned by\n")) ==
        "r.tsv:1: word 'Owned' is not lower-case");
  CHECK(ErrorOf(ParseRelationCues("r.tsv", "child_parent_end\tsubsidiary_of\towned by\n")) ==
        "r.tsv: cue 'union_company_end' has no phrases (an empty list)");
}

TEST_CASE("rule files: rule confidences lie in [0, 1], one row a rule") {
  auto confidences = ParseRuleConfidences("c.tsv", "# h\nrule:a\t0.8\nrule:a/variant\t0.6\n");
  REQUIRE(confidences.ok());
  CHECK(confidences->at("rule:a/variant") == doctest::Approx(0.6));
  CHECK(ErrorOf(ParseRuleConfidences("c.tsv", "rule:a\t1.2\n")) ==
        "c.tsv:1: confidence '1.2' is not a number in [0, 1]");
  CHECK(ErrorOf(ParseRuleConfidences("c.tsv", "rule:a\t0.8\nrule:a\t0.7\n")) == "c.tsv:2: rule 'rule:a' is listed twice");
  CHECK(ErrorOf(ParseRuleConfidences("c.tsv", "subsidiary_of\t0.8\n")) ==
        "c.tsv:1: rule name 'subsidiary_of' does not start with 'rule:'");
  CHECK(RuleConfidence("rule:subsidiary_of") == doctest::Approx(0.8));
}

}  // namespace
}  // namespace lkg::ingest::rules
