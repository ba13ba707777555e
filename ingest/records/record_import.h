// `lkg import`: reads a public-record file, turns each record into nodes,
// edges and case nodes with evidence "import:<source>", and writes them in
// chunks (ApplyOptions{append=true}) to one Document per file whose text is
// the file itself (key = hash of the content, so evidence spans are byte
// ranges of the record in that file). Re-importing the same file adds
// nothing: every fact's evidence is already there. Malformed records are
// reported with their row numbers and do not stop the import.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/graph_store.h"
#include "engine/records.h"
#include "engine/status.h"

namespace lkg::records {

enum class ImportKind { kNlrbCases, kNlrbElections, kFmcs, kCollectiveAction };

// "nlrb-cases", "nlrb-elections", "fmcs", "collective-action".
std::optional<ImportKind> ParseImportKind(std::string_view name);
std::string_view ImportKindName(ImportKind kind);

// One record that was skipped or imported with gaps.
struct RecordIssue {
  size_t row = 0;        // 1-based line (JSONL/CSV physical line; JSON: array index + 1)
  std::string problem;   // "missing election_date", "broken JSON: …"
  bool skipped = false;  // true: nothing of the record was imported
};

// One node and the distinct raw strings that resolved to it.
struct NameCluster {
  std::string name;
  size_t strings = 0;
  std::vector<std::string> examples;  // up to 5, sorted
};

// Name resolution of one field ("employer", "union"): distinct raw strings
// -> nodes, the largest clusters, and strings that named nothing resolvable
// (a bare "MULTI 464 & 204", an unknown abbreviation in a multi-union list).
struct FieldResolution {
  std::string field;
  size_t strings = 0, nodes = 0;
  std::vector<NameCluster> largest;
  size_t unparsed_count = 0;
  std::vector<std::string> unparsed;  // sorted, at most ImportOptions::report_unparsed
};

struct ImportReport {
  std::string kind, file;
  DocKey document = 0;
  size_t records = 0;     // records read
  size_t imported = 0;    // records that produced facts
  size_t skipped = 0;
  size_t chunks = 0;
  std::vector<RecordIssue> issues;
  ApplyResult totals;     // summed over chunks (document = the file's document)
  // Name resolution: distinct raw strings vs distinct nodes they resolved to.
  size_t employer_strings = 0, employer_nodes = 0;
  size_t union_strings = 0, union_nodes = 0;
  std::vector<FieldResolution> resolution;  // employer, union
  double seconds = 0;

  nlohmann::json ToJson() const;
};

// Where chunks go: GraphStore::Apply with append=true in the CLI; a vector
// in tests.
using FactsSink = std::function<Result<ApplyResult>(const DocumentFacts&)>;

struct ImportOptions {
  size_t chunk_records = 1000;                  // records per Apply
  std::function<void(size_t records)> progress;  // called after each chunk (optional)
  size_t report_clusters = 10;                  // largest clusters per field in the report
  size_t report_unparsed = 50;                  // unparsed strings listed per field
};

// Imports `content` (the whole file) named `file_name`. Errors only for an
// unusable file (wrong format, unreadable header) or a failed sink; bad
// records become issues.
Result<ImportReport> ImportContent(ImportKind kind, std::string_view content, const std::string& file_name,
                                   const FactsSink& sink, const ImportOptions& options = {});

// Reads `path` and imports it. NotFound / IOError for an unreadable file.
Result<ImportReport> ImportFile(ImportKind kind, const std::string& path, const FactsSink& sink,
                                const ImportOptions& options = {});

// A sink writing to `store` with ApplyOptions{append=true}.
FactsSink StoreSink(GraphStore& store);

}  // namespace lkg::records
