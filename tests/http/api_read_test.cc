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
  CheckError(client.Get("/api/v1/cases?country=Chile"), 404, "not_found", "");
  CHECK(Body(client.Get("/api/v1/cases?actor=Kumtor"))["cases"].size() == 1);
  CheckError(client.Get("/api/v1/cases?kind=theft"), 400, "invalid_argument", "unknown case kind 'theft'");
  CheckError(client.Get("/api/v1/cases?since=last-year"), 400, "invalid_argument", "ISO date");
  CheckError(client.Get("/api/v1/cases?cursor=abc"), 400, "invalid_argument", "cursor");
  CheckError(client.Get("/api/v1/cases?limit=100000"), 422, "limit_exceeded", "'limit' is limited to 500");
  CheckError(client.Get("/api/v1/cases?actor=Nobody"), 404, "not_found", "'Nobody'");
}

TEST_CASE("neighbors gives the subgraph around a node, bounded and filtered") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json hood = Body(client.Get("/api/v1/nodes/MMTUK/neighbors?depth=1"));
  CHECK(hood["seed"] == kMmtukId);
  CHECK(hood["nodes"].size() == 5);  // MMTUK, Kumtor, IndustriALL, the chairman, the dismissal case
  CHECK(hood["edges"].size() == 5);  // the four of MMTUK + the dismissal case -> Kumtor
  CHECK(hood["truncated"] == false);
  nlohmann::json two = Body(client.Get(("/api/v1/nodes/" + kMmtukId + "/neighbors?depth=2").c_str()));
  CHECK(two["nodes"].size() == 7);  // + Kyrgyzstan and the arrest case
  nlohmann::json unions = Body(client.Get("/api/v1/nodes/MMTUK/neighbors?depth=2&types=union"));
  CHECK(unions["nodes"].size() == 2);
  nlohmann::json capped = Body(client.Get("/api/v1/nodes/MMTUK/neighbors?depth=2&limit=3"));
  CHECK(capped["nodes"].size() == 3);
  CHECK(capped["truncated"] == true);
  CheckError(client.Get("/api/v1/nodes/MMTUK/neighbors?depth=4"), 422, "limit_exceeded", "'depth' is limited to 3");
  CheckError(client.Get("/api/v1/nodes/MMTUK/neighbors?edge_types=likes"), 400, "invalid_argument", "'likes'");
  CheckError(client.Get("/api/v1/nodes/Nobody/neighbors"), 404, "not_found", "'Nobody'");
}

TEST_CASE("path gives each hop with its evidence sentence") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json found = Body(client.Get("/api/v1/path?from=IndustriALL%20Global%20Union&to=Kyrgyzstan&k=2"));
  REQUIRE(found["paths"].size() >= 1);
  const nlohmann::json& path = found["paths"][0];
  CHECK(path["nodes"].front()["name"] == "IndustriALL Global Union");
  CHECK(path["nodes"].back()["name"] == "Kyrgyzstan");
  REQUIRE(path["hops"].size() >= 2);
  CHECK(path["hops"][0]["evidence"]["sentence"] == "MMTUK is affiliated with IndustriALL Global Union.");
  CheckError(client.Get("/api/v1/path?from=MMTUK"), 400, "invalid_argument", "'to'");
  CheckError(client.Get("/api/v1/path?from=MMTUK&to=Kumtor&k=50"), 422, "limit_exceeded", "'k' is limited to 10");
  CheckError(client.Get("/api/v1/path?from=MMTUK&to=Kumtor&max_len=0"), 400, "invalid_argument", "'max_len'");
  CheckError(client.Get("/api/v1/path?from=MMTUK&to=Kumtor&weight=fast"), 400, "invalid_argument", "'weight'");
}

TEST_CASE("rank and communities summarise the graph") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json degree = Body(client.Get("/api/v1/rank?by=degree&top=1"));
  REQUIRE(degree["rows"].size() == 1);
  CHECK(degree["rows"][0]["id"] == kMmtukId);  // four edges: the most connected node
  CHECK(Body(client.Get("/api/v1/rank?type=company"))["rows"].size() == 1);
  CheckError(client.Get("/api/v1/rank?by=fame"), 400, "invalid_argument", "'by'");
  CheckError(client.Get("/api/v1/rank?top=100000"), 422, "limit_exceeded", "'top'");
  nlohmann::json clusters = Body(client.Get("/api/v1/communities"));
  CHECK(clusters["components"]["count"] == 1);
  CHECK(clusters["communities"]["clusters"].size() >= 1);
  CheckError(client.Get("/api/v1/communities?type=planet"), 400, "invalid_argument", "'planet'");
}

TEST_CASE("export answers files with the format's Content-Type") {
  TestServer server;
  httplib::Client client = server.Client();
  auto graphml = client.Get("/api/v1/export?format=graphml&seed=MMTUK&depth=1");
  REQUIRE(graphml);
  CHECK(graphml->status == 200);
  CHECK(graphml->get_header_value("Content-Type").find("xml") != std::string::npos);
  CHECK(graphml->get_header_value("Content-Disposition") == "attachment; filename=\"lkg-export.graphml\"");
  CHECK(graphml->body.find("<graphml") != std::string::npos);
  CHECK(graphml->body.find("Kumtor gold mine") != std::string::npos);
  CHECK(graphml->body.find("Kurmanbek") != std::string::npos);
  CHECK(graphml->body.find("arrest of") == std::string::npos);  // two hops away
  auto cyjs = client.Get("/api/v1/export?format=cyjs&seed=MMTUK");
  REQUIRE(cyjs);
  CHECK(nlohmann::json::parse(cyjs->body)["elements"]["nodes"].size() == 5);
  auto whole = client.Get("/api/v1/export");  // streamed in chunks
  REQUIRE(whole);
  CHECK(whole->status == 200);
  nlohmann::json all = nlohmann::json::parse(whole->body);
  CHECK(all["nodes"].size() >= 8);
  auto gexf = client.Get("/api/v1/export?format=gexf&types=union,company");
  REQUIRE(gexf);
  CHECK(gexf->body.find("<gexf") != std::string::npos);
  CHECK(gexf->body.find("Kurmanbek") == std::string::npos);
  CheckError(client.Get("/api/v1/export?format=pdf"), 400, "invalid_argument", "unknown export format 'pdf'");
  CheckError(client.Get("/api/v1/export?seed=Nobody"), 404, "not_found", "'Nobody'");
  CheckError(client.Get("/api/v1/export?seed=MMTUK&depth=9"), 422, "limit_exceeded", "'depth'");
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
  auto script = client.Get("/assets/app.js", {{"Accept-Encoding", "gzip"}});
  REQUIRE(script);
  CHECK(script->get_header_value("Content-Encoding") == "gzip");
  CHECK(script->body.size() < 250000);  // the bundle is ~460 kB before compression
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
