// The word-level vocabulary of the relation patterns (relations.cc): the
// lower-cased words between two mentions of a sentence ("the gap") and the
// tests run on it: roles, determiners, cue phrases.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "ingest/extraction_types.h"
#include "ingest/rules/relation_table.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest::relwords {

using Words = std::vector<std::string>;

// The lower-cased tokens [from, to) of `s`; an acronym in brackets right
// after the first mention ("the Trade Union Congress of Swaziland (TUCOSWA)
// said") is skipped.
Words Gap(const Sentence& s, size_t from, size_t to);

// the, a, an, its, his, her, their.
bool IsDeterminer(const std::string& w);

// The role named by `w` ("general secretary", "newly elected president"),
// determiners and a leading "'s" dropped; "" when `w` names no role.
std::string RoleOf(Words w);

// A known global federation (IndustriALL, ITUC, IMF ...): speaks for its
// affiliates, organizes at no company.
bool IsFederation(const ArticleEntity& e);

// A union, company or organization: what holds roles and has a location.
bool IsOrgLike(NodeType t);

// True when `w` contains `word`.
bool Has(const Words& w, const char* word);

// True when `w` ends / starts with the words `tail` / `head`.
bool EndsWith(const Words& w, std::initializer_list<const char*> tail);
bool StartsWith(const Words& w, std::initializer_list<const char*> head);

// True when `w` ends / starts with one of `phrases` (a cue of rules/relation_cues.tsv).
bool EndsWithAny(const Words& w, const std::vector<rules::Phrase>& phrases);
bool StartsWithAny(const Words& w, const std::vector<rules::Phrase>& phrases);

// `w` without determiners.
Words StripDeterminers(Words w);

// "chairman of the local branch" -> "chairman": the words before an "of"
// that only a branch phrase follows; {} when there is none.
Words BeforeBranch(const Words& head);


// Cue phrases in the gap `g` (determiners stripped) between two mentions.
// A union then a company: "the union at", "an agreement with", "a strike against".
bool UnionAtCompanyCue(const Words& g);
// A union then a company that needs workers after it: "Y, which represents [Z's workers]".
bool RepresentsCue(const Words& g);
// A company then a union: "Z workers represented by", "Z workers voted to unionize with", "Z's pilots' union,".
// `workers_before`: workers are named right before the company ("workers at Z").
bool CompanyThenUnionCue(const Words& g, bool workers_before);
// A subsidiary then its owner: "a subsidiary of", "owned by", "'s parent company".
bool ChildThenParentCue(const Words& g);
// An owner then its subsidiary: "'s subsidiary", "'s", "which owns", "'s acquisition of".
bool ParentThenChildCue(const Words& g);

}  // namespace lkg::ingest::relwords
