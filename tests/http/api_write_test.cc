// The write routes: authorisation, read-only mode, body limits, removal,
// ingestion, and that shutting down loses no write that was answered.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/ids.h"
#include "test_server.h"

namespace lkg::http::testing {
namespace {

std::string ErrorMessage(const httplib::Result& r) {
  REQUIRE(r);
  return nlohmann::json::parse(r->body)["error"]["message"];
}

std::string ErrorCode(const httplib::Result& r) {
  REQUIRE(r);
  return nlohmann::json::parse(r->body)["error"]["code"];
}

const char* kArticle =
    R"({"text": "The Kyrgyz miners' union MMTUK held a strike at the Kumtor gold mine in 2024.",)"
    R"( "title": "Strike at Kumtor", "url": "https://example.org/news/strike", "date": "2024-03-01"})";

std::string MmtukDocId() { return FormatDocId(DocumentKeyForText(MmtukFacts().document.text)); }

}  // namespace

TEST_CASE("writes need the bearer token when one is configured") {
  ServerOptions options;
  options.token = "tok-123";
  TestServer server(options);
  httplib::Client client = server.Client();
  auto missing = client.Post("/api/v1/documents", kArticle, "application/json");
  REQUIRE(missing);
  CHECK(missing->status == 401);
  CHECK(ErrorCode(missing) == "unauthorized");
  CHECK(ErrorMessage(missing).find("Authorization: Bearer") != std::string::npos);
  auto wrong = client.Delete("/api/v1/documents/d:0000000000000001", {{"Authorization", "Bearer tok-124"}});
  REQUIRE(wrong);
  CHECK(wrong->status == 401);
  CHECK(ErrorMessage(wrong) == "the bearer token is not valid");
  // Reads need no token.
  auto read = client.Get("/api/v1/stats");
  REQUIRE(read);
  CHECK(read->status == 200);
  auto unknown = client.Delete("/api/v1/documents/d:0000000000000001", {{"Authorization", "Bearer tok-123"}});
  REQUIRE(unknown);
  CHECK(unknown->status == 404);
  CHECK(ErrorCode(unknown) == "not_found");
}

TEST_CASE("--read-only refuses every write with 403 and keeps the data") {
  ServerOptions options;
  options.read_only = true;
  TestServer server(options);
  httplib::Client client = server.Client();
  auto post = client.Post("/api/v1/documents", kArticle, "application/json");
  REQUIRE(post);
  CHECK(post->status == 403);
  CHECK(ErrorMessage(post).find("--read-only") != std::string::npos);
  auto del = client.Delete(("/api/v1/documents/" + MmtukDocId()).c_str());
  REQUIRE(del);
  CHECK(del->status == 403);
  CHECK(nlohmann::json::parse(client.Get("/api/v1/stats")->body)["documents"] == 2);
}

TEST_CASE("DELETE removes a document by id or URL and reads see it at once") {
  TestServer server;
  httplib::Client client = server.Client();
  auto removed = client.Delete(("/api/v1/documents/" + MmtukDocId()).c_str());
  REQUIRE(removed);
  CHECK(removed->status == 200);
  nlohmann::json body = nlohmann::json::parse(removed->body);
  CHECK(body["document"] == MmtukDocId());
  CHECK(body["nodes_removed"].get<int>() >= 2);  // IndustriALL, the person, the arrest case
  auto gone = client.Get("/api/v1/nodes/IndustriALL%20Global%20Union");
  REQUIRE(gone);
  CHECK(gone->status == 404);
  auto again = client.Delete(("/api/v1/documents/" + MmtukDocId()).c_str());
  REQUIRE(again);
  CHECK(again->status == 404);
  auto by_url = client.Delete("/api/v1/documents/https:%2F%2Fexample.org%2Fnews%2Fkumtor-dismissals");
  REQUIRE(by_url);
  CHECK(by_url->status == 200);
  CHECK(nlohmann::json::parse(client.Get("/api/v1/stats")->body)["documents"] == 0);
}

TEST_CASE("POST /documents rejects bodies that are not one JSON record") {
  ServerOptions options;
  options.limits.max_body_bytes = 2048;
  TestServer server(options);
  httplib::Client client = server.Client();
  auto broken = client.Post("/api/v1/documents", R"({"text": "unterminated)", "application/json");
  REQUIRE(broken);
  CHECK(broken->status == 400);
  CHECK(ErrorMessage(broken) == "the request body is not valid JSON");
  auto array = client.Post("/api/v1/documents", "[1,2]", "application/json");
  CHECK(ErrorMessage(array) == "the request body must be a JSON object");
  auto no_text = client.Post("/api/v1/documents", R"({"title": "x"})", "application/json");
  CHECK(ErrorMessage(no_text) == "the record needs a \"text\" or \"html\" string");
  auto bad_field = client.Post("/api/v1/documents", R"({"text": "x", "url": 5})", "application/json");
  CHECK(ErrorMessage(bad_field) == "the field \"url\" must be a string");
  auto bad_utf8 = client.Post("/api/v1/documents", "{\"text\": \"\xff\xfe\"}", "application/json");
  CHECK(ErrorMessage(bad_utf8) == "the request body is not valid UTF-8");
  auto huge = client.Post("/api/v1/documents", "{\"text\": \"" + std::string(4096, 'a') + "\"}", "application/json");
  REQUIRE(huge);
  CHECK(huge->status == 413);
  CHECK(ErrorCode(huge) == "payload_too_large");
  CHECK(nlohmann::json::parse(client.Get("/api/v1/stats")->body)["documents"] == 2);
}

TEST_CASE("POST /documents ingests an article and reads see it at once") {
  ServerOptions options;
  options.token = "tok";
  TestServer server(options);
  httplib::Client client = server.Client();
  httplib::Headers auth = {{"Authorization", "Bearer tok"}};
  const std::string article =
      R"({"text": "Workers at Oyu Tolgoi mine in Mongolia formed the Oyu Tolgoi Workers Union in 2024. )"
      R"(The union is affiliated with the Confederation of Mongolian Trade Unions.", "title": "New union",)"
      R"( "url": "https://example.org/news/oyu-tolgoi", "date": "2024-02-01", "source": "Example"})";
  auto created = client.Post("/api/v1/documents", auth, article, "application/json");
  REQUIRE(created);
  CHECK(created->status == 201);
  nlohmann::json outcome = nlohmann::json::parse(created->body);
  CHECK(outcome["document"].get<std::string>().rfind("d:", 0) == 0);
  CHECK(outcome["unchanged"] == false);
  CHECK(outcome["nodes_added"].get<int>() >= 1);
  CHECK(nlohmann::json::parse(client.Get("/api/v1/stats")->body)["documents"] == 3);
  auto again = client.Post("/api/v1/documents", auth, article, "application/json");
  REQUIRE(again);
  CHECK(nlohmann::json::parse(again->body)["unchanged"] == true);
  CHECK(nlohmann::json::parse(client.Get("/api/v1/stats")->body)["documents"] == 3);
  auto empty = client.Post("/api/v1/documents", auth, R"({"text": ""})", "application/json");
  REQUIRE(empty);
  CHECK(empty->status == 400);
}

