// Entity resolution across documents. Rewrites the node keys of one
// article's facts so that an entity already in the store keeps its node:
// same normalised name (type-aware), a bare acronym or short form that is
// an alias of exactly one stored node, a spelled-out name whose acronym is
// a stored bare-acronym node, a spelling variant of an organisation's name
// (name_variants.h: "Labour"/"Labor", "Glencore Plc"/"Glencore"), or a
// transliteration variant of a person's name ("Tadjibaev"/"Tadzhibaev"), a
// bare surname of exactly one stored person, or the short or long form of
// exactly one stored company ("Schneider" / "Schneider Electric"). Manual decisions (merge, split,
// distinct) are honoured. Each resolved node records why in
// properties.resolution.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/graph_store.h"

namespace lkg::ingest {

// The transliteration-folded key of a name: NormalizeName, then common
// romanisation variants folded ("dzh"/"dj"/"zh" -> "j", "kh" -> "h",
// "yev" -> "ev", "y" -> "i", doubled letters single).
std::string TransliterationKey(std::string_view name);

class Resolver {
 public:
  explicit Resolver(GraphStore& store) : store_(store) {}

  // Resolves `facts` against the store (and earlier calls). Errors only
  // when the store cannot be read.
  Status Resolve(DocumentFacts& facts);

  // Tells the resolver what was written, so later documents of the same
  // run resolve against it.
  void Remember(const DocumentFacts& facts);

 private:
  Status LoadOnce();
  NodeKey FindExisting(const Node& node, const GraphReader& reader, std::string& why);
  bool Distinct(NodeKey a, NodeKey b) const;
  static void FoldDuplicates(DocumentFacts& facts, const std::map<NodeKey, NodeKey>& rekey);
  // Adds `node` to the transliteration (persons) or spelling-variant index, and indexes a
  // person's surname and a company's leading words.
  void Index(const Node& node);
  // The one node of `index_key` in the variant index when it is usable, else 0.
  NodeKey OnlyOne(const std::string& index_key, const std::function<bool(NodeKey)>& usable) const;
  // A bare surname of exactly one stored person; a company's short form ("Schneider") or long
  // form ("Oak Harbor Freight Lines") of exactly one stored company; else 0.
  NodeKey ShortOrLongForm(const Node& node, const std::function<bool(NodeKey)>& usable, std::string& why);
  // True when the stored node `key` is named `acronym` itself (a bare acronym, never spelled out).
  static bool NamedOnly(const GraphReader& reader, NodeKey key, const std::string& acronym);

  GraphStore& store_;
  bool loaded_ = false;
  std::unordered_map<std::string, NodeKey> fold_index_;  // type byte + transliteration key -> node
  // type byte + NameVariantKey -> nodes; "s" + type + surname (persons), "p" + type + leading words (companies)
  std::unordered_map<std::string, std::vector<NodeKey>> variant_index_;
  std::map<NodeKey, NodeKey> merged_into_;               // folded-away key -> kept key
  std::set<std::pair<NodeKey, NodeKey>> distinct_;
  std::map<NodeKey, std::set<std::string>> split_aliases_;  // node -> normalised aliases split off it
};

}  // namespace lkg::ingest
