// What name resolution did with one field of an import (employers, unions):
// which raw strings went to which node, so `lkg import --report` can show
// distinct strings -> nodes, the largest clusters (one node, many spellings)
// and the strings that could not be parsed.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/ids.h"
#include "ingest/records/record_import.h"

namespace lkg::records {

class NameStats {
 public:
  // Notes that `raw` resolved to `node`, shown as `name`.
  void Count(const std::string& raw, NodeKey node, const std::string& name);
  // Notes a string (or part of one) that named nothing resolvable.
  void Unparsed(const std::string& raw) { unparsed_.insert(raw); }

  size_t strings() const { return raw_.size(); }
  size_t nodes() const { return by_node_.size(); }

  // The field's summary: counts, the `top` nodes with most distinct strings
  // (each with up to 5 of them) and up to `max_unparsed` unparsed strings.
  FieldResolution Summary(const std::string& field, size_t top, size_t max_unparsed) const;

 private:
  struct Cluster {
    std::string name;
    std::set<std::string> strings;
  };
  std::unordered_map<std::string, bool> raw_;
  std::unordered_map<NodeKey, Cluster> by_node_;
  std::set<std::string> unparsed_;
};

}  // namespace lkg::records
