// KeepAliveServer: httplib's server with keep-alive connections that do not
// hold a request thread while idle. httplib serves each connection on one
// pool thread until it closes, so the pool needed more threads than clients.
// Here every connection waiting for its next request sits in one epoll set;
// the workers wait in epoll_wait themselves (leader/followers), serve the
// requests the connection they are handed has ready, and put it back. A
// small pool (a few workers per core) then serves any number of keep-alive
// clients. When other workers are idle, a worker first waits up to 2 ms for
// its connection's next request (cheaper than the epoll round trip).
//
// Also: request bytes are read in 4 KiB blocks and kept with the connection
// (pipelined requests are not lost between workers); each answer is written
// with one send() when it fits 64 KiB; a request whose method httplib does
// not know gets 405 (with Allow) instead of httplib's 400.
// Internal to lkg_http.
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include <httplib.h>


namespace lkg::http {

class WorkerPool;
struct Connection;

class KeepAliveServer : public httplib::Server {
 public:
  // `threads` workers; at most `max_idle` idle keep-alive connections are
  // kept open (beyond that the one idle longest is closed; clients reconnect).
  KeepAliveServer(size_t threads, size_t max_idle);
  ~KeepAliveServer() override;

 private:
  // Called by httplib on a pool thread for each accepted connection.
  bool process_and_close_socket(socket_t sock) override;
  // Serves the requests `conn` has ready, then parks or closes it.
  void Serve(std::unique_ptr<Connection> conn);
  // True when `conn`'s next request line starts with a method httplib does
  // not know; then answers 405 itself.
  bool RefusedUnknownMethod(Connection& conn);

  std::atomic<WorkerPool*> pool_{nullptr};  // the pool of the current listen
};

}  // namespace lkg::http
