// The streamed whole-graph export over HTTP is byte for byte what
// `lkg export` writes (query::WriteExport) in every format, and a stream
// that fails midway (a damaged block) does not end like a whole one.
#include <doctest/doctest.h>

#include <sys/socket.h>
#include <unistd.h>

#include <sstream>

#include "http/export_stream.h"
#include "query/export.h"
#include "test_server.h"
#include "tests/query/memory_reader.h"

namespace lkg::http::testing {

TEST_CASE("the HTTP whole-graph export equals lkg export in every format") {
  TestServer server;
  httplib::Client client = server.Client();
  struct Case {
    const char* query;
    query::ExportFormat format;
    query::ExportOptions options;
  };
  query::ExportOptions edges, admin, raw;
  edges.csv_part = query::ExportOptions::CsvPart::kEdges;
  admin.cypher_admin_csv = true;
  raw.csv_raw = true;
  const Case cases[] = {
      {"format=csv", query::ExportFormat::kCsv, {}},
      {"format=csv&part=edges", query::ExportFormat::kCsv, edges},
      {"format=csv&raw=1", query::ExportFormat::kCsv, raw},
      {"format=cypher", query::ExportFormat::kCypher, {}},
      {"format=json", query::ExportFormat::kJson, {}},
      {"format=graphml", query::ExportFormat::kGraphml, {}},
      {"format=gexf", query::ExportFormat::kGexf, {}},
      {"format=cyjs", query::ExportFormat::kCyjs, {}},
      {"format=dot", query::ExportFormat::kDot, {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.query);
    query::ExportOptions options = c.options;
    options.max_evidence_per_item = ServerOptions{}.limits.max_evidence;
    std::ostringstream expected;
    std::unique_ptr<GraphReader> reader = server.store().NewReader();
    REQUIRE(query::WriteExport(c.format, query::ExportScope::WholeGraph(*reader), options, expected).ok());
    auto r = client.Get(std::string("/api/v1/export?") + c.query);
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->body.size() == expected.str().size());
    CHECK(r->body == expected.str());
  }
}

namespace {

// A store whose node scan fails after the first node, as on a damaged block.
class DamagedReader : public lkg::testing::MemoryReader {
 public:
  Status ForEachNode(const Visitor<Node>& visit) const override {
    bool first = true;
    Status scan = MemoryReader::ForEachNode([&](const Node& node) {
      if (!first) return false;
      first = false;
      return visit(node);
    });
    if (!scan.ok()) return scan;
    return Status::Corruption("block checksum mismatch in 000042.sst");
  }
};

}  // namespace

TEST_CASE("a whole-graph stream that fails midway never sends its final chunk") {
  DamagedReader reader;
  for (int i = 0; i < 50; ++i) reader.AddNode(NodeType::kUnion, "Union " + std::to_string(i));
  std::string sent;
  bool done = false;
  httplib::DataSink sink;
  sink.write = [&](const char* data, size_t size) {
    sent.append(data, size);
    return true;
  };
  sink.done = [&] { done = true; };
  sink.is_writable = [] { return true; };
  for (query::ExportFormat format : {query::ExportFormat::kJson, query::ExportFormat::kCsv, query::ExportFormat::kCypher}) {
    CAPTURE(query::ExportFormatName(format));
    sent.clear();
    CHECK_FALSE(StreamWholeGraph(reader, format, {}, sink));
    CHECK_FALSE(done);
  }
  lkg::testing::MemoryReader whole;
  whole.AddNode(NodeType::kUnion, "Union 0");
  CHECK(StreamWholeGraph(whole, query::ExportFormat::kCsv, {}, sink));
  CHECK(done);
}

}  // namespace lkg::http::testing
