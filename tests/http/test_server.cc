#include "test_server.h"

#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>

namespace lkg::http::testing {
namespace {

Evidence Quote(const std::string& text, const std::string& sentence, double confidence = 0.9) {
  size_t start = text.find(sentence);
  REQUIRE(start != std::string::npos);
  return Evidence{0, static_cast<uint32_t>(start), static_cast<uint32_t>(start + sentence.size()), sentence,
                  "rule:test", confidence};
}

NodeFact NodeOf(NodeType type, const std::string& name, std::vector<std::string> aliases, Evidence e,
                nlohmann::json props = nlohmann::json::object()) {
  Node n;
  n.key = type == NodeType::kCase ? RawNodeKey(type, name) : EntityKey(type, name);
  n.type = type;
  n.name = name;
  n.aliases = std::move(aliases);
  n.properties = std::move(props);
  return NodeFact{n, {std::move(e)}};
}

EdgeFact EdgeOf(const NodeFact& from, EdgeType type, const NodeFact& to, Evidence e,
                nlohmann::json props = nlohmann::json::object()) {
  Edge edge;
  edge.source = from.node.key;
  edge.target = to.node.key;
  edge.type = type;
  edge.key = EdgeKeyFor(edge.source, type, edge.target);
  edge.properties = std::move(props);
  return EdgeFact{edge, {std::move(e)}};
}

}  // namespace

int ConnectLoopback(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  timeval timeout{5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  return fd;
}

DocumentFacts MmtukFacts() {
  DocumentFacts f;
  const std::string s1 = "The Mining and Metallurgy Trade Union of Kyrgyzstan (MMTUK) organizes workers at the Kumtor gold mine.";
  const std::string s2 = "MMTUK is affiliated with IndustriALL Global Union.";
  const std::string s3 = "MMTUK chairman Kurmanbek Tashtanov was arrested in Kyrgyzstan on 2023-12-06.";
  f.document.text = s1 + " " + s2 + " " + s3;
  f.document.url = "https://example.org/news/mmtuk-arrest";
  f.document.title = "Kyrgyz union leader arrested";
  f.document.published = "2023-12-07";
  f.document.source = "Example News";
  f.document.lang = "en";
  const std::string& t = f.document.text;
  NodeFact mmtuk = NodeOf(NodeType::kUnion, "Mining and Metallurgy Trade Union of Kyrgyzstan", {"MMTUK"}, Quote(t, s1));
  NodeFact kumtor = NodeOf(NodeType::kCompany, "Kumtor gold mine", {"Kumtor"}, Quote(t, s1));
  NodeFact industriall = NodeOf(NodeType::kUnion, "IndustriALL Global Union", {}, Quote(t, s2));
  NodeFact person = NodeOf(NodeType::kPerson, "Kurmanbek Tashtanov", {}, Quote(t, s3));
  NodeFact country = NodeOf(NodeType::kCountry, "Kyrgyzstan", {}, Quote(t, s3));
  NodeFact arrest = NodeOf(NodeType::kCase, "arrest of Kurmanbek Tashtanov, 2023-12-06", {}, Quote(t, s3),
                           {{"kind", "arrest"}, {"date", "2023-12-06"}, {"country", "Kyrgyzstan"}, {"summary", s3}});
  f.edges = {EdgeOf(mmtuk, EdgeType::kOrganizesAt, kumtor, Quote(t, s1)),
             EdgeOf(mmtuk, EdgeType::kAffiliatedWith, industriall, Quote(t, s2)),
             EdgeOf(person, EdgeType::kHasRole, mmtuk, Quote(t, s3), {{"role", "chairman"}}),
             EdgeOf(arrest, EdgeType::kVictim, person, Quote(t, s3)),
             EdgeOf(arrest, EdgeType::kInCountry, country, Quote(t, s3))};
  f.nodes = {mmtuk, kumtor, industriall, person, country, arrest};
  return f;
}

DocumentFacts KumtorDismissalFacts() {
  DocumentFacts f;
  const std::string s1 = "In 2021 the Kumtor gold mine dismissed twelve MMTUK activists in Kyrgyzstan.";
  f.document.text = s1;
  f.document.url = "https://example.org/news/kumtor-dismissals";
  f.document.title = "Kumtor dismisses activists";
  f.document.published = "2021-05-02";
  f.document.source = "Example News";
  NodeFact kumtor = NodeOf(NodeType::kCompany, "Kumtor gold mine", {"Kumtor"}, Quote(s1, s1));
  NodeFact mmtuk = NodeOf(NodeType::kUnion, "Mining and Metallurgy Trade Union of Kyrgyzstan", {"MMTUK"}, Quote(s1, s1));
  NodeFact country = NodeOf(NodeType::kCountry, "Kyrgyzstan", {}, Quote(s1, s1));
  NodeFact dismissal = NodeOf(NodeType::kCase, "dismissal of MMTUK activists at Kumtor, 2021", {}, Quote(s1, s1),
                              {{"kind", "dismissal"}, {"date", "2021"}, {"country", "Kyrgyzstan"}, {"summary", s1}});
  f.edges = {EdgeOf(dismissal, EdgeType::kPerpetrator, kumtor, Quote(s1, s1)),
             EdgeOf(dismissal, EdgeType::kVictim, mmtuk, Quote(s1, s1)),
             EdgeOf(dismissal, EdgeType::kInCountry, country, Quote(s1, s1))};
  f.nodes = {kumtor, mmtuk, country, dismissal};
  return f;
}

TestServer::TestServer(ServerOptions options, bool seed) {
  static std::atomic<int> counter{0};
  dir_ = (std::filesystem::temp_directory_path() /
          ("lkg_http_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++)))
             .string();
  std::filesystem::remove_all(dir_);
  Result<std::unique_ptr<GraphStore>> store = GraphStore::Open(dir_);
  REQUIRE_MESSAGE(store.ok(), store.status().ToString());
  store_ = std::move(*store);
  if (seed) {
    REQUIRE(store_->Apply(MmtukFacts()).ok());
    REQUIRE(store_->Apply(KumtorDismissalFacts()).ok());
  }
  options.host = "127.0.0.1";
  options.port = 0;
  if (options.threads == ServerOptions{}.threads) options.threads = 4;
  Result<std::unique_ptr<Server>> server = Server::Bind(*store_, options);
  REQUIRE_MESSAGE(server.ok(), server.status().ToString());
  server_ = std::move(*server);
  thread_ = std::thread([this] { server_->Run(); });
}

void TestServer::Stop() {
  if (!thread_.joinable()) return;
  server_->Stop();
  thread_.join();
}

TestServer::~TestServer() {
  Stop();
  server_.reset();
  store_.reset();
  std::filesystem::remove_all(dir_);
}

httplib::Client TestServer::Client() const {
  httplib::Client client("127.0.0.1", port());
  client.set_connection_timeout(2, 0);
  client.set_read_timeout(10, 0);
  // Without a token, writes need this header (http/request_gate.h); reads ignore it.
  client.set_default_headers({{"X-Requested-With", "lkg-test"}});
  return client;
}

}  // namespace lkg::http::testing
