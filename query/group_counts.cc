#include "query/group_counts.h"

#include <algorithm>

namespace lkg::query {

void GroupCounter::Add(const std::string& key, const std::string& id) { ++groups_[{key, id}]; }

std::vector<GroupCount> GroupCounter::ByCount(size_t top) const {
  std::vector<GroupCount> out;
  for (const auto& [group, count] : groups_) out.push_back({group.first, group.second, count});
  std::stable_sort(out.begin(), out.end(), [](const GroupCount& a, const GroupCount& b) { return a.count > b.count; });
  std::stable_partition(out.begin(), out.end(), [](const GroupCount& g) { return g.key != "unknown"; });
  if (top > 0 && out.size() > top) out.resize(top);
  return out;
}

std::vector<GroupCount> GroupCounter::ByKey() const {
  std::vector<GroupCount> out;
  for (const auto& [group, count] : groups_) out.push_back({group.first, group.second, count});
  std::stable_partition(out.begin(), out.end(), [](const GroupCount& g) { return g.key != "unknown"; });
  return out;
}

nlohmann::json GroupCountsToJson(const std::vector<GroupCount>& groups) {
  nlohmann::json out = nlohmann::json::array();
  for (const GroupCount& g : groups) {
    nlohmann::json item = {{"key", g.key}, {"count", g.count}};
    if (!g.id.empty()) item["id"] = g.id;
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace lkg::query
