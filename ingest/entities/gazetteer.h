// The compiled-in gazetteers (resources/, see SOURCE.md there), loaded once
// and shared read-only by every extraction.
#pragma once

#include <string>
#include <string_view>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/schema.h"

namespace lkg::ingest {

// A named entity the gazetteers know: a country or a well-known body.
struct KnownEntity {
  NodeType type = NodeType::kOrganization;
  std::string name;                  // canonical name
  std::vector<std::string> aliases;  // other names (acronyms, variants)
  std::string code;                  // ISO alpha-2 for countries
};

// One reading of an ambiguous acronym (resources/acronyms.tsv).
struct AcronymSense {
  const KnownEntity* entity = nullptr;
  int end_year = 0;                   // 0: the body still exists
  std::vector<std::string> context;   // lower-case words that point to this reading
};

class Gazetteer {
 public:
  // The process-wide instance (built on first use from the embedded files).
  static const Gazetteer& Get();

  // Lookups by NormalizeName key; nullptr when unknown.
  const KnownEntity* Country(std::string_view norm) const;
  const KnownEntity* Known(std::string_view norm) const;
  // The readings of an ambiguous acronym key ("imf"), first = the default
  // (what Known() returns); nullptr when the acronym has one meaning.
  const std::vector<AcronymSense>* AcronymSenses(std::string_view norm) const;
  // True when `norm` is a state, province or territory (resources/places.tsv) or a city or town
  // (resources/cities.tsv): a place, never a country, company, person or union.
  bool IsPlace(std::string_view norm) const { return places_.count(std::string(norm)) > 0; }
  // The country of the city `norm` (resources/cities.tsv), or nullptr.
  const KnownEntity* CityCountry(std::string_view norm) const;
  // Phrases of names with "Union" that are no unions (resources/not_union_names.txt), lower-case.
  const std::vector<std::string>& NotUnionPhrases() const { return not_union_phrases_; }
  // Country for a demonym/adjective key ("kyrgyz", "south korean").
  const KnownEntity* Demonym(std::string_view norm) const;
  // The country entry whose canonical name is `name`.
  const KnownEntity* CountryByName(std::string_view name) const;

  // True when `surface` is a company legal form ("Ltd", "GmbH", "S.A.").
  bool IsLegalForm(std::string_view surface) const;
  // The same for a lower-cased word ("plc", "spa", "company"), whatever the list's case.
  bool IsLegalFormWord(std::string_view lower) const;
  bool IsUnionCue(std::string_view lower_word) const { return union_cues_.count(std::string(lower_word)) > 0; }
  bool IsRole(std::string_view lower_phrase) const { return roles_.count(std::string(lower_phrase)) > 0; }
  bool IsFirstName(std::string_view norm) const { return first_names_.count(std::string(norm)) > 0; }
  // True when `norm` is a whole-word prefix of a country or known name key.
  bool IsPhrasePrefix(std::string_view norm) const { return prefixes_.count(std::string(norm)) > 0; }
  // Longest phrase (in words) of the country/known tables, for phrase matching.
  size_t max_phrase_words() const { return max_phrase_words_; }

 private:
  Gazetteer();
  void LoadCountries();
  void LoadKnown();
  void LoadDemonyms();
  void LoadAcronyms();
  void AddKeys(const KnownEntity* e, std::unordered_map<std::string, const KnownEntity*>& index);

  std::vector<std::unique_ptr<KnownEntity>> entities_;
  std::unordered_map<std::string, const KnownEntity*> countries_, known_, demonyms_;
  std::unordered_map<std::string, std::vector<AcronymSense>> acronyms_;
  std::unordered_set<std::string> prefixes_, places_;
  std::unordered_map<std::string, std::string> city_countries_;  // city key → canonical country name
  std::vector<std::string> not_union_phrases_;
  std::unordered_set<std::string> legal_forms_, legal_forms_lower_, union_cues_, roles_, first_names_;
  size_t max_phrase_words_ = 1;
};

}  // namespace lkg::ingest
