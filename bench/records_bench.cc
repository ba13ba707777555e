// Imports the four public-record files and prints, per import: records,
// issues, records/s, and distinct raw employer/union strings vs the nodes
// they resolved to. With --db DIR the chunks go to a GraphStore there
// (append mode, as `lkg import` does); without, to memory (parse+resolve only).
// Usage: records_bench [DATA_DIR] [--db DIR]
#include <cstdio>
#include <cstring>
#include <string>

#include "engine/graph_store.h"
#include "ingest/records/record_import.h"

int main(int argc, char** argv) {
  std::string data = LKG_SOURCE_DIR "/../shared/data";
  std::string db;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--db") && i + 1 < argc) {
      db = argv[++i];
    } else {
      data = argv[i];
    }
  }
  std::unique_ptr<lkg::GraphStore> store;
  if (!db.empty()) {
    auto opened = lkg::GraphStore::Open(db);
    if (!opened.ok()) {
      std::fprintf(stderr, "records_bench: %s\n", opened.status().ToString().c_str());
      return 1;
    }
    store = std::move(*opened);
  }
  lkg::records::FactsSink memory = [](const lkg::DocumentFacts&) -> lkg::Result<lkg::ApplyResult> {
    return lkg::ApplyResult{};
  };
  lkg::records::FactsSink sink = store ? lkg::records::StoreSink(*store) : memory;
  const std::pair<lkg::records::ImportKind, const char*> files[] = {
      {lkg::records::ImportKind::kNlrbCases, "/nlrb-case-pages/nlrb_case_pages.jsonl"},
      {lkg::records::ImportKind::kNlrbElections, "/nlrb-elections/nlrb_elections_fy2011_2022.csv"},
      {lkg::records::ImportKind::kFmcs, "/fmcs-work-stoppages/work_stoppages.csv"},
      {lkg::records::ImportKind::kCollectiveAction, "/collective-action-tech/actions.json"}};
  std::printf("%-18s %8s %7s %7s %10s %9s %9s %9s %9s %9s %9s\n", "import", "records", "issues", "skipped",
              "records/s", "emp_str", "emp_nodes", "uni_str", "uni_nodes", "nodes+", "edges+");
  size_t total = 0;
  double seconds = 0;
  for (const auto& [kind, path] : files) {
    auto r = lkg::records::ImportFile(kind, data + path, sink);
    if (!r.ok()) {
      std::fprintf(stderr, "records_bench: %s\n", r.status().ToString().c_str());
      return 1;
    }
    total += r->records;
    seconds += r->seconds;
    std::printf("%-18s %8zu %7zu %7zu %10.0f %9zu %9zu %9zu %9zu %9u %9u\n", r->kind.c_str(), r->records,
                r->issues.size(), r->skipped, r->records / r->seconds, r->employer_strings, r->employer_nodes,
                r->union_strings, r->union_nodes, r->totals.nodes_added + r->totals.cases_added, r->totals.edges_added);
  }
  std::printf("all imports: %zu records in %.2f s = %.0f records/s (%s)\n", total, seconds, total / seconds,
              store ? "into the store" : "parse + resolve only");
  return 0;
}
