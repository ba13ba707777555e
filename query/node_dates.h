// The dates a node carries, read from its properties: a case's `date`, an
// event's `start` and `end` (ISO prefixes: "2023", "2023-12", "2023-12-06").
// Other nodes carry none. Shared by the hub view, the page's time filter
// and the exports.
#pragma once

#include <functional>
#include <string>

#include "engine/graph_store.h"

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

// The publication date of a document ("" when unknown); callers cache.
using PublishedDate = std::function<std::string(DocKey)>;

// The dates of edge `key` from its evidence: the range of its documents'
// publication dates (at most `max_evidence` records read).
Result<NodeDates> EvidenceDates(const GraphReader& reader, EdgeKey key, const PublishedDate& published,
                                size_t max_evidence = 20);

}  // namespace lkg::query
