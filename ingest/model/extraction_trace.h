// What the extractor saw while extracting one article, recorded for
// training (`lkg train`): the article's relevance features and every case
// candidate with its features and participants, before any learned part
// keeps or drops it, and every relation candidate (relation_trace.h).
// Extraction with a trace also skips the relevance gate, so every candidate
// is seen.
#pragma once

#include <string>
#include <vector>

#include "ingest/model/linear_model.h"
#include "ingest/model/relation_trace.h"

namespace lkg::ingest::model {

// One participant of a case candidate: its normalised name and aliases
// (NormKey) and the role the rules gave it.
struct TracedParticipant {
  std::vector<std::string> keys;
  std::string role;  // victim | perpetrator | concerns | country | none
  bool is_country = false;
  FeatureIds features;  // the (candidate, entity) features of the "case_roles" part
};

struct TracedCase {
  std::string kind;  // the rules' kind
  FeatureIds features;
  std::vector<TracedParticipant> participants;
};

struct ExtractionTrace {
  std::vector<FeatureIds> relevance_features;  // one per document (a listing page has one per item)
  std::vector<TracedCase> cases;
  RelationTrace relations;  // every item's entities and relation candidates
};

}  // namespace lkg::ingest::model
