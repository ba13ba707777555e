// WorkerPool: the request workers and the epoll set of connections waiting
// for bytes — idle keep-alive connections and connections in the middle of
// a request alike, so no worker ever waits on a silent socket. Each worker
// waits in epoll_wait itself and serves the connection it is handed
// (EPOLLONESHOT: one worker per connection at a time). A sweep once a second
// closes connections parked past their deadline (idle too long, a request
// not complete in time: 408, an error answer drained long enough).
// Internal to lkg_http.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include <httplib.h>

#include "http/connection.h"

namespace lkg::http {

class WorkerPool : public httplib::TaskQueue {
 public:
  using ServeFn = std::function<void(std::unique_ptr<Connection>)>;
  // `threads` workers running `serve`; at most `max_parked` connections wait
  // (beyond that the one parked longest is closed).
  WorkerPool(size_t threads, size_t max_parked, ServeFn serve);
  ~WorkerPool() override;

  void enqueue(std::function<void()> fn) override { fn(); }  // parks the accepted connection

  // Closes every parked connection, lets the requests in progress finish,
  // joins the workers (idempotent).
  void shutdown() override;

  // Keeps `conn` until it is readable (then a worker serves it) or its
  // deadline passes (then closes it). After shutdown: closes it.
  void Park(std::unique_ptr<Connection> conn);

  // True when some worker is waiting for work: a worker may then linger on
  // its connection without delaying anyone.
  bool HasIdleWorker() const { return waiting_.load(std::memory_order_relaxed) > 0; }

 private:
  void Work();
  void CloseExpired();  // mu_ held

  ServeFn serve_;
  size_t max_parked_;
  int epoll_fd_ = -1, stop_fd_ = -1;
  std::atomic<int> waiting_{0};
  std::mutex mu_;
  bool stopped_ = false;
  Clock::time_point last_sweep_ = Clock::now();
  std::unordered_map<int, std::unique_ptr<Connection>> parked_;
  std::vector<std::thread> workers_;
};

}  // namespace lkg::http
