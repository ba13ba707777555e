// Scoring the union-name parser against hand-labelled strings
// (tests/data/union_labels/{train,test}.tsv: text, source, affiliation,
// local, kind). The parser's answer for a string is reduced to the same
// three fields: the national union's abbreviation ("MULTI" for a string
// naming several national unions, "UNAFF" for an independent union, the
// string's own acronym for an unknown one), the local number, the kind of body.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/status.h"

namespace lkg::names {

struct UnionLabel {
  std::string text, source, affiliation, local, kind;
};

// Reads a label file (tab-separated, '#' comment lines). InvalidArgument
// naming the line for a row without five fields; NotFound for a missing file.
Result<std::vector<UnionLabel>> ReadUnionLabels(const std::string& path);

// The parser's answer in label form (text and source empty).
UnionLabel PredictUnionLabel(std::string_view raw);

struct UnionParseScore {
  size_t rows = 0;
  size_t affiliation_right = 0;
  size_t local_right = 0;           // over all rows ("" must be predicted as "")
  size_t with_local = 0, with_local_right = 0;  // rows whose label has a local number
  size_t kind_right = 0;
  std::vector<std::pair<UnionLabel, UnionLabel>> errors;  // (label, prediction) when affiliation or local differ

  double affiliation() const { return rows ? static_cast<double>(affiliation_right) / static_cast<double>(rows) : 0; }
  double local() const { return rows ? static_cast<double>(local_right) / static_cast<double>(rows) : 0; }
};

// Scores PredictUnionLabel on `labels` (affiliation and local compared
// case-insensitively).
UnionParseScore ScoreUnionParse(const std::vector<UnionLabel>& labels);

}  // namespace lkg::names
