#include "ingest/text/utf8_util.h"

#include <utf8proc.h>

#include <cctype>

namespace lkg::ingest {

size_t DecodeUtf8(std::string_view s, size_t i, int32_t* cp) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { *cp = c; return 1; }
  utf8proc_int32_t out = -1;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &out);
  if (n <= 0 || out < 0) { *cp = 0xFFFD; return 1; }
  *cp = out;
  return static_cast<size_t>(n);
}

size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    utf8proc_int32_t out = -1;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &out);
    if (n <= 0 || out < 0) return i;
    i += static_cast<size_t>(n);
  }
  return std::string_view::npos;
}

bool IsLetter(int32_t cp) {
  if (cp < 0x80) return std::isalpha(cp) != 0;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

bool IsUpper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool IsDigit(int32_t cp) { return cp >= '0' && cp <= '9'; }

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  int32_t cp;
  DecodeUtf8(word, 0, &cp);
  return IsUpper(cp);
}

bool IsAllCaps(std::string_view word) {
  int letters = 0;
  size_t i = 0;
  while (i < word.size()) {
    int32_t cp;
    size_t n = DecodeUtf8(word, i, &cp);
    if (IsLetter(cp)) {
      if (!IsUpper(cp)) return false;
      ++letters;
    }
    i += n;
  }
  return letters >= 2;
}

namespace {

bool IsMonthWord(std::string_view w) {
  static const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                  "August", "September", "October", "November", "December"};
  for (const char* m : kMonths) if (w == m) return true;
  return false;
}

// Length of "D Month, YYYY" / "D Month YYYY" starting at `i`, or 0.
size_t DatelineLength(std::string_view t, size_t i) {
  size_t j = i;
  while (j < t.size() && j - i < 2 && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
  if (j == i || j >= t.size() || t[j] != ' ') return 0;
  size_t m = ++j;
  while (j < t.size() && std::isalpha(static_cast<unsigned char>(t[j]))) ++j;
  if (!IsMonthWord(t.substr(m, j - m))) return 0;
  if (j < t.size() && t[j] == ',') ++j;
  if (j >= t.size() || t[j] != ' ') return 0;
  ++j;
  size_t y = j;
  while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
  if (j - y != 4) return 0;
  return j - i;
}

}  // namespace

std::string SeparateGluedDatelines(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (size_t i = 0; i < text.size();) {
    bool line_start = i == 0 || text[i - 1] == '\n';
    size_t len = line_start ? DatelineLength(text, i) : 0;
    if (len > 0 && i + len < text.size() && StartsUpper(text.substr(i + len))) {
      out.append(text.substr(i, len));
      out.push_back('\n');
      i += len;
      continue;
    }
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

}  // namespace lkg::ingest
