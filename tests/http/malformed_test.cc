// Malformed requests over a raw socket: each gets a 4xx and the server
// keeps serving.
#include <doctest/doctest.h>

#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace lkg::http::testing {
namespace {

// True once `answer` holds the headers and Content-Length bytes of body.
bool AnswerComplete(const std::string& answer) {
  size_t end = answer.find("\r\n\r\n");
  if (end == std::string::npos) return false;
  size_t at = answer.find("Content-Length: ");
  if (at == std::string::npos || at > end) return true;
  size_t length = std::stoul(answer.substr(at + 16, answer.find("\r\n", at) - at - 16));
  return answer.size() >= end + 4 + length;
}

// Sends `request` as raw bytes and returns the status code of the answer,
// or 0 when the server closed the connection without answering.
int RawStatus(int port, const std::string& request, std::string* body = nullptr) {
  int fd = ConnectLoopback(port);
  size_t sent = 0;
  while (sent < request.size()) {
    ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may close early on a huge request
    sent += static_cast<size_t>(n);
  }
  std::string answer;
  char buf[4096];
  for (;;) {
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    answer.append(buf, static_cast<size_t>(n));
    if (AnswerComplete(answer)) break;
  }
  close(fd);
  if (body) *body = answer.substr(answer.find("\r\n\r\n") == std::string::npos ? answer.size() : answer.find("\r\n\r\n") + 4);
  if (answer.rfind("HTTP/1.1 ", 0) != 0 || answer.size() < 12) return 0;
  return std::stoi(answer.substr(9, 3));
}

std::string Get(const std::string& target) {
  return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
}

void CheckStillServing(TestServer& server) {
  auto health = server.Client().Get("/api/v1/health");
  REQUIRE(health);
  CHECK(health->status == 200);
}

}  // namespace

TEST_CASE("a request line that is not HTTP gets 400") {
  TestServer server;
  CHECK(RawStatus(server.port(), "GARBAGE\r\n\r\n") == 400);
  CHECK(RawStatus(server.port(), "GET /api/v1/health HTTP/9.9 extra\r\n\r\n") == 400);
  CheckStillServing(server);
}

TEST_CASE("huge headers and URIs are refused, not served") {
  TestServer server;
  std::string huge_header = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + std::string(200000, 'a') +
                            "\r\nConnection: close\r\n\r\n";
  int status = RawStatus(server.port(), huge_header);
  CHECK((status == 0 || (status >= 400 && status < 500)));
  int uri = RawStatus(server.port(), Get("/api/v1/search?q=" + std::string(20000, 'b')));
  CHECK((uri == 0 || (uri >= 400 && uri < 500)));
  std::string many = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  for (int i = 0; i < 2000; ++i) many += "X-H" + std::to_string(i) + ": v\r\n";
  many += "Connection: close\r\n\r\n";
  int many_status = RawStatus(server.port(), many);
  CHECK((many_status == 0 || many_status == 200 || (many_status >= 400 && many_status < 500)));
  CheckStillServing(server);
}

TEST_CASE("invalid UTF-8 in query strings and paths gets 400 with a JSON error") {
  TestServer server;
  std::string body;
  CHECK(RawStatus(server.port(), Get("/api/v1/search?q=%FF%FEabc"), &body) == 400);
  CHECK(body.find("not valid UTF-8") != std::string::npos);
  CHECK(RawStatus(server.port(), Get("/api/v1/nodes/%C3%28"), &body) == 400);
  CHECK(RawStatus(server.port(), Get("/api/v1/cases?country=%E2%82"), &body) == 400);
  CHECK(RawStatus(server.port(), Get("/api/v1/nodes/MMTUK/neighbors?types=%FF"), &body) == 400);
  CheckStillServing(server);
}

TEST_CASE("negative, overflowing and non-numeric numbers get 400; too large ones 422") {
  TestServer server;
  std::string body;
  CHECK(RawStatus(server.port(), Get("/api/v1/nodes/MMTUK/neighbors?depth=-1"), &body) == 400);
  CHECK(body.find("'depth' must be at least 0") != std::string::npos);
  CHECK(RawStatus(server.port(), Get("/api/v1/nodes/MMTUK/neighbors?depth=99999999999999999999999"), &body) == 400);
  CHECK(body.find("out of range") != std::string::npos);
  CHECK(RawStatus(server.port(), Get("/api/v1/search?q=a&limit=1e3")) == 400);
  CHECK(RawStatus(server.port(), Get("/api/v1/search?q=a&limit=0x10")) == 400);
  CHECK(RawStatus(server.port(), Get("/api/v1/cases?limit=%2B5%00")) == 400);
  CHECK(RawStatus(server.port(), Get("/api/v1/nodes/MMTUK/neighbors?depth=50"), &body) == 422);
  CHECK(body.find("'depth' is limited to 3") != std::string::npos);
  CheckStillServing(server);
}

TEST_CASE("broken JSON bodies and bad lengths get 4xx") {
  TestServer server;
  std::string body;
  std::string broken = "{\"text\": [1, 2,, }";
  CHECK(RawStatus(server.port(), "POST /api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Requested-With: t\r\n"
                                 "Content-Length: " + std::to_string(broken.size()) + "\r\nConnection: close\r\n\r\n" + broken,
                  &body) == 400);
  CHECK(body.find("not valid JSON") != std::string::npos);
  int negative = RawStatus(server.port(), "POST /api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n"
                                          "Connection: close\r\n\r\n{}");
  CHECK(negative == 400);
  int overflow = RawStatus(server.port(), "POST /api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          "Content-Length: 99999999999999999999999\r\nConnection: close\r\n\r\n{}");
  CHECK(overflow == 400);
  int too_long = RawStatus(server.port(), "POST /api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          "Content-Length: 99999999\r\nConnection: close\r\n\r\n{}", &body);
  CHECK(too_long == 413);
  CHECK(body.find("larger than") != std::string::npos);
  CheckStillServing(server);
}

}  // namespace lkg::http::testing
