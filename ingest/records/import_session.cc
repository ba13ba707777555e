#include "ingest/records/import_session.h"

namespace lkg::records {
namespace {

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string_view SourceName(ImportKind kind) {
  switch (kind) {
    case ImportKind::kNlrbCases:
    case ImportKind::kNlrbElections: return "U.S. National Labor Relations Board";
    case ImportKind::kFmcs: return "U.S. Federal Mediation and Conciliation Service";
    case ImportKind::kCollectiveAction: return "Collective Action in Tech";
  }
  return "";
}

}  // namespace

ImportSession::ImportSession(ImportKind kind, std::string_view content, const std::string& file_name,
                             const FactsSink& sink, const ImportOptions& options)
    : sink_(sink), options_(options), builder_(0, "") {
  document_.key = DocumentKeyForText(content);
  document_.text = std::string(content);
  document_.url = "import:" + std::string(ImportKindName(kind)) + "/" + BaseName(file_name);
  document_.title = std::string(ImportKindName(kind)) + " records: " + BaseName(file_name);
  document_.source = std::string(SourceName(kind));
  document_.lang = "en";
  document_.properties = {{"import", std::string(ImportKindName(kind))},
                          {"file", BaseName(file_name)},
                          {"bytes", content.size()},
                          {"spans", "byte ranges of each record in this file"}};
  builder_ = FactsBuilder(document_.key, "import:" + std::string(ImportKindName(kind)));
  report_.kind = std::string(ImportKindName(kind));
  report_.file = file_name;
  report_.document = document_.key;
}

void ImportSession::BeginRecord(size_t row, size_t start, size_t end, std::string sentence) {
  row_ = row;
  record_skipped_ = false;
  ++report_.records;
  builder_.SetRecord(static_cast<uint32_t>(start), static_cast<uint32_t>(end), std::move(sentence));
}

void ImportSession::Issue(std::string problem, bool skip) {
  report_.issues.push_back({row_, std::move(problem), skip});
  if (skip && !record_skipped_) {
    record_skipped_ = true;
    ++report_.skipped;
  }
}

Status ImportSession::EndRecord() {
  if (!record_skipped_) ++report_.imported;
  if (++in_chunk_ >= options_.chunk_records) return Flush();
  return Status::Ok();
}

Status ImportSession::Flush() {
  in_chunk_ = 0;
  if (builder_.node_count() == 0 && builder_.edge_count() == 0) return Status::Ok();
  DocumentFacts facts = builder_.Take(document_);
  auto applied = sink_(facts);
  if (!applied.ok()) return applied.status();
  ++report_.chunks;
  report_.totals.nodes_added += applied->nodes_added;
  report_.totals.cases_added += applied->cases_added;
  report_.totals.edges_added += applied->edges_added;
  report_.totals.evidence_added += applied->evidence_added;
  if (options_.progress) options_.progress(report_.records);
  return Status::Ok();
}

Result<ImportReport> ImportSession::Finish() {
  LKG_RETURN_IF_ERROR(Flush());
  report_.employer_strings = employers_.strings();
  report_.employer_nodes = employers_.nodes();
  report_.union_strings = unions_.strings();
  report_.union_nodes = unions_.nodes();
  report_.resolution = {employers_.Summary("employer", options_.report_clusters, options_.report_unparsed),
                        unions_.Summary("union", options_.report_clusters, options_.report_unparsed)};
  return report_;
}

const names::UnionList& ImportSession::ParsedUnions(const std::string& raw) {
  auto it = parsed_unions_.find(raw);
  if (it == parsed_unions_.end()) it = parsed_unions_.emplace(raw, names::ParseUnionList(raw)).first;
  return it->second;
}

}  // namespace lkg::records
