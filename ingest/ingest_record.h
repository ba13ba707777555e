// Ingesting articles into a GraphStore: read -> normalise -> extract ->
// resolve across documents -> GraphStore::Apply (one atomic write per
// article). Used by `lkg ingest` and by the HTTP server's
// POST /api/v1/documents.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/graph_store.h"
#include "ingest/readers/input_reader.h"

namespace lkg::ingest {

// What ingesting one record added. A listing page is stored as one document
// per item (listing_items.h): `documents` lists them all, `document_id` is
// the first, and the counts are summed over the items.
struct IngestOutcome {
  std::string document_id;  // "d:…"
  std::vector<std::string> documents;
  bool unchanged = false;   // the same text was already stored: nothing written
  bool replaced = false;    // an older version with the same URL was replaced
  uint32_t nodes_added = 0;
  uint32_t edges_added = 0;
  uint32_t cases_added = 0;
  // {"document", "documents", "unchanged", "replaced", "nodes_added", ...}
  nlohmann::json ToJson() const;
};

class Resolver;

// Reads, normalises and extracts one record without a store: the facts
// Ingester::Ingest would resolve and write, one DocumentFacts per document
// (a listing page gives one per item). Used by `lkg extract`, the speed
// benchmark and tests. Errors as Ingester::Ingest.
Result<std::vector<DocumentFacts>> ExtractRecord(const InputRecord& record);

// A long-lived ingestion pipeline over one writable store. Keep one per
// process (it caches resolution state); not thread-safe.
class Ingester {
 public:
  explicit Ingester(GraphStore& store);
  ~Ingester();

  // Ingests one article (a listing page as one document per item, each in
  // its own atomic write). Errors (nothing written): InvalidArgument for
  // invalid UTF-8, binary or empty text, HTML without text;
  // LimitExceeded for a text over the article size limit; the store's
  // error when Apply fails. When `stored` is given, it receives the facts
  // of each document as written (after entity resolution: node and edge keys
  // as stored), in the order of IngestOutcome::documents.
  Result<IngestOutcome> Ingest(const InputRecord& record, std::vector<DocumentFacts>* stored = nullptr);

 private:
  Status IngestFacts(DocumentFacts facts, IngestOutcome* out, std::vector<DocumentFacts>* stored);

  GraphStore& store_;
  std::unique_ptr<Resolver> resolver_;
};

// Ingests one JSON record as accepted by POST /api/v1/documents:
// {"text"|"html": "...", "title", "url", "date", "source"}. A convenience
// for callers without an Ingester (builds resolution state per call; the
// HTTP server should keep an Ingester instead). Errors as Ingester::Ingest,
// plus InvalidArgument for malformed JSON or a missing text/html field.
Result<IngestOutcome> IngestJsonRecord(GraphStore& store, const std::string& json_body);

}  // namespace lkg::ingest
