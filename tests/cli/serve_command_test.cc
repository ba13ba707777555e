// lkg serve: flag errors (exit 2), user errors (exit 1) with their messages,
// run in-process before the server would start.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/command.h"
#include "tests/engine/store_test_util.h"

namespace lkg {
namespace {

struct ServeRun {
  int code;
  std::string err;
};

ServeRun Serve(const std::vector<std::string>& args) {
  std::vector<const char*> argv = {"lkg"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::istringstream in;
  std::ostringstream out, err;
  int code = cli::Main(static_cast<int>(argv.size()), argv.data(), in, out, err);
  return {code, err.str()};
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("lkg serve rejects bad flags as usage errors") {
  ServeRun port = Serve({"serve", "--port", "70000"});
  CHECK(port.code == 2);
  CHECK(Has(port.err, "port"));
  ServeRun threads = Serve({"serve", "--threads", "-1"});
  CHECK(threads.code == 2);
  ServeRun extra = Serve({"serve", "now"});
  CHECK(extra.code == 2);
  CHECK(Has(extra.err, "unexpected argument 'now'"));
  ServeRun unknown = Serve({"serve", "--tls"});
  CHECK(unknown.code == 2);
}

TEST_CASE("lkg serve reports unreadable token files, missing stores and unbindable addresses") {
  ServeRun token = Serve({"serve", "--token-file", "/nonexistent/lkg-token"});
  CHECK(token.code == 1);
  CHECK(Has(token.err, "lkg: error: "));
  CHECK(Has(token.err, "cannot read the token file /nonexistent/lkg-token"));
  testing::TempDir dir;
  ServeRun missing = Serve({"--db", dir.path() + "/none", "serve", "--read-only", "--port", "0"});
  CHECK(missing.code == 1);
  ServeRun bind = Serve({"--db", dir.path() + "/db", "serve", "--host", "203.0.113.1", "--port", "0"});
  CHECK(bind.code == 1);
  CHECK(Has(bind.err, "cannot bind 203.0.113.1"));
}

}  // namespace lkg
