// Folding names for forgiving lookup: Cyrillic written in Latin letters and
// romanisation variants made equal ("Таджибаев", "Tadzhibaev" and
// "Tadjibaev" fold alike). The tables are data
// (engine/resources/transliteration.tsv), compiled in.
#pragma once

#include <string>
#include <string_view>

namespace lkg {

// Folds the romanisation variants of an already normalised name (see
// NormalizeName): "dzh"/"dj"/"zh" -> "j", "kh" -> "h", "yev"/"iev" -> "ev",
// "y" -> "i" and the others in the table, then doubled letters made single.
// Letters outside the Latin alphabet pass through unchanged.
std::string FoldRomanisation(std::string_view normalized);

// Writes the Cyrillic letters of an already normalised name in Latin letters
// (hard and soft signs dropped); other characters pass through.
std::string TransliterateCyrillic(std::string_view normalized);

// The key two spellings of one name share: FoldRomanisation of
// TransliterateCyrillic of `normalized`.
std::string FoldedNameKey(std::string_view normalized);

}  // namespace lkg
