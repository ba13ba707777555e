// US places from records: "City, ST" strings become place nodes (city ->
// state -> country United States), as data-model.md allows for structured
// US records. "Various, IL" and "Various Locations, OH" give the state only;
// ", " and unknown states give nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/ids.h"

namespace lkg::records {

struct UsPlace {
  std::string state_code;  // "MA"
  std::string state_name;  // "Massachusetts"
  std::string city;        // "Worcester"; "" when only the state is known
  bool various = false;    // the record said "Various" (several places in the state)
};

// Parses "City, ST" (also "CITY, ST", "City, State Name"). nullopt when no
// US state can be recognised.
std::optional<UsPlace> ParseCityState(std::string_view text);

// Builds a place from separate city and state fields (NLRB elections).
std::optional<UsPlace> MakePlace(std::string_view city, std::string_view state);

// The full name of a two-letter US state or territory code, or "".
std::string_view UsStateName(std::string_view code);

// Node keys and display names of the place nodes.
NodeKey StatePlaceKey(const UsPlace& place);
NodeKey CityPlaceKey(const UsPlace& place);       // only when !city.empty()
std::string CityDisplayName(const UsPlace& place);  // "Worcester, MA"

// The United States country node (name and key shared with the extractor).
inline constexpr std::string_view kUnitedStates = "United States";
NodeKey UnitedStatesKey();

}  // namespace lkg::records
