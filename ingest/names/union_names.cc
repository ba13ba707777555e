#include "ingest/names/union_names.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <unordered_map>

#include "engine/name_normalizer.h"

namespace lkg::names {
namespace {

using Words = std::vector<std::string>;

bool IsNumberWord(const std::string& w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

// A unit's designation: a number ("705", "86d", "1-204") or one or two
// letters before one ("d92", "m-300": "Local Lodge D92", "Local M-300").
bool IsDesignation(const std::string& w) {
  if (IsNumberWord(w)) return true;
  size_t letters = 0;
  while (letters < w.size() && std::isalpha(static_cast<unsigned char>(w[letters]))) ++letters;
  size_t digit = letters < w.size() && w[letters] == '-' ? letters + 1 : letters;
  return letters >= 1 && letters <= 2 && digit < w.size() && std::isdigit(static_cast<unsigned char>(w[digit]));
}

// "0007" -> "7", "86d" -> "86D".
std::string CleanNumber(const std::string& w) {
  size_t i = 0;
  while (i + 1 < w.size() && w[i] == '0' && std::isdigit(static_cast<unsigned char>(w[i + 1]))) ++i;
  std::string out = w.substr(i);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

Words SplitWords(const std::string& s) {
  Words out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Where a national union's form or abbreviation occurs in the words.
struct AffiliationHit {
  const NationalUnion* u = nullptr;
  size_t begin = 0, end = 0;  // word range
};

// "Teamsters" and "Teamster", "Letters Carriers" and "Letter Carriers" match
// alike: forms and names are compared with a plural "s" dropped from words
// of five letters or more (not "ss": "glass").
Words Singular(Words words) {
  for (std::string& w : words) {
    if (w.size() >= 5 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  }
  return words;
}

bool MatchAt(const Words& words, size_t at, const Words& form) {
  if (form.empty() || at + form.size() > words.size()) return false;
  return std::equal(form.begin(), form.end(), words.begin() + at);
}

// A weak abbreviation counts only first, or right before a number/"local".
bool WeakPositionOk(const Words& words, size_t at) {
  if (at == 0) return true;
  if (at + 1 < words.size() && (IsNumberWord(words[at + 1]) || words[at + 1] == "local")) return true;
  return false;
}

// Every form and abbreviation of the table, split into words once.
struct FormEntry {
  const NationalUnion* u;
  Words words;
  bool weak;
  size_t order = 0;  // position in the table: the earlier entry wins a tie between abbreviations
};

std::vector<FormEntry> BuildFormEntries() {
  std::vector<FormEntry> out_entries;
  auto* out = &out_entries;
  for (const auto& u : NationalUnions()) {
      for (auto f : u.forms) out->push_back({&u, Singular(SplitWords(std::string(f))), false});
      for (auto f : u.abbrs) out->push_back({&u, Singular(SplitWords(std::string(f))), false});
      for (auto f : u.weak_abbrs) out->push_back({&u, Singular(SplitWords(std::string(f))), true});
  }
  return out_entries;
}

// The table's forms by their first word, in table order (a lookup per word
// instead of a scan of every form).
const std::unordered_map<std::string, std::vector<FormEntry>>& FormsByFirstWord() {
  static const auto* index = [] {
    auto* out = new std::unordered_map<std::string, std::vector<FormEntry>>;
    std::vector<FormEntry> entries = BuildFormEntries();
    for (size_t i = 0; i < entries.size(); ++i) {
      entries[i].order = i;
      if (!entries[i].words.empty()) (*out)[entries[i].words[0]].push_back(std::move(entries[i]));
    }
    return out;
  }();
  return *index;
}

// The forms whose first word is `word` (empty when none).
const std::vector<FormEntry>& FormsStartingWith(const std::string& word) {
  static const std::vector<FormEntry> kNone;
  auto it = FormsByFirstWord().find(word);
  return it == FormsByFirstWord().end() ? kNone : it->second;
}

AffiliationHit FindAffiliation(const Words& written) {
  const Words words = Singular(written);
  AffiliationHit best;
  size_t best_order = 0;
  for (size_t at = 0; at < words.size(); ++at) {
    for (const FormEntry& e : FormsStartingWith(words[at])) {
      if (!MatchAt(words, at, e.words)) continue;
      if (e.weak && !WeakPositionOk(words, at)) continue;
      bool federation = e.u->abbr == "AFL-CIO";
      bool best_federation = best.u && best.u->abbr == "AFL-CIO";
      size_t len = e.words.size(), best_len = best.end - best.begin;
      // Longest form wins; between equally long names the one written first
      // ("California Nurses Association/National Nurses United" is the CNA),
      // between abbreviations the earlier table entry.
      bool tie_won = len == best_len && (len >= 2 ? at < best.begin : e.order < best_order);
      bool better = !best.u || (best_federation && !federation) ||
                    (federation == best_federation && (len > best_len || tie_won));
      if (better) {
        best = {e.u, at, at + len};
        best_order = e.order;
      }
    }
  }
  return best;
}

}  // namespace

std::vector<AffiliationSpan> FindAffiliations(const Words& written) {
  const Words words = Singular(written);
  std::vector<AffiliationSpan> out;
  for (size_t at = 0; at < words.size();) {
    AffiliationSpan best;
    for (const FormEntry& e : FormsStartingWith(words[at])) {
      if (!MatchAt(words, at, e.words)) continue;
      if (e.weak && !WeakPositionOk(words, at)) continue;
      if (!best.affiliation || e.words.size() > best.end - best.begin) best = {e.u, at, at + e.words.size()};
    }
    if (best.affiliation) {
      out.push_back(best);
      at = best.end;
    } else {
      ++at;
    }
  }
  return out;
}

namespace {

struct UnitHit {
  std::string unit, number;
  size_t begin = 0, end = 0;
};

// "local [union] [no|number] N", "lodge N", "district council N", ….
std::optional<UnitHit> FindUnit(const Words& w) {
  static const std::vector<std::pair<Words, std::string>> kUnits = {
      {{"district", "council"}, "District Council"}, {{"joint", "council"}, "Joint Council"},
      {{"district", "lodge"}, "District Lodge"},     {{"local", "lodge"}, "Lodge"},
      {{"local", "union"}, "Local"},                 {{"local"}, "Local"},
      {{"lu"}, "Local"},                             {{"lodge"}, "Lodge"},
      {{"ll"}, "Lodge"},                             {{"dl"}, "District Lodge"},
      {{"dc"}, "District Council"},                  {{"council"}, "Council"},
      {{"district"}, "District"},                    {{"region"}, "Region"},
      {{"branch"}, "Branch"},                        {{"division"}, "Division"},
      {{"chapter"}, "Chapter"}};
  std::optional<UnitHit> first;
  for (size_t at = 0; at < w.size(); ++at) {
    for (const auto& [words, unit] : kUnits) {
      if (!MatchAt(w, at, words)) continue;
      size_t n = at + words.size();
      while (n < w.size() && (w[n] == "no" || w[n] == "number" || w[n] == "nos")) ++n;
      if (n >= w.size() || !IsDesignation(w[n])) continue;
      UnitHit hit{unit, CleanNumber(w[n]), at, n + 1};
      // A local or lodge is the body itself; a district or council above it
      // ("IAM DL 94 LL 1600", "IAM LODGE 761, DIST 137") only says where it sits.
      if ((unit == "Local" || unit == "Lodge") && (!first || at >= first->end)) return hit;
      if (!first) first = hit;
      break;
    }
  }
  return first;
}

// Words that carry no identity of their own next to an affiliation.
bool IsNoiseWord(const std::string& w) {
  static const std::set<std::string> kNoise = {
      "afl", "cio", "clc", "aflcio", "international", "union", "intl", "of", "america", "the",
      "national", "a", "w", "affiliated", "with", "ctw", "in", "north", "usa", "us", "local",
      "lu", "no", "ind", "independent", "unions", "its", "locals", "council", "district", "amer",
      "various", "multi", "n", "na"};
  return kNoise.count(w) > 0;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string TitleWords(std::string_view form) {
  std::string out;
  bool start = true;
  for (char c : form) {
    out.push_back(start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    start = c == ' ';
  }
  return out;
}

std::string_view ShortestForm(const NationalUnion& u) {
  std::string_view best = u.forms.empty() ? std::string_view() : u.forms[0];
  for (auto f : u.forms) {
    if (f.size() < best.size()) best = f;
  }
  return best;
}

// The part of `raw` before an "a/w" / "affiliated with" marker.
std::string_view OwnPart(std::string_view raw) {
  for (std::string_view marker : {" A/W ", " a/w ", ", A/W", ", a/w", " affiliated with ", " AFFILIATED WITH "}) {
    size_t at = raw.find(marker);
    if (at != std::string_view::npos && at > 0) return raw.substr(0, at);
  }
  return raw;
}

// Drops trailing ", AFL-CIO", ", CLC", commas and spaces.
std::string StripFederationSuffix(std::string s) {
  for (bool changed = true; changed;) {
    changed = false;
    while (!s.empty() && (s.back() == ',' || s.back() == ' ' || s.back() == '-' || s.back() == ';')) {
      s.pop_back();
      changed = true;
    }
    for (std::string_view suffix : {"AFL-CIO", "afl-cio", "AFL CIO", "CLC", "AFL-CIO-CLC", "CTW"}) {
      if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
        s.resize(s.size() - suffix.size());
        changed = true;
      }
    }
  }
  return s;
}

// "NPW 16", "PML", "MNNA Local": a short all-capitals abbreviation, kept upper case.
bool LooksLikeAbbreviation(std::string_view raw, const Words& words) {
  if (words.empty() || words.size() > 3 || words[0].size() > 7 || IsNumberWord(words[0])) return false;
  for (char c : raw) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
  }
  for (char c : words[0]) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  for (size_t i = 1; i < words.size(); ++i) {
    if (!IsNumberWord(words[i]) && words[i] != "local") return false;
  }
  return true;
}

void AddAlias(UnionName& name, std::string alias) {
  if (alias.empty() || alias == name.canonical) return;
  if (std::find(name.aliases.begin(), name.aliases.end(), alias) == name.aliases.end()) {
    name.aliases.push_back(std::move(alias));
  }
}

// Spellings of the national union itself ("IBT", "Teamsters") or of a
// numbered sub-body ("Teamsters Local 705"); a sub-body without a number gets
// none, so it never carries its national union's bare name.
void FillAffiliatedAliases(UnionName& out) {
  const NationalUnion& u = *out.affiliation;
  if (out.number.empty() && !out.is_national) return;
  std::string suffix = out.is_national ? "" : " " + out.unit + " " + out.number;
  AddAlias(out, std::string(u.name) + suffix);
  AddAlias(out, std::string(u.abbr) + suffix);
  AddAlias(out, TitleWords(ShortestForm(u)) + suffix);
  for (auto a : u.abbrs) {
    if (std::isalpha(static_cast<unsigned char>(a[0]))) AddAlias(out, Upper(a) + suffix);
  }
}

}  // namespace

namespace {

// True for "1-204", "1192-01", "14532-A": a local number whose parts a hyphen joins.
bool IsHyphenatedNumber(std::string_view chunk) {
  while (!chunk.empty() && (chunk.back() == ',' || chunk.back() == '.' || chunk.back() == ';')) chunk.remove_suffix(1);
  size_t hyphen = chunk.find('-');
  if (chunk.empty() || hyphen == std::string_view::npos) return false;
  bool digit_first = std::isdigit(static_cast<unsigned char>(chunk[0]));
  bool letter_prefix = hyphen == 1 && std::isalpha(static_cast<unsigned char>(chunk[0])) && hyphen + 1 < chunk.size() &&
                       std::isdigit(static_cast<unsigned char>(chunk[hyphen + 1]));  // "M-300"
  if (!digit_first && !letter_prefix) return false;
  if (chunk.back() == '-') return false;
  return std::all_of(chunk.begin(), chunk.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

// NormalizeName's words, but a hyphenated local number stays one word ("1-204").
Words NormalizedWords(std::string_view raw) {
  bool digit_hyphen = false;
  for (size_t i = 0; i + 1 < raw.size() && !digit_hyphen; ++i) {
    digit_hyphen = (std::isdigit(static_cast<unsigned char>(raw[i])) && raw[i + 1] == '-') ||
                   (raw[i] == '-' && i > 0 && std::isalpha(static_cast<unsigned char>(raw[i - 1])) &&
                    std::isdigit(static_cast<unsigned char>(raw[i + 1])));
  }
  if (!digit_hyphen) return SplitWords(NormalizeName(raw));
  Words out;
  std::string pending;
  auto flush = [&] {
    for (auto& w : SplitWords(NormalizeName(pending))) out.push_back(std::move(w));
    pending.clear();
  };
  std::istringstream in{std::string(raw)};
  for (std::string chunk; in >> chunk;) {
    if (!IsHyphenatedNumber(chunk)) {
      pending += chunk + " ";
      continue;
    }
    flush();
    while (chunk.back() == ',' || chunk.back() == '.' || chunk.back() == ';') chunk.pop_back();
    for (char& c : chunk) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.push_back(chunk);
  }
  flush();
  return out;
}

}  // namespace

std::vector<std::string> UnionMatchWords(std::string_view raw) {
  Words out;
  for (auto& w : NormalizedWords(raw)) {
    if (w == "and") continue;
    if (w == "intl" || w == "int") w = "international";
    if (w == "loc") w = "local";
    if (w == "dist") w = "district";
    if (w == "assn" || w == "assoc") w = "association";
    if (w == "reg") w = "region";
    if (w.size() > 5 && w.compare(0, 5, "local") == 0 && std::isdigit(static_cast<unsigned char>(w[5]))) {
      out.push_back("local");  // "LOCAL1447"
      w = w.substr(5);
    }
    out.push_back(std::move(w));
  }
  return out;
}

namespace {

// A bare number next to an affiliation is a local: "IBT 705", "1199 SEIU …",
// "Sheet Metal Workers 33".
std::optional<UnitHit> BareLocalNumber(const Words& w, const AffiliationHit& hit) {
  if (hit.end < w.size() && IsNumberWord(w[hit.end])) return UnitHit{"Local", CleanNumber(w[hit.end]), hit.end, hit.end + 1};
  if (hit.begin > 0 && IsNumberWord(w[0])) return UnitHit{"Local", CleanNumber(w[0]), 0, 1};
  if (!w.empty() && IsNumberWord(w.back())) return UnitHit{"Local", CleanNumber(w.back()), w.size() - 1, w.size()};
  return std::nullopt;
}

// True when words other than the affiliation, the unit and noise remain
// ("Massachusetts Nurses Association" next to NNU): the union has its own name.
bool HasOwnName(const Words& w, const AffiliationHit& hit, bool hit_in_own, const std::optional<UnitHit>& unit) {
  std::vector<bool> same_union(w.size(), false);  // "International Brotherhood of Teamsters (IBT)", "IBT IBT"
  if (hit_in_own) {
    for (const AffiliationSpan& span : FindAffiliations(w)) {
      if (span.affiliation != hit.u) continue;
      for (size_t i = span.begin; i < span.end; ++i) same_union[i] = true;
    }
  }
  for (size_t i = 0; i < w.size(); ++i) {
    bool in_hit = (hit_in_own && i >= hit.begin && i < hit.end) || same_union[i];
    bool in_unit = unit && i >= unit->begin && i < unit->end;
    if (!in_hit && !in_unit && !IsNoiseWord(w[i])) return true;
  }
  return false;
}

}  // namespace

namespace {

bool IsLocalLevel(const std::string& unit) { return unit == "Local" || unit == "Lodge"; }

// The body's own unit and number: a "local/lodge N" wins; a number right
// after the affiliation beats a district or council written after it
// ("USA 250 DISTRICT 9", "IAM 1030 DIST 66"); a lone trailing number of a
// union without affiliation is its local ("UIU 149", "Metropolitan Alliance of Police 684").
std::optional<UnitHit> ChooseUnit(const Words& w, const AffiliationHit& hit, bool hit_in_own) {
  std::optional<UnitHit> unit = FindUnit(w);
  if (hit_in_own) {
    std::optional<UnitHit> bare = BareLocalNumber(w, hit);
    if (!unit) return bare;
    bool bare_first = bare && bare->begin == hit.end && bare->end <= unit->begin;
    if (!IsLocalLevel(unit->unit) && bare_first) return bare;
    return unit;
  }
  if (!unit && !hit.u && w.size() >= 2 && IsNumberWord(w.back()) && !IsNumberWord(w[w.size() - 2])) {
    return UnitHit{"Local", CleanNumber(w.back()), w.size() - 1, w.size()};
  }
  return unit;
}

}  // namespace

std::optional<UnionName> ParseUnionName(std::string_view raw) {
  std::string own = StripFederationSuffix(std::string(OwnPart(raw)));
  Words own_words = UnionMatchWords(own);
  Words all_words = UnionMatchWords(raw);
  if (all_words.empty()) return std::nullopt;
  AffiliationHit hit = FindAffiliation(own_words);
  bool hit_in_own = hit.u != nullptr;
  if (!hit.u) hit = FindAffiliation(all_words);
  bool federation = hit.u && hit.u->abbr == "AFL-CIO";
  // The AFL-CIO is a federation, not a local's union: only the federation itself keeps it.
  if (federation && (!hit_in_own || HasOwnName(own_words, hit, true, FindUnit(own_words)))) hit = {}, hit_in_own = false;
  std::optional<UnitHit> unit = ChooseUnit(own_words, hit, hit_in_own);
  UnionName out;
  out.affiliation = hit.u;
  if (unit) {
    out.unit = unit->unit;
    out.number = unit->number;
  }
  bool own_name = HasOwnName(own_words, hit, hit_in_own, unit);
  bool is_affiliate_unit = out.affiliation && (hit_in_own || !own_name);
  if (is_affiliate_unit && unit) {
    out.canonical = std::string(out.affiliation->abbr) + " " + out.unit + " " + out.number;
  } else if (out.affiliation && hit_in_own && !own_name) {
    out.canonical = std::string(out.affiliation->name);
    out.is_national = true;
  } else if (LooksLikeAbbreviation(own, own_words)) {
    out.canonical = Upper(own_words[0]) + (unit ? " " + unit->unit + " " + unit->number : "");
  } else {
    out.canonical = DisplayName(own);
    if (out.canonical.empty()) return std::nullopt;
  }
  if (DisplayName(raw) != out.canonical) AddAlias(out, TruncateUtf8(raw, 200));
  if (is_affiliate_unit) FillAffiliatedAliases(out);
  return out;
}

}  // namespace lkg::names

namespace lkg::names {

std::string TruncateUtf8(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end));
}

}  // namespace lkg::names
