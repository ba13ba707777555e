// The state of one import while its records stream through: the current
// chunk's facts, counters, issues and name statistics. Importers call
// BeginRecord / facts() / EndRecord per record; the session flushes full
// chunks to the sink. Internal to ingest/records.
#pragma once

#include <string>
#include <unordered_map>

#include "ingest/names/union_list.h"
#include "ingest/records/facts_builder.h"
#include "ingest/records/name_stats.h"
#include "ingest/records/record_import.h"

namespace lkg::records {

class ImportSession {
 public:
  ImportSession(ImportKind kind, std::string_view content, const std::string& file_name, const FactsSink& sink,
                const ImportOptions& options);

  // Starts a record at `row` spanning bytes [start, end) of the file.
  void BeginRecord(size_t row, size_t start, size_t end, std::string sentence);
  FactsBuilder& facts() { return builder_; }
  // Notes a problem with the current record. With `skip` the importer adds
  // no facts for it (decide before adding any).
  void Issue(std::string problem, bool skip = false);
  // Ends the current record; flushes when the chunk is full.
  Status EndRecord();
  // Flushes the last chunk and returns the report.
  Result<ImportReport> Finish();

  // Name statistics: call with each raw string, the node it resolved to and
  // the node's name; NoteUnparsedUnion for a union string naming nothing known.
  void CountEmployer(const std::string& raw, NodeKey node, const std::string& name) { employers_.Count(raw, node, name); }
  void CountUnion(const std::string& raw, NodeKey node, const std::string& name) { unions_.Count(raw, node, name); }
  void NoteUnparsedUnion(const std::string& raw) { unions_.Unparsed(raw); }
  // names::ParseUnionList(raw), parsed once per distinct string of the import.
  const names::UnionList& ParsedUnions(const std::string& raw);

  DocKey document() const { return document_.key; }
  size_t row() const { return row_; }

 private:
  Status Flush();

  Document document_;
  const FactsSink& sink_;
  const ImportOptions& options_;
  FactsBuilder builder_;
  ImportReport report_;
  size_t row_ = 0;
  bool record_skipped_ = false;
  size_t in_chunk_ = 0;
  NameStats employers_, unions_;
  std::unordered_map<std::string, names::UnionList> parsed_unions_;
};

}  // namespace lkg::records
