// A synthetic graph of the public-records shape (NLRB cases, elections,
// work stoppages): per copy 87,001 nodes and ~155,000 edges — 50,000 cases,
// 29,000 companies, 6,000 unions, 2,000 places (50 states, 1,950 cities)
// and one country — with Zipf-skewed choices so the big cities and unions
// are hubs with thousands of edges. Deterministic for a seed; `scale`
// copies are disjoint.
#pragma once

#include <cstdint>
#include <functional>

#include "engine/graph_store.h"

namespace lkg::bench {

// Writes the graph into `store` in chunks (ApplyOptions::append), calling
// progress(edges_written) now and then.
Status BuildRecordsGraph(GraphStore& store, int scale, uint64_t seed,
                         const std::function<void(uint64_t)>& progress);

// Writes a random graph of `nodes` nodes (unions, companies, people, cases)
// and `edges` edges between them, Zipf-skewed targets, for the load figure
// at 1M nodes / 5M edges.
Status BuildRandomGraph(GraphStore& store, uint64_t nodes, uint64_t edges, uint64_t seed,
                        const std::function<void(uint64_t)>& progress);

}  // namespace lkg::bench
