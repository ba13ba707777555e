#include "ingest/text/dates.h"

#include <cctype>
#include <cstdio>

#include "ingest/rules/date_table.h"

namespace lkg::ingest {
namespace {

// The month 1-12 named by `w`, 0 for none (rules/date_words.tsv).
int MonthOf(std::string_view w) {
  static const auto& months = rules::DateWordTable().months;
  auto it = months.find(w);
  return it == months.end() ? 0 : it->second;
}

// The weekday 0-6 (Monday 0) named by `w`, -1 for none.
int WeekdayOf(std::string_view w) {
  static const auto& days = rules::DateWordTable().weekdays;
  auto it = days.find(w);
  return it == days.end() ? -1 : it->second;
}

int NumberOf(const Token& t, int lo, int hi) {
  if (!t.number) return 0;
  int v = 0;
  size_t i = 0;
  for (; i < t.text.size() && std::isdigit(static_cast<unsigned char>(t.text[i])); ++i) v = v * 10 + (t.text[i] - '0');
  std::string_view rest = t.lower;
  rest.remove_prefix(i);
  if (!(rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) return 0;
  return (v >= lo && v <= hi) ? v : 0;
}

bool IsComma(const std::vector<Token>& t, size_t i) { return i < t.size() && t[i].text == ","; }

// "mid-December", "early-2019" (one token): a hyphenated prefix on a month
// or a year, from token i; returns the end token (0 = none).
size_t MatchPrefixedAt(const std::vector<Token>& t, size_t i, PartialDate& d) {
  const size_t n = t.size();
  if (size_t dash = t[i].lower.find('-'); dash != std::string::npos && t[i].word) {
    std::string_view head = std::string_view(t[i].lower).substr(0, dash);
    std::string_view tail = std::string_view(t[i].lower).substr(dash + 1);
    if (head == "mid" || head == "early" || head == "late") {
      if (int m = MonthOf(tail); m && tail.size() > 3) {
        d.month = m;
        if (i + 1 < n && NumberOf(t[i + 1], 1900, 2100)) { d.year = NumberOf(t[i + 1], 1900, 2100); return i + 2; }
        return i + 1;
      }
      if (tail.size() == 4 && tail.find_first_not_of("0123456789") == std::string_view::npos) {
        d.year = std::stoi(std::string(tail));
        return i + 1;
      }
    }
  }
  return 0;
}

// Dates relative to the article's: "last month", "this year", "yesterday",
// "on Monday", "Friday morning", from token i; returns the end token (0 = none).
size_t MatchRelativeAt(const std::vector<Token>& t, size_t i, PartialDate& d) {
  const size_t n = t.size();
  // "last month", "this year", "earlier this month" (to the month or year only);
  // "over the last year" is a span, not a date.
  if ((t[i].lower == "last" || t[i].lower == "this") && i + 1 < n &&
      (t[i + 1].lower == "month" || t[i + 1].lower == "year") && (i == 0 || t[i - 1].lower != "the")) {
    int back = t[i].lower == "last" ? 1 : 0;
    (t[i + 1].lower == "month" ? d.months_back : d.years_back) = back;
    return i + 2;
  }
  if (t[i].lower == "yesterday" || t[i].lower == "today") {
    d.relative = true;
    d.days_back = t[i].lower == "yesterday" ? 1 : 0;
    return i + 1;
  }
  // "on Monday", "last Monday", "Friday morning", "late Friday night"
  bool weekday_cue = (i > 0 && (t[i - 1].lower == "on" || t[i - 1].lower == "last" || t[i - 1].lower == "late" ||
                                t[i - 1].lower == "early")) ||
                     (i + 1 < n && (t[i + 1].lower == "morning" || t[i + 1].lower == "afternoon" ||
                                    t[i + 1].lower == "evening" || t[i + 1].lower == "night"));
  if (int wd = WeekdayOf(t[i].lower); wd >= 0 && t[i].upper && weekday_cue) {
    d.relative = true;
    d.weekday = wd;
    return i + 1;
  }
  return 0;
}

// Tries a date expression starting at token i; returns its end token (0 = none).
size_t MatchAt(const std::vector<Token>& t, size_t i, PartialDate& d) {
  const size_t n = t.size();
  int day = NumberOf(t[i], 1, 31);
  // 10 May[,] [2016]
  if (day && i + 1 < n && MonthOf(t[i + 1].lower)) {
    d.day = day;
    d.month = MonthOf(t[i + 1].lower);
    size_t j = i + 2;
    if (j < n && t[j].text == ".") ++j;
    size_t k = IsComma(t, j) ? j + 1 : j;
    if (k < n && NumberOf(t[k], 1900, 2100)) { d.year = NumberOf(t[k], 1900, 2100); return k + 1; }
    return i + 2;
  }
  int month = MonthOf(t[i].lower);
  if (month && t[i].upper) {
    size_t j = i + 1;
    if (j < n && t[j].text == ".") ++j;
    // May 10[,] [2016]
    if (j < n && NumberOf(t[j], 1, 31) && !NumberOf(t[j], 1900, 2100)) {
      d.month = month;
      d.day = NumberOf(t[j], 1, 31);
      size_t k = IsComma(t, j + 1) ? j + 2 : j + 1;
      if (k < n && NumberOf(t[k], 1900, 2100)) { d.year = NumberOf(t[k], 1900, 2100); return k + 1; }
      return j + 1;
    }
    // May 2016
    if (j < n && NumberOf(t[j], 1900, 2100)) { d.month = month; d.year = NumberOf(t[j], 1900, 2100); return j + 1; }
    // "in May" / "of April" (a month alone, after a preposition)
    if (i > 0 && (t[i - 1].lower == "in" || t[i - 1].lower == "of" || t[i - 1].lower == "since" ||
                  t[i - 1].lower == "early" || t[i - 1].lower == "late" || t[i - 1].lower == "mid")) {
      d.month = month;
      return i + 1;
    }
  }
  if (size_t end = MatchPrefixedAt(t, i, d)) return end;
  // 2016-05-10 (one token: digits joined by hyphens)
  if (t[i].number && t[i].text.size() >= 7 && t[i].text[4] == '-') {
    if (auto iso = ParseIso(t[i].text)) { d = *iso; return i + 1; }
  }
  // in/since/until 2016
  if (NumberOf(t[i], 1900, 2100) && i > 0 &&
      (t[i - 1].lower == "in" || t[i - 1].lower == "since" || t[i - 1].lower == "until" || t[i - 1].lower == "of")) {
    d.year = NumberOf(t[i], 1900, 2100);
    return i + 1;
  }
  return MatchRelativeAt(t, i, d);
}

bool Leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysIn(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && Leap(y) ? 29 : kDays[m - 1];
}
// Days since 1970-01-01 (civil calendar).
long DayNumber(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
PartialDate FromDayNumber(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return PartialDate{static_cast<int>(y + (m <= 2)), m, d};
}

}  // namespace

std::vector<DateMention> FindDates(const std::vector<Token>& tokens) {
  std::vector<DateMention> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word) continue;
    PartialDate d;
    // "last week of April" / "end of May": keep the month.
    size_t end = MatchAt(tokens, i, d);
    if (end == 0) continue;
    out.push_back({i, end, d});
    i = end - 1;
  }
  return out;
}

std::optional<PartialDate> ParseIso(std::string_view s) {
  PartialDate d;
  if (s.size() < 4) return std::nullopt;
  for (int k = 0; k < 4; ++k) if (!std::isdigit(static_cast<unsigned char>(s[k]))) return std::nullopt;
  d.year = std::stoi(std::string(s.substr(0, 4)));
  if (s.size() >= 7 && s[4] == '-' && std::isdigit(static_cast<unsigned char>(s[5])) &&
      std::isdigit(static_cast<unsigned char>(s[6]))) {
    d.month = std::stoi(std::string(s.substr(5, 2)));
    if (s.size() >= 10 && s[7] == '-' && std::isdigit(static_cast<unsigned char>(s[8])) &&
        std::isdigit(static_cast<unsigned char>(s[9]))) {
      d.day = std::stoi(std::string(s.substr(8, 2)));
    }
  } else if (s.size() > 4 && std::isdigit(static_cast<unsigned char>(s[4]))) {
    return std::nullopt;
  }
  if (d.month > 12 || d.day > 31 || d.year < 1800) return std::nullopt;
  return d;
}

std::string FormatIso(const PartialDate& d) {
  if (d.year == 0) return "";
  char buf[16];
  if (d.month == 0) std::snprintf(buf, sizeof buf, "%04d", d.year);
  else if (d.day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<PartialDate> ParseDateString(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\'')) s.remove_suffix(1);
  if (auto iso = ParseIso(s)) return iso;
  std::vector<Token> tokens = Tokenize(s, 0, static_cast<uint32_t>(s.size()));
  std::vector<DateMention> dates = FindDates(tokens);
  if (dates.empty() || dates[0].date.year == 0 || dates[0].first_token > 1) return std::nullopt;
  return dates[0].date;
}

std::string ResolveDate(const PartialDate& d, std::string_view ref_iso) {
  std::optional<PartialDate> ref = ParseIso(ref_iso);
  if (d.years_back >= 0) return ref ? FormatIso(PartialDate{ref->year - d.years_back, 0, 0}) : "";
  if (d.months_back >= 0) {
    if (!ref || ref->month == 0) return "";
    int months = ref->year * 12 + (ref->month - 1) - d.months_back;
    return FormatIso(PartialDate{months / 12, months % 12 + 1, 0});
  }
  if (d.relative) {
    if (!ref || ref->day == 0) return "";
    long today = DayNumber(ref->year, ref->month, ref->day);
    if (d.weekday >= 0) {
      int ref_wd = static_cast<int>(((today % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday (3)
      int back = (ref_wd - d.weekday + 7) % 7;
      return FormatIso(FromDayNumber(today - back));
    }
    return FormatIso(FromDayNumber(today - d.days_back));
  }
  PartialDate out = d;
  if (out.year == 0) {
    if (!ref || out.month == 0) return "";
    out.year = ref->year;
    if (ref->month != 0 && out.month > ref->month) out.year -= 1;  // "in December" read in March
  }
  if (out.day > 0 && out.month > 0 && out.day > DaysIn(out.year, out.month)) out.day = 0;
  return FormatIso(out);
}

}  // namespace lkg::ingest
