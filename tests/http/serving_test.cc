// How the server serves under load: keep-alive connections beyond the number
// of workers, pipelined requests, 405 for methods a route does not serve,
// neighbourhood answers written as text, and coalesced view rebuilds.
#include <doctest/doctest.h>

#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "engine/ids.h"
#include "http/json_text.h"
#include "http/json_views.h"
#include "http/snapshot.h"
#include "query/neighbors.h"
#include "test_server.h"

namespace lkg::http::testing {
namespace {

// Sends `request`, reads until the peer closes (or 5 s), returns the bytes.
std::string Exchange(int port, const std::string& request) {
  int fd = ConnectLoopback(port);
  REQUIRE(send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size()));
  std::string answer;
  char buf[4096];
  for (ssize_t n; (n = recv(fd, buf, sizeof buf, 0)) > 0;) answer.append(buf, static_cast<size_t>(n));
  close(fd);
  return answer;
}

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("idle keep-alive connections do not hold a worker") {
  ServerOptions options;
  options.threads = 2;
  TestServer server(options);
  // Twelve clients keep their connections open between requests; with a
  // thread per connection the third would wait for the 5 s keep-alive timeout.
  std::vector<httplib::Client> clients;
  for (int i = 0; i < 12; ++i) {
    clients.emplace_back("127.0.0.1", server.port());
    clients.back().set_keep_alive(true);
    clients.back().set_read_timeout(2, 0);
  }
  auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < 3; ++round) {
    for (auto& client : clients) {
      auto r = client.Get("/api/v1/health");
      REQUIRE(r);
      CHECK(r->status == 200);
    }
  }
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}

TEST_CASE("beyond max_queued idle connections, the one idle longest is closed") {
  ServerOptions options;
  options.max_queued = 2;
  TestServer server(options);
  const std::string request = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  std::vector<int> fds;
  for (int i = 0; i < 3; ++i) {
    int fd = ConnectLoopback(server.port());
    REQUIRE(send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size()));
    char buf[4096];
    REQUIRE(recv(fd, buf, sizeof buf, 0) > 0);  // answered, kept alive
    fds.push_back(fd);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));  // distinct idle times
  }
  timeval short_wait{0, 300000};
  char byte;
  setsockopt(fds[0], SOL_SOCKET, SO_RCVTIMEO, &short_wait, sizeof short_wait);
  CHECK(recv(fds[0], &byte, 1, 0) == 0);  // the oldest was closed by the server
  setsockopt(fds[2], SOL_SOCKET, SO_RCVTIMEO, &short_wait, sizeof short_wait);
  CHECK(recv(fds[2], &byte, 1, 0) < 0);  // the newest is still open (nothing to read)
  REQUIRE(send(fds[2], request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size()));
  char buf[4096];
  CHECK(recv(fds[2], buf, sizeof buf, 0) > 0);
  for (int fd : fds) close(fd);
}

