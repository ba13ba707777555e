#include "ingest/records/record_import.h"

#include <chrono>
#include <fstream>
#include <sstream>

#include "engine/name_normalizer.h"
#include "ingest/records/importers.h"

namespace lkg::records {
namespace {

constexpr std::pair<ImportKind, std::string_view> kKinds[] = {
    {ImportKind::kNlrbCases, "nlrb-cases"},
    {ImportKind::kNlrbElections, "nlrb-elections"},
    {ImportKind::kFmcs, "fmcs"},
    {ImportKind::kCollectiveAction, "collective-action"}};

Status RunImporter(ImportKind kind, std::string_view content, ImportSession& s) {
  switch (kind) {
    case ImportKind::kNlrbCases: return ImportNlrbCases(content, s);
    case ImportKind::kNlrbElections: return ImportNlrbElections(content, s);
    case ImportKind::kFmcs: return ImportFmcs(content, s);
    case ImportKind::kCollectiveAction: return ImportCollectiveAction(content, s);
  }
  return Status::Internal("unknown import kind");
}

}  // namespace

std::optional<ImportKind> ParseImportKind(std::string_view name) {
  for (const auto& [kind, n] : kKinds) {
    if (n == name) return kind;
  }
  return std::nullopt;
}

std::string_view ImportKindName(ImportKind kind) {
  for (const auto& [k, n] : kKinds) {
    if (k == kind) return n;
  }
  return "";
}

nlohmann::json ImportReport::ToJson() const {
  nlohmann::json issues_json = nlohmann::json::array();
  for (const auto& i : issues) issues_json.push_back({{"row", i.row}, {"problem", i.problem}, {"skipped", i.skipped}});
  nlohmann::json resolution_json = nlohmann::json::array();
  for (const auto& f : resolution) {
    nlohmann::json largest = nlohmann::json::array();
    for (const auto& c : f.largest) largest.push_back({{"name", c.name}, {"strings", c.strings}, {"examples", c.examples}});
    resolution_json.push_back({{"field", f.field}, {"strings", f.strings}, {"nodes", f.nodes}, {"largest", largest},
                               {"unparsed_count", f.unparsed_count}, {"unparsed", f.unparsed}});
  }
  return {{"kind", kind},
          {"file", file},
          {"document", FormatDocId(document)},
          {"records", records},
          {"imported", imported},
          {"skipped", skipped},
          {"chunks", chunks},
          {"nodes_added", totals.nodes_added},
          {"cases_added", totals.cases_added},
          {"edges_added", totals.edges_added},
          {"evidence_added", totals.evidence_added},
          {"employer_strings", employer_strings},
          {"employer_nodes", employer_nodes},
          {"union_strings", union_strings},
          {"union_nodes", union_nodes},
          {"resolution", resolution_json},
          {"seconds", seconds},
          {"issues", issues_json}};
}

Result<ImportReport> ImportContent(ImportKind kind, std::string_view content, const std::string& file_name,
                                   const FactsSink& sink, const ImportOptions& options) {
  if (!IsValidUtf8(content)) {
    return Status::InvalidArgument(file_name + ": the file is not valid UTF-8");
  }
  auto begin = std::chrono::steady_clock::now();
  ImportSession session(kind, content, file_name, sink, options);
  LKG_RETURN_IF_ERROR(RunImporter(kind, content, session));
  auto report = session.Finish();
  if (!report.ok()) return report.status();
  report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  return report;
}

Result<ImportReport> ImportFile(ImportKind kind, const std::string& path, const FactsSink& sink,
                                const ImportOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IOError("cannot read " + path);
  return ImportContent(kind, buffer.str(), path, sink, options);
}

FactsSink StoreSink(GraphStore& store) {
  return [&store](const DocumentFacts& facts) { return store.Apply(facts, ApplyOptions{.append = true}); };
}

}  // namespace lkg::records
