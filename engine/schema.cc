#include "engine/schema.h"

#include <algorithm>

namespace lkg {

std::string_view NodeTypeName(NodeType type) {
  switch (type) {
    case NodeType::kUnion: return "union";
    case NodeType::kCompany: return "company";
    case NodeType::kCountry: return "country";
    case NodeType::kPerson: return "person";
    case NodeType::kOrganization: return "organization";
    case NodeType::kCase: return "case";
    case NodeType::kDocument: return "document";
    case NodeType::kPlace: return "place";
    case NodeType::kEvent: return "event";
  }
  return "unknown";
}

std::string_view EdgeTypeName(EdgeType type) {
  switch (type) {
    case EdgeType::kHasRole: return "has_role";
    case EdgeType::kAffiliatedWith: return "affiliated_with";
    case EdgeType::kOrganizesAt: return "organizes_at";
    case EdgeType::kSubsidiaryOf: return "subsidiary_of";
    case EdgeType::kLocatedIn: return "located_in";
    case EdgeType::kVictim: return "victim";
    case EdgeType::kPerpetrator: return "perpetrator";
    case EdgeType::kConcerns: return "concerns";
    case EdgeType::kInCountry: return "in_country";
    case EdgeType::kInPlace: return "in_place";
    case EdgeType::kParticipant: return "participant";
    case EdgeType::kPartOf: return "part_of";
  }
  return "unknown";
}

std::optional<NodeType> ParseNodeType(std::string_view name) {
  for (NodeType t : kAllNodeTypes) {
    if (NodeTypeName(t) == name) return t;
  }
  return std::nullopt;
}

std::optional<EdgeType> ParseEdgeType(std::string_view name) {
  for (EdgeType t : kAllEdgeTypes) {
    if (EdgeTypeName(t) == name) return t;
  }
  return std::nullopt;
}

bool IsRelationEdge(EdgeType type) {
  return static_cast<uint8_t>(type) <= static_cast<uint8_t>(EdgeType::kLocatedIn);
}

bool IsCaseKind(std::string_view kind) {
  return std::find(std::begin(kCaseKinds), std::end(kCaseKinds), kind) != std::end(kCaseKinds);
}

}  // namespace lkg
