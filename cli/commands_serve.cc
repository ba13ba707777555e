// `lkg serve`: the HTTP API and the explorer page until SIGINT/SIGTERM.
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <ostream>
#include <thread>

#include "cli/args.h"
#include "cli/command.h"
#include "http/auth.h"
#include "http/server.h"

namespace lkg::cli {
namespace {

constexpr const char* kServeHelp =
    "Options:\n"
    "  --port N           TCP port (default 8080; 0 picks a free one)\n"
    "  --host H           address to bind (default 127.0.0.1: this machine only)\n"
    "  --read-only        refuse every write (POST/DELETE answer 403)\n"
    "  --token-file F     writes need 'Authorization: Bearer <token>' with the token in F;\n"
    "                     without it, writes need 'Content-Type: application/json' and an\n"
    "                     'X-Requested-With' header (no form or simple cross-site request can write)\n"
    "  --allow-origin O   allow cross-origin requests from O (CORS is off by default)\n"
    "  --allowed-host H   also answer requests whose Host header names H (comma-separated);\n"
    "                     by default only loopback names and --host are served (DNS rebinding)\n"
    "  --threads N        request workers (default 8); idle keep-alive connections do\n"
    "                     not hold one, so a few per core serve any number of clients\n"
    "  --log              print one line per request on stderr\n"
    "\n"
    "Serves the JSON API under /api/v1 and the explorer page at /. Stops cleanly on\n"
    "SIGINT or SIGTERM: requests in progress (writes included) finish first.\n"
    "Requests are bounded while they are read: request line 8 KiB (414), headers 16 KiB and\n"
    "64 lines (431), body 4 MiB after de-chunking and gzip inflation (413); headers within 5 s\n"
    "and the body within 10 s (408); 256 connections per client address (503).\n";

// Blocks SIGINT/SIGTERM in this thread (and the threads it starts) for its
// lifetime, so only the waiter thread receives them; restores the old mask.
class StopSignalsBlocked {
 public:
  StopSignalsBlocked() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~StopSignalsBlocked() { pthread_sigmask(SIG_SETMASK, &old_, nullptr); }

 private:
  sigset_t old_;
};

// The numeric flags (a bad value is a usage error).
Result<http::ServerOptions> ParseNumbers(const ParsedArgs& args) {
  http::ServerOptions options;
  Result<long long> port = args.GetInt("port", 8080, 0, 65535);
  if (!port.ok()) return port.status();
  Result<long long> threads = args.GetInt("threads", 8, 1, 256);
  if (!threads.ok()) return threads.status();
  options.port = static_cast<int>(*port);
  options.threads = static_cast<size_t>(*threads);
  return options;
}

// The other flags, read into `options`; a token file that cannot be read is
// a user error.
Status ParseServeOptions(const ParsedArgs& args, http::ServerOptions& options) {
  options.host = args.Get("host", "127.0.0.1");
  options.read_only = args.Has("read-only");
  options.allow_origin = args.Get("allow-origin");
  std::string hosts = args.Get("allowed-host");
  for (size_t start = 0; start < hosts.size();) {
    size_t comma = std::min(hosts.find(',', start), hosts.size());
    if (comma > start) options.allowed_hosts.push_back(hosts.substr(start, comma - start));
    start = comma + 1;
  }
  options.log_requests = args.Has("log");
  if (args.Has("token-file")) {
    Result<std::string> token = http::LoadTokenFile(args.Get("token-file"));
    if (!token.ok()) return token.status();
    options.token = *token;
  }
  return Status::Ok();
}

// Waits for SIGINT/SIGTERM (blocked in every thread) and stops the server.
void WaitForSignal(http::Server* server, const std::atomic<bool>* done) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  int sig = 0;
  sigwait(&set, &sig);
  if (!done->load()) server->Stop();
}

int RunServe(CommandContext& ctx) {
  Result<ParsedArgs> args = ParseArgs(ctx.args, {{"port"}, {"host"}, {"read-only", false}, {"token-file"},
                                                 {"allow-origin"}, {"allowed-host"}, {"threads"},
                                                 {"log", false}});
  if (!args.ok()) return ReportUsage(ctx, "serve", args.status().message());
  if (!args->positionals.empty()) return ReportUsage(ctx, "serve", "unexpected argument '" + args->positionals[0] + "'");
  Result<http::ServerOptions> options = ParseNumbers(*args);
  if (!options.ok()) return ReportUsage(ctx, "serve", options.status().message());
  if (Status parsed = ParseServeOptions(*args, *options); !parsed.ok()) return ReportError(ctx, parsed);
  // Before any thread starts (RocksDB's included).
  StopSignalsBlocked blocked;
  Result<std::unique_ptr<GraphStore>> store = OpenStore(ctx, options->read_only);
  if (!store.ok()) return ReportError(ctx, store.status());
  Result<std::unique_ptr<http::Server>> server = http::Server::Bind(**store, *options);
  if (!server.ok()) return ReportError(ctx, server.status());
  *ctx.err << "lkg: serving http://" << options->host << ":" << (*server)->port() << "/"
           << (options->read_only ? " (read-only)" : "") << "; stop with Ctrl-C" << std::endl;
  std::atomic<bool> done{false};
  std::thread waiter(WaitForSignal, server->get(), &done);
  Status ran = (*server)->Run();
  done.store(true);
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter if no signal came
  waiter.join();
  server->reset();
  *ctx.err << "lkg: stopped" << std::endl;
  if (!ran.ok()) return ReportError(ctx, ran);
  return kExitOk;
}

}  // namespace

extern const CommandSpec kServeCommand;
const CommandSpec kServeCommand = {
    "serve", "[--port 8080] [--host 127.0.0.1] [--read-only] [--token-file F] [--allow-origin O]",
    "serve the HTTP API and the explorer page", kServeHelp, RunServe};

}  // namespace lkg::cli
