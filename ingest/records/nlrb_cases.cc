// NLRB case pages (JSONL) -> case nodes with employer/union/person participants.
#include <algorithm>

#include "ingest/names/union_names.h"
#include "ingest/records/importers.h"
#include "ingest/records/record_entities.h"

namespace lkg::records {
namespace {

bool Contains(const std::string& text, std::string_view needle) { return text.find(needle) != std::string::npos; }

std::string Str(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string JoinLines(const nlohmann::json& lines) {
  std::string out;
  if (!lines.is_array()) return out;
  for (const auto& l : lines) {
    if (!l.is_string() || l.get<std::string>().empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += l.get<std::string>();
  }
  return out;
}

std::string Render(const nlohmann::json& r) {
  std::string out = "NLRB case " + Str(r, "case_number") + " (" + Str(r, "case_type") + ") " + Str(r, "case_name");
  if (!Str(r, "date_filed").empty()) out += ", filed " + Str(r, "date_filed");
  if (!Str(r, "location").empty()) out += ", " + Str(r, "location");
  if (r.contains("allegations") && r["allegations"].is_array() && !r["allegations"].empty() &&
      r["allegations"][0].is_string()) {
    out += ": " + r["allegations"][0].get<std::string>();
  }
  return out;
}

// Adds one participant; returns false when its name was empty.
bool AddParticipant(ImportSession& s, const nlohmann::json& p, NodeKey case_key, bool against_employer) {
  std::string role = Str(p, "role"), type = Str(p, "type");
  std::string name = p.contains("name_lines") && p["name_lines"].is_array() && !p["name_lines"].empty() &&
                             p["name_lines"][0].is_string() ? p["name_lines"][0].get<std::string>() : "";
  if (type == "Legal Representative") return true;  // attorneys are not parties
  bool charged = Contains(role, "Charged") || Contains(role, "Respondent");
  nlohmann::json props = {{"role", role}};
  if (type == "Employer") {
    if (name.empty()) return false;
    NodeKey key = AddEmployer(s, name, ParseCityState(Str(p, "city_state")));
    if (!key) return false;
    s.facts().AddEdge(case_key, charged && against_employer ? EdgeType::kPerpetrator : EdgeType::kConcerns, key, props);
  } else if (type == "Union" || (type == "Additional Service" && names::LooksLikeUnion(name))) {
    if (name.empty()) return false;
    std::vector<NodeKey> keys = AddUnions(s, name);  // "IBT and IAM" names two unions
    if (keys.empty()) return false;
    bool victim = against_employer && Contains(role, "Charging") && type == "Union";
    for (NodeKey key : keys) s.facts().AddEdge(case_key, victim ? EdgeType::kVictim : EdgeType::kConcerns, key, props);
  } else if (type == "Individual") {
    if (name.empty()) return false;
    NodeKey key = AddPerson(s, JoinLines(p["name_lines"]));
    if (!key) return false;
    s.facts().AddEdge(case_key, Contains(role, "Charging") ? EdgeType::kVictim : EdgeType::kConcerns, key, props);
  }
  return true;
}

void ImportCase(ImportSession& s, const nlohmann::json& r) {
  std::string number = Str(r, "case_number"), type = Str(r, "case_type");
  if (number.empty()) {
    s.Issue("missing case_number", true);
    return;
  }
  std::vector<std::string> allegations;
  if (r.contains("allegations") && r["allegations"].is_array()) {
    for (const auto& a : r["allegations"]) {
      if (a.is_string() && std::find(allegations.begin(), allegations.end(), a.get<std::string>()) == allegations.end()) {
        allegations.push_back(a.get<std::string>());
      }
    }
  }
  std::string date = IsoDate(Str(r, "date_filed"));
  if (date.empty()) s.Issue("missing or unreadable date_filed");
  nlohmann::json props = {{"kind", NlrbCaseKind(type, allegations)},
                          {"date", date.empty() ? nlohmann::json() : nlohmann::json(date)},
                          {"summary", Render(r)},
                          {"country", "United States"}, {"country_code", "US"},
                          {"status", Str(r, "status")},
                          {"external_id", number},
                          {"case_type", type},
                          {"region", Str(r, "region")},
                          {"allegations", allegations},
                          {"source", "nlrb"}};
  NodeKey case_key = AddCase(s, "nlrb:" + number, "NLRB " + number + " " + Str(r, "case_name"), props);
  s.facts().AddEdge(case_key, EdgeType::kInCountry, AddUnitedStates(s));
  if (auto place = ParseCityState(Str(r, "location"))) {
    s.facts().AddEdge(case_key, EdgeType::kInPlace, AddPlace(s, *place));
  }
  bool against_employer = type == "CA";
  if (r.contains("participants") && r["participants"].is_array()) {
    size_t index = 0;
    for (const auto& p : r["participants"]) {
      ++index;
      // Individuals' names are withheld on many NLRB pages: not a defect of the record.
      if (p.is_object() && !AddParticipant(s, p, case_key, against_employer) && Str(p, "type") != "Individual") {
        s.Issue("participant " + std::to_string(index) + " (" + Str(p, "type") + ") has an empty name");
      }
    }
  }
}

}  // namespace

std::string NlrbCaseKind(const std::string& case_type, const std::vector<std::string>& allegations) {
  if (case_type != "CA" && case_type != "CB") return "other";
  bool dismissal = false, bargain = false, busting = false;
  for (const auto& a : allegations) {
    bool employer = a.rfind("8(a)", 0) == 0;
    if (employer && (Contains(a, "Discharge") || Contains(a, "Refusal to Hire") || Contains(a, "Refusal to Reinstate"))) {
      dismissal = true;
    } else if (Contains(a, "Refusal to Bargain") || Contains(a, "Refusal to Furnish") || Contains(a, "Refusal to Recognize") ||
               Contains(a, "Repudiation") || Contains(a, "Failure to Sign")) {
      bargain = true;
    } else if (employer && (Contains(a, "8(a)(1)") || Contains(a, "8(a)(2)") || Contains(a, "8(a)(3)") ||
                            Contains(a, "8(a)(4)"))) {
      busting = true;
    }
  }
  if (dismissal) return "dismissal";
  if (bargain) return "refusal_to_bargain";
  if (busting) return "union_busting";
  return "other";
}

Status ImportNlrbCases(std::string_view content, ImportSession& s) {
  size_t line_no = 0, pos = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    ++line_no;
    size_t start = pos;
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    nlohmann::json r = nlohmann::json::parse(line, nullptr, false);
    std::string rendering = r.is_object() ? Render(r) : names::TruncateUtf8(line, 80);
    s.BeginRecord(line_no, start, start + line.size(), rendering);
    if (r.is_discarded() || !r.is_object()) {
      s.Issue("broken JSON line", true);
    } else {
      try {
        ImportCase(s, r);
      } catch (const nlohmann::json::exception& e) {
        s.Issue(std::string("unexpected JSON shape: ") + e.what());
      }
    }
    LKG_RETURN_IF_ERROR(s.EndRecord());
  }
  return Status::Ok();
}

}  // namespace lkg::records
