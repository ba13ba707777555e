#include "ingest/mentions.h"

#include "ingest/norm_key.h"
#include "ingest/gazetteer.h"
#include "ingest/word_lists.h"

namespace lkg::ingest {
namespace {

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
  static const char* kSuffixes[] = {"based", "owned", "registered", "headquartered", "run", "controlled",
                                    "funded", "backed", "listed"};
  bool ok = false;
  for (const char* s : kSuffixes) ok = ok || suffix == s;
  if (!ok) return nullptr;
  std::string head = NormKey(t.text.substr(0, dash));
  const Gazetteer& g = Gazetteer::Get();
  if (const KnownEntity* c = g.Country(head)) return c;
  return g.Demonym(head);
}

bool IsStateNoun(std::string_view w) {
  static const char* kNouns[] = {"government", "authorities", "state", "police", "embassy", "army", "military",
                                 "court", "courts", "officials", "regime", "ministry", "parliament", "president",
                                 "prime", "security", "forces", "legislation", "law", "laws", "labour", "labor",
                                 "economy", "constitution", "judiciary", "prosecutors", "prosecutor", "troops",
                                 "navy", "consulate", "administration", "cabinet", "senate", "border", "capital",
                                 "territory", "soil", "market", "subsidiary", "subsidiaries", "unit", "arm",
                                 "branch", "operations", "plant", "plants", "factory", "factories", "company",
                                 "companies", "firm", "firms", "unions", "union", "trade", "employers", "workforce",
                                 "authority", "agencies", "agency", "intelligence", "leader", "leadership",
                                 "minister", "ministers", "delegation", "mission", "office", "offices"};
  for (const char* n : kNouns) if (w == n) return true;
  return false;
}

// Extends a name span from `i`: capitalised words, connectors between them,
// "Workers'" apostrophes, "Local 705" numbers, a trailing "gold mine".
size_t ExtendSpan(const Tokens& t, size_t i) {
  size_t j = i + 1;
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
  static const char* kMaterial[] = {"gold", "coal", "copper", "iron", "silver", "uranium", "steel", "nickel",
                                    "zinc", "diamond", "platinum", "oil", "garment", "textile", "car", "cement",
                                    "power", "chemical", "assembly", "auto", "tyre", "tire", "processing"};
  static const char* kHeads[] = {"mine", "plant", "factory", "mill", "refinery", "smelter", "combine",
                                 "shipyard", "mines", "works"};
  size_t k = j;
  if (k < t.size()) {
    for (const char* m : kMaterial) if (t[k].lower == m) { ++k; break; }
  }
  if (k < t.size()) {
    for (const char* h : kHeads) if (t[k].lower == h) return k + 1;
  }
  return j;
}

struct Typed {
  std::optional<NodeType> type;
  const char* rule = "";
  double confidence = 0.0;
};

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
  static const char* kNot[] = {"european union", "soviet union", "african union", "credit union", "customs union",
                               "union pacific", "union carbide", "eurasian economic union", "union station",
                               "union square", "state of the union", "union budget", "union cabinet",
                               "union government", "union ministry", "union territory", "union bank"};
  for (const char* n : kNot) if (norm.find(n) != std::string::npos) return true;
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
    if (workers_tail || (cues >= 1 && AnyWord(t, a, b, words::IsWorkerWord) && b - a >= 3)) {
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
  if (b < t.size() && t[b].word && !t[b].upper && words::IsCompanyAfter(t[b].norm)) {
    return {NodeType::kCompany, "rule:company_cue_after", 0.6};
  }
  if (b + 1 < t.size() && !t[b].word && t[b].text == "'s" && t[b + 1].word && words::IsCompanyAfter(t[b + 1].norm)) {
    return {NodeType::kCompany, "rule:company_possessive", 0.6};
  }
  // "the MMTUK local union", "the KCTU union"
  if (b < t.size() && t[b].word && !t[b].upper &&
      (t[b].lower == "union" || t[b].lower == "federation" || t[b].lower == "confederation" ||
       (t[b].lower == "local" && b + 1 < t.size() && (t[b + 1].lower == "union" || t[b + 1].lower == "unions")))) {
    return {NodeType::kUnion, "rule:union_cue_after", 0.65};
  }
  // "X, a Chinese-owned oil company"
  if (b + 2 < t.size() && t[b].text == "," && (t[b + 1].lower == "a" || t[b + 1].lower == "an" || t[b + 1].lower == "the")) {
    for (size_t k = b + 2; k < t.size() && k < b + 8; ++k) {
      if (!t[k].word) break;
      if (words::IsCompanyCue(t[k].norm)) return {NodeType::kCompany, "rule:company_apposition", 0.75};
      if (t[k].norm == "union" || t[k].norm == "federation" || t[k].norm == "confederation") {
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
  if (a >= 1 && t[a - 1].word && words::IsSpeechVerb(t[a - 1].lower)) return {NodeType::kPerson, "rule:person_speech", 0.8};
  if (IsRoleAfter(t, b)) return {NodeType::kPerson, "rule:person_role_after", 0.8};
  if (g.IsFirstName(t[a].norm)) return {NodeType::kPerson, "rule:person_first_name", 0.75};
  return {std::nullopt, "rule:person_name_shape", 0.5};  // typed later from the article (pronouns, surname)
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
    if (!(t[j].upper || t[j].caps || t[j].number)) {  // a phrase ends on a name word
      if (!prefix) break;
      continue;
    }
    const KnownEntity* e = g.Country(key);
    if (e == nullptr && !prefix && g.Known(key) == nullptr) break;
    if (e == nullptr) e = g.Known(key);
    if (e == nullptr) continue;
    bool short_single = j == i && t[i].text.size() <= 3;
    if (short_single && !t[i].caps) continue;  // "UN"/"US" only in capitals
    *out = e;
    best = j + 1;
    if (!prefix) break;
  }
  return best;
}

Mention MakeMention(const Tokens& t, size_t a, size_t b, const Typed& typed) {
  Mention m;
  m.first = a;
  m.end = b;
  m.type = typed.type;
  m.name = std::string(Surface(t, a, b));
  m.rule = typed.rule;
  m.confidence = typed.confidence;
  return m;
}

Mention KnownMention(const Tokens& t, size_t a, size_t b, const KnownEntity* e) {
  Mention m;
  m.first = a;
  m.end = b;
  m.type = e->type;
  m.name = e->name;
  m.known = true;
  m.known_aliases = e->aliases;
  std::string surface(Surface(t, a, b));
  if (surface != e->name) m.known_aliases.push_back(surface);
  m.rule = e->type == NodeType::kCountry ? "rule:country_gazetteer" : "rule:known_entity";
  m.confidence = 0.95;
  return m;
}

class SentenceRecognizer {
 public:
  SentenceRecognizer(const Sentence& s, const MentionContext& ctx) : t_(s.tokens), ctx_(ctx) {}

  std::vector<Mention> Run() {
    for (size_t i = 0; i < t_.size();) {
      if (const KnownEntity* c = HyphenCountry(t_[i])) {
        Mention m = KnownMention(t_, i, i + 1, c);
        m.known_aliases = c->aliases;  // not the compound ("Chinese-owned")
        m.rule = "rule:country_adjective_compound";
        out_.push_back(std::move(m));
        ++i;
        continue;
      }
      if (!IsNameWord(t_[i])) { ++i; continue; }
      size_t j = ExtendSpan(t_, i);
      const KnownEntity* e = nullptr;
      size_t phrase = PhraseAt(t_, i, t_.size(), &e);
      if (phrase > j) {  // a gazetteer name with commas: "National Union of Rail, Maritime and Transport Workers"
        out_.push_back(KnownMention(t_, i, phrase, e));
        i = phrase;
        continue;
      }
      Span(i, j);
      i = j;
    }
    AttachAcronyms();
    return std::move(out_);
  }

 private:
  void Span(size_t a, size_t b) {
    // Drop sentence-opening function words and a leading "The".
    while (a < b && ((AtSentenceStart(t_, a) &&
                      (words::IsSentenceOpener(t_[a].norm) || words::IsPersonCueBefore(t_[a].norm)) &&
                      !ctx_.mid_sentence_caps.count(t_[a].lower)) ||
                     t_[a].lower == "the" || (t_[a].word && words::IsConnector(t_[a].lower) && !t_[a].upper))) {
      ++a;
    }
    // "Members of X", "Drivers of X" at a sentence start: the name is X.
    if (a + 2 < b && AtSentenceStart(t_, a) && t_[a + 1].lower == "of" && t_[a].lower.size() > 3 &&
        t_[a].lower.back() == 's' && !t_[a].caps && !ctx_.mid_sentence_caps.count(t_[a].lower)) {
      a += 2;
    }
    while (b > a && (!t_[b - 1].word || words::IsConnector(t_[b - 1].lower)) && t_[b - 1].text != ".") --b;
    if (a >= b) return;
    size_t tail = EnterpriseTail(t_, b);
    bool named_body = b - a >= 3 && words::IsOrgHead(t_[a].norm) && t_[a + 1].lower == "of";  // "Ministry of Labour"
    if (tail == b && AllGeneric(t_, a, b) && !IsKnownPhrase(a, b) && !named_body) return;
    if (tail > b) {
      out_.push_back(MakeMention(t_, a, tail, {NodeType::kCompany, "rule:enterprise_name", 0.75}));
      return;
    }
    if (SplitAtJoin(a, b)) return;
    if (Whole(a, b)) return;
    Split(a, b);
  }

  // "Chris Moyles of BBC Radio", "Sri Lankan Airlines and Finnair", "London Mayor Ken Livingstone":
  // two names joined; each is handled alone.
  bool SplitAtJoin(size_t a, size_t b) {
    for (size_t k = a + 1; k + 1 < b; ++k) {
      const std::string& w = t_[k].lower;
      bool left_person = LooksLikePersonName(t_, a, k) && k - a >= 2 &&
                         (Gazetteer::Get().IsFirstName(t_[a].norm) || ClassifyByName(t_, k + 1, b).type ||
                          IsKnownPhrase(k + 1, b));
      if (w == "of" && IsRoleTitle(a, k)) {  // "General Secretary of BEST", "CEO of Disney"
        Span(k + 1, b);
        return true;
      }
      if (w == "of" && left_person) {
        Span(a, k);
        Span(k + 1, b);
        return true;
      }
      if ((w == "and" || w == "&") && !IsKnownPhrase(a, b)) {
        Typed left = ClassifyByName(t_, a, k);
        bool left_complete = left.type.has_value() || IsKnownPhrase(a, k) || AllGeneric(t_, a, k);
        if (left_complete && (k + 2 == b || ClassifyByName(t_, k + 1, b).type || t_[k + 1].caps ||
                              IsKnownPhrase(k + 1, b) || ClassifyByName(t_, a, b).type == left.type)) {
          if (!AllGeneric(t_, a, k)) Span(a, k);
          Span(k + 1, b);
          return true;
        }
      }
      if (t_[k].upper && words::IsPersonTitle(t_[k].norm) && k + 1 < b && LooksLikePersonName(t_, k + 1, b) &&
          (!ClassifyByName(t_, a, b).type || b - k >= 3) && !IsKnownPhrase(a, b)) {
        static const char* kModifiers[] = {"prime", "foreign", "labour", "labor", "finance", "interior", "defence",
                                           "defense", "justice", "health", "education", "deputy", "vice", "chief",
                                           "attorney", "economy", "trade", "transport", "home"};
        bool modifier = false;
        for (const char* mod : kModifiers) modifier = modifier || t_[k - 1].norm == mod;
        if (!AllGeneric(t_, a, k) && !modifier) Span(a, k);
        out_.push_back(MakeMention(t_, k + 1, b, {NodeType::kPerson, "rule:person_title", 0.85}));
        return true;
      }
    }
    return false;
  }

  // "General Secretary", "President", "Chief Executive": a position, not a name.
  bool IsRoleTitle(size_t a, size_t b) const {
    std::string phrase;
    for (size_t k = a; k < b; ++k) {
      if (!t_[k].word) return false;
      phrase += (phrase.empty() ? "" : " ") + t_[k].lower;
    }
    return Gazetteer::Get().IsRole(phrase) || (b - a == 1 && words::IsPersonTitle(t_[a].norm));
  }

  bool IsKnownPhrase(size_t a, size_t b) const {
    const KnownEntity* e = nullptr;
    return PhraseAt(t_, a, b, &e) == b;
  }

  // The whole span as one name; false when it must be split.
  bool Whole(size_t a, size_t b) {
    const KnownEntity* e = nullptr;
    if (PhraseAt(t_, a, b, &e) == b) {
      // A demonym alone is no country ("Korean workers"), unless a state noun follows.
      out_.push_back(KnownMention(t_, a, b, e));
      return true;
    }
    if (const KnownEntity* c = Gazetteer::Get().Demonym(JoinNorm(t_, a, b))) {
      if (b < t_.size() && t_[b].word && !t_[b].upper && IsStateNoun(t_[b].lower)) {
        Mention m = KnownMention(t_, a, b, c);
        m.rule = "rule:country_adjective";
        m.confidence = 0.8;
        out_.push_back(std::move(m));
      }
      return true;
    }
    if (KnownPrefixThenSubpart(a, b)) return true;
    if (HasKnownSideOfAnd(a, b)) return false;
    Typed typed = ClassifyByName(t_, a, b);
    if (typed.type) {
      out_.push_back(MakeMention(t_, a, b, typed));
      return true;
    }
    return false;
  }

  // "IMF Regional Office", "IMF World Congress": the body itself, not a new one.
  bool KnownPrefixThenSubpart(size_t a, size_t b) {
    const KnownEntity* e = nullptr;
    size_t end = PhraseAt(t_, a, b, &e);
    if (end == 0 || end >= b || e->type == NodeType::kCountry) return false;
    for (size_t k = end; k < b; ++k) {
      if (t_[k].word && !words::IsSubpartWord(t_[k].norm) && !words::IsEventWord(t_[k].norm) &&
          !words::IsConnector(t_[k].norm)) {
        return false;
      }
    }
    out_.push_back(KnownMention(t_, a, end, e));
    return true;
  }

  // "European Parliament and Vice-President": split when one side of "and" is a known name.
  bool HasKnownSideOfAnd(size_t a, size_t b) {
    for (size_t k = a + 1; k + 1 < b; ++k) {
      if (t_[k].lower != "and" && t_[k].text != "&") continue;
      if (IsKnownPhrase(a, k) || IsKnownPhrase(k + 1, b)) return true;
    }
    return false;
  }

  void Split(size_t a, size_t b) {
    // Gazetteer phrases inside the span; what lies between is classified alone.
    size_t start = a;
    for (size_t i = a; i < b;) {
      const KnownEntity* e = nullptr;
      size_t end = PhraseAt(t_, i, b, &e);
      if (end == 0) { ++i; continue; }
      Rest(start, i);
      out_.push_back(KnownMention(t_, i, end, e));
      i = start = end;
    }
    Rest(start, b);
  }

  // A stretch with no gazetteer phrase: split at "and", then person/context typing.
  void Rest(size_t a, size_t b) {
    while (a < b && (!t_[a].word || words::IsConnector(t_[a].lower) || t_[a].lower == "the")) ++a;
    while (b > a && (!t_[b - 1].word || words::IsConnector(t_[b - 1].lower))) --b;
    if (a >= b) return;
    for (size_t k = a + 1; k + 1 < b; ++k) {
      if (t_[k].lower == "and" || t_[k].text == "&") {
        if (!ClassifyByName(t_, a, b).type) {
          Rest(a, k);
          Rest(k + 1, b);
          return;
        }
      }
    }
    if (AllGeneric(t_, a, b)) return;
    if (b - a == 1 && (words::IsNotName(t_[a].norm) || words::IsSentenceOpener(t_[a].norm) ||
                       words::IsOrgHead(t_[a].norm) || words::IsUnionHead(t_[a].norm) ||
                       words::IsBodyHead(t_[a].norm) || words::IsCompanyHead(t_[a].norm) ||
                       Gazetteer::Get().Demonym(t_[a].norm) != nullptr)) {
      return;
    }
    Typed typed = ClassifyByName(t_, a, b);
    bool lone_opener = b - a == 1 && AtSentenceStart(t_, a) && !ctx_.mid_sentence_caps.count(t_[a].lower);
    if (!typed.type && !lone_opener) typed = ClassifyByContext(t_, a, b);
    if (!typed.type) {
      bool title = false;
      while (a + 2 <= b && words::IsPersonTitle(t_[a].norm) && t_[a].upper) {
        ++a;
        title = true;
      }
      if (a < b && t_[a].text == ".") ++a;
      typed = ClassifyPerson(t_, a, b, title || (a >= 1 && words::IsPersonTitle(t_[a - 1].norm)));
    }
    if (!typed.type && b - a > 4) return;
    Mention m = MakeMention(t_, a, b, typed);
    m.person_shaped = !typed.type && std::string_view(typed.rule) == "rule:person_name_shape";
    out_.push_back(std::move(m));
  }

  // "Long Name (ABC)": the acronym becomes the mention's alias.
  void AttachAcronyms() {
    for (Mention& m : out_) {
      size_t e = m.end;
      if (e < t_.size() && t_[e].text == "'s") ++e;  // "the Toronto Transit Commission's (TTC)"
      if (e + 2 < t_.size() && t_[e].text == "(" && t_[e + 1].word && t_[e + 2].text == ")") {
        const Token& acr = t_[e + 1];
        int uppers = 0;
        for (char c : acr.text) uppers += (c >= 'A' && c <= 'Z');
        if (uppers >= 2 && acr.text.size() <= 12 && NormKey(acr.text) != NormKey(m.name)) {
          m.acronym = std::string(acr.text);
        }
      }
    }
    // The acronym itself is not a separate mention.
    std::vector<Mention> kept;
    for (size_t k = 0; k < out_.size(); ++k) {
      const Mention& m = out_[k];
      bool is_acronym = k > 0 && m.end - m.first == 1 && !out_[k - 1].acronym.empty() &&
                        m.first >= out_[k - 1].end + 1 && m.first <= out_[k - 1].end + 2;
      if (!is_acronym) kept.push_back(m);
    }
    out_ = std::move(kept);
  }

  const Tokens& t_;
  const MentionContext& ctx_;
  std::vector<Mention> out_;
};

}  // namespace

std::vector<Mention> FindMentions(const Sentence& sentence, const MentionContext& context) {
  return SentenceRecognizer(sentence, context).Run();
}

MentionContext BuildMentionContext(const std::vector<Sentence>& sentences) {
  MentionContext ctx;
  for (const Sentence& s : sentences) {
    for (size_t i = 1; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      if (t.word && t.upper && !AtSentenceStart(s.tokens, i)) ctx.mid_sentence_caps.insert(t.lower);
    }
  }
  return ctx;
}

}  // namespace lkg::ingest
