#include "ingest/records/us_places.h"

#include <algorithm>
#include <cctype>

#include "engine/name_normalizer.h"
#include "ingest/names/union_names.h"

namespace lkg::records {
namespace {

struct State {
  std::string_view code, name;
};

constexpr State kStates[] = {
    {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
    {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
    {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
    {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
    {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"},
    {"MN", "Minnesota"}, {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"},
    {"NE", "Nebraska"}, {"NV", "Nevada"}, {"NH", "New Hampshire"}, {"NJ", "New Jersey"},
    {"NM", "New Mexico"}, {"NY", "New York"}, {"NC", "North Carolina"}, {"ND", "North Dakota"},
    {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"}, {"PA", "Pennsylvania"},
    {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"},
    {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"}, {"WA", "Washington"},
    {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"}, {"PR", "Puerto Rico"},
    {"GU", "Guam"}, {"VI", "U.S. Virgin Islands"}, {"AS", "American Samoa"},
    {"MP", "Northern Mariana Islands"}};

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

const State* FindState(std::string_view text) {
  std::string t = Trim(text);
  std::string upper = t;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  std::string norm = NormalizeName(t);
  for (const auto& s : kStates) {
    if (upper == s.code || norm == NormalizeName(s.name)) return &s;
  }
  return nullptr;
}

}  // namespace

std::string_view UsStateName(std::string_view code) {
  for (const auto& s : kStates) {
    if (s.code == code) return s.name;
  }
  return {};
}

std::optional<UsPlace> MakePlace(std::string_view city, std::string_view state) {
  const State* s = FindState(state);
  if (!s) return std::nullopt;
  UsPlace out{std::string(s->code), std::string(s->name), names::DisplayName(Trim(city)), false};
  std::string norm = NormalizeName(out.city);
  if (norm.rfind("various", 0) == 0) {
    out.various = true;
    out.city.clear();
  } else if (norm.empty()) {
    out.city.clear();
  }
  return out;
}

std::optional<UsPlace> ParseCityState(std::string_view text) {
  size_t comma = text.rfind(',');
  if (comma == std::string_view::npos) return MakePlace("", text);
  return MakePlace(text.substr(0, comma), text.substr(comma + 1));
}

NodeKey StatePlaceKey(const UsPlace& place) { return RawNodeKey(NodeType::kPlace, "us/" + NormalizeName(place.state_code)); }

NodeKey CityPlaceKey(const UsPlace& place) {
  return RawNodeKey(NodeType::kPlace, "us/" + NormalizeName(place.state_code) + "/" + NormalizeName(place.city));
}

std::string CityDisplayName(const UsPlace& place) { return place.city + ", " + place.state_code; }

NodeKey UnitedStatesKey() { return EntityKey(NodeType::kCountry, kUnitedStates); }

}  // namespace lkg::records
