// KeepAliveServer: httplib's routing and handlers behind lkg's own
// connection loop. Every connection waiting for bytes — idle between
// requests or in the middle of one — sits in one epoll set
// (http/worker_pool.h), never on a worker. Workers read what a connection
// has ready into its RequestReader (http/request_reader.h), which bounds
// every size while reading; the head is checked (Host, write authorisation,
// http/request_gate.h) before any body byte is read; a request that is
// complete is handed to httplib as plain bytes from memory, so httplib never
// reads a socket. A refused request is answered, the connection's write side
// shut, and its input drained briefly before it closes, so nothing after a
// refused request is ever served. Deadlines bound a whole request (head,
// then body), and each client address may hold a bounded number of
// connections.
//
// Also: each answer is written with one send() when it fits 64 KiB; a
// request whose method httplib does not know gets 405 (with Allow).
//
// It overrides a private virtual and uses protected members of cpp-httplib
// 0.11.4; the build refuses another version (see CMakeLists.txt).
// Internal to lkg_http.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <httplib.h>

#include "http/api_error.h"
#include "http/request_reader.h"
#include "http/server_options.h"

namespace lkg::http {

class WorkerPool;
class ClientBudget;
struct Connection;

class KeepAliveServer : public httplib::Server {
 public:
  // Decides from a request's head whether it may go on (nullopt) or the answer.
  using HeadCheck = std::function<std::optional<ApiError>(const RequestHead&)>;

  // `threads` workers; at most `max_parked` connections wait in the epoll set
  // (beyond that the one parked longest is closed; clients reconnect).
  KeepAliveServer(size_t threads, size_t max_parked, const RequestLimits& request, size_t max_body_bytes,
                  HeadCheck check);
  ~KeepAliveServer() override;

 private:
  // Called by httplib on its accept thread for each accepted connection.
  bool process_and_close_socket(socket_t sock) override;
  // Reads and serves what `conn` has ready, then parks or closes it.
  void Serve(std::unique_ptr<Connection> conn);
  // Checks a head that was read: nullopt when the body may be read, else the
  // answer (and header lines for it in `extra_headers`).
  std::optional<ApiError> AcceptHead(Connection& conn, std::string& extra_headers);
  // Answers the complete request the reader holds; false when the
  // connection must close.
  bool Answer(Connection& conn);
  // Sends `error`, shuts the write side and parks `conn` to drain.
  void Refuse(std::unique_ptr<Connection> conn, const ApiError& error, const std::string& extra_headers = "");
  // Reads and drops input of a refused connection; closes it at EOF.
  void Drain(std::unique_ptr<Connection> conn);
  // Parks `conn` with the deadline its state calls for.
  void ParkConnection(std::unique_ptr<Connection> conn);

  RequestLimits request_;
  ReadLimits read_limits_;
  HeadCheck check_;
  std::unique_ptr<ClientBudget> budget_;
  std::atomic<WorkerPool*> pool_{nullptr};  // the pool of the current listen
};

}  // namespace lkg::http
