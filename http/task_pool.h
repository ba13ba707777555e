// A fixed pool of request threads with a bounded queue of accepted
// connections: when the queue is full, accepting waits (back-pressure onto
// the kernel's listen backlog) instead of growing memory without bound.
// Internal to lkg_http.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <httplib.h>

namespace lkg::http {

class BoundedTaskPool : public httplib::TaskQueue {
 public:
  BoundedTaskPool(size_t threads, size_t max_queued);
  ~BoundedTaskPool() override;

  // Queues `fn`; blocks while `max_queued` tasks are already waiting.
  void enqueue(std::function<void()> fn) override;
  // Runs every queued task, then joins the threads.
  void shutdown() override;

  // True when no task waits and some thread is waiting for one: a thread
  // may then linger briefly on its own work without delaying anyone.
  bool HasIdleThread() const;

 private:
  void Work();

  size_t max_queued_;
  mutable std::mutex mu_;
  std::condition_variable has_task_, has_room_;
  std::deque<std::function<void()>> tasks_;
  std::vector<std::thread> threads_;
  bool shutting_down_ = false;
  size_t idle_ = 0;  // threads waiting for a task
};

}  // namespace lkg::http
