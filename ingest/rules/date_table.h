// The month and weekday names of ingest/rules/date_words.tsv, read by the
// date reader (ingest/text/dates.cc).
#pragma once

#include <string_view>
#include <unordered_map>

#include "engine/status.h"

namespace lkg::ingest::rules {

struct DateWords {
  std::unordered_map<std::string_view, int> months;    // "january", "jan" -> 1
  std::unordered_map<std::string_view, int> weekdays;  // "monday" -> 0
};

// Rows "month|weekday<TAB>NUMBER<TAB>words". Errors name file and line: an
// unknown `what`, a month outside 1-12 or a weekday outside 0-6, a word
// given twice, an upper-case word.
Result<DateWords> ParseDateWords(std::string_view file, std::string_view bytes);

// The compiled-in table, parsed on first use.
const DateWords& DateWordTable();

}  // namespace lkg::ingest::rules
