// NLRB representation elections (CSV). Elections are not violations: each
// row is an `event` node of kind `election` (start = election date, votes,
// eligible voters as `workers`, outcome) with `participant` edges to the
// employer (with its unit's place) and every union on the ballot, and
// `in_place` (`in_country` when the row gives no place). A WON
// election also becomes `organizes_at` union -> employer with `since` = the
// election date and the election's details as edge properties.
#include "ingest/records/csv_records.h"
#include "ingest/records/importers.h"
#include "ingest/records/record_entities.h"

namespace lkg::records {
namespace {

std::string Render(const CsvHeader& h, const std::vector<std::string>& row) {
  std::string out = "NLRB election " + h.Field(row, "case_number") + " (" + h.Field(row, "case_type") + ", " +
                    h.Field(row, "election_date") + ") at " + h.Field(row, "case_name") + ", " +
                    h.Field(row, "unit_city") + ", " + h.Field(row, "unit_state") + ":";
  for (int i = 1; i <= 3; ++i) {
    std::string n = std::to_string(i);
    const std::string& name = h.Field(row, "labor_org_" + n + "_name");
    if (!name.empty()) out += " " + name + " " + h.Field(row, "votes_labor_org_" + n) + " votes;";
  }
  out += " against " + h.Field(row, "votes_against") + " of " + h.Field(row, "eligible_voters") + " eligible; " +
         (h.Field(row, "outcome").empty() ? "no certification" : h.Field(row, "outcome"));
  return out;
}

nlohmann::json Number(const std::string& text) {
  try {
    return text.empty() ? nlohmann::json() : nlohmann::json(std::stol(text));
  } catch (const std::exception&) {
    return nlohmann::json();
  }
}

// The union the election certified: union_to_certify, else the one with most votes.
int WinnerIndex(const CsvHeader& h, const std::vector<std::string>& row) {
  const std::string& certify = h.Field(row, "union_to_certify");
  int best = 0;
  long best_votes = -1;
  for (int i = 1; i <= 3; ++i) {
    std::string n = std::to_string(i);
    const std::string& name = h.Field(row, "labor_org_" + n + "_name");
    if (name.empty()) continue;
    if (!certify.empty() && name == certify) return i;
    auto votes = Number(h.Field(row, "votes_labor_org_" + n));
    long v = votes.is_number() ? votes.get<long>() : 0;
    if (v > best_votes) best_votes = v, best = i;
  }
  return best;
}

NodeKey AddElectionEvent(ImportSession& s, const CsvHeader& h, const std::vector<std::string>& row,
                         const std::string& date, NodeKey company, const NodeKey (&unions)[4]) {
  const std::string& number = h.Field(row, "case_number");
  nlohmann::json props = {{"kind", "election"},
                          {"start", date.empty() ? nlohmann::json() : nlohmann::json(date)},
                          {"end", date.empty() ? nlohmann::json() : nlohmann::json(date)},
                          {"workers", Number(h.Field(row, "eligible_voters"))},
                          {"votes_against", Number(h.Field(row, "votes_against"))},
                          {"outcome", h.Field(row, "outcome")},
                          {"election_type", h.Field(row, "case_type")},
                          {"summary", Render(h, row)},
                          {"external_id", number},
                          {"source", "nlrb-elections"}};
  props.update(UsCountryProperties());
  std::string identity = "nlrb-election:" + number + "/" + (date.empty() ? "row" + std::to_string(s.row()) : date);
  std::string name = "NLRB election " + number + " at " + s.facts().NameOf(company) + (date.empty() ? "" : ", " + date);
  NodeKey key = AddEvent(s, identity, name, props);
  s.facts().AddEdge(key, EdgeType::kParticipant, company);
  for (int i = 1; i <= 3; ++i) {
    if (unions[i]) s.facts().AddEdge(key, EdgeType::kParticipant, unions[i]);
  }
  return key;
}

void ImportElection(ImportSession& s, const CsvHeader& h, const std::vector<std::string>& row) {
  const std::string& employer = h.Field(row, "case_name");
  if (employer.find_first_not_of(" ") == std::string::npos) {
    s.Issue("empty employer name (case_name)", true);
    return;
  }
  std::string date = IsoDate(h.Field(row, "election_date"));
  if (date.empty()) s.Issue("missing election_date");
  std::optional<UsPlace> place = MakePlace(h.Field(row, "unit_city"), h.Field(row, "unit_state"));
  NodeKey company = AddEmployer(s, employer, place);
  if (!company) {
    s.Issue("employer name has no letters or digits", true);
    return;
  }
  NodeKey unions[4] = {0, 0, 0, 0};
  for (int i = 1; i <= 3; ++i) {
    const std::string& name = h.Field(row, "labor_org_" + std::to_string(i) + "_name");
    if (!name.empty()) unions[i] = AddUnion(s, name);
  }
  NodeKey election = AddElectionEvent(s, h, row, date, company, unions);
  // A place is located in its state and the country: in_country only without one.
  s.facts().AddEdge(election, place ? EdgeType::kInPlace : EdgeType::kInCountry,
                    place ? AddPlace(s, *place) : AddUnitedStates(s));
  if (h.Field(row, "outcome") != "WON") return;
  int winner = WinnerIndex(h, row);
  if (!winner || !unions[winner]) {
    s.Issue("WON election without a union name");
    return;
  }
  nlohmann::json props = {{"since", date.empty() ? nlohmann::json() : nlohmann::json(date)},
                          {"election_case", h.Field(row, "case_number")},
                          {"election_type", h.Field(row, "case_type")},
                          {"votes_for", Number(h.Field(row, "votes_labor_org_" + std::to_string(winner)))},
                          {"votes_against", Number(h.Field(row, "votes_against"))},
                          {"eligible_voters", Number(h.Field(row, "eligible_voters"))},
                          {"source", "nlrb-elections"}};
  s.facts().AddEdge(unions[winner], EdgeType::kOrganizesAt, company, props);
}

}  // namespace

Status ImportNlrbElections(std::string_view content, ImportSession& s) {
  return ForEachCsvRecord(content, {"case_number", "case_name", "election_date", "labor_org_1_name", "outcome"}, s,
                          Render, [&](const CsvHeader& h, const std::vector<std::string>& row) {
                            ImportElection(s, h, row);
                          });
}

}  // namespace lkg::records
