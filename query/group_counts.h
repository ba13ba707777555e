// Counting items into groups (cases per kind, country, year or actor; the
// same for events): one implementation for every "--group-by".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace lkg::query {

struct GroupCount {
  std::string key;    // the group: a kind, a country name, a year, an actor's name
  std::string id;     // the group's node id when it is a node (actor, country), else ""
  uint64_t count = 0;
};

class GroupCounter {
 public:
  // Counts one item in group `key` (with node id `id`, or "").
  void Add(const std::string& key, const std::string& id = "");

  // Groups by count, largest first (ties by key; "unknown" last); at most
  // `top` (0: all).
  std::vector<GroupCount> ByCount(size_t top = 0) const;
  // Groups by key, ascending (years in order; "unknown" sorts last).
  std::vector<GroupCount> ByKey() const;
  size_t size() const { return groups_.size(); }

 private:
  std::map<std::pair<std::string, std::string>, uint64_t> groups_;
};

// [{"key", "id" (when set), "count"}].
nlohmann::json GroupCountsToJson(const std::vector<GroupCount>& groups);

}  // namespace lkg::query
