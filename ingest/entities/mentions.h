// Entity mentions in one sentence: capitalised name spans and gazetteer
// phrases, typed as union, company, country, person or organization by
// name patterns (head words, legal forms, national union styles) and by
// context (role words, "company X", "workers at X", "X said").
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "engine/schema.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest {

struct Mention {
  size_t first = 0;  // token range [first, end) in the sentence
  size_t end = 0;
  std::optional<NodeType> type;  // nullopt: a name of unknown type (resolved later in the article)
  std::string name;              // the name as written (canonical for gazetteer entities)
  std::string acronym;           // "MMTUK" when "(MMTUK)" follows the name
  std::string rule;              // "rule:<name>" that typed it
  double confidence = 0.0;
  bool known = false;            // from a gazetteer: name is canonical
  std::string inner_country;      // a country named inside the name ("Supreme Court of Zimbabwe")
  bool person_shaped = false;    // untyped, but shaped like a person's name (typed later by article context)
  std::vector<std::string> known_aliases;
};

// What recognition knows about the article beyond the sentence.
struct MentionContext {
  // Lower-cased words seen capitalised away from a sentence start.
  std::unordered_set<std::string> mid_sentence_caps;
};

// Finds the mentions of `sentence`, in token order, not overlapping.
std::vector<Mention> FindMentions(const Sentence& sentence, const MentionContext& context);

// The lower-cased words of `sentences` that are capitalised away from a sentence start.
MentionContext BuildMentionContext(const std::vector<Sentence>& sentences);

}  // namespace lkg::ingest
