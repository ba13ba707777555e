// Names as the records wrote them, cleaned but not mangled. A mixed-case
// name keeps its capitalisation (only a source's own title-casing damage is
// repaired: "Georgia-pacific" -> "Georgia-Pacific", "Mcgraw" -> "McGraw");
// an all-capitals name is true-cased: words become title case, while
// acronyms stay in capitals ("AT&T", "IBM", "AT & T", "UPS"), as do known
// union abbreviations and Roman numerals; hyphenated words keep both halves
// capitalised ("GEORGIA-PACIFIC" -> "Georgia-Pacific").
#pragma once

#include <string>
#include <string_view>

namespace lkg::names {

// The display form of `raw`: whitespace collapsed, trailing commas and
// spaces trimmed, then cased as above. Legal forms are never removed here.
std::string DisplayName(std::string_view raw);

}  // namespace lkg::names
