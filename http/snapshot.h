// ReadView: what one read request works on — a consistent store reader and
// the query topology built from it. ViewHolder keeps the current view and
// swaps in a new one after each write; readers keep the shared_ptr they got
// for their whole request, so they never see a half-applied write and never
// wait for the writer.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>

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

  // Document summaries, valid across views (cleared when documents go).
  DocumentSummaries& documents() { return documents_; }
  // Node names of the current view's sequence (reset by Refresh).
  NodeNames& names() { return names_; }

  // The current view; cheap (one mutex-guarded shared_ptr copy).
  std::shared_ptr<const ReadView> Current() const;

  // Takes a new view of the store and makes it current. Called by the writer
  // after every committed write. On failure (the topology does not load)
  // the old view stays current and the error is returned.
  Status Refresh();

 private:
  const GraphStore& store_;
  mutable std::mutex mu_;
  std::shared_ptr<const ReadView> current_;
  DocumentSummaries documents_;
  NodeNames names_;
};

}  // namespace lkg::http
