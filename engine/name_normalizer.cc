#include "engine/name_normalizer.h"

#include <utf8proc.h>

#include <cstdlib>

namespace lkg {
namespace {

bool IsApostrophe(utf8proc_int32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == '`' || c == 0x00B4 || c == 0x02BC;
}

bool IsWordChar(utf8proc_int32_t c) {
  utf8proc_category_t cat = utf8proc_category(c);
  switch (cat) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return c == '_';
  }
}

// Folds one code point: Turkish dotless i and the dotted capital fold to 'i';
// everything else through Unicode case folding.
utf8proc_int32_t FoldCase(utf8proc_int32_t c) {
  if (c == 0x0131 || c == 0x0130) return 'i';
  return utf8proc_tolower(c);
}

void AppendWord(std::string& out, std::string& word) {
  if (word.empty()) return;
  if (word != "the") {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  word.clear();
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
    if (n <= 0 || c < 0) return false;
    p += n;
    left -= n;
  }
  return true;
}

std::string NormalizeName(std::string_view name) {
  // Decompose (NFKD) and drop combining marks, keeping invalid bytes out.
  std::string out, word;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(name.size());
  while (left > 0) {
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
    if (n <= 0) { ++p; --left; continue; }  // invalid byte: skip it
    p += n;
    left -= n;
    utf8proc_int32_t decomposed[8];
    int options = UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK;
    utf8proc_ssize_t count = utf8proc_decompose_char(c, decomposed, 8, static_cast<utf8proc_option_t>(options), nullptr);
    if (count < 0 || count > 8) { decomposed[0] = c; count = 1; }
    for (utf8proc_ssize_t i = 0; i < count; ++i) {
      utf8proc_int32_t d = decomposed[i];
      if (IsApostrophe(d)) continue;
      if (utf8proc_category(d) == UTF8PROC_CATEGORY_MN) continue;
      if (!IsWordChar(d)) { AppendWord(out, word); continue; }
      utf8proc_uint8_t buf[4];
      utf8proc_ssize_t len = utf8proc_encode_char(FoldCase(d), buf);
      word.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
    }
  }
  AppendWord(out, word);
  return out;
}

}  // namespace lkg
