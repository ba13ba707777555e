#include "ingest/listing_items.h"

#include <cctype>

#include "ingest/readers/article.h"

namespace lkg::ingest {
namespace {

// A header before the first item ("Showing 41-50 of 55 results") is dropped;
// longer text there is kept as an article of its own.
constexpr size_t kMinLeadBytes = 200;
constexpr size_t kMaxAnchorBytes = 80;

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The span [start, end) without surrounding white space.
void Trim(std::string_view text, uint32_t* start, uint32_t* end) {
  while (*start < *end && IsSpace(text[*start])) ++*start;
  while (*end > *start && IsSpace(text[*end - 1])) --*end;
}

ArticleInput ItemOf(const ArticleInput& page, const Section& s, uint32_t start, uint32_t end, size_t ordinal) {
  ArticleInput item;
  item.text = page.text.substr(start, end - start);
  item.title = s.title.empty() ? page.title : s.title;
  item.published = s.date.empty() ? page.published : s.date;
  item.source = page.source;
  // A page without a URL (a file) gives items without one: a bare anchor
  // would make unrelated pages' items replace each other.
  if (!page.url.empty()) item.url = page.url + "#" + ItemAnchor(s.title, ordinal);
  item.listing_page_url = page.url;
  item.listing_item = true;
  item.listing_start = start;
  item.listing_end = end;
  return item;
}

}  // namespace

std::string ItemAnchor(std::string_view title, size_t ordinal) {
  std::string slug;
  bool dash = false;
  for (unsigned char c : title) {
    if (std::isalnum(c) && c < 0x80) {
      if (dash && !slug.empty()) slug += '-';
      slug += static_cast<char>(std::tolower(c));
      dash = false;
    } else {
      dash = true;
    }
    if (slug.size() >= kMaxAnchorBytes) break;
  }
  return slug.empty() ? "item-" + std::to_string(ordinal) : slug;
}

std::vector<ArticleInput> SplitListingItems(const ArticleInput& page) {
  std::vector<Section> sections = SplitSections(page.text, page.published);
  if (sections.size() < 2) return {page};
  std::vector<ArticleInput> items;
  size_t ordinal = 0;
  for (const Section& s : sections) {
    uint32_t start = s.start, end = s.end;
    Trim(page.text, &start, &end);
    if (end <= start || (!s.listing_item && end - start < kMinLeadBytes)) continue;
    items.push_back(ItemOf(page, s, start, end, ++ordinal));
  }
  if (items.empty()) return {page};
  return items;
}

}  // namespace lkg::ingest