TEST_CASE("shutting down answers or refuses every write, and loses none that was answered") {
  TestServer server;
  // Sixteen single-fact documents to remove concurrently while the server stops.
  std::vector<std::string> ids;
  for (int i = 0; i < 16; ++i) {
    DocumentFacts facts = KumtorDismissalFacts();
    facts.document.text += " Report " + std::to_string(i) + ".";
    facts.document.url = "https://example.org/r/" + std::to_string(i);
    Result<ApplyResult> applied = server.store().Apply(facts);
    REQUIRE(applied.ok());
    ids.push_back(FormatDocId(applied->document));
  }
  std::vector<std::atomic<int>> statuses(ids.size());
  std::vector<std::thread> writers;
  auto remove = [&](size_t i) {
    httplib::Client client = server.Client();
    auto r = client.Delete(("/api/v1/documents/" + ids[i]).c_str());
    statuses[i] = r ? r->status : -1;
  };
  for (size_t i = 0; i < ids.size() / 2; ++i) writers.emplace_back(remove, i);
  for (int wait = 0; wait < 5000 && statuses[0] == 0; ++wait) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  for (size_t i = ids.size() / 2; i < ids.size(); ++i) writers.emplace_back(remove, i);
  server.Stop();  // while the second half is in flight
  for (auto& t : writers) t.join();
  std::unique_ptr<GraphReader> reader = server.store().NewReader();
  int answered = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    bool present = reader->GetDocument(*ParseDocId(ids[i])).ok();
    int status = statuses[i];
    if (status == 200) {
      ++answered;
      CHECK_MESSAGE(!present, "an answered removal was lost: " << ids[i]);
    } else {
      CHECK((status == 503 || status == -1));
    }
  }
  CHECK(answered >= 1);
}

}  // namespace lkg::http::testing
