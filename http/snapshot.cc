#include "http/snapshot.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <utility>

namespace lkg::http {

namespace {

constexpr std::chrono::milliseconds kMinInterval{100};
constexpr std::chrono::milliseconds kMaxInterval{5000};
constexpr int kIntervalFactor = 4;  // rebuilds take at most ~1/5 of a core under constant writes
// The refresher's nice value: a rebuild yields the cores to requests in progress,
// so it lengthens the wait of the writes that asked for it, not readers' answers.
constexpr int kRefresherNice = 10;

}  // namespace

ViewHolder::~ViewHolder() {
  {
    std::lock_guard<std::mutex> lock(refresh_mu_);
    stop_ = true;
  }
  wake_refresher_.notify_all();
  if (refresher_.joinable()) refresher_.join();
}

std::shared_ptr<const ReadView> ViewHolder::Current() const {
  std::lock_guard<std::mutex> lock(mu_);
  return current_;
}

Status ViewHolder::Refresh(bool reset_names) {
  auto view = std::make_shared<ReadView>();
  view->reader = store_.NewReader();
  view->sequence = view->reader->sequence();
  Result<std::shared_ptr<const query::GraphSnapshot>> graph = query::GraphSnapshot::Load(*view->reader);
  if (!graph.ok()) return graph.status();
  view->graph = std::move(*graph);
  // Before the swap, so no reader of the new view sees names from before it.
  if (reset_names) names_.Reset(view->sequence);
  std::shared_ptr<const ReadView> old;
  {
    std::lock_guard<std::mutex> lock(mu_);
    old = std::move(current_);
    current_ = std::move(view);
  }
  return Status::Ok();  // `old` goes when its last reader is done
}

Status ViewHolder::AwaitRefresh() {
  std::unique_lock<std::mutex> lock(refresh_mu_);
  if (!refresher_.joinable()) refresher_ = std::thread([this] { RefreshLoop(); });
  uint64_t ticket = ++requested_;
  wake_refresher_.notify_one();
  refreshed_.wait(lock, [&] { return done_ >= ticket; });
  return ok_through_ >= ticket ? Status::Ok() : last_failure_;
}

void ViewHolder::InvalidateNames() {
  std::lock_guard<std::mutex> lock(refresh_mu_);
  names_stale_ = true;
}

uint64_t ViewHolder::background_refreshes() const {
  std::lock_guard<std::mutex> lock(refresh_mu_);
  return rebuilds_;
}

void ViewHolder::RefreshLoop() {
  using Clock = std::chrono::steady_clock;
  // Linux applies PRIO_PROCESS with a thread id to that thread alone (and the
  // threads it starts, such as the snapshot's loaders). Best effort: a failure
  // leaves the default priority.
  (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kRefresherNice);
  std::unique_lock<std::mutex> lock(refresh_mu_);
  for (;;) {
    wake_refresher_.wait(lock, [&] { return stop_ || requested_ > done_; });
    if (requested_ == done_) return;  // stopping with nothing pending
    // Let writes accumulate until the interval since the last rebuild passed.
    wake_refresher_.wait_until(lock, last_end_ + interval_, [&] { return stop_; });
    uint64_t serving = requested_;  // every ticket so far belongs to a committed write
    bool reset_names = std::exchange(names_stale_, false);
    lock.unlock();
    Clock::time_point start = Clock::now();
    Status status = Refresh(reset_names);
    Clock::time_point end = Clock::now();
    lock.lock();
    interval_ = std::clamp<Clock::duration>((end - start) * kIntervalFactor, kMinInterval, kMaxInterval);
    last_end_ = end;
    done_ = serving;
    ++rebuilds_;
    if (status.ok()) {
      ok_through_ = serving;
    } else {
      last_failure_ = status;
      names_stale_ = names_stale_ || reset_names;  // the view did not change: reset with the next
    }
    refreshed_.notify_all();
  }
}

}  // namespace lkg::http
