#include "http/server.h"

#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>

#include <httplib.h>

#include "http/api_context.h"
#include "http/routes.h"
#include "http/keep_alive.h"
#include "http/request_gate.h"
#include "query/document_list.h"

namespace lkg::http {

struct Server::Impl {
  Impl(GraphStore& store, const ServerOptions& o)
      : options(o),
        ctx(store, options),
        http(options.threads, options.max_queued, options.request, options.limits.max_body_bytes,
             [this](const RequestHead& head) { return CheckRequestHead(head, options); }) {}
  ServerOptions options;
  ApiContext ctx;
  KeepAliveServer http;
  int port = 0;
  int listen_fd = -1;  // the listening socket, seen through set_socket_options
  std::atomic<bool> run_called{false};
  std::atomic<bool> run_done{false};
};

namespace {

const char* DefaultMessage(int status) {
  switch (status) {
    case 400: return "the request is malformed";
    case 404: return "no such route";
    case 405: return "this method is not allowed here";
    case 413: return "the request body is too large";
    case 414: return "the request URI is too long";
    case 431: return "the request headers are too large";
    default: return "the request could not be served";
  }
}

const char* DefaultCode(int status) {
  switch (status) {
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "payload_too_large";
    case 500: return "internal";
    case 503: return "busy";
    default: return "invalid_argument";
  }
}

bool OriginAllowed(const ServerOptions& options, const std::string& origin) {
  return !options.allow_origin.empty() && !origin.empty() &&
         (options.allow_origin == "*" || options.allow_origin == origin);
}

void AddCommonHeaders(const ServerOptions& options, const httplib::Request& req, httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("X-Frame-Options", "DENY");
  std::string origin = req.get_header_value("Origin");
  if (OriginAllowed(options, origin)) {
    res.set_header("Access-Control-Allow-Origin", options.allow_origin == "*" ? "*" : origin);
    res.set_header("Vary", "Origin");
  }
}

void ConfigureHooks(httplib::Server& http, const ServerOptions& options) {
  http.set_pre_routing_handler([&options](const httplib::Request& req, httplib::Response& res) {
    AddCommonHeaders(options, req, res);
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Gives every error without a body (unknown route, a request httplib
  // could not parse) the JSON error shape. Sizes, framing, Host and write
  // authorisation were checked before httplib saw the request
  // (http/keep_alive.h, http/request_gate.h).
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        SendError(res, ApiError{res.status, DefaultCode(res.status), DefaultMessage(res.status)});
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SendStatus(res, Status::Internal("unexpected exception in a handler"));
  });
  http.Options(R"(/api/v1/.*)", [&options](const httplib::Request& req, httplib::Response& res) {
    res.status = 204;
    res.set_header("Allow", "GET, POST, DELETE, OPTIONS");
    if (OriginAllowed(options, req.get_header_value("Origin"))) {
      res.set_header("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
      res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
      res.set_header("Access-Control-Max-Age", "600");
    }
  });
  if (options.log_requests) {
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "lkg serve: %s %s %d\n", req.method.c_str(), req.path.c_str(), res.status);
    });
  }
}

Status CheckOptions(const ServerOptions& options) {
  if (options.port < 0 || options.port > 65535) return Status::InvalidArgument("the port must be in 0..65535");
  if (options.threads < 1 || options.threads > 1024) return Status::InvalidArgument("threads must be in 1..1024");
  if (options.max_queued < 1) return Status::InvalidArgument("max_queued must be at least 1");
  if (options.request.max_connections_per_client < 1) {
    return Status::InvalidArgument("max_connections_per_client must be at least 1");
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Server>> Server::Bind(GraphStore& store, const ServerOptions& options) {
  LKG_RETURN_IF_ERROR(CheckOptions(options));
  auto impl = std::make_unique<Impl>(store, options);
  LKG_RETURN_IF_ERROR(impl->ctx.views.Refresh());
  // Best effort: a stale or missing full-text index only makes searches stale or refused.
  (void)query::RefreshFullText(store.path(), *store.NewReader());
  httplib::Server& http = impl->http;
  const ServerOptions& opts = impl->options;
  http.set_payload_max_length(opts.limits.max_body_bytes);
  http.set_tcp_nodelay(true);  // else Nagle + delayed ACK add ~40 ms to small answers
  // Idle keep-alive connections wait in an epoll set, not on a thread.
  http.set_keep_alive_max_count(1000);
  http.set_keep_alive_timeout(5);
  http.set_read_timeout(10, 0);
  http.set_write_timeout(10, 0);
  ConfigureHooks(http, opts);
  RegisterStoreRoutes(http, impl->ctx);
  RegisterQueryRoutes(http, impl->ctx);
  RegisterCaseRoute(http, impl->ctx);
  RegisterDocumentsRoute(http, impl->ctx);
  RegisterWriteRoutes(http, impl->ctx);
  RegisterAssetRoutes(http);
  RegisterMethodNotAllowed(http);
  int* listen_fd = &impl->listen_fd;
  http.set_socket_options([listen_fd](int fd) {
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    *listen_fd = fd;
  });
  if (opts.port == 0) {
    impl->port = http.bind_to_any_port(opts.host);
    if (impl->port <= 0) return Status::IOError("cannot bind " + opts.host + " to a free port");
  } else {
    if (!http.bind_to_port(opts.host, opts.port)) {
      return Status::IOError("cannot listen on " + opts.host + ":" + std::to_string(opts.port) +
                             " (address in use or not available)");
    }
    impl->port = opts.port;
  }
  // httplib listens with a backlog of 5: bursts of new connections would wait
  // for SYN retransmits (1 s, 3 s). Linux lets listen() raise it in place.
  if (impl->listen_fd >= 0) ::listen(impl->listen_fd, 1024);
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { Stop(); }

int Server::port() const { return impl_->port; }

Status Server::Run() {
  impl_->run_called.store(true);
  if (!impl_->ctx.stopping.load()) {
    // Returns after the request pool drained: every started write finished.
    impl_->http.listen_after_bind();
  }
  impl_->run_done.store(true);
  return Status::Ok();
}

void Server::Stop() {
  impl_->ctx.stopping.store(true);
  if (!impl_->run_called.load()) return;  // Run will see `stopping` and return at once
  // Run may be between its check and listening: wait until it listens or ends.
  while (!impl_->http.is_running() && !impl_->run_done.load()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->http.stop();
}

}  // namespace lkg::http
