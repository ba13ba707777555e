// FMCS work stoppages (CSV). Each row is its own `event` node (kind
// work_stoppage: start, end, duration in days, workers idled) with
// `participant` edges to the employer and the union(s) and `in_place` (or
// `in_country` when the row gives no place); rows sharing an FMCS case
// number are `part_of` one dispute event (its parties are its stoppages').
// A stoppage is not a violation, so no case node is made. The union also
// gets `organizes_at` -> employer (a union in a stoppage represents workers
// there; confidence 0.8).
#include <cctype>
#include <chrono>

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

// Days from `start` to `end` counted inclusively ("2020-12-14".."2020-12-16"
// -> 3, as the file's own Duration column counts); null without both dates.
nlohmann::json DurationDays(const std::string& start, const std::string& end) {
  auto parse = [](const std::string& iso) -> std::optional<std::chrono::sys_days> {
    if (iso.size() != 10) return std::nullopt;
    std::chrono::year_month_day ymd{std::chrono::year(std::stoi(iso.substr(0, 4))),
                                    std::chrono::month(static_cast<unsigned>(std::stoi(iso.substr(5, 2)))),
                                    std::chrono::day(static_cast<unsigned>(std::stoi(iso.substr(8, 2))))};
    if (!ymd.ok()) return std::nullopt;
    return std::chrono::sys_days(ymd);
  };
  auto from = parse(start), to = parse(end);
  if (!from || !to || *to < *from) return nlohmann::json();
  return (*to - *from).count() + 1;
}

// "UFCW" + local "7" -> "UFCW Local 7"; a local that is a name stays on its own.
std::string UnionString(const CsvHeader& h, const std::vector<std::string>& row) {
  std::string u = h.Field(row, "Union"), local = h.Field(row, "Union Local");
  if (local.empty() || u.find(local) != std::string::npos) return u;
  bool numeric = !local.empty() && std::isdigit(static_cast<unsigned char>(local[0]));
  return numeric ? u + " Local " + local : u + " " + local;
}

nlohmann::json StoppageProperties(const CsvHeader& h, const std::vector<std::string>& row, const std::string& start,
                                  const std::string& end) {
  nlohmann::json duration = WholeNumber(h.Field(row, "Duration"));
  if (duration.is_null()) duration = DurationDays(start, end);
  nlohmann::json props = {{"kind", "work_stoppage"},
                          {"start", start.empty() ? nlohmann::json() : nlohmann::json(start)},
                          {"end", end.empty() ? nlohmann::json() : nlohmann::json(end)},
                          {"duration", duration},
                          {"workers", WholeNumber(h.Field(row, "# Idled"))},
                          {"summary", Render(h, row)},
                          {"external_id", h.Field(row, "Case Number")},
                          {"industry", h.Field(row, "Industry")},
                          {"naics", h.Field(row, "NAICS")},
                          {"bargaining_unit", WholeNumber(h.Field(row, "BU"))},
                          {"source", "fmcs"}};
  props.update(UsCountryProperties());
  return props;
}

// The dispute event of FMCS case `number` (every row of the number is part of it).
NodeKey AddDispute(ImportSession& s, const std::string& number) {
  nlohmann::json props = {{"kind", "dispute"}, {"external_id", number}, {"source", "fmcs"}};
  props.update(UsCountryProperties());
  NodeKey key = AddEvent(s, "fmcs-dispute:" + number, "FMCS dispute " + number, props);
  s.facts().AddEdge(key, EdgeType::kInCountry, AddUnitedStates(s));
  return key;
}

void LinkUnions(ImportSession& s, const std::string& union_raw, NodeKey company, NodeKey stoppage) {
  static const nlohmann::json* kSource = new nlohmann::json{{"source", "fmcs"}};
  for (NodeKey union_key : AddUnions(s, union_raw)) {
    s.facts().AddEdge(stoppage, EdgeType::kParticipant, union_key);
    s.facts().AddEdge(union_key, EdgeType::kOrganizesAt, company, *kSource, 0.8);
  }
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
  // One row, one stoppage: (case number, employer, start) is unique in the file.
  std::string identity = "fmcs:" + number + "/" + FormatNodeId(company) + "/" +
                         (start.empty() ? "row" + std::to_string(s.row()) : start);
  std::string name = "Work stoppage at " + s.facts().NameOf(company) + (start.empty() ? "" : ", " + start);
  NodeKey stoppage = AddEvent(s, identity, name, StoppageProperties(h, row, start, end));
  s.facts().AddEdge(stoppage, EdgeType::kParticipant, company);
  // A place is located in its state and the country: in_country only without one.
  s.facts().AddEdge(stoppage, place ? EdgeType::kInPlace : EdgeType::kInCountry,
                    place ? AddPlace(s, *place) : AddUnitedStates(s));
  if (!number.empty()) s.facts().AddEdge(stoppage, EdgeType::kPartOf, AddDispute(s, number));
  LinkUnions(s, UnionString(h, row), company, stoppage);
}

}  // namespace

Status ImportFmcs(std::string_view content, ImportSession& s) {
  return ForEachCsvRecord(content, {"Employer", "Union", "Case Number", "City, State", "Start Date"}, s, Render,
                          [&](const CsvHeader& h, const std::vector<std::string>& row) { ImportStoppage(s, h, row); });
}

}  // namespace lkg::records
