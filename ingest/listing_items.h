// Listing pages as documents: a page of several dated items ("Showing 31-39
// of 39 results", a news archive, ../shared/seeds/004_*) becomes one article
// per item, with the item's own title, date and text, and the page's URL
// plus an anchor naming the item — so every citation names the right
// headline and date.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/extractor.h"

namespace lkg::ingest {

// The articles of `page`: one per dated item when it is a listing page (two
// or more datelines, see SplitSections), else `page` unchanged. An item's
// url is page.url + "#" + ItemAnchor(title, n) (empty when the page has no
// URL); it records the page URL and its byte span in the page text. Text before the first
// item becomes an article of its own only when it holds more than a header.
std::vector<ArticleInput> SplitListingItems(const ArticleInput& page);

// The anchor of item `ordinal` (1-based): a slug of its title ("two-oil-
// union-leaders-arrested-in-kazakhstan"), or "item-N" when the title has no
// letters or digits.
std::string ItemAnchor(std::string_view title, size_t ordinal);

}  // namespace lkg::ingest
