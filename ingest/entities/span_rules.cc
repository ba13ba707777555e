#include "ingest/entities/span_rules.h"

#include "ingest/text/norm_key.h"
#include "ingest/entities/word_lists.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest::spans {

using Tokens = std::vector<Token>;

std::string_view Surface(const Tokens& t, size_t a, size_t b) {
  return std::string_view(t[a].text.data(), t[b - 1].end - t[a].start);
}

// The normalised key of tokens [a, b): their NormKeys joined.
std::string JoinNorm(const Tokens& t, size_t a, size_t b) {
  std::string key;
  for (size_t k = a; k < b; ++k) {
    if (t[k].norm.empty()) continue;
    if (!key.empty()) key.push_back(' ');
    key += t[k].norm;
  }
  return key;
}

bool IsQuoteOrColon(const Token& t) {
  return !t.word && (t.text == "\"" || t.text == ":" || t.text == "-" || t.text == "(" || t.text == "'" ||
                     t.text == "–" || t.text == "—");
}

bool AtSentenceStart(const Tokens& t, size_t i) { return i == 0 || IsQuoteOrColon(t[i - 1]); }

bool IsNameWord(const Token& t) { return t.word && (t.upper || t.caps); }

// A word glued to a place suffix: "Chinese-owned", "India-based".
const KnownEntity* HyphenCountry(const Token& t) {
  size_t dash = t.text.rfind('-');
  if (dash == std::string_view::npos || !t.upper) return nullptr;
  std::string_view suffix = std::string_view(t.lower).substr(dash + 1);
  static const rules::WordSet& suffixes = rules::Words("entity_words.tsv", "hyphen_country_suffix");
  if (!suffixes.Has(suffix)) return nullptr;
  std::string head = NormKey(t.text.substr(0, dash));
  const Gazetteer& g = Gazetteer::Get();
  if (const KnownEntity* c = g.Country(head)) return c;
  return g.Demonym(head);
}

bool IsStateNoun(std::string_view w) {
  static const rules::WordSet& nouns = rules::Words("entity_words.tsv", "state_noun");
  return nouns.Has(w);
}

// "Retail, Wholesale and Department Store Union": a list of name words with
// commas ending in a union or body head word. Returns the end, or 0.
size_t CommaListName(const Tokens& t, size_t j) {
  bool saw_and = false;
  size_t k = j;
  size_t last_name = 0;
  while (k < t.size() && k < j + 16) {
    const Token& x = t[k];
    if (IsNameWord(x) && x.caps) return 0;  // "KCTU, FKTU and ..." is a list of names
    if (IsNameWord(x)) { last_name = k; ++k; continue; }
    if (x.text == "," || x.lower == "and" || x.text == "&" || x.lower == "of") {
      saw_and = saw_and || x.lower == "and" || x.text == "&";
      ++k;
      continue;
    }
    break;
  }
  if (!saw_and || last_name == 0) return 0;
  const std::string& head = t[last_name].norm;
  bool union_head = words::IsUnionHead(head) || words::IsBodyHead(head) || words::IsWorkerNoun(head);
  return union_head ? last_name + 1 : 0;
}

// Extends a name span from `i`: capitalised words, connectors between them,
// "Workers'" apostrophes, "Local 705" numbers, a trailing "gold mine".
size_t ExtendSpan(const Tokens& t, size_t i) {
  size_t j = i + 1;
  bool acronym_start = t[i].caps;
  while (j < t.size()) {
    const Token& x = t[j];
    if (HyphenCountry(x) != nullptr) break;
    if (IsNameWord(x)) { ++j; continue; }
    if (x.word && x.number && (t[j - 1].lower == "local" || t[j - 1].lower == "lodge")) { ++j; continue; }
    bool next_name = j + 1 < t.size() && IsNameWord(t[j + 1]);
    if (x.word && words::IsConnector(x.lower) && next_name && x.lower != "at" && x.lower != "in" &&
        x.lower != "on") {
      ++j;
      continue;
    }
    if (x.word && (x.lower == "the") && j + 1 < t.size() && next_name && t[j - 1].word &&
        words::IsConnector(t[j - 1].lower)) {
      ++j;
      continue;
    }
    if (!x.word && x.text == "'" && t[j - 1].word && !t[j - 1].lower.empty() && t[j - 1].lower.back() == 's' &&
        next_name) {
      ++j;
      continue;
    }
    if (!x.word && x.text == "&" && next_name) { ++j; continue; }
    if (!x.word && x.text == "," && next_name && !acronym_start) {
      if (size_t end = CommaListName(t, j + 1)) return end;
    }
    // An initial: "Michael J. Fraser", "H. Lee Scott".
    if (!x.word && x.text == "." && t[j - 1].word && t[j - 1].text.size() == 1 && t[j - 1].upper && next_name) {
      ++j;
      continue;
    }
    break;
  }
  return j;
}

