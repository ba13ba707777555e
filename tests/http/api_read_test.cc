// The read routes against a real server on a loopback port.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "engine/ids.h"
#include "test_server.h"

namespace lkg::http::testing {
namespace {

nlohmann::json Body(const httplib::Result& r) {
  REQUIRE(r);
  return nlohmann::json::parse(r->body);
}

void CheckError(const httplib::Result& r, int status, const std::string& code, const std::string& message_part) {
  REQUIRE(r);
  CHECK(r->status == status);
  nlohmann::json body = nlohmann::json::parse(r->body);
  CHECK(body["error"]["code"] == code);
  std::string message = body["error"]["message"];
  CHECK_MESSAGE(message.find(message_part) != std::string::npos, message);
  CHECK(r->get_header_value("Content-Type") == "application/json");
}

const std::string kMmtukId = FormatNodeId(EntityKey(NodeType::kUnion, "Mining and Metallurgy Trade Union of Kyrgyzstan"));

}  // namespace

TEST_CASE("health and stats answer JSON") {
  TestServer server;
  httplib::Client client = server.Client();
  auto health = client.Get("/api/v1/health");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(Body(health) == nlohmann::json{{"status", "ok"}});
  nlohmann::json stats = Body(client.Get("/api/v1/stats"));
  CHECK(stats["documents"] == 2);
  CHECK(stats["nodes_by_type"]["union"] == 2);
  CHECK(stats["cases_by_kind"]["arrest"] == 1);
}

TEST_CASE("search ranks names and aliases, and validates its parameters") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json found = Body(client.Get("/api/v1/search?q=MMTUK"));
  REQUIRE(found["results"].size() >= 1);
  CHECK(found["results"][0]["id"] == kMmtukId);
  CHECK(found["results"][0]["name"] == "Mining and Metallurgy Trade Union of Kyrgyzstan");
  CHECK(found["results"][0]["exact"] == true);
  nlohmann::json prefix = Body(client.Get("/api/v1/search?q=kum&type=company"));
  REQUIRE(prefix["results"].size() == 1);
  CHECK(prefix["results"][0]["name"] == "Kumtor gold mine");
  CHECK(Body(client.Get("/api/v1/search?q=kum&type=person"))["results"].empty());
  CHECK(Body(client.Get("/api/v1/search?q="))["results"].empty());
  CheckError(client.Get("/api/v1/search?q=a&type=galaxy"), 400, "invalid_argument", "unknown node type 'galaxy'");
  CheckError(client.Get("/api/v1/search?q=a&limit=5000"), 422, "limit_exceeded", "'limit' is limited to 100");
  CheckError(client.Get("/api/v1/search?q=a&limit=-3"), 400, "invalid_argument", "'limit' must be at least 1");
}

TEST_CASE("nodes/{id} gives aliases, properties, evidence with documents, and edges") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json node = Body(client.Get(("/api/v1/nodes/" + kMmtukId).c_str()));
  CHECK(node["name"] == "Mining and Metallurgy Trade Union of Kyrgyzstan");
  CHECK(node["aliases"] == nlohmann::json::array({"MMTUK"}));
  REQUIRE(node["evidence"].size() == 2);
  CHECK(node["evidence"][0]["document"]["url"].get<std::string>().find("https://example.org/") == 0);
  CHECK(node["degree"] == 4);
  // By exact name or alias as well.
  CHECK(Body(client.Get("/api/v1/nodes/MMTUK"))["id"] == kMmtukId);
  CheckError(client.Get("/api/v1/nodes/n:00000000000000ff"), 404, "not_found", "");
  CheckError(client.Get("/api/v1/nodes/Nobody%20Here"), 404, "not_found", "'Nobody Here'");
}

TEST_CASE("edges/{id} and documents/{id} give evidence and text") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json node = Body(client.Get(("/api/v1/nodes/" + kMmtukId).c_str()));
  std::string edge_id;
  for (const auto& e : node["edges"]) {
    if (e["type"] == "affiliated_with") edge_id = e["id"];
  }
  REQUIRE(!edge_id.empty());
  nlohmann::json edge = Body(client.Get(("/api/v1/edges/" + edge_id).c_str()));
  CHECK(edge["target_node"]["name"] == "IndustriALL Global Union");
  REQUIRE(edge["evidence"].size() == 1);
  CHECK(edge["evidence"][0]["sentence"] == "MMTUK is affiliated with IndustriALL Global Union.");
  std::string doc_id = edge["evidence"][0]["document"]["id"];
  nlohmann::json doc = Body(client.Get(("/api/v1/documents/" + doc_id).c_str()));
  CHECK(doc["title"] == "Kyrgyz union leader arrested");
  CHECK(doc["text"].get<std::string>().find("IndustriALL") != std::string::npos);
  CheckError(client.Get("/api/v1/edges/n:12"), 400, "invalid_argument", "is not an edge id");
  CheckError(client.Get("/api/v1/documents/xyz"), 400, "invalid_argument", "is not a document id");
  CheckError(client.Get("/api/v1/documents/d:00000000000000aa"), 404, "not_found", "");
}

