// ISO 3166-1 alpha-2 codes of countries, from the country gazetteer
// (ingest/resources/countries.tsv, compiled in).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lkg::query {

// The canonical name of the country with alpha-2 code `code` ("KG" or "kg"
// -> "Kyrgyzstan"); nullopt when `code` is not a known code.
std::optional<std::string> CountryOfIsoCode(std::string_view code);

}  // namespace lkg::query