// "Altynken gold mine", "Kumtor mine": a lower-case enterprise head after a name.
size_t EnterpriseTail(const Tokens& t, size_t j) {
  static const rules::WordSet& materials = rules::Words("entity_words.tsv", "enterprise_material");
  static const rules::WordSet& heads = rules::Words("entity_words.tsv", "enterprise_head");
  size_t k = j;
  if (k < t.size()) {
    if (materials.Has(t[k].lower)) ++k;
  }
  if (k < t.size()) {
    if (heads.Has(t[k].lower)) return k + 1;
  }
  return j;
}

bool AnyWord(const Tokens& t, size_t a, size_t b, bool (*pred)(std::string_view)) {
  for (size_t k = a; k < b; ++k) if (t[k].word && pred(t[k].norm)) return true;
  return false;
}

bool AllGeneric(const Tokens& t, size_t a, size_t b) {
  for (size_t k = a; k < b; ++k) {
    if (!t[k].word) continue;
    if (!words::IsGeneric(t[k].norm) && !words::IsConnector(t[k].norm) && !t[k].norm.empty()) return false;
  }
  return true;
}

// "Çelik-İş", "Birleşik Metal-İş", "Eğitim-Sen": Turkish union names.
bool EndsWithTurkishUnion(const Token& t) {
  if (t.text.find('-') == std::string_view::npos) return false;
  std::string_view n = t.norm;
  auto ends = [&](std::string_view s) { return n.size() > s.size() && n.substr(n.size() - s.size()) == s; };
  return ends(" is") || ends(" sen");
}

bool IsNotUnionName(const std::string& norm) {
  for (const std::string& n : Gazetteer::Get().NotUnionPhrases()) if (norm.find(n) != std::string::npos) return true;
  return false;
}

