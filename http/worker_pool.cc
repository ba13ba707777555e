#include "http/worker_pool.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

#include "http/api_error.h"

namespace lkg::http {

WorkerPool::WorkerPool(size_t threads, size_t max_parked, ServeFn serve)
    : serve_(std::move(serve)), max_parked_(max_parked) {
  epoll_fd_ = epoll_create1(EPOLL_CLOEXEC);
  stop_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  epoll_event ev{};
  ev.events = EPOLLIN;  // level-triggered: once written, wakes every worker
  ev.data.fd = stop_fd_;
  epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, stop_fd_, &ev);
  for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
}

WorkerPool::~WorkerPool() {
  shutdown();
  ::close(stop_fd_);
  ::close(epoll_fd_);
}

void WorkerPool::shutdown() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopped_) return;
    stopped_ = true;
    parked_.clear();
  }
  uint64_t one = 1;
  [[maybe_unused]] ssize_t n = ::write(stop_fd_, &one, sizeof one);
  for (std::thread& t : workers_) t.join();
}

void WorkerPool::Park(std::unique_ptr<Connection> conn) {
  std::lock_guard<std::mutex> lock(mu_);
  if (stopped_) return;  // `conn` closes here
  if (parked_.size() >= max_parked_) {
    parked_.erase(std::min_element(parked_.begin(), parked_.end(), [](const auto& a, const auto& b) {
      return a.second->idle_since < b.second->idle_since;
    }));
  }
  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLRDHUP | EPOLLONESHOT;
  ev.data.fd = conn->fd;
  conn->idle_since = Clock::now();
  if (epoll_ctl(epoll_fd_, conn->in_epoll ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, conn->fd, &ev) != 0) return;
  conn->in_epoll = true;
  int fd = conn->fd;
  parked_[fd] = std::move(conn);
}

void WorkerPool::Work() {
  epoll_event ev{};
  for (;;) {
    waiting_.fetch_add(1, std::memory_order_relaxed);
    int n = epoll_wait(epoll_fd_, &ev, 1, 1000);
    waiting_.fetch_sub(1, std::memory_order_relaxed);
    std::unique_ptr<Connection> conn;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stopped_) return;
      if (n == 1 && ev.data.fd != stop_fd_) {
        auto it = parked_.find(ev.data.fd);
        if (it != parked_.end()) {
          conn = std::move(it->second);
          parked_.erase(it);
        }
      }
      if (Clock::now() - last_sweep_ > std::chrono::seconds(1)) CloseExpired();
    }
    if (conn) serve_(std::move(conn));
  }
}

void WorkerPool::CloseExpired() {
  Clock::time_point now = Clock::now();
  last_sweep_ = now;
  for (auto it = parked_.begin(); it != parked_.end();) {
    Connection& c = *it->second;
    if (now < c.deadline) {
      ++it;
      continue;
    }
    if (!c.draining && c.reader.Partial()) {  // a request not complete in time: say so (best effort)
      std::string answer =
          ErrorAnswer(ApiError{408, "request_timeout", "the request was not received completely in time"});
      [[maybe_unused]] ssize_t sent = ::send(c.fd, answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    it = parked_.erase(it);
  }
}

}  // namespace lkg::http
