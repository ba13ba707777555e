#include "http/keep_alive.h"

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include "http/connection.h"
#include "http/routes.h"
#include "http/worker_pool.h"

// The overrides below depend on this release's internals (a private virtual,
// protected members, process_request's signature).
static_assert(std::string_view(CPPHTTPLIB_VERSION) == "0.11.4",
              "http/keep_alive.cc is written against cpp-httplib 0.11.4 internals");

namespace lkg::http {
namespace {

constexpr size_t kFlushBytes = 64 * 1024;
// How long a worker waits for a connection's next request before parking
// it, when other workers are idle anyway: a client sending requests back to
// back is then served without an epoll round trip.
constexpr time_t kLingerUsec = 2000;
// How long a refused connection's input is read and dropped before closing
// (closing with unread input would reset the connection and could destroy
// the answer before the client reads it).
constexpr auto kDrainTime = std::chrono::seconds(1);
constexpr size_t kDrainBytesPerWake = 1u << 20;

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

// Reads what is there into the connection's reader without waiting: > 0
// bytes, 0 when the peer closed, -1 with errno EAGAIN when nothing came yet.
ssize_t FillNow(Connection& c) {
  std::array<char, 16384> buffer;
  ssize_t n;
  do {
    n = ::recv(c.fd, buffer.data(), buffer.size(), MSG_DONTWAIT);
  } while (n < 0 && errno == EINTR);
  if (n > 0) c.reader.Append(std::string_view(buffer.data(), static_cast<size_t>(n)));
  return n;
}

// Sends c.out; false when the peer is gone or too slow.
bool Flush(Connection& c, time_t write_sec, time_t write_usec) {
  size_t sent = 0;
  while (sent < c.out.size()) {  // try first, wait only when the socket is full
    ssize_t n = ::send(c.fd, c.out.data() + sent, c.out.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      sent += static_cast<size_t>(n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) || !WaitFor(c.fd, POLLOUT, write_sec, write_usec)) {
      break;
    }
  }
  bool ok = sent == c.out.size();
  c.out.clear();
  if (c.out.capacity() > 4 * kFlushBytes) c.out.shrink_to_fit();  // after a large export
  return ok;
}

// httplib's Stream over one complete request in memory; answers are
// gathered into one send (flushed at 64 KiB and when complete).
class RequestStream : public httplib::Stream {
 public:
  RequestStream(Connection& c, std::string request, time_t write_sec, time_t write_usec)
      : c_(c), request_(std::move(request)), write_sec_(write_sec), write_usec_(write_usec) {}

  bool is_readable() const override { return at_ < request_.size(); }
  bool is_writable() const override { return WaitFor(c_.fd, POLLOUT, write_sec_, write_usec_); }

