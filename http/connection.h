// Connection: one accepted socket, the request being read on it, and what
// it costs (a slot of its client address, bytes of body being read);
// ClientBudget: those costs across every connection. Internal to lkg_http.
#pragma once

#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

#include "http/request_reader.h"

namespace lkg::http {

using Clock = std::chrono::steady_clock;

// Open connections per client address and the body bytes being read.
class ClientBudget {
 public:
  ClientBudget(size_t per_client, size_t body_bytes) : per_client_(per_client), body_bytes_(body_bytes) {}
  // Takes a connection slot for `ip`; false when it has `per_client` already.
  bool Open(const std::string& ip) {
    std::lock_guard<std::mutex> lock(mu_);
    size_t& n = open_[ip];
    if (n >= per_client_) return false;
    ++n;
    return true;
  }
  void Close(const std::string& ip) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = open_.find(ip);
    if (it != open_.end() && --it->second == 0) open_.erase(it);
  }
  // Reserves `bytes` of body buffer; false when that would pass the limit.
  bool Reserve(size_t bytes) {
    size_t now = reserved_.load();
    do {
      if (bytes > body_bytes_ - now) return false;
    } while (!reserved_.compare_exchange_weak(now, now + bytes));
    return true;
  }
  void Release(size_t bytes) { reserved_.fetch_sub(bytes); }

 private:
  size_t per_client_, body_bytes_;
  std::mutex mu_;
  std::unordered_map<std::string, size_t> open_;
  std::atomic<size_t> reserved_{0};
};

// Owned by one worker or by the worker pool's parked set at a time; closes
// the socket and gives back its budget when destroyed.
struct Connection {
  Connection(int socket, ReadLimits limits) : fd(socket), reader(limits) {}
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() {
    if (budget) {
      budget->Release(reserved);
      if (counted) budget->Close(remote_ip);
    }
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
  }
  int fd;
  RequestReader reader;             // the request being read (and read-ahead of the next)
  std::string out;                  // answer bytes not sent yet
  size_t served = 0;                // requests answered on this connection
  bool in_epoll = false;
  bool draining = false;            // answered with an error: discarding input until closed
  Clock::time_point idle_since;     // when it was last parked
  Clock::time_point deadline;       // closed by the pool's sweep when parked past it
  Clock::time_point request_start;  // first byte of the request being read
  Clock::time_point body_deadline;  // set once the head was accepted
  std::string remote_ip, local_ip;
  int remote_port = 0, local_port = 0;
  ClientBudget* budget = nullptr;
  bool counted = false;             // holds a slot of remote_ip
  size_t reserved = 0;              // body bytes reserved in budget
};

}  // namespace lkg::http
