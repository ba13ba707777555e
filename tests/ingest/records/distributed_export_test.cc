// "Beyond one machine": the imported records leave lkg as neo4j-admin bulk
// import CSVs that a distributed graph database can load as they are —
// every relationship's endpoints are exported nodes, ids are unique, and
// the counts match the store.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "engine/graph_store.h"
#include "ingest/records/csv_reader.h"
#include "query/export.h"
#include "query/export_scope.h"
#include "tests/ingest/records/import_test_util.h"

namespace lkg::records {
namespace {

std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::istringstream in(text);
  CsvReader reader(in);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  while (true) {
    auto next = reader.Next(row);
    REQUIRE(next.ok());
    if (!*next) break;
    rows.push_back(row);
  }
  return rows;
}

}  // namespace

TEST_CASE("Imported records export as neo4j-admin CSVs that load without dangling relationships") {
  auto dir = std::filesystem::temp_directory_path() / ("lkg_neo4j_export_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  auto store = GraphStore::Open(dir.string());
  REQUIRE_MESSAGE(store.ok(), store.status().ToString());
  for (auto [kind, file] : {std::pair{ImportKind::kNlrbCases, "nlrb_cases_slice.jsonl"},
                            std::pair{ImportKind::kNlrbElections, "nlrb_elections_slice.csv"},
                            std::pair{ImportKind::kFmcs, "fmcs_slice.csv"}}) {
    auto r = ImportContent(kind, testing::Fixture(file), file, StoreSink(**store));
    REQUIRE_MESSAGE(r.ok(), r.status().ToString());
  }
  auto reader = (*store)->NewReader();
  auto scope = query::ExportScope::WholeGraph(*reader);
  std::ostringstream nodes_out, edges_out;
  REQUIRE(query::WriteNeo4jAdminNodes(scope, nodes_out).ok());
  REQUIRE(query::WriteNeo4jAdminEdges(scope, edges_out).ok());
  auto nodes = ParseCsv(nodes_out.str());
  auto edges = ParseCsv(edges_out.str());
  REQUIRE(!nodes.empty());
  REQUIRE(!edges.empty());
  CHECK(nodes[0][0] == "id:ID");
  CHECK(edges[0][0] == ":START_ID");
  CHECK(edges[0][1] == ":END_ID");
  std::set<std::string> ids;
  for (size_t i = 1; i < nodes.size(); ++i) CHECK(ids.insert(nodes[i][0]).second);
  for (size_t i = 1; i < edges.size(); ++i) {
    CHECK(ids.count(edges[i][0]) == 1);
    CHECK(ids.count(edges[i][1]) == 1);
  }
  auto stats = reader->Stats();
  REQUIRE(stats.ok());
  CHECK(nodes.size() - 1 == stats->nodes);
  CHECK(edges.size() - 1 == stats->edges);
  reader.reset();  // a reader must not outlive its store
  store->reset();
  std::filesystem::remove_all(dir);
}

}  // namespace lkg::records
