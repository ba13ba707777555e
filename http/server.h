// Server: the HTTP API and the explorer page over one open store
// (../shared/spec/interface.md, "HTTP"). Readers run on a bounded pool of
// threads against a consistent view; writes are serialised by one lock.
#pragma once

#include <memory>

#include "engine/graph_store.h"
#include "engine/status.h"
#include "http/server_options.h"

namespace lkg::http {

class Server {
 public:
  // Registers every route and binds options.host:options.port (port 0: a
  // free port). IOError when the address cannot be bound; InvalidArgument
  // for options out of range. `store` must outlive the server.
  static Result<std::unique_ptr<Server>> Bind(GraphStore& store, const ServerOptions& options);
  ~Server();

  // The bound port (the chosen one when options.port was 0).
  int port() const;

  // Serves until Stop(); returns once in-flight requests have finished, so
  // every write that started has been committed and answered.
  Status Run();

  // Asks Run() to return: stops accepting, refuses writes not yet started
  // (503), lets running ones finish. Thread-safe; callable before Run().
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lkg::http
