// The two writes of the API, free of HTTP: ingest one article given as a
// JSON record, and remove one document. The caller serialises writes.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "engine/graph_store.h"

namespace lkg::http {

// Parses `body` as one `.jsonl` record ({"text"|"html", "title", "url",
// "date", "source"}) and ingests it. Returns what was added:
// {"document","unchanged","replaced","nodes_added","edges_added",
// "cases_added","evidence_added"}. InvalidArgument for broken JSON, a
// non-object, or a record with no text/html.
Result<nlohmann::json> IngestDocumentBody(GraphStore& store, const std::string& body);

// Removes the document `id_or_url` ("d:…" or the URL it was ingested from).
// Returns {"document","nodes_removed","edges_removed","evidence_removed"};
// NotFound for an unknown document.
Result<nlohmann::json> RemoveDocumentById(GraphStore& store, const std::string& id_or_url);

}  // namespace lkg::http
