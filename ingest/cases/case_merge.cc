#include "ingest/cases/case_merge.h"

#include <algorithm>

#include "ingest/rules/case_tables.h"

namespace lkg::ingest {
namespace {

bool Holds(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

void AddAll(std::vector<int>& into, const std::vector<int>& from) {
  for (int x : from) if (!Holds(into, x)) into.push_back(x);
}

// True when `a` and `b` name one victim, perpetrator or concerned party other than a country
// (every case of an article shares its country).
bool ShareParticipant(const std::vector<ArticleEntity>& entities, const CaseFact& a, const CaseFact& b) {
  for (const std::vector<int>* x : {&a.victims, &a.perpetrators, &a.concerns}) {
    for (int e : *x) {
      if (entities[e].type == NodeType::kCountry) continue;
      if (Holds(b.victims, e) || Holds(b.perpetrators, e) || Holds(b.concerns, e)) return true;
    }
  }
  return false;
}

// Equal to the precision both state, or either guessed or missing.
bool DatesCompatible(const CaseFact& a, const CaseFact& b) {
  return a.date_guessed || b.date_guessed || a.date.empty() || b.date.empty() || a.date.rfind(b.date, 0) == 0 ||
         b.date.rfind(a.date, 0) == 0;
}

// The kind of the event when `a` and `b` may tell one (same kind, or one folds into the other by
// case_merge.tsv), else "".
std::string JointKind(const std::string& a, const std::string& b) {
  if (a == b) return a;
  for (const rules::CaseFold& f : rules::CaseFolds()) {
    if (a == f.from && b == f.into) return b;
    if (b == f.from && a == f.into) return a;
  }
  return "";
}

// True when both cases name people as victims and none of them twice: two named people arrested
// in one article are two events unless a sentence joins them.
bool DistinctPeople(const std::vector<ArticleEntity>& entities, const CaseFact& a, const CaseFact& b) {
  auto named = [&](const CaseFact& c) {
    std::vector<int> out;
    for (int v : c.victims) if (entities[v].type == NodeType::kPerson) out.push_back(v);
    return out;
  };
  std::vector<int> x = named(a), y = named(b);
  if (x.empty() || y.empty()) return false;
  for (int v : x) if (Holds(y, v)) return false;
  return true;
}

// True when the sentence of `b` is one of `a`'s.
bool SameSentence(const CaseFact& a, const CaseFact& b) {
  if (a.start == b.start) return true;
  for (const CaseSentence& s : a.sentences) if (s.start == b.start) return true;
  return false;
}

bool SameEvent(const std::vector<ArticleEntity>& entities, const CaseFact& a, const CaseFact& b) {
  if (!DatesCompatible(a, b)) return false;
  if (a.kind != b.kind && SameSentence(a, b)) return false;  // one sentence naming two kinds tells two
  bool same_section = a.section == b.section;
  if (same_section && (a.weak || b.weak)) return true;
  if (same_section && a.kind == b.kind && !DistinctPeople(entities, a, b)) return true;
  return ShareParticipant(entities, a, b);
}

// The sentences of `c` with the participants each named.
std::vector<CaseSentence> SentencesOf(const CaseFact& c) {
  if (!c.sentences.empty()) return c.sentences;
  CaseSentence s{c.start, c.end, c.rule, c.confidence, {}};
  AddAll(s.participants, c.victims);
  AddAll(s.participants, c.perpetrators);
  AddAll(s.participants, c.concerns);
  if (c.country >= 0) AddAll(s.participants, {c.country});
  return {s};
}

// A stated date beats a guessed one; among equals, the more precise.
void TakeBetterDate(const CaseFact& from, CaseFact& into) {
  if ((into.date_guessed && !from.date_guessed && !from.date.empty()) ||
      (into.date_guessed == from.date_guessed && into.date.size() < from.date.size())) {
    into.date = from.date;
    into.date_guessed = from.date_guessed;
  }
}

void Fold(CaseFact c, const std::string& joint, CaseFact& same) {
  std::vector<CaseSentence> sentences = SentencesOf(same);
  for (CaseSentence& s : SentencesOf(c)) sentences.push_back(std::move(s));
  std::sort(sentences.begin(), sentences.end(),
            [](const CaseSentence& x, const CaseSentence& y) { return x.start < y.start; });
  if (same.weak && !c.weak) {  // the richer sentence replaces a weak mention of the event
    CaseFact weak = std::move(same);
    same = std::move(c);
    if (same.date.empty() || (same.date_guessed && !weak.date_guessed && !weak.date.empty())) {
      same.date = weak.date;
      same.date_guessed = weak.date_guessed;
    }
  } else {
    TakeBetterDate(c, same);
    AddAll(same.victims, c.victims);
    if (!c.weak) AddAll(same.perpetrators, c.perpetrators);  // a weak case's actor is only a guess
    AddAll(same.concerns, c.concerns);
    if (same.country < 0 && !c.weak) same.country = c.country;
  }
  if (same.kind != joint) {  // the summary is a sentence of the kind kept
    same.kind = joint;
    for (const CaseSentence& s : sentences) {
      if (s.rule.size() >= joint.size() && s.rule.compare(s.rule.size() - joint.size(), joint.size(), joint) == 0) {
        same.start = s.start;
        same.end = s.end;
        same.rule = s.rule;
        same.confidence = s.confidence;
        break;
      }
    }
  }
  same.sentences = std::move(sentences);
}

}  // namespace

void MergeSameEvents(const std::vector<ArticleEntity>& entities, std::string_view text, std::vector<CaseFact>& cases) {
  std::vector<CaseFact> merged;
  for (CaseFact& c : cases) {
    CaseFact* same = nullptr;
    std::string kind;
    for (CaseFact& m : merged) {
      kind = JointKind(m.kind, c.kind);
      if (!kind.empty() && SameEvent(entities, m, c)) {
        same = &m;
        break;
      }
    }
    if (same == nullptr) {
      merged.push_back(std::move(c));
    } else {
      Fold(std::move(c), kind, *same);
      same->summary = std::string(text.substr(same->start, same->end - same->start));
    }
  }
  cases = std::move(merged);
}

}  // namespace lkg::ingest
