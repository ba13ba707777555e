#include "ingest/rules/relation_table.h"

#include <string>

#include "ingest/rules/rule_file.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest::rules {
namespace {

struct CueKind {
  std::string_view cue;
  EdgeType edge;
};

// The cues the rules of ingest/relations/ read, with the edge each makes.
constexpr CueKind kCues[] = {
    {"union_company_end", EdgeType::kOrganizesAt},  {"company_union_end", EdgeType::kOrganizesAt},
    {"workers_union_end", EdgeType::kOrganizesAt},  {"unionize_with_end", EdgeType::kOrganizesAt},
    {"acted_against_end", EdgeType::kOrganizesAt},  {"led_by_end", EdgeType::kOrganizesAt},
    {"child_parent_end", EdgeType::kSubsidiaryOf},  {"parent_child_start", EdgeType::kSubsidiaryOf},
    {"parent_child_end", EdgeType::kSubsidiaryOf},  {"affiliate_of_end", EdgeType::kAffiliatedWith},
    {"federation_start", EdgeType::kAffiliatedWith}};

Status CheckRow(std::string_view file, const RuleRow& row) {
  const CueKind* kind = nullptr;
  for (const CueKind& k : kCues) if (k.cue == row.cells[0]) kind = &k;
  if (kind == nullptr) return RuleError(file, row.line, "unknown cue '" + std::string(row.cells[0]) + "'");
  std::optional<EdgeType> edge = ParseEdgeType(row.cells[1]);
  if (!edge) return RuleError(file, row.line, "unknown edge type '" + std::string(row.cells[1]) + "'");
  if (*edge != kind->edge) {
    return RuleError(file, row.line, "cue '" + std::string(kind->cue) + "' makes " +
                                         std::string(EdgeTypeName(kind->edge)) + " edges, not " +
                                         std::string(row.cells[1]));
  }
  return CheckLowerCase(file, row, row.cells[2]);
}

}  // namespace

Result<RelationCues> ParseRelationCues(std::string_view file, std::string_view bytes) {
  Result<std::vector<RuleRow>> rows = ParseRuleRows(file, bytes, 3);
  if (!rows.ok()) return rows.status();
  RelationCues cues;
  for (const RuleRow& row : *rows) {
    LKG_RETURN_IF_ERROR(CheckRow(file, row));
    cues[row.cells[0]].push_back(SplitWords(row.cells[2]));
  }
  for (const CueKind& k : kCues) {
    if (!cues.count(k.cue)) return Status::InvalidArgument(std::string(file) + ": cue '" + std::string(k.cue) +
                                                           "' has no phrases (an empty list)");
  }
  return cues;
}

const std::vector<Phrase>& CuePhrases(std::string_view cue) {
  static const RelationCues cues = OrDie(ParseRelationCues("relation_cues.tsv", RuleFileBytes("relation_cues.tsv")));
  auto it = cues.find(cue);
  if (it == cues.end()) DieOnBadRules(Status::NotFound("relation_cues.tsv: no cue '" + std::string(cue) + "'"));
  return it->second;
}

}  // namespace lkg::ingest::rules
