#include "ingest/resolution/resolver.h"

#include <algorithm>

#include "engine/name_fold.h"
#include "engine/name_normalizer.h"
#include "ingest/resolution/jurisdiction.h"
#include "ingest/resolution/name_variants.h"
#include "ingest/entities/gazetteer.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest {
namespace {

std::string FoldIndexKey(NodeType type, std::string_view fold) {
  // Sized then filled: GCC 12 reports a false -Wrestrict for push_back + append.
  std::string key(fold.size() + 1, static_cast<char>(type));
  std::copy(fold.begin(), fold.end(), key.begin() + 1);
  return key;
}

bool IsAcronym(const std::string& s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z';
  }
  return upper >= 2;
}

std::vector<std::string> SplitWords(const std::string& key) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= key.size()) {
    size_t space = key.find(' ', start);
    if (space == std::string::npos) space = key.size();
    if (space > start) out.push_back(key.substr(start, space - start));
    start = space + 1;
  }
  return out;
}

std::string JoinWords(const std::vector<std::string>& words, size_t n) {
  std::string out;
  for (size_t k = 0; k < n && k < words.size(); ++k) {
    if (k > 0) out.append(1, ' ');
    out.append(words[k]);
  }
  return out;
}

// An index key of another kind than FoldIndexKey's: `tag` ('s' surname, 'p' leading words) first.
std::string TaggedIndexKey(char tag, NodeType type, std::string_view fold) {
  std::string key(fold.size() + 2, tag);  // sized then filled, as FoldIndexKey (GCC 12 -Wrestrict)
  key[1] = static_cast<char>(type);
  std::copy(fold.begin(), fold.end(), key.begin() + 2);
  return key;
}

// A surname that can stand for one stored person: long enough, no given name.
bool DistinctiveSurname(const std::string& norm) {
  return norm.size() >= 4 && norm.find(' ') == std::string::npos && !Gazetteer::Get().IsFirstName(norm);
}

// The leading words of a company name that may stand for it: not a generic word alone ("National").
bool DistinctivePrefix(const std::vector<std::string>& words, size_t n) {
  static const rules::WordSet& generic = rules::Words("entity_words.tsv", "generic");
  return n >= 1 && !(n == 1 && (generic.Has(words[0]) || words[0].size() < 3));
}

bool Resolvable(NodeType t) {
  return t == NodeType::kUnion || t == NodeType::kCompany || t == NodeType::kPerson || t == NodeType::kOrganization;
}

}  // namespace

std::string TransliterationKey(std::string_view name) { return FoldRomanisation(NormalizeName(name)); }

Status Resolver::LoadOnce() {
  if (loaded_) return Status::Ok();
  loaded_ = true;
  std::unique_ptr<GraphReader> reader = store_.NewReader();
  Result<std::vector<ResolutionDecision>> decisions = reader->Decisions();
  if (!decisions.ok()) return decisions.status();
  for (const ResolutionDecision& d : *decisions) {
    if (d.kind == ResolutionDecision::Kind::kMerge) merged_into_[d.b] = d.a;
    if (d.kind == ResolutionDecision::Kind::kDistinct) {
      distinct_.insert({d.a, d.b});
      distinct_.insert({d.b, d.a});
    }
    if (d.kind == ResolutionDecision::Kind::kSplit) split_aliases_[d.a].insert(NormalizeName(d.alias));
  }
  for (NodeType type : {NodeType::kPerson, NodeType::kUnion, NodeType::kCompany, NodeType::kOrganization}) {
    LKG_RETURN_IF_ERROR(reader->ForEachNodeOfType(type, [&](const NodeKey& key) {
      Result<Node> n = reader->GetNode(key);
      if (n.ok()) Index(*n);
      return true;
    }));
  }
  return Status::Ok();
}

