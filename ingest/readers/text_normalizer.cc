#include "ingest/readers/text_normalizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "ingest/text/utf8_util.h"

namespace lkg::ingest {
namespace {

Status CheckRaw(std::string_view raw) {
  if (raw.size() > kMaxArticleBytes) {
    return Status::LimitExceeded("text is " + std::to_string(raw.size()) + " bytes; the limit is " +
                                 std::to_string(kMaxArticleBytes) + " bytes per article");
  }
  if (raw.find('\0') != std::string_view::npos) {
    return Status::InvalidArgument("binary data (NUL bytes), not text");
  }
  size_t bad = FirstInvalidUtf8(raw);
  if (bad != std::string_view::npos) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad));
  }
  return Status::Ok();
}

// The replacement text of one code point, or nullptr to keep it.
const char* Replacement(int32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB: case 0x00BB: return "\"";
    case 0x00A0: case 0x2002: case 0x2003: case 0x2007: case 0x2009: case 0x200A: case 0x202F:
    case 0x3000: case '\t': case '\f': case '\v': return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD: return "";
    case 0x2026: return "...";
    case 0x2028: case 0x2029: case '\r': return "\n";
    default: break;
  }
  if (c < 0x20 && c != '\n') { return ""; }
  if (c >= 0x7F && c < 0xA0) { return ""; }
  return nullptr;
}

std::string MapCharacters(std::string_view nfc) {
  std::string out;
  out.reserve(nfc.size());
  size_t i = 0;
  while (i < nfc.size()) {
    int32_t c;
    size_t n = DecodeUtf8(nfc, i, &c);
    if (nfc[i] == '\r' && i + 1 < nfc.size() && nfc[i + 1] == '\n') { i += 1; continue; }
    if (const char* rep = Replacement(c)) out += rep;
    else out.append(nfc.substr(i, n));
    i += n;
  }
  return out;
}

// Trims lines, collapses spaces and blank-line runs.
std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  int newlines = 0;
  bool pending_space = false;
  for (char ch : text) {
    if (ch == '\n') { ++newlines; pending_space = false; continue; }
    if (ch == ' ') { pending_space = true; continue; }
    if (!out.empty()) {
      if (newlines > 0) out.append(newlines > 1 ? "\n\n" : "\n");
      else if (pending_space) out.push_back(' ');
    }
    newlines = 0;
    pending_space = false;
    out.push_back(ch);
  }
  return out;
}

bool HasLetter(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    int32_t c;
    size_t n = DecodeUtf8(text, i, &c);
    if (IsLetter(c)) return true;
    i += n;
  }
  return false;
}

}  // namespace

std::string TidyWhitespace(std::string_view text) { return CollapseWhitespace(text); }

Result<std::string> NormalizeArticleText(std::string_view raw) {
  LKG_RETURN_IF_ERROR(CheckRaw(raw));
  std::string text;
  bool ascii = std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {  // ASCII is already NFC
    text = CollapseWhitespace(MapCharacters(raw));
  } else {
    std::string copy(raw);
    utf8proc_uint8_t* nfc = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(copy.c_str()));
    if (nfc == nullptr) return Status::InvalidArgument("text could not be normalised (NFC)");
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(nfc, &std::free);
    text = CollapseWhitespace(MapCharacters(reinterpret_cast<const char*>(nfc)));
  }
  text = SeparateGluedDatelines(text);
  if (!HasLetter(text)) return Status::InvalidArgument("no text (empty or no letters)");
  return text;
}

}  // namespace lkg::ingest
