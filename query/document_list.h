// The documents list: stored documents newest first with filters
// (publisher, dates, language), and full-text search over them.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine/fulltext_search.h"
#include "engine/graph_store.h"

namespace lkg::query {

struct DocumentFilter {
  std::string source;  // publisher or URL contains this, case-insensitive; "" for any
  std::string since;   // publication date prefix, inclusive; ""
  std::string until;   // publication date prefix, inclusive; ""
  std::string lang;    // language code; "" for any
};

struct DocumentPageRequest {
  DocumentFilter filter;
  size_t offset = 0;
  size_t limit = 20;
};

// {"documents": [{"id","title","url","published","source","lang"}], "total": n},
// newest first (undated last).
Result<nlohmann::json> ListDocuments(const GraphReader& reader, const DocumentPageRequest& request);

// Full-text search with `searcher` (summaries and snippets from the index
// alone): {"query", "documents": [... + "score", "snippet"], "total"} best
// first ("total" is Xapian's estimate without filters, the exact count of
// filtered matches among the best 2,000 with them). Errors as
// FullTextSearcher::Search.
Result<nlohmann::json> SearchDocuments(const FullTextSearcher& searcher, std::string_view query,
                                       const DocumentPageRequest& request);

// Brings the full-text index of the store in `store_dir` in step with
// `reader` when it is stale or missing. An error (Busy: another process is
// writing it) leaves the index as it is, still searchable.
Status RefreshFullText(const std::string& store_dir, const GraphReader& reader);

}  // namespace lkg::query
