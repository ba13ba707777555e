// Which cases a CasesRequest selects, and a walk over them newest first:
// several kinds, several countries (names, aliases, ISO codes, ids), an
// actor, a source and a date range. Shared by the case list and the case
// counts.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/graph_store.h"
#include "query/cases.h"
#include "query/limits.h"

namespace lkg::query {

class CaseSelection {
 public:
  // Checks and resolves `request`. InvalidArgument for an unknown kind;
  // NotFound for an unknown country or actor; LimitExceeded when listing
  // the actor's cases runs out of time.
  static Result<CaseSelection> Make(const GraphReader& reader, const CasesRequest& request,
                                    const Deadline& deadline);

  // Visits the selected cases newest first until `visit` returns false or
  // the deadline passes (the caller checks deadline.Expired()).
  Status ForEach(const GraphReader& reader, const Deadline& deadline, const Visitor<NodeKey>& visit) const;

 private:
  // True when `key` passes the filters the index walk does not apply.
  Result<bool> Keeps(const GraphReader& reader, NodeKey key) const;
  Result<bool> FromSource(const GraphReader& reader, NodeKey key) const;

  CaseFilter walk_;                  // the index walk: one country and/or one kind when given alone
  std::vector<std::string> kinds_;   // checked per case when several
  std::vector<std::string> countries_;  // normalised names, checked per case when several
  std::optional<std::unordered_set<NodeKey>> actor_cases_;
  std::string source_;               // lower case
  mutable std::unordered_map<DocKey, bool> document_matches_;  // source_ per document, read once
};

}  // namespace lkg::query
