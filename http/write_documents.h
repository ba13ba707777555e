// The two writes of the API, free of HTTP: ingest one article given as a
// JSON record, and remove one document. The caller serialises writes.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "engine/graph_store.h"
#include "ingest/ingest_record.h"

namespace lkg::http {

// Parses `body` as one `.jsonl` record ({"text"|"html", "title", "url",
// "date", "source"}) and ingests it with `ingester`. Returns what was added:
// {"document","unchanged","replaced","nodes_added","edges_added",
// "cases_added"}. InvalidArgument for invalid UTF-8, broken JSON, a
// non-object, a record with no text/html or a non-string field; the
// ingester's errors otherwise. Nothing is written on error.
Result<nlohmann::json> IngestDocumentBody(ingest::Ingester& ingester, const std::string& body);

// Removes the document `id_or_url` ("d:…" or the URL it was ingested from).
// Returns {"document","nodes_removed","edges_removed","evidence_removed"};
// NotFound for an unknown document.
Result<nlohmann::json> RemoveDocumentById(GraphStore& store, const std::string& id_or_url);

}  // namespace lkg::http
