// The entities of one article: mentions folded by name, acronym ("Mining
// and Metallurgy Trade Union of Kyrgyzstan (MMTUK)" then "MMTUK"), short
// form ("VimpelCom Ltd" then "VimpelCom") and surname ("Eldar Tadjibaev"
// then "Tadjibaev").
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/extraction_types.h"
#include "ingest/entities/mentions.h"

namespace lkg::ingest {

class EntityTable {
 public:
  // Adds a typed mention; returns its entity index.
  int AddTyped(const Mention& m, const Evidence& evidence);
  // Finds the entity an untyped name refers to (name, alias, surname); -1 if none.
  int Lookup(const std::string& name) const;
  // Records one more mention of entity `index`.
  void AddMention(int index, const std::string& surface, const Evidence& evidence);

  // Folds each one-word person ("Chomsky") into the one fuller person whose
  // last word it is ("Noam Chomsky"), else whose first word it is ("Kim" of
  // "Kim Myeong-hwan", "Taslima" of "Taslima Akter"). Returns the entity each index now means.
  std::vector<int> FoldSurnames();

  std::vector<ArticleEntity>& entities() { return entities_; }

 private:
  void AddKey(const std::string& name, int index);
  void AddAlias(int index, const std::string& alias);

  std::vector<ArticleEntity> entities_;
  std::unordered_map<std::string, int> by_key_;      // normalised name/alias -> entity
  std::unordered_map<std::string, int> by_surname_;  // person surname -> entity, -2 when ambiguous
  std::unordered_map<std::string, int> by_first_word_;  // person first word -> entity, -2 when ambiguous
};

// The name without a trailing legal form ("VimpelCom Ltd" -> "VimpelCom"), or "" if none.
std::string WithoutLegalForm(const std::string& name);

}  // namespace lkg::ingest
