#include "http/keep_alive.h"

#include <arpa/inet.h>
#include <cerrno>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstring>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include "http/api_error.h"
#include "http/routes.h"

namespace lkg::http {

using Clock = std::chrono::steady_clock;

// One accepted socket and what was read ahead or not yet sent; closes the
// socket when destroyed. Owned by one worker or by the parker at a time.
struct Connection {
  explicit Connection(int socket) : fd(socket) {}
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() {
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
  }
  int fd;
  std::array<char, 4096> in{};  // read-ahead: bytes of the next request(s)
  size_t begin = 0, end = 0;
  std::string out;              // answer bytes not sent yet
  size_t served = 0;            // requests answered on this connection
  bool in_epoll = false;
  Clock::time_point idle_since;
  std::string remote_ip, local_ip;
  int remote_port = 0, local_port = 0;
};

namespace {

constexpr size_t kFlushBytes = 64 * 1024;
// How long a worker waits for a connection's next request before parking
// it, when other workers are idle anyway: a client sending requests back to
// back is then served without an epoll round trip.
constexpr time_t kLingerUsec = 2000;

bool WaitFor(int fd, short events, time_t sec, time_t usec) {
  pollfd p{fd, events, 0};
  int ms = static_cast<int>(sec * 1000 + usec / 1000);
  int n;
  do {
    n = ::poll(&p, 1, ms);
  } while (n < 0 && errno == EINTR);
  return n > 0;
}

void Address(const sockaddr_storage& addr, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  if (addr.ss_family == AF_INET) {
    const auto& a = reinterpret_cast<const sockaddr_in&>(addr);
    inet_ntop(AF_INET, &a.sin_addr, text, sizeof text);
    port = ntohs(a.sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto& a = reinterpret_cast<const sockaddr_in6&>(addr);
    inet_ntop(AF_INET6, &a.sin6_addr, text, sizeof text);
    port = ntohs(a.sin6_port);
  }
  ip = text;
}

void ReadAddresses(Connection& c) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (getpeername(c.fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) Address(addr, c.remote_ip, c.remote_port);
  len = sizeof addr;
  if (getsockname(c.fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) Address(addr, c.local_ip, c.local_port);
}

// Reads what is there into c.in (empty before) without waiting: > 0 bytes,
// 0 when the peer closed, -1 with errno EAGAIN when nothing came yet.
ssize_t FillNow(Connection& c) {
  ssize_t n;
  do {
    n = ::recv(c.fd, c.in.data(), c.in.size(), MSG_DONTWAIT);
  } while (n < 0 && errno == EINTR);
  if (n > 0) {
    c.begin = 0;
    c.end = static_cast<size_t>(n);
  }
  return n;
}

// httplib's Stream over a Connection: buffered reads, writes gathered into
// one send per answer (flushed at 64 KiB and when the answer is complete).
class ConnectionStream : public httplib::Stream {
 public:
  ConnectionStream(Connection& c, time_t read_sec, time_t read_usec, time_t write_sec, time_t write_usec)
      : c_(c), read_sec_(read_sec), read_usec_(read_usec), write_sec_(write_sec), write_usec_(write_usec) {}

  bool is_readable() const override {
    return c_.begin < c_.end || WaitFor(c_.fd, POLLIN, read_sec_, read_usec_);
  }
  bool is_writable() const override { return WaitFor(c_.fd, POLLOUT, write_sec_, write_usec_); }

  ssize_t read(char* ptr, size_t size) override {
    while (c_.begin == c_.end) {  // try first, wait only when nothing is there
      ssize_t n = FillNow(c_);
      if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) return n;
      if (n < 0 && !WaitFor(c_.fd, POLLIN, read_sec_, read_usec_)) return -1;
    }
    size_t n = std::min(size, c_.end - c_.begin);
    std::memcpy(ptr, c_.in.data() + c_.begin, n);
    c_.begin += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    c_.out.append(ptr, size);
    if (c_.out.size() >= kFlushBytes && !Flush()) return -1;
    return static_cast<ssize_t>(size);
  }

  // Sends the gathered bytes; false when the peer is gone or too slow.
  bool Flush() {
    size_t sent = 0;
    while (sent < c_.out.size()) {  // try first, wait only when the socket is full
      ssize_t n = ::send(c_.fd, c_.out.data() + sent, c_.out.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) {
        sent += static_cast<size_t>(n);
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) ||
                 !WaitFor(c_.fd, POLLOUT, write_sec_, write_usec_)) {
        break;
      }
    }
    bool ok = sent == c_.out.size();
    c_.out.clear();
    if (c_.out.capacity() > 4 * kFlushBytes) c_.out.shrink_to_fit();  // after a large export
    return ok;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = c_.remote_ip;
    port = c_.remote_port;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = c_.local_ip;
    port = c_.local_port;
  }
  socket_t socket() const override { return c_.fd; }

 private:
  Connection& c_;
  time_t read_sec_, read_usec_, write_sec_, write_usec_;
};

bool KnownMethod(std::string_view m) {
  static constexpr std::string_view kKnown[] = {"GET",     "HEAD",  "POST",  "PUT", "DELETE",
                                                "CONNECT", "OPTIONS", "TRACE", "PATCH", "PRI"};
  for (std::string_view k : kKnown) {
    if (m == k) return true;
  }
  return false;
}

}  // namespace

// The workers and the epoll set of connections waiting for their next
// request. Each worker waits in epoll_wait itself and serves the connection
// it is handed (EPOLLONESHOT: one worker per connection at a time), so a
// request costs one wake-up. httplib's accept loop "enqueues" each accepted
// connection as a task that only parks it (cheap, run inline).
class WorkerPool : public httplib::TaskQueue {
 public:
  using ServeFn = std::function<void(std::unique_ptr<Connection>)>;
  WorkerPool(size_t threads, size_t max_idle, ServeFn serve, time_t idle_timeout_sec)
      : serve_(std::move(serve)), max_idle_(max_idle), idle_timeout_(std::chrono::seconds(idle_timeout_sec)) {
    epoll_fd_ = epoll_create1(EPOLL_CLOEXEC);
    stop_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    epoll_event ev{};
    ev.events = EPOLLIN;  // level-triggered: once written, wakes every worker
    ev.data.fd = stop_fd_;
    epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, stop_fd_, &ev);
    for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~WorkerPool() override {
    shutdown();
    ::close(stop_fd_);
    ::close(epoll_fd_);
  }

