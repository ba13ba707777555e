// The span rules of entity recognition: how a capitalised span is cut out
// of a sentence and typed by its name (head words, legal forms, national
// union styles), by gazetteer phrases and by its neighbours. Used by
// mentions.cc; each function looks at tokens [a, b) of one sentence.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/schema.h"
#include "ingest/entities/gazetteer.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest::spans {

using Tokens = std::vector<Token>;

// A type for a span, with the rule that gave it and its confidence.
struct Typed {
  std::optional<NodeType> type;
  const char* rule = "";
  double confidence = 0.0;
};


// The text of tokens [a, b) as written.
std::string_view Surface(const Tokens& t, size_t a, size_t b);

// The normalised key of tokens [a, b): their NormKeys joined.
std::string JoinNorm(const Tokens& t, size_t a, size_t b);

// A quote, colon, dash or bracket: what may precede a sentence-like start.
bool IsQuoteOrColon(const Token& t);

// True when token i starts the sentence (or follows a quote/colon).
bool AtSentenceStart(const Tokens& t, size_t i);

// A capitalised or all-capitals word.
bool IsNameWord(const Token& t);

// A word glued to a place suffix: "Chinese-owned", "India-based".
const KnownEntity* HyphenCountry(const Token& t);

// Nouns after a nationality adjective that make it denote the state or place.
bool IsStateNoun(std::string_view w);

// "Retail, Wholesale and Department Store Union": a list of name words with
// commas ending in a union or body head word. Returns the end, or 0.
size_t CommaListName(const Tokens& t, size_t j);

// Extends a name span from `i`: capitalised words, connectors between them,
// "Workers'" apostrophes, "Local 705" numbers, a trailing "gold mine".
size_t ExtendSpan(const Tokens& t, size_t i);

// "Altynken gold mine", "Kumtor mine": a lower-case enterprise head after a name.
size_t EnterpriseTail(const Tokens& t, size_t j);

// True when some word token of [a, b) satisfies `pred` (on its NormKey).
bool AnyWord(const Tokens& t, size_t a, size_t b, bool (*pred)(std::string_view));

bool AllGeneric(const Tokens& t, size_t a, size_t b);

// "Çelik-İş", "Birleşik Metal-İş", "Eğitim-Sen": Turkish union names.
bool EndsWithTurkishUnion(const Token& t);

// "European Union", "Soviet Union", "Union Pacific": not workers' unions.
bool IsNotUnionName(const std::string& norm);

// Types a span by the form of its name alone.
Typed ClassifyByName(const Tokens& t, size_t a, size_t b);

// Types an untyped span by its neighbours.
Typed ClassifyByContext(const Tokens& t, size_t a, size_t b);

// One to four capitalised name words (particles allowed), none a head word.
bool LooksLikePersonName(const Tokens& t, size_t a, size_t b);

// "X, chair of", "X, the union's president", "X said": a person cue after b.
bool IsRoleAfter(const Tokens& t, size_t b);

// Types a person-shaped span from title, role, speech or first-name cues;
// without one the span stays untyped but person-shaped.
Typed ClassifyPerson(const Tokens& t, size_t a, size_t b, bool title_before);

// Gazetteer phrase (country or known body) starting at token i: end token or 0.
size_t PhraseAt(const Tokens& t, size_t i, size_t limit, const KnownEntity** out);

// The country named inside a name ("Supreme Court of Zimbabwe"), or "".
std::string InnerCountry(const Tokens& t, size_t a, size_t b);

}  // namespace lkg::ingest::spans
