// Query-string parameters shared by the query routes: the filter
// (types, edge_types, country, since, until) and the per-request limits.
// Internal to lkg_http.
#pragma once

#include "http/params.h"
#include "http/server_options.h"
#include "http/snapshot.h"
#include "query/filter.h"
#include "query/limits.h"

namespace lkg::http {

// The query filter named by `types`, `edge_types`, `country`, `since` and
// `until`, resolved against `view`. InvalidArgument for an unknown type or a
// malformed date; NotFound for an unknown country.
Result<query::ResolvedFilter> ResolveFilterParams(const ReadView& view, const Params& params);

// The query library's limits for one request returning at most `max_results`.
query::QueryLimits QueryLimitsFor(const ApiLimits& limits, size_t max_results);

}  // namespace lkg::http