// Types a span by the form of its name alone.
Typed ClassifyByName(const Tokens& t, size_t a, size_t b) {
  const Gazetteer& g = Gazetteer::Get();
  if (AnyWord(t, a, b, words::IsEventWord) && !AnyWord(t, a, b, words::IsUnionHead)) return {};
  if (words::IsPlaceWord(t[b - 1].norm)) return {};
  if (AnyWord(t, a, b, words::IsEventWord) && (t[b - 1].norm == "film" || t[b - 1].norm == "films" ||
                                               t[b - 1].norm == "shorts" || t[b - 1].norm == "festival")) {
    return {};
  }
  std::string norm = JoinNorm(t, a, b);
  if (AnyWord(t, a, b, words::IsUnionHead) && !IsNotUnionName(norm)) {
    if (AnyWord(t, a, b, words::IsEmployerWord) && !AnyWord(t, a, b, words::IsWorkerWord)) {
      return {NodeType::kOrganization, "rule:employers_body", 0.6};
    }
    return {NodeType::kUnion, "rule:union_head_word", 0.85};
  }
  for (size_t k = a; k < b; ++k) {
    if (t[k].word && EndsWithTurkishUnion(t[k])) return {NodeType::kUnion, "rule:union_suffix", 0.8};
    if (k > a && t[k].number && (t[k - 1].lower == "local" || t[k - 1].lower == "lodge")) {
      return {NodeType::kUnion, "rule:union_local_number", 0.85};
    }
  }
  if (AnyWord(t, a, b, words::IsBodyHead)) {
    if (AnyWord(t, a, b, words::IsEmployerWord)) return {NodeType::kOrganization, "rule:employers_body", 0.6};
    if (AnyWord(t, a, b, words::IsWorkerWord)) return {NodeType::kUnion, "rule:workers_body", 0.75};
  }
  size_t last = b - 1;
  if (b - a >= 2 && g.IsLegalForm(t[last].text)) return {NodeType::kCompany, "rule:legal_form", 0.85};
  if (b - a >= 3 && t[last].text == "." && g.IsLegalForm(t[last - 1].text)) {
    return {NodeType::kCompany, "rule:legal_form", 0.85};
  }
  if (b - a >= 2) {
    size_t cues = 0;
    for (size_t k = a + 1; k < b; ++k) cues += t[k].word && g.IsUnionCue(t[k].lower);
    bool workers_tail = words::IsWorkerNoun(t[last].norm) &&
                        (t[a].lower == "united" || t[a].lower == "national" || t[a].lower == "independent" ||
                         t[a].lower == "international" || t[a].lower == "amalgamated");
    if ((workers_tail || (cues >= 1 && AnyWord(t, a, b, words::IsWorkerWord) && b - a >= 3)) && !IsNotUnionName(norm)) {
      return {NodeType::kUnion, "rule:union_name_words", 0.7};
    }
  }
  bool named_body = b - a >= 3 && words::IsOrgHead(t[a].norm) && t[a + 1].lower == "of";
  if (b - a >= 2 && AnyWord(t, a, b, words::IsOrgHead) && (!AllGeneric(t, a, b) || named_body)) {
    return {NodeType::kOrganization, "rule:organization_head_word", 0.7};
  }
  if (b - a >= 2 && AnyWord(t, a + 1, b, words::IsCompanyHead) && !AllGeneric(t, a, b)) {
    return {NodeType::kCompany, "rule:company_head_word", 0.7};
  }
  return {};
}

// Types an untyped span by its neighbours.
Typed ClassifyByContext(const Tokens& t, size_t a, size_t b) {
  if (a >= 1 && t[a - 1].word && !t[a - 1].upper && words::IsCompanyCue(t[a - 1].norm)) {
    return {NodeType::kCompany, "rule:company_cue_before", 0.7};
  }
  bool owned = a >= 1 && t[a - 1].text == "'s";  // "Hyundai's Chennai plant": a place of the owner
  if (!owned && b < t.size() && t[b].word && !t[b].upper && words::IsCompanyAfter(t[b].norm)) {
    return {NodeType::kCompany, "rule:company_cue_after", 0.6};
  }
  if (b + 1 < t.size() && !t[b].word && t[b].text == "'s" && t[b + 1].word && words::IsCompanyAfter(t[b + 1].norm)) {
    return {NodeType::kCompany, "rule:company_possessive", 0.6};
  }
  // "the MMTUK local union", "the KCTU union", "the Sitraterco banana workers' union"
  for (size_t k = b; k < t.size() && k < b + 4; ++k) {
    if (t[k].text == "'") continue;
    if (!t[k].word || t[k].upper) break;
    if (t[k].lower == "union" || t[k].lower == "unions" || t[k].lower == "federation" ||
        t[k].lower == "confederation") {
      bool verb_follows = k + 1 < t.size() && (words::IsSpeechVerb(t[k + 1].lower) || t[k + 1].lower == "of");
      if (!verb_follows && (k == b || b + 1 == k || words::IsWorkerWord(t[k - 1].norm) ||
                            words::IsWorkerNoun(t[k - 1].norm) || t[k - 1].text == "'")) {
        return {NodeType::kUnion, "rule:union_cue_after", 0.65};
      }
      break;
    }
  }
  // "X, a Chinese-owned oil company"
  if (b + 2 < t.size() && t[b].text == "," && (t[b + 1].lower == "a" || t[b + 1].lower == "an" || t[b + 1].lower == "the")) {
    for (size_t k = b + 2; k < t.size() && k < b + 8; ++k) {
      if (!t[k].word) break;
      if (words::IsPersonCueBefore(t[k].norm) || Gazetteer::Get().IsRole(t[k].lower)) break;  // "X, a leader of"
      if (t[k].lower.find("year-old") != std::string::npos) break;  // "X, a 23-year-old machine operator"
      if (words::IsCompanyCue(t[k].norm)) return {NodeType::kCompany, "rule:company_apposition", 0.75};
      if (t[k].norm == "union" || t[k].norm == "federation" || t[k].norm == "confederation") {
        bool verb_follows = k + 1 < t.size() && (words::IsSpeechVerb(t[k + 1].lower) || t[k + 1].lower == "has" ||
                                                 t[k + 1].lower == "is" || t[k + 1].lower == "was");
        if (verb_follows) break;  // "X, the union said": X is not the union
        return {NodeType::kUnion, "rule:union_apposition", 0.7};
      }
    }
  }
  // "workers at X", "employees of X", "strike at X"
  if (a >= 2 && (t[a - 1].lower == "at" || t[a - 1].lower == "of") &&
      (t[a - 2].lower == "workers" || t[a - 2].lower == "employees" || t[a - 2].lower == "strike" ||
       t[a - 2].lower == "staff" || t[a - 2].lower == "union" || t[a - 2].lower == "branch")) {
    return {NodeType::kCompany, "rule:workers_at", 0.6};
  }
  return {};
}