TEST_CASE("pipelined requests on one connection are all answered, in order") {
  TestServer server;
  std::string answer = Exchange(server.port(),
                                "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                "GET /api/v1/nodes/MMTUK HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  CHECK(Count(answer, "HTTP/1.1 200 OK") == 3);
  CHECK(answer.find("Mining and Metallurgy") != std::string::npos);
  CHECK(answer.rfind("{\"status\":\"ok\"}") > answer.find("Mining and Metallurgy"));
}

TEST_CASE("a method the route does not serve gets 405 with Allow") {
  TestServer server;
  httplib::Client client = server.Client();
  auto put = client.Put("/api/v1/nodes/MMTUK", "{}", "application/json");
  REQUIRE(put);
  CHECK(put->status == 405);
  CHECK(put->get_header_value("Allow") == "GET, HEAD, OPTIONS");
  CHECK(nlohmann::json::parse(put->body)["error"]["code"] == "method_not_allowed");
  auto post = client.Post("/api/v1/stats", "{}", "application/json");
  REQUIRE(post);
  CHECK(post->status == 405);
  auto del = client.Delete("/api/v1/nodes/MMTUK");
  REQUIRE(del);
  CHECK(del->status == 405);
  auto patch = client.Patch("/api/v1/documents", "{}", "application/json");
  REQUIRE(patch);
  CHECK(patch->status == 405);
  CHECK(patch->get_header_value("Allow") == "GET, HEAD, POST, OPTIONS");
  auto nowhere = client.Delete("/api/v1/nowhere");
  REQUIRE(nowhere);
  CHECK(nowhere->status == 404);
  // A method httplib does not know at all.
  std::string raw = Exchange(server.port(), "FROB /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  CHECK(raw.rfind("HTTP/1.1 405 ", 0) == 0);
  CHECK(raw.find("Allow: GET, HEAD, OPTIONS\r\n") != std::string::npos);
  CHECK(raw.find("method_not_allowed") != std::string::npos);
  CHECK(Exchange(server.port(), "FROB /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").rfind("HTTP/1.1 404 ", 0) == 0);
  CHECK(client.Get("/api/v1/health")->status == 200);
}

TEST_CASE("neighbourhood answers equal the query library's JSON") {
  TestServer server;
  httplib::Client client = server.Client();
  std::unique_ptr<GraphReader> reader = server.store().NewReader();
  auto snapshot = query::GraphSnapshot::Load(*reader).value();
  NodeKey mmtuk = EntityKey(NodeType::kUnion, "Mining and Metallurgy Trade Union of Kyrgyzstan");
  for (int depth : {1, 2, 3}) {
    query::NeighborhoodRequest request{{*snapshot->Find(mmtuk)}, depth, true};
    auto hood = query::Neighbors(*snapshot, query::ResolvedFilter(), request, query::QueryLimits());
    REQUIRE(hood.ok());
    nlohmann::json expected = query::NeighborhoodToJson(*hood, *snapshot, *reader).value();
    expected["seed"] = FormatNodeId(mmtuk);
    auto r = client.Get(("/api/v1/nodes/MMTUK/neighbors?depth=" + std::to_string(depth)).c_str());
    REQUIRE(r);
    CHECK(r->body == expected.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

TEST_CASE("node answers equal NodeDetailJson, edges cut or not") {
  TestServer server;
  httplib::Client client = server.Client();
  std::unique_ptr<GraphReader> reader = server.store().NewReader();
  std::vector<NodeKey> keys;
  REQUIRE(reader->ForEachNodeBrief([&](const NodeBrief& b) {
    if (b.type != NodeType::kDocument) keys.push_back(b.key);
    return true;
  }).ok());
  REQUIRE(keys.size() >= 5);
  for (NodeKey key : keys) {
    for (size_t edges : {size_t{0}, size_t{1}, size_t{200}}) {
      nlohmann::json expected = NodeDetailJson(*reader, key, 50, edges).value();
      auto r = client.Get(("/api/v1/nodes/" + FormatNodeId(key) + "?edges=" + std::to_string(edges)).c_str());
      REQUIRE(r);
      CHECK(r->body == expected.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
  }
}

TEST_CASE("JSON text is written as nlohmann writes it") {
  for (std::string text : {std::string("plain"), std::string(""), std::string("say \"hi\"\\ now"),
                           std::string("tab\tnew\nline\x01"), std::string("Kırgızstan – “union”"),
                           std::string("bad \xff\xfe utf8"), std::string("emoji \xf0\x9f\x98\x80 ok\x7f"),
                           std::string("overlong \xc0\xaf \xe0\x80\xaf"), std::string("surrogate \xed\xa0\x80"),
                           std::string("too big \xf4\x90\x80\x80"), std::string("cut \xe2\x82"),
                           std::string("\x1f\b\f\r\"\\")}) {
    std::string out;
    AppendJsonString(out, text);
    CHECK(out == nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  std::string key;
  AppendQuotedKey(key, 'n', 0x00ab01);
  std::string quoted(1, '"');
  quoted.append(FormatNodeId(0x00ab01)).push_back('"');  // appended: GCC 12 warns falsely on "\"" + s
  CHECK(key == quoted);
  std::string numbers;
  AppendUnsigned(numbers, 0);
  numbers.push_back(',');
  AppendUnsigned(numbers, 18446744073709551615ull);
  CHECK(numbers == "0,18446744073709551615");
}

TEST_CASE("writes arriving together share one view rebuild and are visible when answered") {
  TestServer server;
  ViewHolder views(server.store());
  REQUIRE(views.Refresh().ok());
  constexpr int kWriters = 8;
  std::vector<std::thread> writers;
  std::atomic<int> failures{0};
  std::mutex writer;  // the store has one writer at a time, as in the server
  for (int i = 0; i < kWriters; ++i) {
    writers.emplace_back([&, i] {
      DocumentFacts facts = KumtorDismissalFacts();
      facts.document.text += " Update " + std::to_string(i) + ".";
      facts.document.url = "https://example.org/update/" + std::to_string(i);
      uint64_t committed = 0;
      {
        std::lock_guard<std::mutex> lock(writer);
        if (!server.store().Apply(facts).ok()) ++failures;
        committed = server.store().NewReader()->sequence();
      }
      if (!views.AwaitRefresh().ok() || views.Current()->sequence < committed) ++failures;
    });
  }
  for (auto& t : writers) t.join();
  CHECK(failures == 0);
  CHECK(views.background_refreshes() >= 1);
  CHECK(views.background_refreshes() < kWriters);
  CHECK(views.Current()->sequence == server.store().NewReader()->sequence());
}

// The nice values of this process's threads, read from /proc/self/task/*/stat
// (field 19, counted after the parenthesised command name).
std::vector<int> ThreadNiceValues() {
  std::vector<int> values;
  for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
    std::ifstream in(task.path() / "stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));
    std::string field;
    for (int k = 3; k <= 19 && fields >> field; ++k) {
      if (k == 19) values.push_back(std::stoi(field));
    }
  }
  return values;
}

TEST_CASE("view rebuilds run on a lower-priority thread, so readers go first") {
  TestServer server;
  ViewHolder views(server.store());
  REQUIRE(views.Refresh().ok());
  std::vector<int> before = ThreadNiceValues();
  CHECK(std::count(before.begin(), before.end(), 10) == 0);
  REQUIRE(server.store().Apply(KumtorDismissalFacts()).ok());
  REQUIRE(views.AwaitRefresh().ok());  // starts the refresher
  std::vector<int> after = ThreadNiceValues();
  CHECK(std::count(after.begin(), after.end(), 10) == 1);
}

TEST_CASE("node names stay cached across additions and are reset after a removal") {
  TestServer server(ServerOptions{}, /*seed=*/false);
  GraphStore& store = server.store();
  ViewHolder views(store);
  REQUIRE(views.Refresh().ok());
  auto facts = [](const std::string& name, const std::string& url) {
    DocumentFacts f;
    f.document.text = name + " opened a plant.";
    f.document.url = url;
    Node n;
    n.key = EntityKey(NodeType::kCompany, name);
    n.type = NodeType::kCompany;
    n.name = name;
    f.nodes = {NodeFact{n, {Evidence{0, 0, static_cast<uint32_t>(f.document.text.size()), f.document.text,
                                     "rule:test", 1.0}}}};
    return f;
  };
  auto name_of = [&](NodeKey key) {
    std::string name;
    REQUIRE(views.names().ForEach(*views.Current()->reader, {key}, [&](size_t, const NodeNames::Entry& e) {
      name = e.name;
    }).ok());
    return name;
  };
  const NodeKey zeta = EntityKey(NodeType::kCompany, "Zeta Widgets");
  Result<ApplyResult> first = store.Apply(facts("ZETA WIDGETS", "https://example.org/a"));
  REQUIRE(first.ok());
  REQUIRE(views.AwaitRefresh().ok());
  CHECK(name_of(zeta) == "ZETA WIDGETS");
  // An addition elsewhere keeps the entry (and the name is still right).
  REQUIRE(store.Apply(facts("Omega Tools", "https://example.org/b")).ok());
  REQUIRE(views.AwaitRefresh().ok());
  CHECK(name_of(zeta) == "ZETA WIDGETS");
  // Removed, then back under another spelling: the removal resets the names.
  REQUIRE(store.RemoveDocument(first->document).ok());
  views.InvalidateNames();
  REQUIRE(views.AwaitRefresh().ok());
  REQUIRE(store.Apply(facts("Zeta Widgets", "https://example.org/c")).ok());
  REQUIRE(views.AwaitRefresh().ok());
  CHECK(name_of(zeta) == "Zeta Widgets");
}

}  // namespace lkg::http::testing
