// Article text normalisation: the one form of a text that evidence spans
// point into and that document ids hash (engine/ids.h DocumentKeyForText).
#pragma once

#include <string>
#include <string_view>

#include "engine/status.h"

namespace lkg::ingest {

// Largest article text accepted, in bytes (after reading, before extraction).
inline constexpr size_t kMaxArticleBytes = 4u << 20;

// Returns the normalised form of `raw`: Unicode NFC; smart quotes become
// ASCII quotes; non-breaking and other special spaces become a space;
// zero-width characters and control characters (except newlines) are
// dropped; CR/CRLF become LF; runs of spaces collapse; lines are trimmed;
// more than one blank line collapses to one; a date glued to the next word
// ("10 May, 2016IndustriALL") gets a line break. Errors: InvalidArgument
// for invalid UTF-8 (naming the byte offset), for binary data (NUL bytes),
// for text with no letters; LimitExceeded above kMaxArticleBytes.
Result<std::string> NormalizeArticleText(std::string_view raw);

// Whitespace tidying alone (for text already normalised and then edited):
// lines trimmed, runs of spaces and blank lines collapsed.
std::string TidyWhitespace(std::string_view text);

}  // namespace lkg::ingest
