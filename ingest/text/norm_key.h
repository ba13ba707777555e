// NormKey: engine/name_normalizer.h's NormalizeName with a fast path for
// ASCII text (the common case in English articles). Same result always.
#pragma once

#include <string>
#include <string_view>

namespace lkg::ingest {

// Equals NormalizeName(s) for every input; ASCII input skips Unicode work.
std::string NormKey(std::string_view s);

}  // namespace lkg::ingest
