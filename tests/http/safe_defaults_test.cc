// Safe by default: a Host that is not this server's is refused (DNS
// rebinding), and no simple cross-site request (form POST, text/plain
// fetch, another Origin) can write, with or without a token.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "http/request_gate.h"
#include "test_server.h"

namespace lkg::http::testing {
namespace {

const char* kArticle = R"({"text": "The union MMTUK held a strike at Kumtor in 2024."})";

std::string Message(const httplib::Result& r) {
  REQUIRE(r);
  return nlohmann::json::parse(r->body)["error"]["message"];
}

}  // namespace

TEST_CASE("Host names other than loopback, --host and --allowed-host are refused") {
  ServerOptions options;
  CHECK(HostAllowed("127.0.0.1:8080", options));
  CHECK(HostAllowed("LOCALHOST", options));
  CHECK(HostAllowed("[::1]:80", options));
  CHECK_FALSE(HostAllowed("evil.example", options));
  CHECK_FALSE(HostAllowed("127.0.0.1.evil.example:8080", options));
  CHECK_FALSE(HostAllowed("", options));
  options.allowed_hosts = {"graph.example.org"};
  CHECK(HostAllowed("Graph.Example.org:443", options));
  options.host = "0.0.0.0";
  CHECK_FALSE(HostAllowed("0.0.0.0", options));
  options.host = "10.1.2.3";
  CHECK(HostAllowed("10.1.2.3:8080", options));

  TestServer server;
  httplib::Client client = server.Client();
  auto rebound = client.Get("/api/v1/stats", {{"Host", "attacker.example:8080"}});
  REQUIRE(rebound);
  CHECK(rebound->status == 403);
  CHECK(Message(rebound) == "the host 'attacker.example:8080' is not served here (start lkg serve with --allowed-host NAME)");
  auto local = client.Get("/api/v1/stats", {{"Host", "localhost:8080"}});
  REQUIRE(local);
  CHECK(local->status == 200);
}

TEST_CASE("without a token, a write needs a JSON body and X-Requested-With") {
  TestServer server;
  httplib::Client plain("127.0.0.1", server.port());  // no default headers: what a form or simple fetch sends
  auto form = plain.Post("/api/v1/documents", "text=hello", "application/x-www-form-urlencoded");
  REQUIRE(form);
  CHECK(form->status == 403);
  CHECK(Message(form) == "a write needs 'Content-Type: application/json'");
  auto text = plain.Post("/api/v1/documents", kArticle, "text/plain");
  REQUIRE(text);
  CHECK(text->status == 403);
  auto json_only = plain.Post("/api/v1/documents", kArticle, "application/json");
  REQUIRE(json_only);
  CHECK(json_only->status == 403);
  CHECK(Message(json_only) == "a write needs an 'X-Requested-With' header (or start the server with --token-file)");
  auto del = plain.Delete("/api/v1/documents/d:0000000000000001");
  REQUIRE(del);
  CHECK(del->status == 403);
  auto ok = plain.Post("/api/v1/documents", {{"X-Requested-With", "lkg"}}, kArticle, "application/json; charset=utf-8");
  REQUIRE(ok);
  CHECK(ok->status == 201);
}

TEST_CASE("writes from another Origin are refused, from the server's own page allowed") {
  ServerOptions options;
  options.token = "tok";
  TestServer server(options);
  httplib::Client client = server.Client();
  httplib::Headers evil = {{"Authorization", "Bearer tok"}, {"Origin", "http://evil.example"}};
  auto refused = client.Post("/api/v1/documents", evil, kArticle, "application/json");
  REQUIRE(refused);
  CHECK(refused->status == 403);
  CHECK(Message(refused) == "writes from the origin 'http://evil.example' are refused");
  std::string own = "http://127.0.0.1:" + std::to_string(server.port());
  auto same = client.Post("/api/v1/documents", {{"Authorization", "Bearer tok"}, {"Origin", own}}, kArticle,
                          "application/json");
  REQUIRE(same);
  CHECK(same->status == 201);
  // With a token a plain text body is fine: the Authorization header cannot be sent cross-site without CORS.
  auto token_only = client.Post("/api/v1/documents", {{"Authorization", "Bearer tok"}}, kArticle, "text/plain");
  REQUIRE(token_only);
  CHECK(token_only->status == 201);
}

}  // namespace lkg::http::testing
