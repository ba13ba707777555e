// The index entries and counters one node contributes: names, word starts,
// type and case indexes. Writers diff a node's entries before and after a
// change; the consistency check recomputes them. Internal to engine/.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "engine/records.h"
#include "engine/rocks_db.h"

namespace lkg::internal {

// What a case node is indexed by.
struct CaseAttributes {
  std::string country;  // NormalizeName(properties.country), "" when absent
  std::string kind;     // properties.kind, "other" when absent or not a string
  std::string date;     // properties.date, "" when absent or null
};
CaseAttributes CaseAttributesOf(const Node& node);

// One index key: its column family and key (values are derivable).
using IndexEntry = std::pair<Cf, std::string>;

// Every index entry of `node`: names, name_words, types, and for cases the
// four case indexes.
std::set<IndexEntry> NodeIndexEntries(const Node& node);

// The value stored under an index entry of `node`.
std::string IndexValue(Cf cf, const Node& node);

// The distinct non-empty normalised forms of the node's name and aliases.
std::set<std::string> NormalizedNames(const Node& node);

// Adds `name` and `aliases` to `node` as aliases unless their normalised
// form is already the node's name or an alias (keeps first spellings).
void MergeNames(Node& node, const std::string& name, const std::vector<std::string>& aliases);

// Adds the keys of `from` missing in `into` (objects only; existing keys win).
void MergeProperties(nlohmann::json& into, const nlohmann::json& from);

// Removes aliases that duplicate the name or each other (normalised).
void DeduplicateAliases(Node& node);

}  // namespace lkg::internal
