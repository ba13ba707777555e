// Date forms and their resolution against the article date.
#include <doctest/doctest.h>

#include "ingest/text/dates.h"
#include "ingest/text/tokenizer.h"

using namespace lkg::ingest;

namespace {
std::string Resolve(const std::string& text, const std::string& ref) {
  std::vector<Token> t = Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  std::vector<DateMention> d = FindDates(t);
  return d.empty() ? "<none>" : ResolveDate(d[0].date, ref);
}
}  // namespace

TEST_CASE("dates: full forms") {
  CHECK(Resolve("on 10 May, 2016 they met", "") == "2016-05-10");
  CHECK(Resolve("on 10 May 2016 they met", "") == "2016-05-10");
  CHECK(Resolve("on May 10, 2016 they met", "") == "2016-05-10");
  CHECK(Resolve("dated 2016-05-10", "") == "2016-05-10");
  CHECK(Resolve("in May 2016", "") == "2016-05");
  CHECK(Resolve("in 2016", "") == "2016");
}

TEST_CASE("dates: a missing year comes from the article date") {
  CHECK(Resolve("arrested on 6 December", "2023-12-11") == "2023-12-06");
  CHECK(Resolve("arrested on December 6", "2023-12-11") == "2023-12-06");
  CHECK(Resolve("during the last week of April", "2016-05-10") == "2016-04");
  CHECK(Resolve("arrested in December", "2024-03-02") == "2023-12");  // the month before the article
  CHECK(Resolve("arrested on 6 December", "") == "");  // no year to be had
}

TEST_CASE("dates: last/this month and year, to that precision only") {
  CHECK(Resolve("arrested last month", "2023-01-11") == "2022-12");
  CHECK(Resolve("arrested earlier this month", "2023-01-11") == "2023-01");
  CHECK(Resolve("arrested last year", "2023-01-11") == "2022");
  CHECK(Resolve("arrested earlier this year", "2023-05") == "2023");
  CHECK(Resolve("arrested last month", "2023") == "");      // no reference month
  CHECK(Resolve("arrested last year", "") == "");
  CHECK(Resolve("over the last year", "2023-01-11") == "<none>");  // a span, not a date
}

TEST_CASE("dates: a weekday with a part of the day") {
  CHECK(Resolve("Friday morning, a court ruled", "2007-10-06") == "2007-10-05");
  CHECK(Resolve("police came late Tuesday night", "2007-10-06") == "2007-10-02");
  CHECK(Resolve("Friday is a holiday", "2007-10-06") == "<none>");
}

TEST_CASE("dates: mid-/early-/late- on a month or a year") {
  CHECK(Resolve("arrested in mid-December", "2024-03-02") == "2023-12");
  CHECK(Resolve("arrested in mid-December 2022", "") == "2022-12");
  CHECK(Resolve("arrested in early-2019", "") == "2019");
  CHECK(Resolve("a mid-size company", "2024-03-02") == "<none>");
}

TEST_CASE("dates: relative days need a full article date") {
  CHECK(Resolve("they struck yesterday", "2005-04-06") == "2005-04-05");
  CHECK(Resolve("they struck on Monday", "2005-04-06") == "2005-04-04");  // 2005-04-06 was a Wednesday
  CHECK(Resolve("they struck on Monday", "2005-04") == "");
}

TEST_CASE("dates: whole-string dates (datelines, JSON, HTML meta)") {
  CHECK(FormatIso(*ParseDateString("30 April, 2009")) == "2009-04-30");
  CHECK(FormatIso(*ParseDateString("17 December, 2025")) == "2025-12-17");
  CHECK(FormatIso(*ParseDateString("2005-04-01T10:00:00Z")) == "2005-04-01");
  CHECK(FormatIso(*ParseDateString("April 6, 2005")) == "2005-04-06");
  CHECK_FALSE(ParseDateString("Kyrgyzstan").has_value());
  CHECK_FALSE(ParseDateString("6 December").has_value());
}
