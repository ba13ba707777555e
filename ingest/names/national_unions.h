// The table of US (and a few Canadian-shared) national unions: canonical
// name, the abbreviation used in NLRB/FMCS records, and the name forms seen
// in records and news. The data is resources/national_unions.tsv (compiled
// in), written by the lkg team from the unions' own names; historic unions
// that merged keep their own entry (the records are old).
#pragma once

#include <span>
#include <string_view>

namespace lkg::names {

struct NationalUnion {
  std::string_view abbr;        // "IBT" — the canonical short form
  std::string_view name;        // "International Brotherhood of Teamsters"
  // Name forms in match form (see UnionMatchForm): lower case ASCII words,
  // "and" dropped, e.g. "teamsters", "international brotherhood of teamsters".
  std::span<const std::string_view> forms;
  // Abbreviations in match form; those in `weak_abbrs` also are ordinary
  // words or country codes ("usa", "here", "ua") and only count as the
  // first word of a name or before a local number.
  std::span<const std::string_view> abbrs;
  std::span<const std::string_view> weak_abbrs;
};

// All national unions, in a fixed order.
std::span<const NationalUnion> NationalUnions();

// The entry whose canonical abbreviation is `abbr` (exact), or nullptr.
const NationalUnion* FindNationalUnion(std::string_view abbr);

}  // namespace lkg::names
