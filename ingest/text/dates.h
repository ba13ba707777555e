// Date expressions in article text and their resolution against the
// article's own date ("on 6 December" in an article of 11 December 2023 ->
// 2023-12-06). Results are ISO 8601 to the precision given: "2023",
// "2023-12", "2023-12-06".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/text/tokenizer.h"

namespace lkg::ingest {

struct PartialDate {
  int year = 0;   // 0 = not stated
  int month = 0;  // 0 = not stated
  int day = 0;    // 0 = not stated
  int weekday = -1;   // 0=Monday..6=Sunday for "on Monday"; -1 otherwise
  int days_back = 0;  // "yesterday" = 1, "today" = 0 with relative = true
  bool relative = false;
  int months_back = -1;  // "last month" = 1, "this month" = 0; -1 = not such a phrase
  int years_back = -1;   // "last year" = 1, "this year" = 0; -1 = not such a phrase
};

struct DateMention {
  size_t first_token = 0;  // token range [first_token, end_token) in the sentence
  size_t end_token = 0;
  PartialDate date;
};

// Finds the date expressions among `tokens`: "10 May, 2016", "May 10, 2016",
// "6 December", "December 6", "May 2016", "in 2016", "2016-05-10",
// "last week of April", "yesterday", "on Monday", "last month", "earlier
// this year".
std::vector<DateMention> FindDates(const std::vector<Token>& tokens);

// Parses a whole string as a date (a dateline, a JSON "date", an HTML
// meta date): "30 April, 2009", "2005-04-01", "2005-04-01T10:00:00Z",
// "April 6, 2005". nullopt when it is not a date with a year.
std::optional<PartialDate> ParseDateString(std::string_view s);

// ISO form of `d` resolved against the reference date `ref` (ISO, maybe
// partial or ""): a missing year is taken from `ref` (the year before when
// the month would lie after the reference month); weekdays and
// "yesterday" need a full reference date, "last month" a reference month,
// "last year" a reference year. "" when nothing can be said.
std::string ResolveDate(const PartialDate& d, std::string_view ref);

// "2016-05-10" -> PartialDate{2016,5,10}; partial ISO forms too.
std::optional<PartialDate> ParseIso(std::string_view iso);
std::string FormatIso(const PartialDate& d);

}  // namespace lkg::ingest
