// The intermediate records of one article's extraction, shared by the
// entity table, the relation and case finders and the facts builder.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "engine/records.h"
#include "engine/schema.h"

namespace lkg::ingest {

// One entity of the article (all its mentions folded together).
struct ArticleEntity {
  NodeType type = NodeType::kOrganization;
  std::string name;                  // fullest name seen
  std::vector<std::string> aliases;  // acronyms, short forms, surnames, variants
  std::unordered_set<std::string> keys;  // normalised name and aliases
  std::vector<Evidence> evidence;    // one per mention (capped)
  bool known = false;                // a gazetteer entity: name is canonical
  double confidence = 0.0;           // best mention confidence
  int mentions = 0;
  int merged_into = -1;              // folded into another entity of the article
  std::string inner_country;         // a country named inside the name, or ""
};

// A mention after in-article resolution: which entity it names.
struct PlacedMention {
  size_t first = 0;  // token range in its sentence
  size_t end = 0;
  int entity = -1;   // index into the article's entities
  NodeType type = NodeType::kOrganization;
};

struct RelationFact {
  int source = -1;
  int target = -1;
  EdgeType type = EdgeType::kLocatedIn;
  std::string role;  // has_role only
  std::string rule;
  double confidence = 0.0;
  uint32_t start = 0, end = 0;  // the sentence span
};

// One sentence that reports a case, with the participants it named.
struct CaseSentence {
  uint32_t start = 0, end = 0;
  std::string rule;
  double confidence = 0.0;
  std::vector<int> participants;  // entities the sentence gave the case (victims, perpetrators, concerns, country)
};

struct CaseFact {
  std::string kind;
  std::string date;     // ISO, possibly partial, or ""
  bool date_guessed = false;  // the date comes from an earlier sentence or the article's date
  std::string summary;  // the sentence
  uint32_t start = 0, end = 0;
  std::vector<int> victims, perpetrators, concerns;
  int country = -1;
  std::string country_name;  // when no country entity: a country named inside a participant's name
  size_t section = 0;     // the article section (listing item) it comes from
  bool weak = false;      // no victim and only the country as fallback perpetrator
  bool rule_accepted = true;  // false: kept only as a candidate for the learned classifier
  std::string rule;
  double confidence = 0.0;
  // Every sentence of a case folded from several (MergeSameEvents), the first one's included, in text
  // order; empty for a case of one sentence (start, end, rule, confidence).
  std::vector<CaseSentence> sentences;
};

}  // namespace lkg::ingest
