// The variant key of an organisation's name, for resolution across articles:
// two spellings of one union, company or body that differ only in British or
// American spelling, plural name words, "&" for "and", apostrophes, a
// leading "the" or a trailing company legal form share it ("Georgian Trade
// Unions Confederation" / "Georgian Trade Union Confederation", "Glencore
// Plc" / "Glencore", "Centre of Indian Trade Unions" / "Center of Indian
// Trade Unions"). The word pairs are data (resources/spelling_variants.tsv).
#pragma once

#include <string>
#include <string_view>

namespace lkg::ingest {

// The variant key of `name` (any spelling); "" when nothing of the name is
// left (a name that is only a legal form or "the").
std::string NameVariantKey(std::string_view name);

}  // namespace lkg::ingest