TEST_CASE("cases are filtered, newest first, paginated by cursor, with counts per year") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json all = Body(client.Get("/api/v1/cases?facets=1"));
  REQUIRE(all["cases"].size() == 2);
  CHECK(all["cases"][0]["properties"]["kind"] == "arrest");  // 2023 before 2021
  CHECK(all["total"] == 2);
  CHECK(all["by_year"] == nlohmann::json{{"2021", 1}, {"2023", 1}});
  CHECK(all["next_cursor"].is_null());
  nlohmann::json first = Body(client.Get("/api/v1/cases?limit=1"));
  REQUIRE(first["cases"].size() == 1);
  REQUIRE(first["next_cursor"].is_string());
  nlohmann::json second = Body(client.Get(("/api/v1/cases?limit=1&cursor=" + first["next_cursor"].get<std::string>()).c_str()));
  REQUIRE(second["cases"].size() == 1);
  CHECK(second["cases"][0]["properties"]["kind"] == "dismissal");
  CHECK(second["next_cursor"].is_null());
  CHECK(Body(client.Get("/api/v1/cases?kind=dismissal"))["cases"].size() == 1);
  CHECK(Body(client.Get("/api/v1/cases?since=2022"))["cases"].size() == 1);
  CHECK(Body(client.Get("/api/v1/cases?country=kyrgyzstan"))["cases"].size() == 2);
  CHECK(Body(client.Get("/api/v1/cases?country=Chile"))["cases"].empty());
  CHECK(Body(client.Get("/api/v1/cases?actor=Kumtor"))["cases"].size() == 1);
  CheckError(client.Get("/api/v1/cases?kind=theft"), 400, "invalid_argument", "unknown case kind 'theft'");
  CheckError(client.Get("/api/v1/cases?since=last-year"), 400, "invalid_argument", "ISO date");
  CheckError(client.Get("/api/v1/cases?cursor=abc"), 400, "invalid_argument", "not a cursor");
  CheckError(client.Get("/api/v1/cases?limit=100000"), 422, "limit_exceeded", "'limit' is limited to 500");
  CheckError(client.Get("/api/v1/cases?actor=Nobody"), 404, "not_found", "'Nobody'");
}

TEST_CASE("reads carry an ETag and answer 304 when it matches") {
  TestServer server;
  httplib::Client client = server.Client();
  auto first = client.Get("/api/v1/stats");
  REQUIRE(first);
  std::string etag = first->get_header_value("ETag");
  REQUIRE(!etag.empty());
  CHECK(first->get_header_value("Cache-Control") == "no-cache");
  auto again = client.Get("/api/v1/stats", {{"If-None-Match", etag}});
  REQUIRE(again);
  CHECK(again->status == 304);
  CHECK(again->body.empty());
}

TEST_CASE("gzip is used when the client asks for it") {
  TestServer server;
  httplib::Client client = server.Client();
  client.set_decompress(false);
  auto plain = client.Get("/api/v1/nodes/MMTUK");
  REQUIRE(plain);
  CHECK(plain->get_header_value("Content-Encoding").empty());
  auto zipped = client.Get("/api/v1/nodes/MMTUK", {{"Accept-Encoding", "gzip"}});
  REQUIRE(zipped);
  CHECK(zipped->get_header_value("Content-Encoding") == "gzip");
  CHECK(zipped->body.size() < plain->body.size());
}

TEST_CASE("CORS is off by default and on for the allowed origin only") {
  {
    TestServer server;
    auto r = server.Client().Get("/api/v1/health", {{"Origin", "http://evil.example"}});
    REQUIRE(r);
    CHECK(r->get_header_value("Access-Control-Allow-Origin").empty());
  }
  ServerOptions options;
  options.allow_origin = "http://notebook.example";
  TestServer server(options);
  httplib::Client client = server.Client();
  auto allowed = client.Get("/api/v1/health", {{"Origin", "http://notebook.example"}});
  REQUIRE(allowed);
  CHECK(allowed->get_header_value("Access-Control-Allow-Origin") == "http://notebook.example");
  auto other = client.Get("/api/v1/health", {{"Origin", "http://evil.example"}});
  REQUIRE(other);
  CHECK(other->get_header_value("Access-Control-Allow-Origin").empty());
  auto preflight = client.Options("/api/v1/documents", {{"Origin", "http://notebook.example"}});
  REQUIRE(preflight);
  CHECK(preflight->status == 204);
  CHECK(preflight->get_header_value("Access-Control-Allow-Headers").find("Authorization") != std::string::npos);
}

TEST_CASE("the explorer page and its assets come from the embedded set only") {
  TestServer server;
  httplib::Client client = server.Client();
  auto page = client.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(page->body.find("/assets/app.js") != std::string::npos);
  CHECK(!page->get_header_value("Content-Security-Policy").empty());
  auto js = client.Get("/assets/app.js");
  REQUIRE(js);
  CHECK(js->status == 200);
  CHECK(js->body.size() > 100000);  // Cytoscape is bundled in
  CheckError(client.Get("/assets/../../etc/passwd"), 404, "not_found", "");
  CheckError(client.Get("/assets/%2e%2e%2fCMakeLists.txt"), 404, "not_found", "");
  CheckError(client.Get("/etc/passwd"), 404, "not_found", "no such route");
  CheckError(client.Get("/api/v1/nope"), 404, "not_found", "no such route");
}

}  // namespace lkg::http::testing
