// ReadView: what one read request works on — a consistent store reader and
// the query topology built from it. ViewHolder keeps the current view and
// swaps in a new one after writes; readers keep the shared_ptr they got for
// their whole request, so they never see a half-applied write and never wait
// for the writer.
//
// Rebuilding the topology costs O(nodes + edges) (about 150 ms on the
// public-records graph), so rebuilds after writes are coalesced: a
// background refresher rebuilds at most once per interval (four times the
// last rebuild's duration, at least 100 ms, at most 5 s), covering every
// write committed before the rebuild began. Readers keep the old view
// meanwhile. A write is answered only once a view showing it is current
// (AwaitRefresh), so whoever made a write sees it on their next read.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>

#include "engine/graph_store.h"
#include "http/json_views.h"
#include "query/snapshot.h"

namespace lkg::http {

struct ReadView {
  std::unique_ptr<GraphReader> reader;
  std::shared_ptr<const query::GraphSnapshot> graph;  // topology of the same snapshot
  uint64_t sequence = 0;  // the store sequence the view shows
};

class ViewHolder {
 public:
  // `store` must outlive the holder. Call Refresh() once before Current().
  explicit ViewHolder(const GraphStore& store) : store_(store) {}
  // Stops the refresher after it has served every pending request.
  ~ViewHolder();

  // Document summaries, valid across views (cleared when documents go).
  DocumentSummaries& documents() { return documents_; }
  // Node names (reset by Refresh, and by the background refresher after
  // InvalidateNames).
  NodeNames& names() { return names_; }

  // The current view; cheap (one mutex-guarded shared_ptr copy).
  std::shared_ptr<const ReadView> Current() const;

  // Takes a new view of the store and makes it current, synchronously, and
  // resets the node names when `reset_names`. On failure (the topology does
  // not load) the old view stays current and the error is returned.
  Status Refresh(bool reset_names = true);

  // Called by a write that may have removed or renamed nodes, after it
  // committed and before AwaitRefresh: the next background rebuild resets
  // the node names. (Other writes only add nodes and aliases.)
  void InvalidateNames();

  // Called after a write committed: blocks until a view taken after the call
  // is current (a coalesced background rebuild, see above). Returns the
  // rebuild's error when it failed (the write is committed all the same).
  // Thread-safe; callers should not hold the writer lock, so that writes
  // arriving meanwhile share the rebuild.
  Status AwaitRefresh();

  // Rebuilds done by the background refresher so far (for tests).
  uint64_t background_refreshes() const;

 private:
  void RefreshLoop();

  const GraphStore& store_;
  mutable std::mutex mu_;  // guards current_
  std::shared_ptr<const ReadView> current_;
  DocumentSummaries documents_;
  NodeNames names_;

  // The refresher: tickets are handed out by AwaitRefresh; `done_` is the
  // highest ticket a finished rebuild covered, `ok_through_` a successful one.
  mutable std::mutex refresh_mu_;
  std::condition_variable wake_refresher_, refreshed_;
  std::thread refresher_;
  bool stop_ = false;
  bool names_stale_ = false;  // the next rebuild resets names_
  uint64_t requested_ = 0, done_ = 0, ok_through_ = 0, rebuilds_ = 0;
  Status last_failure_;
  std::chrono::steady_clock::time_point last_end_{};
  std::chrono::steady_clock::duration interval_{};
};

}  // namespace lkg::http
