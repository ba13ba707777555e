// FMCS work stoppages (CSV). The file does not say whether a stoppage was a
// strike or a lockout, so each row is a case node of kind `other` with
// `action` = "work_stoppage" (concerns -> employer and union, in_place,
// in_country) plus `organizes_at` union -> employer (a union in a stoppage
// represents workers there; confidence 0.8).
#include <cctype>

#include "ingest/records/csv_records.h"
#include "ingest/records/importers.h"
#include "ingest/records/record_entities.h"

namespace lkg::records {
namespace {

std::string Render(const CsvHeader& h, const std::vector<std::string>& row) {
  std::string out = "FMCS work stoppage " + h.Field(row, "Case Number") + ": " + h.Field(row, "Employer") + " / " +
                    h.Field(row, "Union");
  if (!h.Field(row, "Union Local").empty()) out += " " + h.Field(row, "Union Local");
  if (h.Field(row, "City, State").find_first_not_of(", ") != std::string::npos) out += ", " + h.Field(row, "City, State");
  if (!h.Field(row, "Start Date").empty()) out += ", from " + h.Field(row, "Start Date");
  if (!h.Field(row, "End Date").empty()) out += " to " + h.Field(row, "End Date");
  if (!h.Field(row, "# Idled").empty()) out += ", " + h.Field(row, "# Idled") + " idled";
  return out;
}

// "150.0" -> 150; null when empty or not a number.
nlohmann::json WholeNumber(const std::string& text) {
  try {
    return text.empty() ? nlohmann::json() : nlohmann::json(static_cast<long>(std::stod(text)));
  } catch (const std::exception&) {
    return nlohmann::json();
  }
}

// "UFCW" + local "7" -> "UFCW 7"; a local that is a name stays on its own.
std::string UnionString(const CsvHeader& h, const std::vector<std::string>& row) {
  std::string u = h.Field(row, "Union"), local = h.Field(row, "Union Local");
  if (local.empty() || u.find(local) != std::string::npos) return u;
  bool numeric = !local.empty() && std::isdigit(static_cast<unsigned char>(local[0]));
  return numeric ? u + " Local " + local : u + " " + local;
}

void ImportStoppage(ImportSession& s, const CsvHeader& h, const std::vector<std::string>& row) {
  std::string number = h.Field(row, "Case Number");
  const std::string& employer = h.Field(row, "Employer");
  if (employer.find_first_not_of(" ") == std::string::npos) {
    s.Issue("empty Employer", true);
    return;
  }
  std::string start = IsoDate(h.Field(row, "Start Date")), end = IsoDate(h.Field(row, "End Date"));
  if (start.empty()) s.Issue("missing Start Date");
  auto place = ParseCityState(h.Field(row, "City, State"));
  NodeKey company = AddEmployer(s, employer, place);
  if (!company) {
    s.Issue("employer name has no letters or digits", true);
    return;
  }
  // Case numbers repeat when one stoppage hit several employers: key by both.
  std::string identity = "fmcs:" + (number.empty() ? "row" + std::to_string(s.row()) : number) + "/" +
                         FormatNodeId(company);
  nlohmann::json props = {{"kind", "other"}, {"action", "work_stoppage"},
                          {"date", start.empty() ? nlohmann::json() : nlohmann::json(start)},
                          {"end_date", end.empty() ? nlohmann::json() : nlohmann::json(end)},
                          {"summary", Render(h, row)}, {"country", "United States"},
                          {"external_id", number}, {"industry", h.Field(row, "Industry")},
                          {"naics", h.Field(row, "NAICS")}, {"idled", WholeNumber(h.Field(row, "# Idled"))},
                          {"source", "fmcs"}};
  NodeKey case_key = AddCase(s, identity, "Work stoppage " + number + " at " + employer, props);
  s.facts().AddEdge(case_key, EdgeType::kConcerns, company);
  s.facts().AddEdge(case_key, EdgeType::kInCountry, AddUnitedStates(s));
  if (place) s.facts().AddEdge(case_key, EdgeType::kInPlace, AddPlace(s, *place));
  std::string union_raw = UnionString(h, row);
  if (union_raw.empty() || union_raw == "MULTI") return;
  NodeKey union_key = AddUnion(s, union_raw);
  if (!union_key) return;
  s.facts().AddEdge(case_key, EdgeType::kConcerns, union_key);
  s.facts().AddEdge(union_key, EdgeType::kOrganizesAt, company, {{"source", "fmcs"}}, 0.8);
}

}  // namespace

Status ImportFmcs(std::string_view content, ImportSession& s) {
  return ForEachCsvRecord(content, {"Employer", "Union", "Case Number", "City, State", "Start Date"}, s, Render,
                          [&](const CsvHeader& h, const std::vector<std::string>& row) { ImportStoppage(s, h, row); });
}

}  // namespace lkg::records
