#include "ingest/text/norm_key.h"

#include "engine/name_normalizer.h"

namespace lkg::ingest {
namespace {

void EndWord(std::string& out, size_t word_start) {
  if (out.size() - word_start == 3 && out.compare(word_start, 3, "the") == 0) {
    out.resize(word_start);
    if (!out.empty() && out.back() == ' ') out.pop_back();
  }
}

}  // namespace

std::string NormKey(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return NormalizeName(s);
  }
  std::string out;
  out.reserve(s.size());
  size_t word_start = 0;
  bool in_word = false;
  for (char c : s) {
    if (c == '\'' || c == '`') continue;
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (alnum) {
      if (!in_word) {
        if (!out.empty()) out.push_back(' ');
        word_start = out.size();
        in_word = true;
      }
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (in_word) {
      EndWord(out, word_start);
      in_word = false;
    }
  }
  if (in_word) EndWord(out, word_start);
  return out;
}

}  // namespace lkg::ingest
