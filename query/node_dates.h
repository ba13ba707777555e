// The dates a node carries, read from its properties: a case's `date`, an
// event's `start` and `end` (ISO prefixes: "2023", "2023-12", "2023-12-06").
// Other nodes carry none. Shared by the hub view, the page's time filter
// and the exports.
#pragma once

#include <string>

#include "engine/records.h"

namespace lkg::query {

struct NodeDates {
  std::string kind;   // a case's or event's kind; "" otherwise
  std::string first;  // the earliest date; "" when none
  std::string last;   // the latest date (== first for a one-day case); "" when none
};

// The kind and date range of `node` (cases: date; events: start..end, a
// missing end taken as the start).
NodeDates DatesOf(const Node& node);

// Widens [first, last] to cover `dates` ("" ends are unset).
void WidenRange(const NodeDates& dates, std::string& first, std::string& last);

}  // namespace lkg::query
