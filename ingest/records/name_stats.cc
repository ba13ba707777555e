#include "ingest/records/name_stats.h"

#include <algorithm>

namespace lkg::records {

void NameStats::Count(const std::string& raw, NodeKey node, const std::string& name) {
  raw_.emplace(raw, true);
  Cluster& c = by_node_[node];
  if (c.name.empty()) c.name = name;
  c.strings.insert(raw);
}

FieldResolution NameStats::Summary(const std::string& field, size_t top, size_t max_unparsed) const {
  FieldResolution out;
  out.field = field;
  out.strings = strings();
  out.nodes = nodes();
  out.unparsed_count = unparsed_.size();
  std::vector<const Cluster*> clusters;
  for (const auto& [key, c] : by_node_) clusters.push_back(&c);
  size_t n = std::min(top, clusters.size());
  std::partial_sort(clusters.begin(), clusters.begin() + static_cast<long>(n), clusters.end(),
                    [](const Cluster* a, const Cluster* b) {
                      if (a->strings.size() != b->strings.size()) return a->strings.size() > b->strings.size();
                      return a->name < b->name;
                    });
  for (size_t i = 0; i < n; ++i) {
    NameCluster cluster{clusters[i]->name, clusters[i]->strings.size(), {}};
    for (const std::string& s : clusters[i]->strings) {
      if (cluster.examples.size() == 5) break;
      cluster.examples.push_back(s);
    }
    out.largest.push_back(std::move(cluster));
  }
  for (const std::string& s : unparsed_) {
    if (out.unparsed.size() == max_unparsed) break;
    out.unparsed.push_back(s);
  }
  return out;
}

}  // namespace lkg::records
