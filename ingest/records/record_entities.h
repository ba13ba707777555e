// Shared building blocks of the importers: employers, unions, places, the
// United States and case nodes, resolved with ingest/names and added to the
// session's current record with evidence.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/records/import_session.h"
#include "ingest/records/us_places.h"

namespace lkg::records {

// Adds the United States country node; returns its key.
NodeKey AddUnitedStates(ImportSession& s);

// Adds the place nodes (city -> state -> United States); returns the most
// specific place's key.
NodeKey AddPlace(ImportSession& s, const UsPlace& place);

// Adds an employer (legal form stripped, raw and d/b/a names as aliases),
// located_in its place when given. Returns 0 for an empty name.
NodeKey AddEmployer(ImportSession& s, const std::string& raw, const std::optional<UsPlace>& where);

// Adds every union `raw` names (names::ParseUnionList): one for a single
// union, each named union of a multi-union string ("USW IBB IAM"), none for
// a bare "MULTI". Each is affiliated_with its national union.
std::vector<NodeKey> AddUnions(ImportSession& s, const std::string& raw);

// The first union of AddUnions, or 0 when `raw` names none.
NodeKey AddUnion(ImportSession& s, const std::string& raw);

// Adds a person named `raw` ("DOE, JANE" -> "Jane Doe"); 0 for an empty name.
NodeKey AddPerson(ImportSession& s, const std::string& raw);

// Adds case node `identity` ("nlrb:01-CA-037663") with `properties`
// (kind, date, summary, country, status, external_id …); returns its key.
NodeKey AddCase(ImportSession& s, const std::string& identity, const std::string& name,
                const nlohmann::json& properties);

// Adds event node `identity` ("fmcs:1984AA00L294/…") — a labour event that
// is not a violation (kind work_stoppage, dispute, election, strike, …) —
// with `properties` (kind, start, end, workers, …); returns its key.
NodeKey AddEvent(ImportSession& s, const std::string& identity, const std::string& name,
                 const nlohmann::json& properties);

// The country properties every US record node carries: the ISO 3166 name
// and alpha-2 code ({"country": "United States", "country_code": "US"}).
const nlohmann::json& UsCountryProperties();

// The ISO 3166 short name and alpha-2 code of a country written as `text`
// ("uk", "South Korea", "usa"); nullopt when the gazetteer does not know it.
struct CountryName {
  std::string name, code;
};
std::optional<CountryName> ResolveCountry(const std::string& text);

// "10/25/1999" -> "1999-10-25"; "2010-02-22" stays; "1969/03/04" ->
// "1969-03-04"; "" for anything else.
std::string IsoDate(const std::string& text);

}  // namespace lkg::records
