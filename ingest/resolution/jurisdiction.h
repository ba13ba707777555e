// Generic names of state bodies ("Supreme Court", "Ministry of Labour",
// "National Assembly") name a different body in each country: extraction
// marks such a node with the country it belongs to (its "jurisdiction"
// property), its key includes that country, and resolution never merges two
// nodes of different jurisdictions. The words are data
// (resources/generic_body_words.txt).
#pragma once

#include <string>
#include <string_view>

#include "engine/records.h"

namespace lkg::ingest {

// True when every word of `name` is a generic body word (and it has two or more words).
bool IsGenericBodyName(std::string_view name);

// The jurisdiction property of `node`, or "".
std::string JurisdictionOf(const Node& node);

// Sets `node`'s jurisdiction to `country` and keys it by type, name and country.
void SetJurisdiction(Node& node, const std::string& country);

}  // namespace lkg::ingest