void Resolver::Index(const Node& node) {
  auto add = [&](const std::string& index_key) {
    std::vector<NodeKey>& keys = variant_index_[index_key];
    if (std::find(keys.begin(), keys.end(), node.key) == keys.end()) keys.push_back(node.key);
  };
  if (node.type == NodeType::kPerson) {
    const std::string fold = TransliterationKey(node.name);
    fold_index_.emplace(FoldIndexKey(NodeType::kPerson, fold), node.key);
    size_t space = fold.rfind(' ');
    if (space != std::string::npos) add(TaggedIndexKey('s', NodeType::kPerson, fold.substr(space + 1)));
    return;
  }
  const std::string variant = NameVariantKey(node.name);
  if (variant.empty()) return;
  add(FoldIndexKey(node.type, variant));
  if (node.type != NodeType::kCompany) return;
  const std::vector<std::string> words = SplitWords(variant);
  for (size_t n = 1; n < words.size() && n <= 2; ++n) {
    if (DistinctivePrefix(words, n)) add(TaggedIndexKey('p', node.type, JoinWords(words, n)));
  }
}

NodeKey Resolver::OnlyOne(const std::string& index_key, const std::function<bool(NodeKey)>& usable) const {
  auto it = variant_index_.find(index_key);
  return it != variant_index_.end() && it->second.size() == 1 && usable(it->second[0]) ? it->second[0] : 0;
}

NodeKey Resolver::ShortOrLongForm(const Node& node, const std::function<bool(NodeKey)>& usable, std::string& why) {
  if (node.type == NodeType::kPerson) {
    const std::string fold = TransliterationKey(node.name);
    size_t space = fold.rfind(' ');
    if (space == std::string::npos && DistinctiveSurname(NormalizeName(node.name))) {  // "Sokolova"
      if (NodeKey k = OnlyOne(TaggedIndexKey('s', node.type, fold), usable)) {
        why = "surname of one existing person";
        return k;
      }
    }
    return 0;
  }
  if (node.type != NodeType::kCompany) return 0;
  const std::vector<std::string> words = SplitWords(NameVariantKey(node.name));
  if (words.empty()) return 0;
  if (words.size() <= 2 && DistinctivePrefix(words, words.size())) {  // "Schneider" for "Schneider Electric"
    if (NodeKey k = OnlyOne(TaggedIndexKey('p', node.type, JoinWords(words, words.size())), usable)) {
      why = "short form of one existing company";
      return k;
    }
  }
  for (size_t n = std::min<size_t>(words.size() - 1, 2); n >= 1; --n) {  // "Oak Harbor Freight Lines" for "Oak Harbor"
    if (!DistinctivePrefix(words, n)) continue;
    if (NodeKey k = OnlyOne(FoldIndexKey(node.type, JoinWords(words, n)), usable)) {
      why = "long form of one existing company";
      return k;
    }
  }
  return 0;
}

bool Resolver::Distinct(NodeKey a, NodeKey b) const { return distinct_.count({a, b}) > 0; }

NodeKey Resolver::FindExisting(const Node& node, const GraphReader& reader, std::string& why) {
  const std::string jurisdiction = JurisdictionOf(node);
  auto usable = [&](NodeKey k, const std::string& name) {
    if (k == node.key || Distinct(k, node.key)) return false;
    if (!jurisdiction.empty()) {  // "Supreme Court" of another country is another court
      Result<Node> other = reader.GetNode(k);
      if (!other.ok() || JurisdictionOf(*other) != jurisdiction) return false;
    }
    auto split = split_aliases_.find(k);
    return split == split_aliases_.end() || !split->second.count(NormalizeName(name));
  };
  Result<std::vector<NodeKey>> same = reader.FindByName(node.name, node.type);
  if (same.ok() && !same->empty()) {
    for (NodeKey k : *same) {
      if (usable(k, node.name)) { why = "same normalised name as an existing node"; return k; }
    }
  }
  // A bare acronym or short form that names exactly one stored node.
  if (IsAcronym(node.name) || node.type == NodeType::kCompany) {
    if (same.ok() && same->size() == 1 && usable((*same)[0], node.name)) return (*same)[0];
  }
  for (const std::string& alias : node.aliases) {
    if (node.type == NodeType::kPerson) continue;  // surnames are ambiguous
    Result<std::vector<NodeKey>> hits = reader.FindByName(alias, node.type);
    if (!hits.ok() || hits->size() != 1 || !usable((*hits)[0], alias)) continue;
    // An acronym is ambiguous too, unless the one node it names is that bare acronym (an article
    // that never spelled it out): "NUPENG" then "Nigeria Union of Petroleum ... (NUPENG)".
    if (IsAcronym(alias) && !NamedOnly(reader, (*hits)[0], alias)) continue;
    why = "alias '" + alias + "' names an existing node";
    return (*hits)[0];
  }
  auto usable_key = [&](NodeKey k) { return usable(k, node.name); };
  if (const std::string variant = NameVariantKey(node.name); node.type != NodeType::kPerson && !variant.empty()) {
    if (NodeKey k = OnlyOne(FoldIndexKey(node.type, variant), usable_key)) {
      why = "spelling variant of an existing name";
      return k;
    }
  }
  if (node.type == NodeType::kPerson && node.name.find(' ') != std::string::npos) {
    auto it = fold_index_.find(FoldIndexKey(node.type, TransliterationKey(node.name)));
    if (it != fold_index_.end() && usable(it->second, node.name)) {
      why = "transliteration variant of an existing name";
      return it->second;
    }
  }
  return ShortOrLongForm(node, usable_key, why);
}

