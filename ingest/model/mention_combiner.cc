#include "ingest/model/mention_combiner.h"

#include <algorithm>

#include "ingest/entities/gazetteer.h"
#include "ingest/entities/span_rules.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest::model {
namespace {

bool Overlaps(const Mention& m, const TaggedSpan& s) { return m.first < s.end && s.first < m.end; }

// The mention for a tagged span, or false when it names nothing usable (a
// "country" the gazetteer does not know, a place).
bool SpanMention(const spans::Tokens& t, const TaggedSpan& s, Mention* m) {
  m->first = s.first;
  m->end = s.end;
  const KnownEntity* e = nullptr;
  if (spans::PhraseAt(t, s.first, s.end, &e) == s.end && e->type == s.type) {
    m->type = e->type;
    m->name = e->name;
    m->known = true;
    m->known_aliases = e->aliases;
    m->rule = "model:entity_tagger";
    m->confidence = 0.9;
    return true;
  }
  // Countries come from the gazetteer (above) or the rules, which know when a
  // demonym names a country and when it describes people ("Korean workers").
  if (s.type == NodeType::kCountry) return false;
  // A city, state or province ("Phnom Penh", "Bursa") is a place, never a body or a person.
  if (Gazetteer::Get().IsPlace(spans::JoinNorm(t, s.first, s.end))) return false;
  m->type = s.type;
  m->name = std::string(spans::Surface(t, s.first, s.end));
  if (s.type != NodeType::kPerson) m->inner_country = spans::InnerCountry(t, s.first, s.end);
  m->rule = "model:entity_tagger";
  m->confidence = std::clamp(0.5 + s.margin / 20.0, 0.5, 0.85);
  return true;
}

// The acronym "(ABC)" right after token `end` defines, or "" (as the rules read it).
std::string AcronymAfter(const spans::Tokens& t, size_t end) {
  if (end + 2 >= t.size() || t[end].text != "(" || !t[end + 1].word || t[end + 2].text != ")") return "";
  int uppers = 0;
  for (char c : t[end + 1].text) uppers += c >= 'A' && c <= 'Z';
  return uppers >= 2 && t[end + 1].text.size() <= 12 ? std::string(t[end + 1].text) : std::string();
}

// "(MMTUK)" right after the name it abbreviates: part of that mention, not a name of its own.
bool DefinedAcronym(const spans::Tokens& t, const TaggedSpan& s, const std::vector<Mention>& rules,
                    const std::vector<Mention>& added) {
  if (s.end != s.first + 1 || s.first == 0 || t[s.first - 1].text != "(") return false;
  for (const auto* list : {&rules, &added}) {
    for (const Mention& m : *list) if (m.acronym == t[s.first].text) return true;
  }
  return false;
}

// Every token of `m` lies in a run the tagger judged (it never sees lower-case
// head words: "Kumtor gold mine"), so a span of another extent may replace it.
bool Judged(const Mention& m, const EntityTagger::Tagging& tagging) {
  for (size_t k = m.first; k < m.end; ++k) if (!tagging.in_run[k]) return false;
  return true;
}

// A union needs a union or worker word in its name ("Union", "Sindicato",
// "Workers") before the tagger may turn a rule's company or body into one.
bool UnionWorded(const spans::Tokens& t, const TaggedSpan& s) {
  static const rules::WordSet& heads = rules::Words("entity_words.tsv", "union_head");
  static const rules::WordSet& workers = rules::Words("entity_words.tsv", "worker_word");
  const Gazetteer& g = Gazetteer::Get();
  for (size_t k = s.first; k < s.end; ++k) {
    if (heads.Has(t[k].norm) || workers.Has(t[k].norm) || g.IsUnionCue(t[k].lower)) return true;
  }
  return false;
}

}  // namespace

void CombineMentions(const Sentence& sentence, const MentionContext& context, const EntityTagger& tagger,
                     const CombineOptions& options, std::vector<Mention>* mentions) {
  const spans::Tokens& t = sentence.tokens;
  SentenceView view = MakeSentenceView(sentence, context, *mentions);
  const EntityTagger::Tagging tagging = tagger.Tag(view);
  std::vector<TaggedSpan> tagged = tagging.Spans();
  std::vector<Mention> out;
  std::vector<bool> covered(mentions->size(), false);
  for (const TaggedSpan& s : tagged) {
    if (s.end == s.first + 1 && t[s.first].caps && s.margin < options.acronym_margin) continue;
    std::vector<size_t> hits;
    for (size_t k = 0; k < mentions->size(); ++k) if (Overlaps((*mentions)[k], s)) hits.push_back(k);
    for (size_t k : hits) covered[k] = true;
    if (hits.empty()) {
      Mention m;
      if (options.add && s.margin >= options.add_margin && !DefinedAcronym(t, s, *mentions, out) &&
          SpanMention(t, s, &m)) {
        m.acronym = AcronymAfter(t, s.end);
        out.push_back(std::move(m));
      }
      continue;
    }
    bool any_known = false;
    for (size_t k : hits) any_known = any_known || (*mentions)[k].known || !Judged((*mentions)[k], tagging);
    const Mention& h = (*mentions)[hits[0]];
    bool same_extent = hits.size() == 1 && h.first == s.first && h.end == s.end;
    if (options.replace && !any_known && !same_extent && s.margin >= options.replace_margin) {
      Mention m;
      if (!SpanMention(t, s, &m)) continue;
      m.acronym = AcronymAfter(t, s.end);
      for (size_t k : hits) (*mentions)[k].end = (*mentions)[k].first;  // emptied: dropped below
      out.push_back(std::move(m));
      continue;
    }
    if (hits.size() != 1) continue;
    Mention& r = (*mentions)[hits[0]];
    if (r.known || r.first != s.first || r.end != s.end) continue;
    bool untyped = !r.type && options.type_untyped;
    bool retype = r.type && *r.type != s.type && options.retype && s.margin >= options.retype_margin &&
                  (s.type != NodeType::kUnion || UnionWorded(t, s));
    if (!untyped && !retype) continue;
    Mention m;
    if (!SpanMention(t, s, &m)) continue;
    m.acronym = r.acronym;
    r = std::move(m);
  }
  for (size_t k = 0; k < mentions->size(); ++k) {
    Mention& r = (*mentions)[k];
    if (r.end == r.first) continue;  // replaced by a tagger span
    bool drop = options.veto && !covered[k] && !r.known && r.type &&
                tagging.OMargin(r.first, r.end) >= options.veto_margin;
    if (!drop) out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
  *mentions = std::move(out);
}

}  // namespace lkg::ingest::model
