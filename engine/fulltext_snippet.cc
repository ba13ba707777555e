#include "engine/fulltext_snippet.h"

#include <vector>

namespace lkg::fulltext {
namespace {

constexpr const char* kTitleStemPrefix = "ZS";  // title:word as the index stores it

struct Word {
  size_t begin, end;  // byte offsets in the text
  bool marked;
};

// The character at text[at] into `ch`; returns its length in bytes. ASCII
// (most text) is read inline, the rest through Xapian's UTF-8 reader.
size_t CharAt(std::string_view text, size_t at, unsigned& ch) {
  auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) {
    ch = byte;
    return 1;
  }
  Xapian::Utf8Iterator it(text.data() + at, text.size() - at);
  ch = *it;
  ++it;
  return it == Xapian::Utf8Iterator() ? text.size() - at : static_cast<size_t>(it.raw() - (text.data() + at));
}

bool IsWordChar(unsigned ch) {
  if (ch >= 0x80) return Xapian::Unicode::is_wordchar(ch);
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

void AppendLower(std::string& out, unsigned ch) {
  if (ch >= 0x80) return Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(ch));
  out += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
}

// Calls fn(begin, end, lower) for each word of `text` (a run of Unicode word
// characters): its byte offsets and its lower-case form.
template <typename Fn>
void ForEachWord(std::string_view text, Fn&& fn) {
  std::string lower;
  unsigned ch = 0;
  for (size_t at = 0; at < text.size();) {
    size_t length = CharAt(text, at, ch);
    if (!IsWordChar(ch)) {
      at += length;
      continue;
    }
    size_t begin = at;
    lower.clear();
    while (at < text.size() && IsWordChar(ch)) {
      AppendLower(lower, ch);
      at += length;
      if (at < text.size()) length = CharAt(text, at, ch);
    }
    fn(begin, at, lower);
  }
}

// The first word index of the window of at most `max_bytes` holding the most marked words.
size_t BestStart(const std::vector<Word>& words, size_t max_bytes) {
  size_t best = 0, best_count = 0;
  for (size_t first = 0; first < words.size(); ++first) {
    if (!words[first].marked) continue;
    size_t count = 0;
    for (size_t i = first; i < words.size() && words[i].end - words[first].begin <= max_bytes; ++i) {
      count += words[i].marked;
    }
    if (count > best_count) best = first, best_count = count;
  }
  // A little context before the first marked word.
  size_t lead = 0;
  while (best > 0 && lead < 3 && words[best].begin - words[best - 1].begin < max_bytes / 4) --best, ++lead;
  return best;
}

// Appends text[from, to) with every run of white space as one space.
void AppendFlat(std::string& out, std::string_view text, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    char c = text[i];
    bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
}

bool OnlySpace(std::string_view text, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (text[i] != ' ' && text[i] != '\n' && text[i] != '\r' && text[i] != '\t') return false;
  }
  return true;
}

}  // namespace

SnippetMaker::SnippetMaker(const Xapian::Query& query, const Xapian::Stem& stemmer) : stemmer_(stemmer) {
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    std::string term = *it;
    if (term.rfind(kTitleStemPrefix, 0) == 0) term.erase(0, 2);
    else if (term.rfind("Z", 0) == 0) term.erase(0, 1);
    else continue;
    if (term.empty()) continue;
    starts_.insert(term.substr(0, 2));
    stems_.insert(std::move(term));
  }
}

bool SnippetMaker::Matches(std::string_view word) const {
  if (!starts_.count(std::string(word.substr(0, 2)))) return false;
  return stems_.count(stemmer_(std::string(word))) > 0;
}

std::string SnippetMaker::Make(std::string_view text, size_t max_bytes) const {
  std::vector<Word> words;
  ForEachWord(text, [&](size_t begin, size_t end, const std::string& lower) {
    words.push_back({begin, end, Matches(lower)});
  });
  if (words.empty()) return {};
  size_t first = BestStart(words, max_bytes);
  size_t last = first;
  while (last + 1 < words.size() && words[last + 1].end - words[first].begin <= max_bytes) ++last;
  std::string out = first > 0 ? "…" : "";
  size_t at = words[first].begin;
  for (size_t i = first; i <= last; ++i) {
    if (!words[i].marked) continue;
    AppendFlat(out, text, at, words[i].begin);
    size_t run = i;  // a phrase is one mark: marked words apart by white space only
    while (run + 1 <= last && words[run + 1].marked && OnlySpace(text, words[run].end, words[run + 1].begin)) ++run;
    out += "«";
    AppendFlat(out, text, words[i].begin, words[run].end);
    out += "»";
    at = words[run].end;
    i = run;
  }
  bool more = last + 1 < words.size();
  AppendFlat(out, text, at, more ? words[last + 1].begin : text.size());
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (more) out += "…";
  return out;
}

}  // namespace lkg::fulltext
