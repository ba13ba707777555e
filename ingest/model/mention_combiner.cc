#include "ingest/model/mention_combiner.h"

#include <algorithm>
#include <mutex>

#include "ingest/entities/gazetteer.h"
#include "ingest/entities/span_rules.h"

namespace lkg::ingest::model {
namespace {

std::mutex active_mutex;
std::shared_ptr<const EntityTagger> active_tagger;

// A tagger with the model it points into, kept alive together.
struct OwnedTagger {
  explicit OwnedTagger(std::shared_ptr<const LinearModel> m) : model(std::move(m)), tagger(*model) {}
  std::shared_ptr<const LinearModel> model;
  EntityTagger tagger;
};
CombineOptions active_options;

bool Overlaps(const Mention& m, const TaggedSpan& s) { return m.first < s.end && s.first < m.end; }

// The mention for a tagged span, or false when it names nothing usable (a
// "country" the gazetteer does not know).
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
  if (s.type == NodeType::kCountry) {
    const KnownEntity* c = Gazetteer::Get().Demonym(spans::JoinNorm(t, s.first, s.end));
    if (c == nullptr) return false;
    m->type = c->type;
    m->name = c->name;
    m->known = true;
    m->known_aliases = c->aliases;
    m->rule = "model:entity_tagger";
    m->confidence = 0.8;
    return true;
  }
  m->type = s.type;
  m->name = std::string(spans::Surface(t, s.first, s.end));
  if (s.type != NodeType::kPerson) m->inner_country = spans::InnerCountry(t, s.first, s.end);
  m->rule = "model:entity_tagger";
  m->confidence = std::clamp(0.5 + s.margin / 20.0, 0.5, 0.85);
  return true;
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
      if (options.add && s.margin >= options.add_margin && SpanMention(t, s, &m)) out.push_back(std::move(m));
      continue;
    }
    bool any_known = false;
    for (size_t k : hits) any_known = any_known || (*mentions)[k].known;
    const Mention& h = (*mentions)[hits[0]];
    bool same_extent = hits.size() == 1 && h.first == s.first && h.end == s.end;
    if (options.replace && !any_known && !same_extent && s.margin >= options.replace_margin) {
      Mention m;
      if (!SpanMention(t, s, &m)) continue;
      for (size_t k : hits) (*mentions)[k].end = (*mentions)[k].first;  // emptied: dropped below
      out.push_back(std::move(m));
      continue;
    }
    if (hits.size() != 1) continue;
    Mention& r = (*mentions)[hits[0]];
    if (r.known || r.first != s.first || r.end != s.end) continue;
    bool untyped = !r.type && options.type_untyped;
    bool retype = r.type && *r.type != s.type && options.retype && s.margin >= options.retype_margin;
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

void UseEntityModel(std::shared_ptr<const LinearModel> model, const CombineOptions& options) {
  std::shared_ptr<const EntityTagger> tagger;
  if (model != nullptr) {
    auto owned = std::make_shared<const OwnedTagger>(std::move(model));
    tagger = std::shared_ptr<const EntityTagger>(owned, &owned->tagger);
  }
  std::lock_guard<std::mutex> lock(active_mutex);
  active_tagger = std::move(tagger);
  active_options = options;
}

std::shared_ptr<const EntityTagger> ActiveEntityTagger() {
  std::lock_guard<std::mutex> lock(active_mutex);
  return active_tagger;
}

CombineOptions ActiveCombineOptions() {
  std::lock_guard<std::mutex> lock(active_mutex);
  return active_options;
}

}  // namespace lkg::ingest::model
