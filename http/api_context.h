// What every route handler shares: the store, the options, the current read
// view and the single-writer lock. Internal to lkg_http.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>

#include "engine/fulltext_index.h"
#include "engine/graph_store.h"
#include "http/server_options.h"
#include "http/snapshot.h"
#include "ingest/ingest_record.h"

namespace lkg::http {

struct ApiContext {
  ApiContext(GraphStore& s, const ServerOptions& o) : store(s), options(o), views(s), searcher(s.path()) {}

  GraphStore& store;
  const ServerOptions& options;
  ViewHolder views;
  std::mutex writer;                     // held for the whole of one write
  std::unique_ptr<ingest::Ingester> ingester;  // made at the first POST; guarded by `writer`
  std::unique_ptr<FullTextIndex> fulltext;     // opened at the first write; guarded by `writer`
  FullTextSearcher searcher;                   // thread-safe; keeps index handles open
  std::atomic<bool> stopping{false};     // set once shutdown begins: new writes get 503
};

}  // namespace lkg::http
