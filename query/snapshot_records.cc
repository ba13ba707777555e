// GraphSnapshot::NodeRecords: the node records kept with a snapshot for exports.
#include "query/snapshot.h"

namespace lkg::query {

Result<const std::vector<Node>*> GraphSnapshot::NodeRecords(const GraphReader& reader) const {
  std::call_once(records_once_, [&] {
    std::vector<Node> records(num_nodes());
    records_status_ = reader.ForEachNode([&](const Node& node) {
      std::optional<VertexId> v = Find(node.key);
      if (v) records[*v] = node;
      return true;
    });
    if (records_status_.ok()) records_ = std::move(records);
  });
  if (!records_status_.ok()) return records_status_;
  return &records_;
}

}  // namespace lkg::query