bool LooksLikePersonName(const Tokens& t, size_t a, size_t b) {
  int names = 0;
  for (size_t k = a; k < b; ++k) {
    const Token& x = t[k];
    if (!x.word) {
      if (x.text == "." && k > a && t[k - 1].text.size() == 1) continue;  // an initial
      return false;
    }
    if (words::IsNameParticle(x.lower) && !x.upper && k > a && k + 1 < b) continue;
    if (!x.upper || x.caps || x.number) return false;
    if (words::IsGeneric(x.norm) || words::IsNotName(x.norm) || words::IsOrgHead(x.norm) ||
        words::IsCompanyHead(x.norm) || words::IsPlaceWord(x.norm) || words::IsUnionHead(x.norm) ||
        Gazetteer::Get().Demonym(x.norm) != nullptr) {
      return false;
    }
    ++names;
  }
  return names >= 1 && names <= 4;
}

bool IsRoleAfter(const Tokens& t, size_t b) {
  // "X, chair of", "X, IndustriALL regional secretary", "X, the union's president", "X said"
  if (b < t.size() && t[b].word && words::IsSpeechVerb(t[b].lower)) return true;
  if (b + 1 < t.size() && t[b].text == ",") {
    for (size_t k = b + 1; k < t.size() && k < b + 5; ++k) {
      const Token& x = t[k];
      if (x.word && !x.upper && (words::IsPersonCueBefore(x.lower) || Gazetteer::Get().IsRole(x.lower))) return true;
      if (x.lower.find("year-old") != std::string::npos) return true;  // "X, a 23-year-old ..."
      if (x.word && x.number) continue;
      bool skippable = x.text == "'s" || x.lower == "the" || x.lower == "a" || x.lower == "an" || x.lower == "its" ||
                       x.lower == "former" || x.lower == "union" || x.lower == "general" || x.lower == "regional" ||
                       x.lower == "national" || x.lower == "deputy" || x.lower == "vice" || (x.word && x.upper);
      if (!skippable) return false;
    }
  }
  return false;
}

