// The whole-graph export as a chunked HTTP body. Internal to lkg_http.
#pragma once

#include <httplib.h>

#include "engine/graph_store.h"
#include "query/export.h"

namespace lkg::http {

// Writes the whole graph of `reader` in `format` into `sink` and ends the
// chunked body (sink.done) only when all of it was written. Returns false
// when the export failed midway (logged on stderr) or the client went away:
// the connection then ends without the final chunk, so no client takes a
// cut export for a whole one.
bool StreamWholeGraph(const GraphReader& reader, query::ExportFormat format, const query::ExportOptions& options,
                      httplib::DataSink& sink);

}  // namespace lkg::http
