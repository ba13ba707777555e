#include "ingest/entities/word_lists.h"

#include "ingest/rules/rules.h"

namespace lkg::ingest::words {
namespace {

// The class `cls` of ingest/rules/entity_words.tsv, read once.
const rules::WordSet& Class(std::string_view cls) { return rules::Words("entity_words.tsv", cls); }

}  // namespace

bool IsConnector(std::string_view w) {
  static const rules::WordSet& s = Class("connector");
  return s.Has(w);
}

bool IsSentenceOpener(std::string_view w) {
  static const rules::WordSet& s = Class("sentence_opener");
  return w.empty() || s.Has(w);  // an empty token opens a sentence too
}

bool IsGeneric(std::string_view w) {
  static const rules::WordSet& s = Class("generic");
  return s.Has(w);
}

bool IsUnionHead(std::string_view w) {
  static const rules::WordSet& s = Class("union_head");
  return s.Has(w);
}

bool IsBodyHead(std::string_view w) {
  static const rules::WordSet& s = Class("body_head");
  return s.Has(w);
}

bool IsWorkerWord(std::string_view w) {
  static const rules::WordSet& s = Class("worker_word");
  return s.Has(w);
}

bool IsEmployerWord(std::string_view w) {
  static const rules::WordSet& s = Class("employer_word");
  return s.Has(w);
}

bool IsCompanyHead(std::string_view w) {
  static const rules::WordSet& s = Class("company_head");
  return s.Has(w);
}

bool IsOrgHead(std::string_view w) {
  static const rules::WordSet& s = Class("org_head");
  return s.Has(w);
}

bool IsCompanyCue(std::string_view w) {
  static const rules::WordSet& s = Class("company_cue");
  return s.Has(w);
}

bool IsCompanyAfter(std::string_view w) {
  static const rules::WordSet& s = Class("company_after");
  return s.Has(w);
}

bool IsPersonTitle(std::string_view w) {
  static const rules::WordSet& s = Class("person_title");
  return s.Has(w);
}

bool IsPersonCueBefore(std::string_view w) {
  static const rules::WordSet& s = Class("person_cue_before");
  return s.Has(w);
}

bool IsSpeechVerb(std::string_view w) {
  static const rules::WordSet& s = Class("speech_verb");
  return s.Has(w);
}

bool IsNotName(std::string_view w) {
  static const rules::WordSet& s = Class("not_name");
  return s.Has(w);
}

bool IsWorkerNoun(std::string_view w) {
  static const rules::WordSet& s = Class("worker_noun");
  return s.Has(w);
}

bool IsPlaceWord(std::string_view w) {
  static const rules::WordSet& s = Class("place_word");
  return s.Has(w);
}

bool IsNameParticle(std::string_view w) {
  static const rules::WordSet& s = Class("name_particle");
  return s.Has(w);
}

bool IsEventWord(std::string_view w) {
  static const rules::WordSet& s = Class("event_word");
  return s.Has(w);
}

bool IsSubpartWord(std::string_view w) {
  static const rules::WordSet& s = Class("subpart_word");
  return s.Has(w);
}

}  // namespace lkg::ingest::words
