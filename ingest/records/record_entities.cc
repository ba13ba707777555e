#include "ingest/records/record_entities.h"

#include <cctype>
#include <unordered_map>

#include "engine/name_normalizer.h"
#include "ingest/entities/gazetteer.h"
#include "ingest/names/employer_names.h"
#include "ingest/names/union_list.h"
#include "ingest/names/union_names.h"

namespace lkg::records {

namespace {

// The aliases of a national union's node (cached: every local repeats them).
const std::vector<std::string>& NationalAliases(const names::NationalUnion& u) {
  static std::unordered_map<const names::NationalUnion*, std::vector<std::string>> cache;
  auto it = cache.find(&u);
  if (it != cache.end()) return it->second;
  auto parsed = names::ParseUnionName(u.name);
  return cache[&u] = parsed ? parsed->aliases : std::vector<std::string>{};
}

}  // namespace

const nlohmann::json& UsCountryProperties() {
  static const nlohmann::json* props = new nlohmann::json{{"country", std::string(kUnitedStates)}, {"country_code", "US"}};
  return *props;
}

std::optional<CountryName> ResolveCountry(const std::string& text) {
  const ingest::KnownEntity* e = ingest::Gazetteer::Get().Country(NormalizeName(text));
  if (!e) return std::nullopt;
  return CountryName{e->name, e->code};
}

NodeKey AddUnitedStates(ImportSession& s) {
  NodeKey key = UnitedStatesKey();
  s.facts().AddNode(key, NodeType::kCountry, std::string(kUnitedStates),
                    {"United States of America", "USA", "US", "U.S."}, {{"iso2", "US"}, {"country_code", "US"}});
  return key;
}

NodeKey AddPlace(ImportSession& s, const UsPlace& place) {
  NodeKey us = AddUnitedStates(s);
  NodeKey state = StatePlaceKey(place);
  s.facts().AddNode(state, NodeType::kPlace, place.state_name, {},
                    {{"level", "state"}, {"region", place.state_code}, {"country", std::string(kUnitedStates)}, {"country_code", "US"}});
  s.facts().AddEdge(state, EdgeType::kLocatedIn, us);
  if (place.city.empty()) return state;
  NodeKey city = CityPlaceKey(place);
  s.facts().AddNode(city, NodeType::kPlace, CityDisplayName(place), {},
                    {{"level", "city"}, {"city", place.city}, {"region", place.state_code}, {"country", std::string(kUnitedStates)},
                     {"country_code", "US"}});
  s.facts().AddEdge(city, EdgeType::kLocatedIn, state);
  return city;
}

NodeKey AddEmployer(ImportSession& s, const std::string& raw, const std::optional<UsPlace>& where) {
  names::EmployerName name = names::ParseEmployerName(raw);
  if (name.canonical.empty()) return 0;
  NodeKey key = EntityKey(NodeType::kCompany, name.canonical);
  nlohmann::json props = UsCountryProperties();
  if (!name.legal_form.empty()) props["legal_form"] = name.legal_form;
  s.facts().AddNode(key, NodeType::kCompany, name.display, name.aliases, props);
  s.facts().AddEdge(key, EdgeType::kLocatedIn, AddUnitedStates(s));
  if (where) s.facts().AddEdge(key, EdgeType::kLocatedIn, AddPlace(s, *where));
  s.CountEmployer(raw, key, name.display);
  return key;
}

namespace {

NodeKey AddUnionNode(ImportSession& s, const names::UnionName& name) {
  NodeKey key = EntityKey(NodeType::kUnion, name.canonical);
  nlohmann::json props = UsCountryProperties();
  if (!name.number.empty()) props["local_number"] = name.number;
  if (!name.unit.empty() && !name.number.empty()) props["unit"] = name.unit;
  if (name.affiliation && !name.is_national) props["affiliation"] = std::string(name.affiliation->abbr);
  if (name.is_national) props["abbreviation"] = std::string(name.affiliation->abbr);
  s.facts().AddNode(key, NodeType::kUnion, name.canonical, name.aliases, props);
  s.facts().AddEdge(key, EdgeType::kLocatedIn, AddUnitedStates(s));
  if (name.affiliation && !name.is_national) {
    const names::NationalUnion& u = *name.affiliation;
    NodeKey nkey = EntityKey(NodeType::kUnion, u.name);
    nlohmann::json nprops = UsCountryProperties();
    nprops["abbreviation"] = std::string(u.abbr);
    s.facts().AddNode(nkey, NodeType::kUnion, std::string(u.name), NationalAliases(u), nprops);
    s.facts().AddEdge(key, EdgeType::kAffiliatedWith, nkey, nlohmann::json::object(), 0.9);
  }
  return key;
}

}  // namespace

std::vector<NodeKey> AddUnions(ImportSession& s, const std::string& raw) {
  const names::UnionList& list = s.ParsedUnions(raw);
  std::vector<NodeKey> keys;
  for (const names::UnionName& name : list.unions) {
    NodeKey key = AddUnionNode(s, name);
    s.CountUnion(raw, key, name.canonical);
    keys.push_back(key);
  }
  if (!list.unparsed.empty()) s.NoteUnparsedUnion(raw);
  return keys;
}

NodeKey AddUnion(ImportSession& s, const std::string& raw) {
  std::vector<NodeKey> keys = AddUnions(s, raw);
  return keys.empty() ? 0 : keys.front();
}

NodeKey AddPerson(ImportSession& s, const std::string& raw) {
  std::string name = names::DisplayName(raw);
  size_t comma = name.find(", ");
  if (comma != std::string::npos && name.find(", ", comma + 1) == std::string::npos) {
    name = name.substr(comma + 2) + " " + name.substr(0, comma);  // "Doe, Jane" -> "Jane Doe"
  }
  if (NormalizeName(name).empty()) return 0;
  NodeKey key = EntityKey(NodeType::kPerson, name);
  s.facts().AddNode(key, NodeType::kPerson, name, {raw});
  return key;
}

NodeKey AddEvent(ImportSession& s, const std::string& identity, const std::string& name,
                 const nlohmann::json& properties) {
  NodeKey key = RawNodeKey(NodeType::kEvent, identity);
  s.facts().AddNode(key, NodeType::kEvent, name, {}, properties);
  return key;
}

NodeKey AddCase(ImportSession& s, const std::string& identity, const std::string& name,
                const nlohmann::json& properties) {
  NodeKey key = RawNodeKey(NodeType::kCase, identity);
  s.facts().AddNode(key, NodeType::kCase, name, {}, properties);
  return key;
}

std::string IsoDate(const std::string& text) {
  auto digits = [&](size_t at, size_t n) {
    if (at + n > text.size()) return false;
    for (size_t i = at; i < at + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
  };
  if (text.size() >= 10 && digits(0, 4) && (text[4] == '-' || text[4] == '/') && digits(5, 2) &&
      text[7] == text[4] && digits(8, 2)) {
    return text.substr(0, 4) + "-" + text.substr(5, 2) + "-" + text.substr(8, 2);
  }
  if (text.size() == 10 && digits(0, 2) && text[2] == '/' && digits(3, 2) && text[5] == '/' && digits(6, 4)) {
    return text.substr(6, 4) + "-" + text.substr(0, 2) + "-" + text.substr(3, 2);
  }
  return "";
}

}  // namespace lkg::records