Status Resolver::Resolve(DocumentFacts& facts) {
  LKG_RETURN_IF_ERROR(LoadOnce());
  std::unique_ptr<GraphReader> reader = store_.NewReader();
  std::map<NodeKey, NodeKey> rekey;
  for (NodeFact& nf : facts.nodes) {
    Node& node = nf.node;
    NodeKey natural = node.key;
    auto merged = merged_into_.find(natural);
    NodeKey target = merged != merged_into_.end() ? merged->second : 0;
    std::string why = target ? "manual merge decision" : "";
    if (!target && Resolvable(node.type)) target = FindExisting(node, *reader, why);
    if (!target || target == natural) continue;
    Result<Node> existing = reader->GetNode(target);
    if (!existing.ok()) continue;
    if (NormalizeName(existing->name) != NormalizeName(node.name)) node.aliases.push_back(node.name);
    node.name = existing->name;
    node.key = target;
    node.properties["resolution"] = why;
    rekey[natural] = target;
  }
  if (rekey.empty()) return Status::Ok();
  FoldDuplicates(facts, rekey);
  return Status::Ok();
}

void Resolver::FoldDuplicates(DocumentFacts& facts, const std::map<NodeKey, NodeKey>& rekey) {
  // Two article entities resolved to one stored node become one fact.
  std::map<NodeKey, size_t> first;
  std::vector<NodeFact> nodes;
  for (NodeFact& nf : facts.nodes) {
    auto [it, fresh] = first.emplace(nf.node.key, nodes.size());
    if (fresh) {
      nodes.push_back(std::move(nf));
      continue;
    }
    NodeFact& kept = nodes[it->second];
    for (std::string& a : nf.node.aliases) kept.node.aliases.push_back(std::move(a));
    for (Evidence& e : nf.evidence) kept.evidence.push_back(std::move(e));
  }
  facts.nodes = std::move(nodes);
  // Edges follow their endpoints; loops and repeats go.
  std::map<EdgeKey, size_t> seen;
  std::vector<EdgeFact> edges;
  for (EdgeFact& ef : facts.edges) {
    if (auto it = rekey.find(ef.edge.source); it != rekey.end()) ef.edge.source = it->second;
    if (auto it = rekey.find(ef.edge.target); it != rekey.end()) ef.edge.target = it->second;
    if (ef.edge.source == ef.edge.target) continue;
    ef.edge.key = EdgeKeyFor(ef.edge.source, ef.edge.type, ef.edge.target);
    auto [it, fresh] = seen.emplace(ef.edge.key, edges.size());
    if (fresh) edges.push_back(std::move(ef));
    else for (Evidence& e : ef.evidence) edges[it->second].evidence.push_back(std::move(e));
  }
  facts.edges = std::move(edges);
}

void Resolver::Remember(const DocumentFacts& facts) {
  for (const NodeFact& nf : facts.nodes) if (Resolvable(nf.node.type)) Index(nf.node);
}

bool Resolver::NamedOnly(const GraphReader& reader, NodeKey key, const std::string& acronym) {
  Result<Node> n = reader.GetNode(key);
  return n.ok() && NormalizeName(n->name) == NormalizeName(acronym);
}

}  // namespace lkg::ingest
