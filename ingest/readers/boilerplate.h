// Page chrome that survives HTML structure stripping or comes with saved
// page text: "Jump to main content", logos, share links, cookie banners,
// "Showing 31-39 of 39 results" (list in resources/boilerplate.txt).
#pragma once

#include <string>
#include <string_view>

namespace lkg::ingest {

// True when the whole line (trimmed, case-insensitive) is page chrome.
bool IsBoilerplateLine(std::string_view line);

// Returns `text` without its chrome lines and without e-mail addresses
// ("[email protected]" placeholders too). Keeps line structure otherwise.
std::string StripBoilerplate(std::string_view text);

}  // namespace lkg::ingest
