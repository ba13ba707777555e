// The closed vocabularies of the data model (../shared/spec/data-model.md):
// node types and edge types, with their stable names and one-byte codes.
// The byte codes are persisted; append new values, never renumber.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lkg {

enum class NodeType : uint8_t {
  kUnion = 1,
  kCompany = 2,
  kCountry = 3,
  kPerson = 4,
  kOrganization = 5,
  kCase = 6,
  kDocument = 7,  // documents live in their own table; the type exists for exports
  kPlace = 8,     // places below country level from structured US records
  kEvent = 9,     // a labour event that is not a violation: work stoppage, election, dispute, protest
};

enum class EdgeType : uint8_t {
  kHasRole = 1,         // person -> union/company/organization, props: role, since, until
  kAffiliatedWith = 2,  // union -> union
  kOrganizesAt = 3,     // union -> company
  kSubsidiaryOf = 4,    // company -> company, props: share
  kLocatedIn = 5,       // union/company/organization/place -> country or place
  kVictim = 6,          // case -> person/union
  kPerpetrator = 7,     // case -> company/organization/country
  kConcerns = 8,        // case -> union/company
  kInCountry = 9,       // case -> country
  kInPlace = 10,        // case -> place (structured records)
  kParticipant = 11,    // event -> union/company taking part
  kPartOf = 12,         // event -> event: a stoppage of one dispute
};

inline constexpr NodeType kAllNodeTypes[] = {
    NodeType::kUnion, NodeType::kCompany, NodeType::kCountry, NodeType::kPerson,
    NodeType::kOrganization, NodeType::kCase, NodeType::kDocument, NodeType::kPlace, NodeType::kEvent};

inline constexpr EdgeType kAllEdgeTypes[] = {
    EdgeType::kHasRole, EdgeType::kAffiliatedWith, EdgeType::kOrganizesAt, EdgeType::kSubsidiaryOf,
    EdgeType::kLocatedIn, EdgeType::kVictim, EdgeType::kPerpetrator, EdgeType::kConcerns,
    EdgeType::kInCountry, EdgeType::kInPlace, EdgeType::kParticipant, EdgeType::kPartOf};

// The twelve case kinds; stored as the `kind` property string.
inline constexpr std::string_view kCaseKinds[] = {
    "arrest", "detention", "imprisonment", "dismissal", "union_busting", "refusal_to_bargain",
    "violence", "death", "court_ruling", "strike_ban", "legislation", "other"};

// "union", "company", ... as in the spec.
std::string_view NodeTypeName(NodeType type);
std::string_view EdgeTypeName(EdgeType type);

// Parses a spec name; nullopt when the name is not a known type.
std::optional<NodeType> ParseNodeType(std::string_view name);
std::optional<EdgeType> ParseEdgeType(std::string_view name);

// True for the relation edges scored as entity relations (not case edges).
bool IsRelationEdge(EdgeType type);

// True when `kind` is one of kCaseKinds.
bool IsCaseKind(std::string_view kind);

}  // namespace lkg
