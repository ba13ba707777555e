// GET /api/v1/documents: the list and full-text search, kept in step with
// the server's own writes.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace lkg::http::testing {
namespace {

nlohmann::json Json(const httplib::Result& r, int status = 200) {
  REQUIRE(r);
  CHECK(r->status == status);
  return nlohmann::json::parse(r->body);
}

}  // namespace

TEST_CASE("documents: list, search, and search after a write") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json all = Json(client.Get("/api/v1/documents"));
  CHECK(all["total"] == 2);
  CHECK(all["documents"].size() == 2);
  nlohmann::json found = Json(client.Get("/api/v1/documents?q=dismissed"));
  REQUIRE(found["documents"].size() == 1);
  CHECK(found["documents"][0]["title"] == "Kumtor dismisses activists");
  CHECK(found["documents"][0]["snippet"].get<std::string>().find("«dismissed»") != std::string::npos);
  nlohmann::json bad = Json(client.Get("/api/v1/documents?q=AND%20OR%20("), 400);
  CHECK(bad["error"]["message"] == "cannot read the search query: Syntax: <expression> AND <expression>");
  nlohmann::json posted = Json(client.Post("/api/v1/documents",
                                           R"({"title": "Hunger strike", "url": "https://c.test/3", "text": "Teachers in Osh began a hunger strike over unpaid wages."})",
                                           "application/json"),
                               201);
  nlohmann::json after = Json(client.Get("/api/v1/documents?q=%22hunger%20strike%22"));
  REQUIRE(after["documents"].size() == 1);
  CHECK(after["documents"][0]["url"] == "https://c.test/3");
  CHECK(Json(client.Get("/api/v1/documents?limit=0"), 400)["error"]["message"] == "parameter 'limit' must be at least 1");
}

}  // namespace lkg::http::testing
