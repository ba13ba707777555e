// How `lkg serve` runs: where it listens, who may write, and the bounds
// every request runs under.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace lkg::http {

// Upper bounds on what one request may ask for. A larger value in a request
// is answered with 422 (limit_exceeded) naming the parameter.
struct ApiLimits {
  long long max_search_limit = 100;     // /search?limit
  long long max_depth = 3;              // /neighbors?depth, /export?depth
  long long max_neighbors = 2000;       // /neighbors?limit (nodes returned)
  long long max_paths = 10;             // /path?k
  long long max_path_len = 8;           // /path?max_len
  long long max_top = 1000;             // /rank?top
  long long max_page = 500;             // /cases?limit
  double time_budget_ms = 5000;         // wall-clock budget of one query (then 422)
  size_t max_body_bytes = 4u << 20;     // request body, after de-chunking and gzip inflation (then 413)
  size_t max_evidence = 50;             // evidence records per node/edge in answers
};

// Bounds on how a request is read (http/request_reader.h, http/keep_alive.h):
// sizes are checked while the bytes arrive, before anything is authorised or
// parsed further; times bound a whole request, not each read.
struct RequestLimits {
  size_t max_request_line = 8192;     // "METHOD target HTTP/1.1" bytes (then 414)
  size_t max_header_bytes = 16384;    // all header lines together (then 431)
  size_t max_header_count = 64;       // header lines (then 431)
  double header_seconds = 5;          // from a request's first byte to its last header (then 408)
  double body_seconds = 10;           // from the last header to the last body byte (then 408)
  size_t max_connections_per_client = 256;  // open connections from one address (then 503)
  size_t max_buffered_body_bytes = 64u << 20;  // bodies being read at once, all connections (then 503)
};

struct ServerOptions {
  std::string host = "127.0.0.1";       // loopback unless asked otherwise
  int port = 8080;                      // 0: any free port (see Server::port)
  bool read_only = false;               // refuse every write with 403
  std::optional<std::string> token;     // bearer token required for writes
  std::string allow_origin;             // CORS origin allowed; "" = CORS off
  // Host header names served besides loopback ones (localhost, 127.0.0.1,
  // ::1) and `host` itself; any other Host is refused (DNS rebinding).
  std::vector<std::string> allowed_hosts;
  size_t threads = 8;                   // request workers (the concurrency bound)
  size_t max_queued = 512;              // idle keep-alive connections kept open (then the oldest is closed)
  ApiLimits limits;
  RequestLimits request;                // request reading (sizes, deadlines, per-client cap)
  bool log_requests = false;            // one line per request on stderr
};

}  // namespace lkg::http
