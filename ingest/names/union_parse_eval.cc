#include "ingest/names/union_parse_eval.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "ingest/names/union_list.h"

namespace lkg::names {
namespace {

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) out.push_back(field);
  if (!line.empty() && line.back() == '\t') out.push_back("");
  return out;
}

std::string KindOf(const UnionName& u) {
  if (u.is_national) return "national";
  if (!u.number.empty()) {
    std::string kind = u.unit;
    for (char& c : kind) c = c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return kind;
  }
  return u.affiliation ? "local" : "independent";
}

// An unknown union written as an acronym ("NOITU Local 528"): its acronym.
std::string OwnAcronym(const UnionName& u) {
  std::string first = u.canonical.substr(0, u.canonical.find(' '));
  bool acronym = first.size() >= 2 && std::all_of(first.begin(), first.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) || c == '-' || c == '&';
  });
  return acronym ? first : "UNAFF";
}

}  // namespace

Result<std::vector<UnionLabel>> ReadUnionLabels(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::vector<UnionLabel> out;
  size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 5) {
      return Status::InvalidArgument(path + ":" + std::to_string(number) + ": expected 5 tab-separated fields, got " +
                                     std::to_string(f.size()));
    }
    out.push_back({f[0], f[1], f[2], f[3], f[4]});
  }
  return out;
}

UnionLabel PredictUnionLabel(std::string_view raw) {
  UnionList list = ParseUnionList(raw);
  UnionLabel out;
  if (list.multi) {
    std::set<std::string> affiliations;
    for (const UnionName& u : list.unions) affiliations.insert(u.affiliation ? std::string(u.affiliation->abbr) : "UNAFF");
    bool one = affiliations.size() == 1 && (list.unparsed.empty() || list.unions.size() >= 2);
    out.affiliation = one ? *affiliations.begin() : (affiliations.empty() && list.unparsed.empty() ? "UNAFF" : "MULTI");
    out.kind = "multi";
    return out;
  }
  if (list.unions.empty()) {
    out.affiliation = "UNAFF";
    out.kind = "independent";
    return out;
  }
  const UnionName& u = list.unions.front();
  out.affiliation = u.affiliation ? std::string(u.affiliation->abbr) : OwnAcronym(u);
  out.local = u.number;
  out.kind = KindOf(u);
  return out;
}

UnionParseScore ScoreUnionParse(const std::vector<UnionLabel>& labels) {
  UnionParseScore score;
  for (const UnionLabel& label : labels) {
    UnionLabel p = PredictUnionLabel(label.text);
    ++score.rows;
    bool affiliation = Upper(p.affiliation) == Upper(label.affiliation);
    bool local = Upper(p.local) == Upper(label.local);
    score.affiliation_right += affiliation;
    score.local_right += local;
    if (!label.local.empty()) {
      ++score.with_local;
      score.with_local_right += local;
    }
    score.kind_right += p.kind == label.kind;
    if (!affiliation || !local) score.errors.emplace_back(label, p);
  }
  return score;
}

}  // namespace lkg::names
