#include "engine/fulltext_search.h"

#include <xapian.h>

#include <atomic>
#include <chrono>
#include <mutex>

#include "engine/fulltext_record.h"
#include "engine/fulltext_snippet.h"

namespace lkg {
namespace {

constexpr const char* kTitlePrefix = "S";  // as the index writes title words (title:word)
constexpr unsigned kSnippetBytes = 240;

std::string Joined(std::string_view a, std::string_view b) {
  std::string out(a);
  out.append(b);
  return out;
}

}  // namespace

// One open database with the parser and stemmer that go with it; used by
// one search at a time.
struct FullTextSearcher::Handle {
  explicit Handle(const std::string& dir) : db(dir), stemmer("english") {
    parser.set_database(db);
    parser.set_stemmer(stemmer);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
    parser.add_prefix("title", kTitlePrefix);
    parser.set_default_op(Xapian::Query::OP_AND);
  }

  TextSearchPage Run(const TextSearchRequest& request);

  // Whether the handle may miss a commit: one made since Changed() was last
  // called (`generation` moved), or by another process (checked each second).
  bool Stale(uint64_t generation) const {
    return generation != seen_generation || std::chrono::steady_clock::now() - opened > std::chrono::seconds(1);
  }
  void Reopen(uint64_t generation) {
    db.reopen();
    seen_generation = generation;
    opened = std::chrono::steady_clock::now();
  }

  Xapian::Database db;
  Xapian::Stem stemmer;
  Xapian::QueryParser parser;
  uint64_t seen_generation = 0;
  std::chrono::steady_clock::time_point opened = std::chrono::steady_clock::now();
};

struct FullTextSearcher::Pool {
  std::mutex mu;
  std::vector<std::unique_ptr<Handle>> idle;
  std::atomic<uint64_t> generation{0};  // bumped by Changed()
};

TextSearchPage FullTextSearcher::Handle::Run(const TextSearchRequest& request) {
  unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PHRASE;
  Xapian::Query query = parser.parse_query(std::string(request.query), flags);
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  bool filtered = static_cast<bool>(request.keep);
  Xapian::MSet matches = filtered ? enquire.get_mset(0, static_cast<Xapian::doccount>(request.window))
                                  : enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                                     static_cast<Xapian::doccount>(request.limit));
  TextSearchPage page;
  page.total = filtered ? 0 : matches.get_matches_estimated();
  fulltext::SnippetMaker snippets(query, stemmer);
  Document summary;
  for (auto it = matches.begin(); it != matches.end(); ++it) {
    Xapian::Document doc = it.get_document();
    if (!fulltext::DecodeRecord(doc.get_data(), summary)) continue;
    if (filtered && (!request.keep(summary) || page.total++ < request.offset)) continue;
    if (page.hits.size() >= request.limit) continue;
    std::string snippet = snippets.Make(doc.get_value(fulltext::kTextSlot), kSnippetBytes);
    page.hits.push_back({summary.key, summary, it.get_weight(), std::move(snippet)});
  }
  return page;
}

FullTextSearcher::FullTextSearcher(std::string store_dir)
    : dir_(FullTextDir(store_dir)), pool_(std::make_unique<Pool>()) {}
FullTextSearcher::~FullTextSearcher() = default;

std::unique_ptr<FullTextSearcher::Handle> FullTextSearcher::Acquire() const {
  {
    std::lock_guard<std::mutex> lock(pool_->mu);
    if (!pool_->idle.empty()) {
      std::unique_ptr<Handle> handle = std::move(pool_->idle.back());
      pool_->idle.pop_back();
      if (handle->Stale(pool_->generation.load())) handle->Reopen(pool_->generation.load());
      return handle;
    }
  }
  auto handle = std::make_unique<Handle>(dir_);
  handle->seen_generation = pool_->generation.load();
  return handle;
}

void FullTextSearcher::Changed() { pool_->generation.fetch_add(1); }

void FullTextSearcher::Release(std::unique_ptr<Handle> handle) const {
  std::lock_guard<std::mutex> lock(pool_->mu);
  pool_->idle.push_back(std::move(handle));
}

Result<TextSearchPage> FullTextSearcher::Search(const TextSearchRequest& request) const {
  // A handle can go stale (the index rebuilt or moved on twice during a
  // search): the second attempt opens a fresh one.
  for (int attempt = 0;; ++attempt) {
    std::unique_ptr<Handle> handle;
    try {
      handle = attempt == 0 ? Acquire() : std::make_unique<Handle>(dir_);
    } catch (const Xapian::Error&) {
      if (attempt == 0) continue;
      return Status::NotFound("there is no full-text index yet (run lkg ingest or lkg documents --query)");
    }
    try {
      TextSearchPage page = handle->Run(request);
      Release(std::move(handle));
      return page;
    } catch (const Xapian::QueryParserError& e) {
      Release(std::move(handle));
      return Status::InvalidArgument(Joined("cannot read the search query: ", e.get_msg()));
    } catch (const Xapian::Error& e) {
      if (attempt == 0) continue;
      return Status::IOError(Joined("full-text search failed: ", e.get_description()));
    }
  }
}

std::string FullTextDir(const std::string& store_dir) { return store_dir + "/fulltext"; }

Result<TextSearchPage> SearchText(const std::string& store_dir, std::string_view query, size_t offset,
                                  size_t limit) {
  TextSearchRequest request;
  request.query = query;
  request.offset = offset;
  request.limit = limit;
  return FullTextSearcher(store_dir).Search(request);
}

}  // namespace lkg
