// Extraction of one article: normalised text in, DocumentFacts out (nodes,
// relation edges and case nodes, each with evidence: document, byte span,
// sentence, rule, confidence). Entities are resolved within the article
// (acronyms, short forms, surnames); node keys are EntityKey(type, name)
// until cross-document resolution (resolver.h) rewrites them.
#pragma once

#include <string>

#include "engine/records.h"

namespace lkg::ingest {

struct ArticleInput {
  std::string text;       // already normalised (text_normalizer.h)
  std::string title;      // "" = guess from the text
  std::string url;
  std::string published;  // ISO date or "" = from the dateline
  std::string source;     // publisher
  // For an item of a listing page (listing_items.h): the page's URL and the
  // item's byte span in the page's text; stored in the document's properties.
  bool listing_item = false;
  std::string listing_page_url;
  uint32_t listing_start = 0;
  uint32_t listing_end = 0;
};

// Extracts the facts of `article`. Never fails: text with nothing to
// extract gives a document with no nodes. The document key is
// DocumentKeyForText(article.text).
DocumentFacts ExtractFacts(const ArticleInput& article);

}  // namespace lkg::ingest
