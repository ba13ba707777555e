// Ingesting articles into a GraphStore: read -> normalise -> extract ->
// resolve across documents -> GraphStore::Apply (one atomic write per
// article). Used by `lkg ingest` and by the HTTP server's
// POST /api/v1/documents.
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/graph_store.h"
#include "ingest/readers/input_reader.h"

namespace lkg::ingest {

// What ingesting one article added.
struct IngestOutcome {
  std::string document_id;  // "d:…"
  bool unchanged = false;   // the same text was already stored: nothing written
  bool replaced = false;    // an older version with the same URL was replaced
  uint32_t nodes_added = 0;
  uint32_t edges_added = 0;
  uint32_t cases_added = 0;
  nlohmann::json ToJson() const;  // {"document", "unchanged", "replaced", "nodes_added", ...}
};

class Resolver;
namespace model {
class ModelBundle;
struct ExtractionTrace;
}  // namespace model

// Reads, normalises and extracts one record without a store: the facts
// Ingester::Ingest would resolve and write (used by `lkg extract`, the
// speed benchmark, `lkg train` and tests) with `model` (null: the compiled-in
// default); `trace` as ExtractFacts. Errors as Ingester::Ingest.
Result<DocumentFacts> ExtractRecord(const InputRecord& record, const model::ModelBundle* model = nullptr,
                                    model::ExtractionTrace* trace = nullptr);

// A long-lived ingestion pipeline over one writable store. Keep one per
// process (it caches resolution state); not thread-safe.
class Ingester {
 public:
  // Extracts with `model` (null: the compiled-in default), which must outlive the Ingester.
  explicit Ingester(GraphStore& store, const model::ModelBundle* model = nullptr);
  ~Ingester();

  // Ingests one article. Errors (nothing written): InvalidArgument for
  // invalid UTF-8, binary or empty text, HTML without text;
  // LimitExceeded for a text over the article size limit; the store's
  // error when Apply fails.
  Result<IngestOutcome> Ingest(const InputRecord& record);

 private:
  GraphStore& store_;
  const model::ModelBundle* model_;
  std::unique_ptr<Resolver> resolver_;
};

// Ingests one JSON record as accepted by POST /api/v1/documents:
// {"text"|"html": "...", "title", "url", "date", "source"}. A convenience
// for callers without an Ingester (builds resolution state per call; the
// HTTP server should keep an Ingester instead). Errors as Ingester::Ingest,
// plus InvalidArgument for malformed JSON or a missing text/html field.
Result<IngestOutcome> IngestJsonRecord(GraphStore& store, const std::string& json_body);

}  // namespace lkg::ingest
