// Case facets and counts over HTTP, and the resolver behind search and
// node lookups.
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

TEST_CASE("cases take several kinds, ISO country codes and group_by") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json years = Json(client.Get("/api/v1/cases?kind=arrest,dismissal&country=KG&group_by=year"));
  CHECK(years["cases"].size() == 2);
  CHECK(years["total"] == 2);
  CHECK(years["group_by"] == "year");
  CHECK(years["groups"] == nlohmann::json::parse(R"([{"key":"2021","count":1},{"key":"2023","count":1}])"));
  nlohmann::json kinds = Json(client.Get("/api/v1/cases?group_by=kind&limit=1"));
  CHECK(kinds["cases"].size() == 1);
  CHECK(kinds["groups"].size() == 2);
  CHECK(Json(client.Get("/api/v1/cases?kind=arrest,dismissal"))["cases"].size() == 2);
  nlohmann::json bad = Json(client.Get("/api/v1/cases?group_by=month"), 400);
  CHECK(bad["error"]["message"] == "group_by takes actor, kind, country or year, not 'month'");
  nlohmann::json unknown = Json(client.Get("/api/v1/cases?kind=arrest,theft"), 400);
  CHECK(unknown["error"]["message"] == "unknown case kind 'theft'");
}

TEST_CASE("search falls back to other spellings and near misses; nodes resolve forgivingly") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json near = Json(client.Get("/api/v1/search?q=Kyrgyztan"));
  REQUIRE(near["results"].size() >= 1);
  CHECK(near["results"][0]["name"] == "Kyrgyzstan");
  CHECK(near["results"][0]["did_you_mean"] == true);
  CHECK(near["results"][0]["match"] == "near");
  nlohmann::json words = Json(client.Get("/api/v1/nodes/Kumtor"));
  CHECK(words["name"] == "Kumtor gold mine");
  nlohmann::json miss = Json(client.Get("/api/v1/nodes/Kyrgyztan"), 404);
  // The country first (a whole name one letter off), then longer names holding a near word.
  CHECK(miss["error"]["message"].get<std::string>().find(
            "no node with the id or name 'Kyrgyztan'; did you mean Kyrgyzstan, ") == 0);
}

}  // namespace lkg::http::testing
