#include "engine/node_index.h"

#include "engine/key_codec.h"
#include "engine/name_normalizer.h"

namespace lkg::internal {

CaseAttributes CaseAttributesOf(const Node& node) {
  CaseAttributes attrs;
  attrs.kind = "other";
  const nlohmann::json& p = node.properties;
  if (!p.is_object()) return attrs;
  auto country = p.find("country");
  if (country != p.end() && country->is_string()) attrs.country = NormalizeName(country->get<std::string>());
  auto kind = p.find("kind");
  if (kind != p.end() && kind->is_string() && !kind->get<std::string>().empty()) {
    attrs.kind = kind->get<std::string>();
  }
  auto date = p.find("date");
  if (date != p.end() && date->is_string()) attrs.date = date->get<std::string>();
  return attrs;
}

std::set<std::string> NormalizedNames(const Node& node) {
  std::set<std::string> out;
  std::string name = NormalizeName(node.name);
  if (!name.empty()) out.insert(name);
  for (const std::string& alias : node.aliases) {
    std::string normalized = NormalizeName(alias);
    if (!normalized.empty()) out.insert(normalized);
  }
  return out;
}

std::set<IndexEntry> NodeIndexEntries(const Node& node) {
  std::set<IndexEntry> out;
  for (const std::string& normalized : NormalizedNames(node)) {
    out.emplace(Cf::kNames, NameKey(normalized, node.key));
    for (size_t pos = normalized.find(' '); pos != std::string::npos; pos = normalized.find(' ', pos + 1)) {
      out.emplace(Cf::kNameWords, WordKey(std::string_view(normalized).substr(pos + 1), node.key, normalized));
    }
  }
  out.emplace(Cf::kTypes, TypeKey(node.type, node.key));
  if (node.type == NodeType::kCase) {
    CaseAttributes a = CaseAttributesOf(node);
    out.emplace(Cf::kCases, CaseKey(CaseIndex::kAll, "", "", a.date, node.key));
    out.emplace(Cf::kCases, CaseKey(CaseIndex::kKind, "", a.kind, a.date, node.key));
    if (!a.country.empty()) {
      out.emplace(Cf::kCases, CaseKey(CaseIndex::kCountry, a.country, "", a.date, node.key));
      out.emplace(Cf::kCases, CaseKey(CaseIndex::kCountryKind, a.country, a.kind, a.date, node.key));
    }
  }
  return out;
}

std::string IndexValue(Cf cf, const Node& node) {
  if (cf == Cf::kNames || cf == Cf::kNameWords) return std::string(1, static_cast<char>(node.type));
  return std::string();
}

void MergeNames(Node& node, const std::string& name, const std::vector<std::string>& aliases) {
  std::set<std::string> known = NormalizedNames(node);
  auto add = [&](const std::string& candidate) {
    std::string normalized = NormalizeName(candidate);
    if (normalized.empty() || !known.insert(normalized).second) return;
    node.aliases.push_back(candidate);
  };
  add(name);
  for (const std::string& alias : aliases) add(alias);
}

void MergeProperties(nlohmann::json& into, const nlohmann::json& from) {
  if (!from.is_object()) return;
  if (!into.is_object()) into = nlohmann::json::object();
  for (auto it = from.begin(); it != from.end(); ++it) {
    if (!into.contains(it.key())) into[it.key()] = it.value();
  }
}

void DeduplicateAliases(Node& node) {
  std::vector<std::string> aliases = std::move(node.aliases);
  node.aliases.clear();
  MergeNames(node, node.name, aliases);
}

}  // namespace lkg::internal
