#include "ingest/names/union_names.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "engine/name_normalizer.h"

namespace lkg::names {
namespace {

using Words = std::vector<std::string>;

bool IsNumberWord(const std::string& w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

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
};

const std::vector<FormEntry>& FormEntries() {
  static const std::vector<FormEntry>* entries = [] {
    auto* out = new std::vector<FormEntry>;
    for (const auto& u : NationalUnions()) {
      for (auto f : u.forms) out->push_back({&u, SplitWords(std::string(f)), false});
      for (auto f : u.abbrs) out->push_back({&u, SplitWords(std::string(f)), false});
      for (auto f : u.weak_abbrs) out->push_back({&u, SplitWords(std::string(f)), true});
    }
    return out;
  }();
  return *entries;
}

AffiliationHit FindAffiliation(const Words& words) {
  AffiliationHit best;
  for (const FormEntry& e : FormEntries()) {
    const Words& form = e.words;
    for (size_t at = 0; at < words.size(); ++at) {
      if (words[at] != form[0] || !MatchAt(words, at, form)) continue;
      if (e.weak && !WeakPositionOk(words, at)) continue;
      bool federation = e.u->abbr == "AFL-CIO";
      bool best_federation = best.u && best.u->abbr == "AFL-CIO";
      size_t len = form.size();
      bool better = !best.u || (best_federation && !federation) ||
                    (federation == best_federation && len > best.end - best.begin);
      if (better) best = {e.u, at, at + len};
    }
  }
  return best;
}

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
      {{"dc"}, "District Council"},                  {{"council"}, "Council"},
      {{"district"}, "District"},                    {{"region"}, "Region"},
      {{"branch"}, "Branch"},                        {{"division"}, "Division"}};
  for (size_t at = 0; at < w.size(); ++at) {
    for (const auto& [words, unit] : kUnits) {
      if (!MatchAt(w, at, words)) continue;
      size_t n = at + words.size();
      while (n < w.size() && (w[n] == "no" || w[n] == "number" || w[n] == "nos")) ++n;
      if (n < w.size() && IsNumberWord(w[n])) return UnitHit{unit, CleanNumber(w[n]), at, n + 1};
    }
  }
  return std::nullopt;
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

void FillAffiliatedAliases(UnionName& out) {
  const NationalUnion& u = *out.affiliation;
  std::string suffix = out.number.empty() ? "" : " " + out.unit + " " + out.number;
  AddAlias(out, std::string(u.name) + suffix);
  AddAlias(out, std::string(u.abbr) + suffix);
  AddAlias(out, TitleWords(ShortestForm(u)) + suffix);
  for (auto a : u.abbrs) {
    if (std::isalpha(static_cast<unsigned char>(a[0]))) AddAlias(out, Upper(a) + suffix);
  }
}

}  // namespace

std::vector<std::string> UnionMatchWords(std::string_view raw) {
  Words out;
  for (auto& w : SplitWords(NormalizeName(raw))) {
    if (w == "and") continue;
    if (w == "intl" || w == "int") w = "international";
    if (w == "loc") w = "local";
    if (w == "dist") w = "district";
    if (w == "assn" || w == "assoc") w = "association";
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
  for (size_t i = 0; i < w.size(); ++i) {
    bool in_hit = hit_in_own && i >= hit.begin && i < hit.end;
    bool in_unit = unit && i >= unit->begin && i < unit->end;
    if (!in_hit && !in_unit && !IsNoiseWord(w[i])) return true;
  }
  return false;
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
  if (hit.u && hit.u->abbr == "AFL-CIO" && !hit_in_own) hit = {};
  std::optional<UnitHit> unit = FindUnit(own_words);
  if (!unit && hit_in_own) unit = BareLocalNumber(own_words, hit);
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

namespace {

// Abbreviations that stay upper case in display names.
const std::set<std::string>& DisplayAbbreviations() {
  static const std::set<std::string>* abbrs = [] {
    auto* out = new std::set<std::string>;
    for (const auto& u : NationalUnions()) {
      out->insert(Upper(u.abbr));
      for (auto a : u.abbrs) out->insert(Upper(a));
    }
    for (std::string_view extra : {"AFL-CIO", "CLC", "LLC", "II", "III", "USA", "US", "UPS", "CVS", "AT&T"}) {
      out->insert(std::string(extra));
    }
    return out;
  }();
  return *abbrs;
}

// One all-capitals word in display case: "GAZETTE" -> "Gazette", "OF" -> "of"
// (unless first), "SNAP-ON" -> "Snap-On"; known abbreviations ("SEIU") stay.
std::string DisplayWord(const std::string& word, bool first) {
  static const std::set<std::string> kSmall = {"of", "and", "the", "for", "in", "at", "on", "to", "a", "de"};
  std::string bare = word;
  while (!bare.empty() && std::ispunct(static_cast<unsigned char>(bare.back())) && bare.back() != '&') bare.pop_back();
  if (DisplayAbbreviations().count(bare)) return word;
  std::string lower = word;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (kSmall.count(lower) && !first) return lower;
  bool start = true;
  for (char& c : lower) {
    if (start && std::isalpha(static_cast<unsigned char>(c))) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    start = !std::isalnum(static_cast<unsigned char>(c)) && c != '\'' && static_cast<unsigned char>(c) < 0x80;
  }
  return lower;
}

}  // namespace

std::string DisplayName(std::string_view raw) {
  std::string s;
  for (char c : raw) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (c == ' ' && (s.empty() || s.back() == ' ')) continue;
    s.push_back(c);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.pop_back();
  bool has_lower = std::any_of(s.begin(), s.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  if (has_lower) return s;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (!out.empty()) out.push_back(' ');
    out += DisplayWord(s.substr(i, j - i), out.empty());
    i = j + 1;
  }
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
