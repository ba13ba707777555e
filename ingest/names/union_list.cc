#include "ingest/names/union_list.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace lkg::names {
namespace {

using Words = std::vector<std::string>;

bool IsNumber(const std::string& w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

// Words that say "several unions" ("MULTI", "VARIOUS", "VAR").
bool IsMultiWord(const std::string& w) { return w == "multi" || w == "various" || w == "var" || w == "multiple"; }

// Words that may sit between the unions of a list without naming one.
bool IsConnector(const std::string& w) {
  static const std::set<std::string> kWords = {"local", "locals", "lu", "no", "unions", "union", "afl", "cio", "clc",
                                               "aflcio", "and", "et", "al", "n", "a", "w"};
  return kWords.count(w) > 0 || IsMultiWord(w);
}

// Unit words: with one of these the numbers say where a local sits, not which locals.
bool IsHierarchyWord(const std::string& w) {
  static const std::set<std::string> kWords = {"district", "dist", "council", "dc", "lodge", "ll", "dl", "region",
                                               "division", "sub", "joint", "branch", "conference", "jc", "area"};
  return kWords.count(w) > 0;
}

// The words before an "a/w" or "affiliated with" marker (a local's parent is not a second union).
Words OwnWords(const Words& words) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if ((words[i] == "a" && words[i + 1] == "w") || (words[i] == "affiliated" && words[i + 1] == "with")) {
      return Words(words.begin(), words.begin() + static_cast<long>(i));
    }
  }
  return words;
}

// "IUE-CWA", "RWDSU-UFCW": two affiliations joined by a hyphen are one union.
bool HyphenJoined(std::string_view raw, const Words& w, const std::vector<AffiliationSpan>& spans) {
  std::string lower(raw);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t i = 0; i + 1 < spans.size(); ++i) {
    if (spans[i].end != spans[i + 1].begin) continue;
    if (lower.find(w[spans[i].end - 1] + "-" + w[spans[i + 1].begin]) != std::string::npos) return true;
  }
  return false;
}

void Add(UnionList& list, std::optional<UnionName> name) {
  if (!name) return;
  for (const UnionName& u : list.unions) {
    if (u.canonical == name->canonical) return;
  }
  list.unions.push_back(std::move(*name));
}

// "USW IBB IAM 1234": each national union, or its local when one number follows it.
UnionList SeveralAffiliations(const Words& w, const std::vector<AffiliationSpan>& spans) {
  UnionList out;
  out.multi = true;
  std::vector<bool> covered(w.size(), false);
  for (const AffiliationSpan& span : spans) {
    for (size_t i = span.begin; i < span.end; ++i) covered[i] = true;
    size_t n = span.end;
    while (n < w.size() && (w[n] == "local" || w[n] == "lu" || w[n] == "no")) covered[n++] = true;  // "IBT Local 546M"
    bool one_number = n < w.size() && IsNumber(w[n]) && (n + 1 >= w.size() || !IsNumber(w[n + 1]));
    if (one_number) covered[n] = true;
    std::string abbr(span.affiliation->abbr);
    Add(out, ParseUnionName(one_number ? abbr + " Local " + w[n] : std::string(span.affiliation->name)));
  }
  for (size_t i = 0; i < w.size(); ++i) {
    if (!covered[i] && !IsConnector(w[i])) out.unparsed.push_back(w[i]);
  }
  return out;
}

// The local numbers of "IBT 198 & 222", "USA 3060/6380", "ACTWU 292, 1714, 1715".
std::vector<std::string> ListedNumbers(std::string_view raw) {
  std::vector<std::string> out;
  std::string piece;
  auto flush = [&] {
    while (!piece.empty() && !std::isalnum(static_cast<unsigned char>(piece.back()))) piece.pop_back();  // "142\")"
    if (IsNumber(piece) && std::find(out.begin(), out.end(), piece) == out.end()) out.push_back(piece);
    piece.clear();
  };
  for (char c : raw) {
    if (c == ',' || c == '/' || c == '&' || c == ' ' || c == ';') {
      flush();
    } else {
      piece.push_back(c);
    }
  }
  flush();
  return out;
}

bool HasListSeparator(std::string_view raw) { return raw.find_first_of(",/&;") != std::string_view::npos; }

}  // namespace

UnionList ParseUnionList(std::string_view raw) {
  Words all = UnionMatchWords(raw);
  Words w = OwnWords(all);
  std::vector<AffiliationSpan> spans;
  for (const AffiliationSpan& span : FindAffiliations(w)) {
    if (span.affiliation->abbr != "AFL-CIO") spans.push_back(span);
  }
  std::set<const NationalUnion*> distinct;
  for (const auto& span : spans) distinct.insert(span.affiliation);
  bool multi_word = std::any_of(w.begin(), w.end(), IsMultiWord);
  bool hierarchy = std::any_of(w.begin(), w.end(), IsHierarchyWord);
  if (distinct.size() >= 2 && !HyphenJoined(raw, w, spans)) {
    bool only_unions = true;  // every word is an affiliation, a number or a connector
    std::vector<bool> covered(w.size(), false);
    for (const auto& span : spans) std::fill(covered.begin() + static_cast<long>(span.begin), covered.begin() + static_cast<long>(span.end), true);
    for (size_t i = 0; i < w.size(); ++i) only_unions = only_unions && (covered[i] || IsNumber(w[i]) || IsConnector(w[i]));
    // Abbreviations side by side are a list ("USW IBB IAM"); full names joined
    // ("California Nurses Association/National Nurses United") are a union and its parent.
    bool abbreviations = std::all_of(spans.begin(), spans.end(), [](const AffiliationSpan& a) { return a.end - a.begin == 1; });
    if ((only_unions && abbreviations) || multi_word) return SeveralAffiliations(w, spans);
  }
  std::vector<std::string> numbers = ListedNumbers(raw);
  if (distinct.size() <= 1 && !hierarchy && numbers.size() >= 2 && (HasListSeparator(raw) || multi_word)) {
    UnionList out;
    out.multi = true;
    for (const std::string& n : numbers) {
      if (distinct.empty()) {
        out.unparsed.push_back(n);
      } else {
        Add(out, ParseUnionName(std::string((*distinct.begin())->abbr) + " Local " + n));
      }
    }
    return out;
  }
  if (multi_word && distinct.empty()) {
    UnionList out;
    out.multi = true;
    for (const auto& word : w) {
      if (!IsConnector(word)) out.unparsed.push_back(word);
    }
    return out;
  }
  UnionList out;
  Add(out, ParseUnionName(raw));
  return out;
}

}  // namespace lkg::names
