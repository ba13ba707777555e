#include "http/json_text.h"

#include <nlohmann/json.hpp>

namespace lkg::http {

namespace {

// Length of the valid UTF-8 sequence at text[i] (lead byte >= 0x80), or 0
// when invalid: overlong forms, surrogates and code points above U+10FFFF
// are invalid, as in nlohmann's decoder.
size_t Utf8Length(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
  auto cont = [&](size_t k) { return (byte(k) & 0xC0u) == 0x80u; };
  unsigned lead = byte(0);
  if (lead >= 0xC2 && lead <= 0xDF) return cont(1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    unsigned second = byte(1);
    if (lead == 0xE0 && second < 0xA0) return 0;   // overlong
    if (lead == 0xED && second > 0x9F) return 0;   // surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    unsigned second = byte(1);
    if (lead == 0xF0 && second < 0x90) return 0;   // overlong
    if (lead == 0xF4 && second > 0x8F) return 0;   // above U+10FFFF
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

const char* ShortEscape(unsigned char c) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: return nullptr;
  }
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t mark = out.size();
  out.push_back('"');
  size_t plain = 0;  // start of the run of bytes copied as they are
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      size_t n = Utf8Length(text, i);
      if (n == 0) {  // invalid UTF-8 is rare: nlohmann replaces it
        out.resize(mark);
        out.append(nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        return;
      }
      i += n;
      continue;
    }
    out.append(text.substr(plain, i - plain));
    if (const char* escape = ShortEscape(c)) {
      out.append(escape);
    } else {
      const char code[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
      out.append(code, sizeof code);
    }
    plain = ++i;
  }
  out.append(text.substr(plain));
  out.push_back('"');
}

void AppendQuotedKey(std::string& out, char prefix, uint64_t key) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t at = out.size();
  out.resize(at + 20);
  char* p = out.data() + at;
  p[0] = '"';
  p[1] = prefix;
  p[2] = ':';
  for (int i = 7; i >= 0; --i) {  // one byte, two digits, per step
    unsigned byte = static_cast<unsigned>(key & 0xff);
    p[3 + 2 * i] = kHex[byte >> 4];
    p[4 + 2 * i] = kHex[byte & 0xf];
    key >>= 8;
  }
  p[19] = '"';
}

void AppendUnsigned(std::string& out, uint64_t value) {
  char buf[20];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n > 0) out.push_back(buf[--n]);
}

}  // namespace lkg::http
