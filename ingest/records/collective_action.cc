// Collective Action in Tech (a JSON array). Each worker action is an
// `event` (not a violation): its kind is its first action (strike, protest,
// open_letter, union_drive, …; all of them stay in `actions`), `participant`
// -> each company, and its places: US "city-state-usa" slugs become place
// nodes, other countries a country node under its ISO 3166 name (cities
// abroad stay properties, as data-model.md asks).
#include <cctype>
#include <optional>

#include "ingest/names/union_names.h"
#include "ingest/records/importers.h"
#include "ingest/records/record_entities.h"

namespace lkg::records {
namespace {

std::vector<std::string> Strings(const nlohmann::json& r, const char* key) {
  std::vector<std::string> out;
  auto it = r.find(key);
  if (it == r.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

std::string Title(const std::string& slug) {
  std::string out;
  bool start = true;
  for (char c : slug) {
    if (c == '-' || c == '_') c = ' ';
    out.push_back(start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    start = c == ' ';
  }
  return out;
}

std::string CompanyName(const std::string& slug) {
  if (slug.size() <= 3 || slug.find('&') != std::string::npos) {
    std::string out = slug;
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
  }
  return Title(slug);
}

// The ISO 3166 country of a location slug's last part ("usa", "uk", "south korea").
std::optional<CountryName> SlugCountry(const std::string& slug) {
  if (slug == "usa" || slug == "us") return CountryName{std::string(kUnitedStates), "US"};
  return ResolveCountry(slug);
}

// "open letter" -> "open_letter": the event kind of an action.
std::string EventKind(const std::vector<std::string>& actions) {
  std::string kind = actions.empty() ? "other" : actions[0];
  for (char& c : kind) c = c == ' ' || c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return kind;
}

void AddLocation(ImportSession& s, NodeKey case_key, const std::string& slug, nlohmann::json& places,
                 CountryName& first_country) {
  std::vector<std::string> parts;
  size_t from = 0;
  for (size_t dash; (dash = slug.find('-', from)) != std::string::npos; from = dash + 1) parts.push_back(slug.substr(from, dash - from));
  parts.push_back(slug.substr(from));
  auto resolved = SlugCountry(parts.back());
  if (!resolved) {
    if (parts.back() != "worldwide" && parts.back() != "online") s.Issue("unknown country '" + parts.back() + "'");
    return;
  }
  const std::string& country = resolved->name;
  if (first_country.name.empty()) first_country = *resolved;
  if (country == kUnitedStates && parts.size() >= 2) {
    auto place = MakePlace(parts.size() >= 3 ? Title(parts[0]) : "", parts[parts.size() - 2]);
    if (place) {  // the place is located in its state and the United States
      s.facts().AddEdge(case_key, EdgeType::kInPlace, AddPlace(s, *place));
      return;
    }
  }
  NodeKey key = country == kUnitedStates ? AddUnitedStates(s) : EntityKey(NodeType::kCountry, country);
  if (country != kUnitedStates) s.facts().AddNode(key, NodeType::kCountry, country, {}, {{"iso2", resolved->code}, {"country_code", resolved->code}});
  s.facts().AddEdge(case_key, EdgeType::kInCountry, key);
  if (parts.size() >= 2) {
    std::string place;
    for (size_t i = 0; i + 1 < parts.size(); ++i) place += Title(parts[i]) + ", ";
    places.push_back(place + country);
  }
}

void ImportAction(ImportSession& s, const nlohmann::json& r) {
  std::string id = r.contains("id") ? r["id"].dump() : "";
  if (id.empty() || id == "null") {
    s.Issue("missing id", true);
    return;
  }
  std::string date = r.contains("date") && r["date"].is_string() ? IsoDate(r["date"].get<std::string>()) : "";
  if (date.empty()) s.Issue("missing or unreadable date");
  std::string description = r.contains("description") && r["description"].is_string() ? r["description"].get<std::string>() : "";
  size_t stop = description.find(". ");
  std::vector<std::string> actions = Strings(r, "actions");
  nlohmann::json props = {{"kind", EventKind(actions)}, {"start", date.empty() ? nlohmann::json() : nlohmann::json(date)},
                          {"summary", stop == std::string::npos ? description : description.substr(0, stop + 1)},
                          {"actions", actions}, {"struggles", Strings(r, "struggles")},
                          {"employment_types", Strings(r, "employment_types")}, {"sources", Strings(r, "sources")},
                          {"external_id", "collective-action:" + id}, {"source", "collective-action"}};
  if (r.contains("workers") && r["workers"].is_number()) props["workers"] = r["workers"];
  std::vector<std::string> companies = Strings(r, "companies");
  std::string name = actions.empty() ? std::string("Worker action") : Title(actions[0]);
  if (!companies.empty()) name += " at " + CompanyName(companies[0]);
  if (!date.empty()) name += ", " + date;
  NodeKey case_key = AddEvent(s, "collective-action:" + id, name, props);
  for (const auto& slug : companies) {
    std::string company = CompanyName(slug);
    NodeKey key = EntityKey(NodeType::kCompany, company);
    s.facts().AddNode(key, NodeType::kCompany, company, {}, nlohmann::json::object());
    s.CountEmployer(slug, key, company);
    s.facts().AddEdge(case_key, EdgeType::kParticipant, key);
  }
  nlohmann::json places = nlohmann::json::array();
  CountryName country;
  for (const auto& loc : Strings(r, "locations")) AddLocation(s, case_key, loc, places, country);
  nlohmann::json more = {{"country", country.name.empty() ? nlohmann::json() : nlohmann::json(country.name)}};
  if (!country.code.empty()) more["country_code"] = country.code;
  if (!places.empty()) more["places"] = places;
  s.facts().AddNode(case_key, NodeType::kEvent, name, {}, more);
}

// Byte offset of each record's `"id":` key, to give evidence a span.
std::vector<size_t> RecordOffsets(std::string_view content) {
  std::vector<size_t> out;
  for (size_t at = content.find("\"id\""); at != std::string_view::npos; at = content.find("\"id\"", at + 4)) {
    out.push_back(at);
  }
  return out;
}

}  // namespace

Status ImportCollectiveAction(std::string_view content, ImportSession& s) {
  nlohmann::json all = nlohmann::json::parse(content, nullptr, false);
  if (all.is_discarded() || !all.is_array()) {
    return Status::InvalidArgument("collective-action: the file is not a JSON array");
  }
  std::vector<size_t> offsets = RecordOffsets(content);
  for (size_t i = 0; i < all.size(); ++i) {
    size_t start = i < offsets.size() ? offsets[i] : 0, end = i + 1 < offsets.size() ? offsets[i + 1] : content.size();
    const nlohmann::json& r = all[i];
    std::string rendering = r.is_object() && r.contains("description") && r["description"].is_string()
                                ? names::TruncateUtf8(r["description"].get<std::string>(), 300) : "";
    s.BeginRecord(i + 1, start, end, "Collective action " + (r.is_object() && r.contains("id") ? r["id"].dump() : "?") + ": " + rendering);
    if (!r.is_object()) {
      s.Issue("record is not a JSON object", true);
    } else {
      try {
        ImportAction(s, r);
      } catch (const nlohmann::json::exception& e) {
        s.Issue(std::string("unexpected JSON shape: ") + e.what());
      }
    }
    LKG_RETURN_IF_ERROR(s.EndRecord());
  }
  return Status::Ok();
}

}  // namespace lkg::records