Typed ClassifyPerson(const Tokens& t, size_t a, size_t b, bool title_before) {
  if (!LooksLikePersonName(t, a, b)) return {};
  const Gazetteer& g = Gazetteer::Get();
  if (title_before) return {NodeType::kPerson, "rule:person_title", 0.85};
  if (b - a < 2) return {};  // a single name needs a title ("President Lukashenka")
  if (a >= 1 && t[a - 1].word && words::IsPersonCueBefore(t[a - 1].lower)) {
    return {NodeType::kPerson, "rule:person_role_before", 0.8};
  }
  if (a >= 2 && t[a - 1].text == "," && t[a - 2].word && !t[a - 2].upper &&
      (words::IsPersonCueBefore(t[a - 2].lower) || g.IsRole(t[a - 2].lower) ||
       (a >= 3 && g.IsRole(t[a - 3].lower + " " + t[a - 2].lower)))) {
    return {NodeType::kPerson, "rule:person_role_before", 0.75};  // "its secretary general, Mduduzi Gina"
  }
  if (a >= 1 && t[a - 1].word && words::IsSpeechVerb(t[a - 1].lower)) return {NodeType::kPerson, "rule:person_speech", 0.8};
  if (IsRoleAfter(t, b)) return {NodeType::kPerson, "rule:person_role_after", 0.8};
  if (g.IsFirstName(t[a].norm)) return {NodeType::kPerson, "rule:person_first_name", 0.75};
  return {std::nullopt, "rule:person_name_shape", 0.5};  // typed later from the article (pronouns, surname)
}

// True when the one or two name words before token i and `key` (from i on) make a place.
static bool InsidePlace(const Tokens& t, size_t i, const std::string& key) {
  std::string place = key;
  for (size_t back = 1; back <= 2 && back <= i; ++back) {
    const Token& w = t[i - back];
    if (!IsNameWord(w)) return false;
    place = w.norm + " " + place;
    if (Gazetteer::Get().IsPlace(place)) return true;
  }
  return false;
}

// Gazetteer phrase (country or known body) starting at token i: end token or 0.
size_t PhraseAt(const Tokens& t, size_t i, size_t limit, const KnownEntity** out) {
  const Gazetteer& g = Gazetteer::Get();
  if (!t[i].word || !(t[i].upper || t[i].caps)) return 0;
  std::string key;
  size_t best = 0;
  size_t max_words = g.max_phrase_words();
  size_t words_seen = 0;
  for (size_t j = i; j < limit && words_seen < max_words; ++j) {
    if (!t[j].word) {
      if (t[j].text == "," || t[j].text == "'" || t[j].text == "&" || t[j].text == ".") continue;
      break;
    }
    if (!t[j].norm.empty()) {
      if (!key.empty()) key.push_back(' ');
      key += t[j].norm;
      ++words_seen;
    }
    bool prefix = g.IsPhrasePrefix(key);
    // "People's Republic of China" is keyed "peoples republic of china"; "Japan's" is still Japan.
    bool possessive_prefix = j + 2 < limit && t[j + 1].text == "'s" && g.IsPhrasePrefix(key + "s");
    if (!(t[j].upper || t[j].caps || t[j].number)) {  // a phrase ends on a name word
      if (!prefix) break;
      continue;
    }
    const KnownEntity* e = g.Country(key);
    if (e != nullptr && InsidePlace(t, i, key)) e = nullptr;  // "New Mexico", "New Jersey": no country
    if (e == nullptr && !prefix && !possessive_prefix && g.Known(key) == nullptr) break;
    if (e == nullptr) e = g.Known(key);
    bool short_single = j == i && t[i].text.size() <= 3;
    if (e != nullptr && !(short_single && !t[i].caps)) {  // "UN"/"US" only in capitals
      *out = e;
      best = j + 1;
    }
    if (possessive_prefix) {
      key += "s";
      ++j;  // past the "'s"
      continue;
    }
    if (e != nullptr && !prefix) break;
  }
  return best;
}

// The country named inside a name ("Supreme Court of Zimbabwe"), or "".
std::string InnerCountry(const Tokens& t, size_t a, size_t b) {
  for (size_t k = a; k < b; ++k) {
    const KnownEntity* e = nullptr;
    if (PhraseAt(t, k, b, &e) > 0 && e->type == NodeType::kCountry) return e->name;
  }
  for (size_t k = a; k < b; ++k) {  // "Korean Confederation of Trade Unions"
    if (const KnownEntity* c = t[k].upper ? Gazetteer::Get().Demonym(t[k].norm) : nullptr) return c->name;
  }
  return "";
}

}  // namespace lkg::ingest::spans
