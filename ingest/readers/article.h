// Article structure: the sections of a normalised text, each with its own
// title and publication date. A plain article is one section; a listing
// page ("Showing 31-39 of 39 results" with dated items) is split into one
// section per item so each item's dates resolve against its own date.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lkg::ingest {

struct Section {
  uint32_t start = 0;  // byte span in the text
  uint32_t end = 0;
  std::string title;   // the item's title line; "" when none
  std::string date;    // ISO date of the item (its dateline), else the article's date
  bool listing_item = false;  // one dated item of a listing page
};

// Splits `text` into sections at datelines ("7 September, 2015" alone on a
// line). `published` (ISO or "") is the date of text before any dateline.
std::vector<Section> SplitSections(std::string_view text, const std::string& published);

// The article's title: the first short line that is not a date, or "".
std::string GuessTitle(std::string_view text);

}  // namespace lkg::ingest
