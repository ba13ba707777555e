// Union-name resolution for records and articles. A union string such as
// "IBT Local 705", "Teamsters Local Union No. 705" or "INTERNATIONAL
// BROTHERHOOD OF TEAMSTERS, LOCAL 705" is parsed into its national
// affiliation and sub-unit number, giving one canonical name ("IBT Local
// 705") whose entity key is the same for every spelling.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/names/display_name.h"
#include "ingest/names/national_unions.h"

namespace lkg::names {

struct UnionName {
  std::string canonical;  // the node name: "IBT Local 705", "Service Employees International Union"
  const NationalUnion* affiliation = nullptr;  // the national union it belongs to (or is)
  std::string unit;       // "Local", "Lodge", "District Council", … ("" without a number)
  std::string number;     // "705", "86D" (leading zeros dropped); "" when none
  bool is_national = false;           // the string names the national union itself
  std::vector<std::string> aliases;   // the raw string and other spellings, for the alias index
};

// The words of `raw` as matched against the national-union table: NormalizeName
// (lower case, accents and punctuation gone), "and" dropped, "intl" ->
// "international", "loc" -> "local", "dist" -> "district".
std::vector<std::string> UnionMatchWords(std::string_view raw);

// Where a national union is named in a word list (UnionMatchWords).
struct AffiliationSpan {
  const NationalUnion* affiliation = nullptr;
  size_t begin = 0, end = 0;  // word range [begin, end)
};

// Every national union (AFL-CIO included) named in `words`, left to right;
// at each position the longest form wins and spans do not overlap. Weak
// abbreviations ("usa", "here") count only first or before a number/"local".
std::vector<AffiliationSpan> FindAffiliations(const std::vector<std::string>& words);

// Parses a string known to name a union (an NLRB "Union" participant, an
// FMCS union column). nullopt when nothing name-like is left (empty, "/").
std::optional<UnionName> ParseUnionName(std::string_view raw);

// The recogniser: true when `raw` looks like the name of a union rather
// than a company, a person, a law firm or an address.
bool LooksLikeUnion(std::string_view raw);

}  // namespace lkg::names

namespace lkg::names {

// The longest prefix of `text` of at most `max_bytes` bytes that does not
// cut a UTF-8 sequence.
std::string TruncateUtf8(std::string_view text, size_t max_bytes);

}  // namespace lkg::names
