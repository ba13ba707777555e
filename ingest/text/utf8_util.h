// Small UTF-8 helpers shared by the readers and the extractor.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lkg::ingest {

// Decodes the code point at byte `i` of `s` into *cp and returns its length
// in bytes (at least 1; an invalid byte decodes as U+FFFD of length 1).
size_t DecodeUtf8(std::string_view s, size_t i, int32_t* cp);

// The byte offset of the first invalid UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(std::string_view s);

bool IsLetter(int32_t cp);
bool IsUpper(int32_t cp);   // upper- or title-case letter
bool IsDigit(int32_t cp);   // decimal digit

// True when the first code point of `word` is an upper-case letter.
bool StartsUpper(std::string_view word);
// True when `word` has at least two letters and no lower-case letter.
bool IsAllCaps(std::string_view word);

// Inserts a line break after a date glued to the next word:
// "10 May, 2016IndustriALL" -> "10 May, 2016\nIndustriALL".
std::string SeparateGluedDatelines(std::string_view text);

}  // namespace lkg::ingest
