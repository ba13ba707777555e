// What two or more nodes share: common neighbours, shared cases and shared
// countries (a country a node is linked to directly or through its cases).
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "query/limits.h"
#include "query/snapshot.h"

namespace lkg::query {

struct CommonResult {
  std::vector<VertexId> neighbors;  // adjacent to every node (cases and countries excluded)
  std::vector<VertexId> cases;      // case nodes adjacent to every node
  std::vector<VertexId> countries;  // countries every node is linked to, directly or via a case
  bool truncated = false;           // a list was cut at limits.max_results
};

// InvalidArgument for fewer than two distinct nodes.
Result<CommonResult> Common(const GraphSnapshot& snapshot, const std::vector<VertexId>& nodes,
                            const QueryLimits& limits);

// {"nodes": [...], "neighbors": [...], "cases": [...], "countries": [...], "truncated"}
// with {id,type,name} per node.
Result<nlohmann::json> CommonToJson(const CommonResult& result, const std::vector<VertexId>& nodes,
                                    const GraphSnapshot& snapshot, const GraphReader& reader);

}  // namespace lkg::query
