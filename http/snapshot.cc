#include "http/snapshot.h"

namespace lkg::http {

std::shared_ptr<const ReadView> ViewHolder::Current() const {
  std::lock_guard<std::mutex> lock(mu_);
  return current_;
}

Status ViewHolder::Refresh() {
  auto view = std::make_shared<ReadView>();
  view->reader = store_.NewReader();
  view->sequence = view->reader->sequence();
  Result<std::shared_ptr<const query::GraphSnapshot>> graph = query::GraphSnapshot::Load(*view->reader);
  if (!graph.ok()) return graph.status();
  view->graph = std::move(*graph);
  uint64_t sequence = view->sequence;
  {
    std::lock_guard<std::mutex> lock(mu_);
    current_ = std::move(view);
  }
  names_.Reset(sequence);
  return Status::Ok();
}

}  // namespace lkg::http