  void enqueue(std::function<void()> fn) override { fn(); }  // parks the accepted connection

  // Closes every parked connection, lets the requests in progress finish,
  // joins the workers (idempotent).
  void shutdown() override {
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

  // Keeps `conn` until it is readable (then a worker serves it) or idle too
  // long (then closes it). When `max_idle` connections are parked already,
  // the one idle longest is closed to make room. After shutdown: closes it.
  void Park(std::unique_ptr<Connection> conn) {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopped_) return;  // `conn` closes here
    if (parked_.size() >= max_idle_) {
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

  // True when some worker is waiting for work: a worker may then linger on
  // its connection without delaying anyone.
  bool HasIdleWorker() const { return waiting_.load(std::memory_order_relaxed) > 0; }

 private:
  void Work() {
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
        if (Clock::now() - last_sweep_ > std::chrono::seconds(1)) CloseIdle();
      }
      if (conn) serve_(std::move(conn));
    }
  }

  void CloseIdle() {  // mu_ held
    Clock::time_point now = Clock::now();
    last_sweep_ = now;
    for (auto it = parked_.begin(); it != parked_.end();) {
      it = now - it->second->idle_since > idle_timeout_ ? parked_.erase(it) : std::next(it);
    }
  }

  ServeFn serve_;
  size_t max_idle_;
  Clock::duration idle_timeout_;
  int epoll_fd_ = -1, stop_fd_ = -1;
  std::atomic<int> waiting_{0};
  std::mutex mu_;
  bool stopped_ = false;
  Clock::time_point last_sweep_ = Clock::now();
  std::unordered_map<int, std::unique_ptr<Connection>> parked_;
  std::vector<std::thread> workers_;
};

KeepAliveServer::KeepAliveServer(size_t threads, size_t max_idle) {
  new_task_queue = [this, threads, max_idle]() -> httplib::TaskQueue* {
    auto* pool = new WorkerPool(
        threads, max_idle, [this](std::unique_ptr<Connection> conn) { Serve(std::move(conn)); },
        keep_alive_timeout_sec_);
    pool_.store(pool);
    return pool;
  };
}

KeepAliveServer::~KeepAliveServer() = default;

bool KeepAliveServer::process_and_close_socket(socket_t sock) {
  // Run on httplib's accept thread (WorkerPool::enqueue): only parks the
  // connection; a worker serves it once its first request arrives.
  auto conn = std::make_unique<Connection>(sock);
  ReadAddresses(*conn);
  pool_.load()->Park(std::move(conn));
  return true;
}

bool KeepAliveServer::RefusedUnknownMethod(Connection& conn) {
  std::string_view head(conn.in.data() + conn.begin, conn.end - conn.begin);
  size_t space = head.find(' ');
  if (space == std::string_view::npos || space == 0 || KnownMethod(head.substr(0, space))) return false;
  size_t path_end = head.find_first_of(" ?\r\n", space + 1);
  std::string path(head.substr(space + 1, path_end == std::string_view::npos ? std::string_view::npos
                                                                             : path_end - space - 1));
  std::string allow = AllowedMethods(path);
  int status = allow.empty() ? 404 : 405;
  std::string body = status == 404 ? ErrorBody(ApiError{404, "not_found", "no such route"})
                                   : ErrorBody(ApiError{405, "method_not_allowed",
                                                        "this method is not allowed here; allowed: " + allow});
  conn.out = status == 404 ? "HTTP/1.1 404 Not Found\r\n" : "HTTP/1.1 405 Method Not Allowed\r\nAllow: " + allow + "\r\n";
  conn.out += "Content-Type: application/json\r\nCache-Control: no-store\r\nConnection: close\r\n"
              "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  ConnectionStream(conn, 0, 0, write_timeout_sec_, write_timeout_usec_).Flush();
  return true;
}

void KeepAliveServer::Serve(std::unique_ptr<Connection> conn) {
  for (;;) {
    // Park unless the next request's bytes are here already.
    if (conn->begin == conn->end) {
      ssize_t n = FillNow(*conn);
      if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) return;  // closed: close
      if (n < 0) {
        if (svr_sock_ == INVALID_SOCKET) return;  // stopping: close
        WorkerPool* pool = pool_.load();
        bool linger = conn->served > 0 && pool->HasIdleWorker();
        if (!linger || !WaitFor(conn->fd, POLLIN, 0, kLingerUsec)) {
          pool->Park(std::move(conn));
          return;
        }
        continue;  // readable now
      }
    }
    if (RefusedUnknownMethod(*conn)) return;
    ConnectionStream strm(*conn, read_timeout_sec_, read_timeout_usec_, write_timeout_sec_, write_timeout_usec_);
    bool close = svr_sock_ == INVALID_SOCKET || ++conn->served >= keep_alive_max_count_;
    bool closed = false;
    bool ok = process_request(strm, close, closed, nullptr);
    ok = strm.Flush() && ok;
    if (!ok || close || closed) return;
  }
}

}  // namespace lkg::http
