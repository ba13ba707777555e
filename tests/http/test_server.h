// A real `lkg serve` server for tests: a fresh store in a temporary
// directory holding a small labour graph around MMTUK, served on a free
// loopback port by a thread of the test process.
#pragma once

#include <memory>
#include <string>
#include <thread>

#include <httplib.h>

#include "engine/graph_store.h"
#include "http/server.h"

namespace lkg::http::testing {

// A socket connected to 127.0.0.1:`port` with a 5 s receive timeout, for
// tests that speak raw HTTP. Fails the test (REQUIRE) when it cannot connect.
int ConnectLoopback(int port);

// The seed facts: two documents about MMTUK, Kumtor, IndustriALL and two cases.
DocumentFacts MmtukFacts();
DocumentFacts KumtorDismissalFacts();

class TestServer {
 public:
  // Opens a new store, writes the seed facts when `seed`, binds 127.0.0.1:0
  // and starts serving. Fails the test (REQUIRE) when anything goes wrong.
  explicit TestServer(ServerOptions options = {}, bool seed = true);
  ~TestServer();  // stops the server, closes the store and deletes the directory

  int port() const { return server_->port(); }
  // A client of this server with short timeouts, sending X-Requested-With.
  httplib::Client Client() const;
  GraphStore& store() { return *store_; }
  // Stops serving and waits for Run() to return (idempotent).
  void Stop();

 private:
  std::string dir_;
  std::unique_ptr<GraphStore> store_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

}  // namespace lkg::http::testing
