// Case kinds from trigger phrases: the table of words and phrases that name
// a violation of each kind ("arrested", "banned the strike", "refused to
// negotiate"), plus the contextual rules that need more than one phrase
// ("declared the strike illegal", "fired tear gas" is no dismissal).
#pragma once

#include <initializer_list>
#include <vector>

#include "ingest/text/tokenizer.h"

namespace lkg::ingest {

// True when some token of `t` is (lower-case) one of `words`.
bool TokensHave(const std::vector<Token>& t, std::initializer_list<const char*> words);

// The case kinds the sentence `t` triggers, each at most once, the
// stronger kinds first. `court_named` says a court entity is mentioned.
std::vector<const char*> CaseKindsOf(const std::vector<Token>& t, bool court_named);

}  // namespace lkg::ingest
