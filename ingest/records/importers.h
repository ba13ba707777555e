// The four record formats. Each reads the whole file content, streams its
// records through the session (one BeginRecord/EndRecord per record) and
// returns an error only when the file as a whole is unusable.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/records/import_session.h"

namespace lkg::records {

// ../shared/data/nlrb-case-pages: JSON Lines, one case per line.
Status ImportNlrbCases(std::string_view content, ImportSession& s);
// ../shared/data/nlrb-elections: CSV, one election per row.
Status ImportNlrbElections(std::string_view content, ImportSession& s);
// ../shared/data/fmcs-work-stoppages: CSV, one work stoppage per row.
Status ImportFmcs(std::string_view content, ImportSession& s);
// ../shared/data/collective-action-tech: a JSON array of actions.
Status ImportCollectiveAction(std::string_view content, ImportSession& s);

// The case kind of an NLRB case from its allegation texts and case type:
// discharge -> dismissal; refusal to bargain/furnish information/
// repudiation -> refusal_to_bargain; coercion, interrogation, domination,
// discrimination in terms, lockout -> union_busting; otherwise other.
std::string NlrbCaseKind(const std::string& case_type, const std::vector<std::string>& allegations);

}  // namespace lkg::records
