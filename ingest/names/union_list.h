// Union fields that name several unions at once: "USW IBB IAM IUOE IBEW IBT",
// "Multi CJA, Iwa, & IBT", "IBT 198 & 222", "MULTI 265/337/1940/2650/1315".
// Such a string is not a union: it becomes the list of unions it names (each
// national union, or each local of one national union); numbers without an
// affiliation name no union at all.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/names/union_names.h"

namespace lkg::names {

struct UnionList {
  std::vector<UnionName> unions;  // the unions named, in order, without repeats
  bool multi = false;             // the string named several unions (or "MULTI")
  // Parts of a multi-union string that name no known union ("iwa", a bare
  // local number without affiliation), for the import report.
  std::vector<std::string> unparsed;
};

// Parses a union field. A single union gives one ParseUnionName result; an
// empty or name-less string gives an empty list.
UnionList ParseUnionList(std::string_view raw);

}  // namespace lkg::names
