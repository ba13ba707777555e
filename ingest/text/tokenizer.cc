#include "ingest/text/tokenizer.h"

#include <array>
#include <cctype>

#include "ingest/text/norm_key.h"
#include "ingest/text/utf8_util.h"

namespace lkg::ingest {
namespace {

bool IsWordCp(int32_t cp) { return IsLetter(cp) || IsDigit(cp); }

// Inner characters that keep a word together when a letter/digit follows.
bool IsJoiner(char c) { return c == '\'' || c == '-' || c == '.' || c == '&' || c == '/'; }

Token MakeToken(std::string_view text, uint32_t s, uint32_t e, bool word) {
  Token t;
  t.start = s;
  t.end = e;
  t.text = text.substr(s, e - s);
  t.lower.reserve(t.text.size());
  for (char c : t.text) t.lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  t.word = word;
  if (word) {
    t.upper = StartsUpper(t.text);
    t.caps = IsAllCaps(t.text);
    t.number = std::isdigit(static_cast<unsigned char>(t.text[0])) != 0;
    t.norm = NormKey(t.text);
  }
  return t;
}

size_t WordEnd(std::string_view text, size_t i, size_t end) {
  while (i < end) {
    int32_t cp;
    size_t n = DecodeUtf8(text, i, &cp);
    if (IsWordCp(cp)) { i += n; continue; }
    if (i + 1 < end && IsJoiner(text[i])) {
      int32_t next;
      DecodeUtf8(text, i + 1, &next);
      // "U.S" keeps its dots; a possessive "'s" is split off below.
      if (IsWordCp(next)) { i += 1; continue; }
    }
    break;
  }
  return i;
}

constexpr std::array<std::string_view, 40> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "gen", "gov", "sen", "rep", "lt", "col",
    "capt", "sgt", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "mt"};

bool IsAbbreviation(const Token& t) {
  if (t.text.size() == 1 && t.upper) return true;  // an initial: "J. Smith"
  for (std::string_view a : kAbbreviations) if (t.lower == a) return true;
  return false;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Token> tokens;
  size_t i = begin;
  while (i < end) {
    int32_t cp;
    size_t n = DecodeUtf8(text, i, &cp);
    if (cp == ' ' || cp == '\n') { i += n; continue; }
    if (!IsWordCp(cp)) {
      tokens.push_back(MakeToken(text, static_cast<uint32_t>(i), static_cast<uint32_t>(i + n), false));
      i += n;
      continue;
    }
    size_t e = WordEnd(text, i, end);
    // Split a possessive "'s" off: "Japan's" -> "Japan" "'s".
    if (e - i > 2 && text[e - 2] == '\'' && (text[e - 1] == 's' || text[e - 1] == 'S')) {
      tokens.push_back(MakeToken(text, static_cast<uint32_t>(i), static_cast<uint32_t>(e - 2), true));
      tokens.push_back(MakeToken(text, static_cast<uint32_t>(e - 2), static_cast<uint32_t>(e), false));
    } else {
      tokens.push_back(MakeToken(text, static_cast<uint32_t>(i), static_cast<uint32_t>(e), true));
    }
    i = e;
  }
  return tokens;
}

std::vector<Sentence> SplitSentences(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Sentence> out;
  uint32_t line = begin;
  while (line < end) {
    size_t nl = text.find('\n', line);
    uint32_t line_end = nl == std::string_view::npos || nl > end ? end : static_cast<uint32_t>(nl);
    std::vector<Token> tokens = Tokenize(text, line, line_end);
    Sentence cur;
    for (size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      cur.tokens.push_back(t);
      bool stop = !t.word && (t.text == "." || t.text == "!" || t.text == "?");
      if (stop && t.text == "." && k > 0 && tokens[k - 1].word && IsAbbreviation(tokens[k - 1]) &&
          k + 1 < tokens.size()) {
        stop = false;
      }
      if (stop && k + 1 < tokens.size() && (tokens[k + 1].text == "\"" || tokens[k + 1].text == "'" ||
                                            tokens[k + 1].text == ")")) {
        continue;  // the closing quote belongs to this sentence; split after it
      }
      bool after_quote = !t.word && (t.text == "\"" || t.text == "'" || t.text == ")") && k > 0 &&
                         (tokens[k - 1].text == "." || tokens[k - 1].text == "!" || tokens[k - 1].text == "?");
      if (stop || after_quote || k + 1 == tokens.size()) {
        cur.start = cur.tokens.front().start;
        cur.end = cur.tokens.back().end;
        out.push_back(std::move(cur));
        cur = Sentence();
      }
    }
    line = line_end + 1;
  }
  return out;
}

}  // namespace lkg::ingest
