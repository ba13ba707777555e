// Word tokens and sentences of a normalised article text. Offsets are byte
// offsets into the text; sentences never cross a line break (blocks).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lkg::ingest {

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string_view text;   // view into the article text
  std::string lower;       // ASCII-lower-cased text (other letters kept)
  std::string norm;        // NormalizeName(text): the key gazetteers use
  bool word = false;       // letters/digits (with inner ' - . &); else punctuation
  bool upper = false;      // starts with an upper-case letter
  bool caps = false;       // two or more letters, none lower-case
  bool number = false;     // starts with a digit
};

struct Sentence {
  uint32_t start = 0;  // byte span in the text
  uint32_t end = 0;
  std::vector<Token> tokens;
};

// Splits `text[begin, end)` into sentences: at . ! ? (not after titles,
// initials or known abbreviations) and at every line break.
std::vector<Sentence> SplitSentences(std::string_view text, uint32_t begin, uint32_t end);

// Tokenises one line-free stretch of text starting at byte `offset` of the
// article (used by SplitSentences and by tests).
std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end);

}  // namespace lkg::ingest
