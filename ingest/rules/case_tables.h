// The case tables of ingest/rules/: trigger phrases with the case kind they
// report (case_triggers.tsv) and the context vetoes that take a kind back
// (case_vetoes.tsv: "injured in an explosion" is no violence).
#pragma once

#include <string_view>
#include <vector>

#include "engine/status.h"
#include "ingest/rules/word_set.h"

namespace lkg::ingest::rules {

// A phrase of consecutive lower-case tokens that reports a case of `kind`.
// `kind` is one of lkg::kCaseKinds (a null-terminated literal).
struct CaseTrigger {
  const char* kind = "";
  std::vector<std::string_view> words;
};

// Drop `kind` from a sentence that has a word of `when` and none of `unless`.
struct CaseVeto {
  const char* kind = "";
  WordSet when;
  WordSet unless;  // empty: no exception
};

// Rows "KIND<TAB>phrase", in file order (earlier rows win). Errors name file
// and line: an unknown case kind, a wrong column count, an upper-case word.
Result<std::vector<CaseTrigger>> ParseCaseTriggers(std::string_view file, std::string_view bytes);

// Rows "KIND<TAB>when words<TAB>unless words" ("-" for no exception).
Result<std::vector<CaseVeto>> ParseCaseVetoes(std::string_view file, std::string_view bytes);

// Kind `from` reported about the same people as a case of kind `into` is one
// event of kind `into` (case_merge.tsv).
struct CaseFold {
  const char* from = "";
  const char* into = "";
};

// Rows "KIND<TAB>INTO". Errors name file and line: an unknown case kind, a
// kind folding into itself, a kind listed twice.
Result<std::vector<CaseFold>> ParseCaseFolds(std::string_view file, std::string_view bytes);

// The compiled-in tables, parsed on first use (a bad file stops the program
// with its error; the tests check every file first).
const std::vector<CaseTrigger>& CaseTriggers();
const std::vector<CaseVeto>& CaseVetoes();
const std::vector<CaseFold>& CaseFolds();

}  // namespace lkg::ingest::rules
