// LooksLikeUnion (declared in union_names.h): keyword evidence for a union
// against evidence for a company, a law firm, a person or an address.
#include <set>
#include <string>

#include "ingest/names/employer_names.h"
#include "ingest/names/union_names.h"

namespace lkg::names {
namespace {

// Words that on their own mark a union name.
bool HasStrongUnionWord(const std::vector<std::string>& words) {
  static const std::set<std::string> kStrong = {
      "union", "unions", "workers", "brotherhood", "guild", "teamsters", "local", "lodge",
      "council", "employees", "employee", "trades", "nurses", "lu", "cio", "laborers",
      "carpenters", "machinists", "electricians", "painters", "plumbers", "musicians",
      "trabajadores", "sindicato", "hermandad", "syndicat", "empleados", "uniteds", "staff",
      "faculty", "pba", "fop", "benevolent", "fraternal", "firefighters", "educators", "teachers",
      "masons", "ironworkers", "drivers", "officers", "pilots", "attendants", "dispatchers",
      "engineers", "technicians", "mechanics", "operators", "mates", "longshoremen", "boatmen",
      "inlandboatmens", "chapter", "federation", "professionals", "residents", "interns",
      "bargaining", "organization", "solidarity", "workforce"};
  for (const auto& w : words) {
    if (kStrong.count(w)) return true;
  }
  return false;
}

// Words that mark an employer association, a firm, an office or an address.
bool HasNonUnionWord(const std::vector<std::string>& words) {
  static const std::set<std::string> kOther = {
      "esq", "attorney", "attorneys", "law", "llp", "pllc", "plc", "pc", "counsel", "street",
      "avenue", "ave", "road", "rd", "suite", "ste", "blvd", "boulevard", "floor", "box",
      "president", "director", "manager", "listing", "management", "company", "corporation",
      "restaurant", "hotel", "holdings", "industries", "systems", "solutions", "logistics",
      "partners", "associates", "contractors", "producers", "resort", "maritime", "stevedores",
      "mix", "terminals", "health", "system", "bakery", "advocates", "rights", "justice",
      "economy", "therapy", "physical", "electric", "coalition", "c", "o"};
  for (const auto& w : words) {
    if (kOther.count(w)) return true;
  }
  return false;
}

// Words that mark a union only with a number or another union word.
bool HasWeakUnionWord(const std::vector<std::string>& words) {
  static const std::set<std::string> kWeak = {"association", "alliance", "committee", "united",
                                              "congress", "collective", "board", "district",
                                              "region", "division", "branch"};
  for (const auto& w : words) {
    if (kWeak.count(w)) return true;
  }
  return false;
}

// Strict legal forms that no union uses ("CO" can be a council, "NA" a national).
bool HasCorporateForm(const std::vector<std::string>& words) {
  for (const auto& w : words) {
    if (w == "inc" || w == "llc" || w == "corp" || w == "ltd" || w == "lp") return true;
  }
  return false;
}

}  // namespace

bool LooksLikeUnion(std::string_view raw) {
  std::vector<std::string> words = UnionMatchWords(raw);
  if (words.empty()) return false;
  auto parsed = ParseUnionName(raw);
  bool affiliated = parsed && parsed->affiliation && parsed->affiliation->abbr != "AFL-CIO";
  bool has_number = parsed && !parsed->number.empty();
  if (affiliated && !HasCorporateForm(words)) return true;
  if (HasNonUnionWord(words) || (HasLegalForm(raw) && !HasStrongUnionWord(words))) return false;
  if (HasStrongUnionWord(words)) return true;
  return HasWeakUnionWord(words) && (has_number || words.size() <= 3);
}

}  // namespace lkg::names
