// Counting the cases a request selects, grouped by actor, kind, country or
// year ("which employers had the most cases?").
#pragma once

#include <optional>
#include <string_view>

#include "query/cases.h"
#include "query/group_counts.h"

namespace lkg::query {

enum class CaseGrouping { kActor, kKind, kCountry, kYear };

// "actor", "kind", "country", "year"; nullopt for anything else.
std::optional<CaseGrouping> ParseCaseGrouping(std::string_view name);

struct CaseCounts {
  uint64_t total = 0;               // cases selected
  std::vector<GroupCount> groups;   // year: by year ascending; others: largest first
};

// Counts every case `request` selects (its limit and cursor are ignored)
// into `grouping`'s groups. A case counts once per actor it has (its
// unions, companies, organizations and people); cases without a value go
// to "unknown". At most `top` groups (0: all; years are never cut).
// Errors as ListCases; LimitExceeded when the time budget runs out.
Result<CaseCounts> CountCases(const GraphReader& reader, const CasesRequest& request, CaseGrouping grouping,
                              size_t top, const QueryLimits& limits);

// {"total": n, "group_by": "...", "groups": [{"key","id"?,"count"}]}.
nlohmann::json CaseCountsToJson(const CaseCounts& counts, CaseGrouping grouping);

}  // namespace lkg::query