  ssize_t read(char* ptr, size_t size) override {
    size_t n = std::min(size, request_.size() - at_);
    std::memcpy(ptr, request_.data() + at_, n);
    at_ += n;
    return n == 0 ? -1 : static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    c_.out.append(ptr, size);
    if (c_.out.size() >= kFlushBytes && !Flush(c_, write_sec_, write_usec_)) return -1;
    return static_cast<ssize_t>(size);
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
  std::string request_;
  size_t at_ = 0;
  time_t write_sec_, write_usec_;
};

bool KnownMethod(std::string_view m) {
  static constexpr std::string_view kKnown[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"};
  return std::find(std::begin(kKnown), std::end(kKnown), m) != std::end(kKnown);
}

// 405 (with Allow) or 404 for a method no route serves.
ApiError UnknownMethod(const RequestHead& head, std::string& extra_headers) {
  std::string allow = AllowedMethods(std::string(head.Path()));
  if (allow.empty()) return ApiError{404, "not_found", "no such route"};
  extra_headers = "Allow: " + allow + "\r\n";
  return ApiError{405, "method_not_allowed", "this method is not allowed here; allowed: " + allow};
}

Clock::duration Seconds(double s) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
}

// True when the request being read on `c` is past its deadline.
bool Overdue(const Connection& c, const RequestLimits& limits) {
  Clock::time_point now = Clock::now();
  if (c.reader.HeadDone()) return now > c.body_deadline;
  return c.reader.Partial() && now > c.request_start + Seconds(limits.header_seconds);
}

}  // namespace

KeepAliveServer::KeepAliveServer(size_t threads, size_t max_parked, const RequestLimits& request,
                                 size_t max_body_bytes, HeadCheck check)
    : request_(request),
      read_limits_{request.max_request_line, request.max_header_bytes, request.max_header_count, max_body_bytes},
      check_(std::move(check)),
      budget_(std::make_unique<ClientBudget>(request.max_connections_per_client, request.max_buffered_body_bytes)) {
  new_task_queue = [this, threads, max_parked]() -> httplib::TaskQueue* {
    auto* pool = new WorkerPool(threads, max_parked, [this](std::unique_ptr<Connection> conn) { Serve(std::move(conn)); });
    pool_.store(pool);
    return pool;
  };
}

KeepAliveServer::~KeepAliveServer() = default;

bool KeepAliveServer::process_and_close_socket(socket_t sock) {
  // Run on httplib's accept thread (WorkerPool::enqueue): only parks the
  // connection; a worker serves it once its first bytes arrive.
  auto conn = std::make_unique<Connection>(sock, read_limits_);
  ReadAddresses(*conn);
  conn->budget = budget_.get();
  if (!budget_->Open(conn->remote_ip)) {
    std::string answer = ErrorAnswer(ApiError{503, "busy", "too many connections from this address"});
    [[maybe_unused]] ssize_t sent = ::send(sock, answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    return true;  // closes
  }
  conn->counted = true;
  ParkConnection(std::move(conn));
  return true;
}

void KeepAliveServer::ParkConnection(std::unique_ptr<Connection> conn) {
  if (conn->draining) {
    // keeps the deadline Refuse set
  } else if (conn->reader.HeadDone()) {
    conn->deadline = conn->body_deadline;
  } else if (conn->reader.Partial()) {
    conn->deadline = conn->request_start + Seconds(request_.header_seconds);
  } else {
    conn->deadline = Clock::now() + std::chrono::seconds(keep_alive_timeout_sec_);
  }
  pool_.load()->Park(std::move(conn));
}

void KeepAliveServer::Refuse(std::unique_ptr<Connection> conn, const ApiError& error, const std::string& extra_headers) {
  conn->out = ErrorAnswer(error, extra_headers);
  Flush(*conn, write_timeout_sec_, write_timeout_usec_);
  ::shutdown(conn->fd, SHUT_WR);  // the answer is all this connection gets
  conn->budget->Release(conn->reserved);
  conn->reserved = 0;
  conn->draining = true;
  conn->deadline = Clock::now() + kDrainTime;
  ParkConnection(std::move(conn));
}

void KeepAliveServer::Drain(std::unique_ptr<Connection> conn) {
  std::array<char, 65536> scratch;
  for (size_t dropped = 0; dropped < kDrainBytesPerWake;) {
    ssize_t n = ::recv(conn->fd, scratch.data(), scratch.size(), MSG_DONTWAIT);
    if (n > 0) {
      dropped += static_cast<size_t>(n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) || Clock::now() > conn->deadline) {
      return;  // closes
    } else {
      break;
    }
  }
  ParkConnection(std::move(conn));
}

std::optional<ApiError> KeepAliveServer::AcceptHead(Connection& conn, std::string& extra_headers) {
  const RequestHead& head = conn.reader.head();
  if (!KnownMethod(head.method)) return UnknownMethod(head, extra_headers);
  if (std::optional<ApiError> refused = check_(head)) return refused;
  size_t budget = conn.reader.BodyBudget();
  if (budget > 0 && !budget_->Reserve(budget)) {
    return ApiError{503, "busy", "too many request bodies are being received at once; retry later"};
  }
  conn.reserved = budget;
  if (budget > 0 && conn.reader.ExpectsContinue()) {
    conn.out = "HTTP/1.1 100 Continue\r\n\r\n";
    Flush(conn, write_timeout_sec_, write_timeout_usec_);
  }
  conn.body_deadline = Clock::now() + Seconds(request_.body_seconds);
  conn.reader.ContinueWithBody();
  return std::nullopt;
}

bool KeepAliveServer::Answer(Connection& conn) {
  conn.budget->Release(conn.reserved);
  conn.reserved = 0;
  RequestStream strm(conn, conn.reader.TakeRequest(), write_timeout_sec_, write_timeout_usec_);
  conn.request_start = Clock::now();  // for bytes of the next request already read
  bool close = svr_sock_ == INVALID_SOCKET || ++conn.served >= keep_alive_max_count_;
  bool closed = false;
  bool ok = process_request(strm, close, closed, nullptr);
  ok = Flush(conn, write_timeout_sec_, write_timeout_usec_) && ok;
  return ok && !close && !closed;
}

void KeepAliveServer::Serve(std::unique_ptr<Connection> conn) {
  if (conn->draining) return Drain(std::move(conn));
  for (;;) {
    RequestReader::State state = conn->reader.Advance();
    if (state == RequestReader::State::kFailed) {
      ApiError error = conn->reader.error();
      return Refuse(std::move(conn), error);
    }
    if (state == RequestReader::State::kHeadReady) {
      std::string extra_headers;
      if (std::optional<ApiError> refused = AcceptHead(*conn, extra_headers)) {
        return Refuse(std::move(conn), *refused, extra_headers);
      }
      continue;
    }
    if (state == RequestReader::State::kComplete) {
      if (!Answer(*conn)) return;  // closes
      continue;
    }
    bool was_partial = conn->reader.Partial();
    ssize_t n = FillNow(*conn);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) return;  // closed: close
    if (n > 0) {
      if (!was_partial) conn->request_start = Clock::now();
      if (Overdue(*conn, request_)) {
        return Refuse(std::move(conn), ApiError{408, "request_timeout", "the request was not received completely in time"});
      }
      continue;
    }
    if (svr_sock_ == INVALID_SOCKET) return;  // stopping: close
    bool linger = !conn->reader.Partial() && conn->served > 0 && pool_.load()->HasIdleWorker();
    if (linger && WaitFor(conn->fd, POLLIN, 0, kLingerUsec)) continue;
    return ParkConnection(std::move(conn));
  }
}

}  // namespace lkg::http
