// Violation cases in one sentence: a trigger word gives the kind (12 kinds
// of ../shared/spec/data-model.md), the sentence's entities give victims,
// perpetrators and concerned parties, a date expression resolved against
// the section's date gives the date.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "ingest/extraction_types.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest {

struct CaseContext {
  std::string section_date;  // ISO date of the article/listing item (undated: a year it states), or ""
  int main_country = -1;     // the section's most-mentioned country entity, or -1
  int paragraph_country = -1;
  bool labour_section = false;  // the section names a union: its events are labour events
  int main_union = -1;          // the section's most-mentioned union (not a global federation), or -1  // the last country named earlier in the sentence's paragraph, or -1
  size_t section = 0;        // index of the section
  const std::set<int>* managers = nullptr;   // persons holding a role at a company: never victims
  const std::set<int>* unionists = nullptr;  // persons holding a role in a union
  bool liberal = false;  // keep candidates the rules would drop (rule_accepted = false) for a classifier
};

// Appends the cases stated in `sentence` to `out`.
void FindCases(const Sentence& sentence, std::string_view text, const std::vector<PlacedMention>& mentions,
               const std::vector<ArticleEntity>& entities, const CaseContext& context, std::vector<CaseFact>& out);

// The date of a case whose sentence names none: the date nearest the end of
// the closest of `earlier` (the preceding sentences of its section, nearest
// last) that names one, else `section_date` to the month, else "".
std::string FallbackDate(const std::vector<const Sentence*>& earlier, const std::string& section_date);

}  // namespace lkg::ingest
