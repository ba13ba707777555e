// Case kinds from trigger phrases: the table of words and phrases that name
// a violation of each kind ("arrested", "banned the strike", "refused to
// negotiate"), plus the contextual rules that need more than one phrase
// ("declared the strike illegal", "fired tear gas" is no dismissal).
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "ingest/text/tokenizer.h"

namespace lkg::ingest {

// True when some token of `t` is (lower-case) one of `words`.
bool TokensHave(const std::vector<Token>& t, std::initializer_list<const char*> words);

// The first token of the first trigger phrase of `kind` in `t` ("arrested"
// for arrest), or std::string_view::npos when the kind came from a
// contextual rule with no phrase of the table.
size_t TriggerToken(const std::vector<Token>& t, std::string_view kind);

// The case kinds the sentence `t` triggers, each at most once, the
// stronger kinds first. `court_named` says a court entity is mentioned.
std::vector<const char*> CaseKindsOf(const std::vector<Token>& t, bool court_named);

}  // namespace lkg::ingest
