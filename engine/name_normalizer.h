// Name normalisation for the alias index and entity keys: case-, accent- and
// punctuation-insensitive, Unicode-correct (Cyrillic, Greek, Turkish dotted
// and dotless i). Matches the rule of ../shared/eval/score.py closely.
#pragma once

#include <string>
#include <string_view>

namespace lkg {

// Returns the normalised key of `name`: NFKD, combining marks removed, case
// folded (Turkish İ/ı fold to i), apostrophes removed, every other
// non-letter/digit becomes a space, a standalone "the" dropped, whitespace
// collapsed and trimmed. Invalid UTF-8 bytes are dropped. Examples:
// "Öz Çelik-İş" -> "oz celik is"; "Workers' Union" -> "workers union".
std::string NormalizeName(std::string_view name);

// True when `text` is valid UTF-8.
bool IsValidUtf8(std::string_view text);

}  // namespace lkg
