// The rule files compiled into lkg_ingest from ingest/rules/ (README.md
// there says what each holds and how to add a word): their bytes, their word
// classes, and one check of them all.
#pragma once

#include <string_view>

#include "engine/status.h"
#include "ingest/rules/word_set.h"

namespace lkg::ingest::rules {

// The bytes of rule file `name` ("case_triggers.tsv"); empty when unknown.
std::string_view RuleFileBytes(std::string_view name);

// The word class `cls` of word-class file `file` ("case_words.tsv",
// "refuse"), parsed once. A bad file or a missing class stops the program
// with a message naming them: that is a broken build, which the tests catch
// through ValidateRuleFiles and the extraction tests.
const WordSet& Words(std::string_view file, std::string_view cls);

// Parses every rule file with its parser; the first error, naming file and
// line, or Ok.
Status ValidateRuleFiles();

// The value of `result`; prints its error and aborts when there is none.
template <typename T>
T OrDie(Result<T> result);

[[noreturn]] void DieOnBadRules(const Status& status);

template <typename T>
T OrDie(Result<T> result) {
  if (!result.ok()) DieOnBadRules(result.status());
  return std::move(result).value();
}

}  // namespace lkg::ingest::rules
