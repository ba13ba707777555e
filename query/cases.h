// Violation cases, newest first, filtered and paginated, each joined with
// its participants (the other ends of the case's edges).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/graph_store.h"
#include "query/limits.h"

namespace lkg::query {

struct CasesRequest {
  std::vector<std::string> countries;  // country names, aliases, ISO codes or ids; empty for any
  std::vector<std::string> kinds;      // each one of kCaseKinds; empty for any
  std::string source;           // only cases with evidence from a document whose publisher or URL
                                // contains this (case-insensitive); "" for any
  std::string since, until;     // ISO date prefixes, inclusive
  std::optional<NodeKey> actor; // only cases with an edge to this node
  size_t limit = 50;            // rows per page (at most limits.max_results)
  std::string cursor;           // "" for the first page, else a next_cursor from a previous page
  size_t max_participants = 50; // per case
};

struct Participant {
  NodeKey key;
  NodeType type;
  std::string name;
  EdgeType role;  // victim, perpetrator, concerns, in_country, …
};

struct CaseRow {
  Node node;
  std::vector<Participant> participants;
};

struct CasePage {
  std::vector<CaseRow> rows;
  std::string next_cursor;  // "" on the last page
};

// One page of cases. InvalidArgument for an unknown kind or a bad cursor;
// (several kinds or countries select cases of any of them);
// NotFound for an unknown country; LimitExceeded for a page above the limit
// or when the time budget runs out.
Result<CasePage> ListCases(const GraphReader& reader, const CasesRequest& request, const QueryLimits& limits);

// {"cases": [{"id","name","kind","date","country","summary","properties",
//  "participants": [{"id","type","name","role"}]}], "next_cursor": "…"|null}.
nlohmann::json CasePageToJson(const CasePage& page);

}  // namespace lkg::query
