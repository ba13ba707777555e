// The records the store keeps: documents, nodes, edges and the evidence that
// supports each node and edge (../shared/spec/data-model.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/ids.h"
#include "engine/schema.h"

namespace lkg {

// One reason to believe a node or edge: where in which document it is said.
struct Evidence {
  DocKey document = 0;
  uint32_t start = 0;      // character (byte) span in the document text
  uint32_t end = 0;
  std::string sentence;    // the quoted sentence or record line
  std::string extractor;   // "rule:<name>", "import:<source>", "manual:<user>"
  double confidence = 1.0; // in [0,1]
};

// A source: an article or a structured record set.
struct Document {
  DocKey key = 0;
  std::string url;
  std::string title;
  std::string published;     // ISO 8601 date, possibly partial; "" when unknown
  std::string source;        // publisher
  std::string retrieved_at;  // ISO 8601 timestamp
  std::string lang;          // "en"
  std::string text;          // the normalised text evidence spans point into
  nlohmann::json properties = nlohmann::json::object();  // anything else (importer row info)
};

struct Node {
  NodeKey key = 0;
  NodeType type = NodeType::kOrganization;
  std::string name;
  std::vector<std::string> aliases;  // other names, excluding `name`
  nlohmann::json properties = nlohmann::json::object();
  uint32_t evidence_count = 0;       // maintained by the store
};

struct Edge {
  EdgeKey key = 0;
  NodeKey source = 0;
  NodeKey target = 0;
  EdgeType type = EdgeType::kLocatedIn;
  nlohmann::json properties = nlohmann::json::object();
  uint32_t evidence_count = 0;   // maintained by the store
  float max_confidence = 0.0f;   // maintained by the store
};

// What one document (or one import chunk) contributes: the unit of atomic
// writing. Node and edge keys are final (entity resolution has already run).
struct NodeFact {
  Node node;                       // key, type, name, aliases, properties
  std::vector<Evidence> evidence;  // at least one; `document` may be 0 = this document
};

struct EdgeFact {
  Edge edge;                       // key may be 0: computed from source/type/target
  std::vector<Evidence> evidence;
};

struct DocumentFacts {
  Document document;  // key may be 0: computed from text by the store
  std::vector<NodeFact> nodes;
  std::vector<EdgeFact> edges;
};

// A manual entity-resolution decision; persisted and replayed on re-ingest.
struct ResolutionDecision {
  enum class Kind { kMerge, kSplit, kDistinct };
  Kind kind = Kind::kMerge;
  NodeKey a = 0;        // merge: the node kept; split: the node; distinct: one node
  NodeKey b = 0;        // merge: the node folded in; distinct: the other node
  std::string alias;    // split: the alias moved to its own node
  std::string user;     // who decided
  std::string created_at;
};

// JSON forms used by exports, `lkg show` and the HTTP API.
nlohmann::json EvidenceToJson(const Evidence& e);
nlohmann::json NodeToJson(const Node& n);   // id, type, name, aliases, properties
nlohmann::json EdgeToJson(const Edge& e);   // id, source, target, type, properties
nlohmann::json DocumentToJson(const Document& d, bool with_text);

}  // namespace lkg
