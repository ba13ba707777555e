// What extraction records for training and evaluating the relation
// classifier (`relations` part): each entity's keys, every relation
// candidate with its features and the edge each label would make, and every
// fact the patterns found. Entity indexes point into `entities`; a listing
// page's items append to one trace.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/schema.h"
#include "ingest/model/linear_model.h"

namespace lkg::ingest::model {

struct TracedRelation {
  int source = -1, target = -1;  // indexes into RelationTrace::entities
  EdgeType type = EdgeType::kHasRole;
  uint32_t sentence = 0;  // patterns: the start offset of the fact's sentence
};

struct TracedRelationCandidate {
  uint32_t sentence = 0;  // the sentence's start offset: candidates of one sentence share it
  EdgeType type = EdgeType::kHasRole;
  FeatureIds features;
  std::vector<int> labels;                // AllowedRelationLabels(type) without "none"
  std::vector<TracedRelation> outcomes;   // the edge each of `labels` makes
};

struct RelationTrace {
  std::vector<std::vector<std::string>> entities;  // NormKey of each entity's name and aliases
  std::vector<TracedRelationCandidate> candidates;
  std::vector<TracedRelation> patterns;
};

}  // namespace lkg::ingest::model
