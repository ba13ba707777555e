#include "http/task_pool.h"

namespace lkg::http {

BoundedTaskPool::BoundedTaskPool(size_t threads, size_t max_queued) : max_queued_(max_queued) {
  for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
}

BoundedTaskPool::~BoundedTaskPool() { shutdown(); }

void BoundedTaskPool::enqueue(std::function<void()> fn) {
  std::unique_lock<std::mutex> lock(mu_);
  has_room_.wait(lock, [&] { return tasks_.size() < max_queued_ || shutting_down_; });
  tasks_.push_back(std::move(fn));
  has_task_.notify_one();
}

void BoundedTaskPool::shutdown() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (shutting_down_ && threads_.empty()) return;
    shutting_down_ = true;
  }
  has_task_.notify_all();
  has_room_.notify_all();
  for (std::thread& t : threads_) {
    if (t.joinable()) t.join();
  }
  threads_.clear();
}

bool BoundedTaskPool::HasIdleThread() const {
  std::lock_guard<std::mutex> lock(mu_);
  return idle_ > 0 && tasks_.empty();
}

void BoundedTaskPool::Work() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock<std::mutex> lock(mu_);
      ++idle_;
      has_task_.wait(lock, [&] { return !tasks_.empty() || shutting_down_; });
      --idle_;
      if (tasks_.empty()) return;  // shutting down and drained
      task = std::move(tasks_.front());
      tasks_.pop_front();
      has_room_.notify_one();
    }
    task();
  }
}

}  // namespace lkg::http
