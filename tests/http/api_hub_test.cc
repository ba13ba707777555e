// GET /api/v1/nodes/{id}/hub (the aggregated neighbourhood, its groups and
// opening one) and GET /api/v1/export?nodes= (exactly the listed nodes).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "engine/ids.h"
#include "test_server.h"

namespace lkg::http::testing {
namespace {

nlohmann::json Body(const httplib::Result& r) {
  REQUIRE(r);
  CHECK(r->status == 200);
  return nlohmann::json::parse(r->body);
}

void CheckError(const httplib::Result& r, int status, const std::string& message) {
  REQUIRE(r);
  CHECK(r->status == status);
  CHECK(nlohmann::json::parse(r->body)["error"]["message"] == message);
}

const std::string kMmtukId = FormatNodeId(EntityKey(NodeType::kUnion, "Mining and Metallurgy Trade Union of Kyrgyzstan"));
const std::string kKumtorId = FormatNodeId(EntityKey(NodeType::kCompany, "Kumtor gold mine"));

}  // namespace

TEST_CASE("hub: small buckets are listed one by one; collapse=0 gives the expand menu's counts") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json hub = Body(client.Get("/api/v1/nodes/MMTUK/hub"));
  CHECK(hub["seeds"] == nlohmann::json::array({kMmtukId}));
  CHECK(hub["nodes"].size() == 5);  // as /neighbors at depth 1
  CHECK(hub["edges"].size() == 5);
  CHECK(hub["groups"].empty());
  CHECK(hub["shown"] == 4);
  CHECK(hub["cut"] == 0);
  CHECK(hub["nodes"][0]["degree"] == 4);
  // Dates: an edge to a case has the case's date, others their documents' publication dates.
  for (const nlohmann::json& e : hub["edges"]) {
    if (e["target"] == kKumtorId && e["source"] == kMmtukId) {
      CHECK(e["first"] == "2023-12-07");
      CHECK(e["last"] == "2023-12-07");
    }
  }
  for (const nlohmann::json& n : hub["nodes"]) {
    if (n["type"] == "case") CHECK(n["first"].is_string());
  }
  nlohmann::json menu = Body(client.Get("/api/v1/nodes/MMTUK/hub?collapse=0&max_nodes=0&hide="));
  CHECK(menu["nodes"].size() == 1);
  REQUIRE(menu["groups"].size() == 4);
  bool found = false;
  for (const nlohmann::json& g : menu["groups"]) {
    CHECK(g["count"] == 1);
    if (g["key"] != "organizes_at:out:company") continue;
    found = true;
    CHECK(g["label"] == "1 company");
    CHECK(g["id"] == "g:" + kMmtukId.substr(2) + ":organizes_at:out:company");
    CHECK(g["top"][0]["id"] == kKumtorId);
  }
  CHECK(found);
  nlohmann::json capped = Body(client.Get("/api/v1/nodes/MMTUK/hub?max_nodes=2"));
  CHECK(capped["shown"] == 2);
  CHECK(capped["cut"] == 2);
}

TEST_CASE("hub: group= opens one group, paged; errors name the parameter") {
  TestServer server;
  httplib::Client client = server.Client();
  nlohmann::json page = Body(client.Get("/api/v1/nodes/MMTUK/hub?group=organizes_at:out:company&limit=5"));
  CHECK(page["group"]["count"] == 1);
  REQUIRE(page["nodes"].size() == 2);
  CHECK(page["nodes"][1]["id"] == kKumtorId);
  CHECK(page["edges"].size() == 1);
  CHECK(page["cut"] == 0);
  CheckError(client.Get("/api/v1/nodes/MMTUK/hub?group=victim:in:person"), 404,
             "node " + kMmtukId + " has no group 'victim:in:person'");
  CheckError(client.Get("/api/v1/nodes/MMTUK/hub?group=victim:sideways:person"), 400,
             "group 'victim:sideways:person': direction must be in or out");
  CheckError(client.Get("/api/v1/nodes/MMTUK/hub?hide=planet"), 400, "unknown node type 'planet' in parameter 'hide'");
  CheckError(client.Get("/api/v1/nodes/MMTUK/hub?depth=0"), 400, "parameter 'depth' must be at least 1");
}

TEST_CASE("export nodes= exports exactly the listed nodes and the edges among them") {
  TestServer server;
  httplib::Client client = server.Client();
  std::string url = "/api/v1/export?format=cyjs&nodes=" + kMmtukId + "," + kKumtorId.substr(2);
  nlohmann::json cyjs = Body(client.Get(url.c_str()));
  CHECK(cyjs["elements"]["nodes"].size() == 2);
  CHECK(cyjs["elements"]["edges"].size() == 1);
  CheckError(client.Get("/api/v1/export?nodes=zz"), 400, "parameter 'nodes': 'zz' is not a node id");
  CheckError(client.Get(("/api/v1/export?seed=MMTUK&nodes=" + kKumtorId).c_str()), 400,
             "parameters 'nodes' and 'seed' exclude each other");
}

}  // namespace lkg::http::testing
