// GET /api/v1/events: lists and counts, and its parameter errors.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace lkg::http::testing {

TEST_CASE("events route answers lists and counts and rejects bad parameters") {
  TestServer server;
  httplib::Client client = server.Client();
  auto list = client.Get("/api/v1/events?kind=work_stoppage");
  REQUIRE(list);
  CHECK(list->status == 200);
  CHECK(nlohmann::json::parse(list->body) == nlohmann::json{{"events", nlohmann::json::array()}});
  auto counts = client.Get("/api/v1/events?group_by=employer");
  REQUIRE(counts);
  CHECK(counts->status == 200);
  nlohmann::json body = nlohmann::json::parse(counts->body);
  CHECK(body["events"] == 0);  // the seed's two cases are violations, not events
  CHECK(body["groups"].empty());
  auto bad = client.Get("/api/v1/events?group_by=planet");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  CHECK(nlohmann::json::parse(bad->body)["error"]["message"] ==
        "unknown group_by 'planet' (employer, union, year, state, kind, country)");
  auto date = client.Get("/api/v1/events?since=yesterday");
  REQUIRE(date);
  CHECK(date->status == 400);
  auto limit = client.Get("/api/v1/events?limit=100000");
  REQUIRE(limit);
  CHECK(limit->status == 422);
}

}  // namespace lkg::http::testing
