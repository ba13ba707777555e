#include "query/document_list.h"

#include <algorithm>

#include "engine/fulltext_index.h"

namespace lkg::query {
namespace {

// Matches fetched from the index before filtering, when filters are set.
constexpr size_t kFilteredSearchWindow = 2000;

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool Matches(const Document& d, const DocumentFilter& f) {
  if (!f.lang.empty() && d.lang != f.lang) return false;
  if (!f.since.empty() && (d.published.empty() || d.published.substr(0, f.since.size()) < f.since)) return false;
  if (!f.until.empty() && (d.published.empty() || d.published.substr(0, f.until.size()) > f.until)) return false;
  if (f.source.empty()) return true;
  std::string wanted = Lower(f.source);
  return Lower(d.source).find(wanted) != std::string::npos || Lower(d.url).find(wanted) != std::string::npos;
}

bool Filtered(const DocumentFilter& f) { return !f.source.empty() || !f.since.empty() || !f.until.empty() || !f.lang.empty(); }

nlohmann::json Summary(const Document& d) {
  return {{"id", FormatDocId(d.key)}, {"title", d.title},   {"url", d.url},
          {"published", d.published}, {"source", d.source}, {"lang", d.lang}};
}

}  // namespace

Result<nlohmann::json> ListDocuments(const GraphReader& reader, const DocumentPageRequest& request) {
  std::vector<Document> docs;
  LKG_RETURN_IF_ERROR(reader.ForEachDocument([&](const Document& d) {
    if (Matches(d, request.filter)) docs.push_back(d);
    return true;
  }));
  std::stable_sort(docs.begin(), docs.end(), [](const Document& a, const Document& b) {
    if (a.published.empty() != b.published.empty()) return b.published.empty();
    return a.published > b.published;
  });
  nlohmann::json list = nlohmann::json::array();
  for (size_t i = request.offset; i < docs.size() && list.size() < request.limit; ++i) list.push_back(Summary(docs[i]));
  return nlohmann::json{{"documents", std::move(list)}, {"total", docs.size()}};
}

Result<nlohmann::json> SearchDocuments(const FullTextSearcher& searcher, std::string_view query,
                                       const DocumentPageRequest& request) {
  TextSearchRequest text{query, request.offset, request.limit, {}, kFilteredSearchWindow};
  if (Filtered(request.filter)) text.keep = [&](const Document& d) { return Matches(d, request.filter); };
  Result<TextSearchPage> page = searcher.Search(text);
  if (!page.ok()) return page.status();
  nlohmann::json list = nlohmann::json::array();
  for (const TextHit& hit : page->hits) {
    nlohmann::json item = Summary(hit.summary);
    item["score"] = hit.score;
    item["snippet"] = hit.snippet;
    list.push_back(std::move(item));
  }
  return nlohmann::json{{"query", std::string(query)}, {"documents", std::move(list)}, {"total", page->total}};
}

Status RefreshFullText(const std::string& store_dir, const GraphReader& reader) {
  std::optional<uint64_t> indexed = FullTextSequence(store_dir);
  if (indexed && *indexed == reader.sequence()) return Status::Ok();
  Result<std::unique_ptr<FullTextIndex>> index = FullTextIndex::OpenWritable(store_dir);
  if (!index.ok()) return index.status();
  Result<size_t> changed = (*index)->CatchUp(reader);
  return changed.ok() ? Status::Ok() : changed.status();
}

}  // namespace lkg::query
