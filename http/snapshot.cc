#include "http/snapshot.h"

namespace lkg::http {
namespace {

std::shared_ptr<const ReadView> TakeView(const GraphStore& store) {
  auto view = std::make_shared<ReadView>();
  view->reader = store.NewReader();
  view->sequence = view->reader->sequence();
  return view;
}

}  // namespace

ViewHolder::ViewHolder(const GraphStore& store) : store_(store), current_(TakeView(store)) {}

std::shared_ptr<const ReadView> ViewHolder::Current() const {
  std::lock_guard<std::mutex> lock(mu_);
  return current_;
}

void ViewHolder::Refresh() {
  std::shared_ptr<const ReadView> fresh = TakeView(store_);
  std::lock_guard<std::mutex> lock(mu_);
  current_ = std::move(fresh);
}

}  // namespace lkg::http
