#include "ingest/extractor.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "ingest/text/dates.h"
#include "ingest/text/norm_key.h"
#include "ingest/readers/article.h"
#include "ingest/cases/case_merge.h"
#include "ingest/cases/cases.h"
#include "ingest/entities/acronym_senses.h"
#include "ingest/entities/entity_table.h"
#include "ingest/entities/gazetteer.h"
#include "ingest/model/mention_combiner.h"
#include "ingest/model/model_bundle.h"
#include "ingest/relations/relation_words.h"
#include "ingest/relations/relation_review.h"
#include "ingest/relations/relations.h"
#include "ingest/model/case_classifier.h"
#include "ingest/model/relevance.h"
#include "ingest/resolution/jurisdiction.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest {
namespace {

struct SentenceWork {
  Sentence sentence;
  size_t section = 0;
  std::vector<Mention> mentions;
  std::vector<PlacedMention> placed;
};

Evidence MentionEvidence(const Sentence& s, const Mention& m, std::string_view text) {
  Evidence e;
  e.start = s.tokens[m.first].start;
  e.end = s.tokens[m.end - 1].end;
  e.sentence = std::string(text.substr(s.start, s.end - s.start));
  e.extractor = m.rule.empty() ? "rule:in_article_coreference" : m.rule;
  e.confidence = m.confidence > 0 ? m.confidence : 0.6;
  return e;
}

class ArticleExtraction {
 public:
  ArticleExtraction(const ArticleInput& in, const model::ModelBundle& bundle, model::ExtractionTrace* trace)
      : in_(in), bundle_(bundle), trace_(trace), reviewer_(bundle, trace),
        relation_model_(RelationClassifier(bundle)) {}

  DocumentFacts Run() {
    DocumentFacts facts;
    facts.document.key = DocumentKeyForText(in_.text);
    sections_ = SplitSections(in_.text, in_.published);
    FillDocument(facts.document);
    for (size_t k = 0; k < sections_.size(); ++k) {
      for (Sentence& s : SplitSentences(in_.text, sections_[k].start, sections_[k].end)) {
        work_.push_back({std::move(s), k, {}, {}});
      }
    }
    std::vector<Sentence> all;
    all.reserve(work_.size());
    for (const SentenceWork& w : work_) all.push_back(w.sentence);
    MentionContext ctx = BuildMentionContext(all);
    for (SentenceWork& w : work_) w.mentions = FindMentions(w.sentence, ctx);
    if (const model::EntityTagger* tagger = bundle_.entity_tagger()) {
      const model::CombineOptions& options = bundle_.combine_options();
      for (SentenceWork& w : work_) model::CombineMentions(w.sentence, ctx, *tagger, options, &w.mentions);
    }
    std::vector<SentenceMentions> article;
    for (SentenceWork& w : work_) article.push_back({&w.sentence, &w.mentions});
    ChooseAcronymSenses(article, facts.document.published);
    PlaceTyped();
    PlaceUntyped();
    std::vector<int> target = table_.FoldSurnames();
    for (SentenceWork& w : work_) for (PlacedMention& p : w.placed) p.entity = target[p.entity];
    AffiliateLocals();
    JudgeRelevance();
    FindAll();
    if (!labour_) Gate();
    if (trace_ != nullptr) RecordRelationTrace(trace_->relations);
    Build(facts);
    return facts;
  }

 private:
  void FillDocument(Document& d) {
    d.text = in_.text;
    d.url = in_.url;
    d.source = in_.source;
    d.lang = "en";
    if (in_.listing_item) {
      if (!in_.listing_page_url.empty()) d.properties["listing_page"] = in_.listing_page_url;
      d.properties["listing_span"] = {in_.listing_start, in_.listing_end};
    }
    d.title = !in_.title.empty() ? in_.title : (sections_.empty() ? "" : sections_[0].title);
    d.published = in_.published;
    if (d.published.empty()) {
      for (const Section& s : sections_) if (!s.date.empty()) { d.published = s.date; break; }
    }
  }

  void PlaceTyped() {
    for (SentenceWork& w : work_) {
      for (const Mention& m : w.mentions) {
        if (!m.type) continue;
        int idx = table_.AddTyped(m, MentionEvidence(w.sentence, m, in_.text));
        w.placed.push_back({m.first, m.end, idx, *m.type});
      }
    }
  }

  // A person-shaped name is a person when a personal pronoun follows it (in
  // its sentence or the next) or its last word is used alone elsewhere.
  bool PersonByContext(size_t sentence, const Mention& m) const {
    static const rules::WordSet& personal = rules::Words("pronouns.tsv", "personal");
    auto has_pronoun = [&](size_t s, size_t from) {
      const auto& t = work_[s].sentence.tokens;
      for (size_t k = from; k < t.size(); ++k) if (personal.Has(t[k].lower)) return true;
      return false;
    };
    if (has_pronoun(sentence, m.end)) return true;
    if (sentence + 1 < work_.size() && has_pronoun(sentence + 1, 0)) return true;
    std::string last = m.name.substr(m.name.find_last_of(' ') + 1);
    for (const SentenceWork& w : work_) {
      for (const Mention& other : w.mentions) {
        if (!other.type && other.end - other.first == 1 && other.name == last) return true;
      }
    }
    return false;
  }

  void TypePersonShaped() {
    for (size_t s = 0; s < work_.size(); ++s) {
      SentenceWork& w = work_[s];
      for (Mention& m : w.mentions) {
        if (m.type || !m.person_shaped || table_.Lookup(m.name) >= 0) continue;
        if (!PersonByContext(s, m)) continue;
        m.type = NodeType::kPerson;
        int idx = table_.AddTyped(m, MentionEvidence(w.sentence, m, in_.text));
        w.placed.push_back({m.first, m.end, idx, NodeType::kPerson});
      }
    }
  }

  void PlaceUntyped() {
    TypePersonShaped();
    for (SentenceWork& w : work_) {
      for (const Mention& m : w.mentions) {
        if (m.type) continue;
        int idx = table_.Lookup(m.name);
        if (idx < 0) continue;
        Mention coref = m;
        coref.rule = "rule:in_article_coreference";
        coref.confidence = 0.7;
        table_.AddMention(idx, m.name, MentionEvidence(w.sentence, coref, in_.text));
        w.placed.push_back({m.first, m.end, idx, table_.entities()[idx].type});
      }
      std::sort(w.placed.begin(), w.placed.end(),
                [](const PlacedMention& a, const PlacedMention& b) { return a.first < b.first; });
    }
  }

  // The union a local's name starts with, or -1: the article's union whose
  // name starts with `national` ("Transport Workers Union of America"), else
  // a new entity (the gazetteer's canonical name when it knows it).
  int NationalUnion(const std::string& national, const Evidence& evidence) {
    const auto& entities = table_.entities();
    for (size_t k = 0; k < entities.size(); ++k) {
      const ArticleEntity& e = entities[k];
      if (e.type == NodeType::kUnion && e.merged_into < 0 && e.name.rfind(national, 0) == 0 &&
          e.name.find(" Local ") == std::string::npos) {
        return static_cast<int>(k);
      }
    }
    Mention m;
    m.type = NodeType::kUnion;
    m.name = national;
    m.rule = "rule:national_union_of_local";
    m.confidence = 0.7;
    const KnownEntity* known = Gazetteer::Get().Known(NormKey(national));
    if (known != nullptr && known->type == NodeType::kUnion) {
      m.name = known->name;
      m.known = true;
      m.known_aliases = known->aliases;
    }
    Evidence ev = evidence;
    ev.extractor = m.rule;
    ev.confidence = m.confidence;
    return table_.AddTyped(m, ev);
  }

  // "Teamsters Local 952", "Amalgamated Transit Union Local 113": a local is
  // affiliated with the national union its name starts with.
  void AffiliateLocals() {
    size_t count = table_.entities().size();
    for (size_t i = 0; i < count; ++i) {
      const ArticleEntity& local = table_.entities()[i];
      if (local.type != NodeType::kUnion || local.merged_into >= 0 || local.evidence.empty()) continue;
      size_t at = local.name.rfind(" Local ");
      if (at == std::string::npos || at == 0 || at + 7 >= local.name.size() ||
          !std::isdigit(static_cast<unsigned char>(local.name[at + 7]))) {
        continue;
      }
      std::string national = local.name.substr(0, at);
      if (!national.empty() && national.back() == ',') national.pop_back();
      bool acronym = std::none_of(national.begin(), national.end(), [](char c) { return c == ' ' || std::islower(c); });
      if (acronym && Gazetteer::Get().Known(NormKey(national)) == nullptr) continue;  // "TWU Local 100": which TWU?
      Evidence evidence = local.evidence.front();
      int parent = NationalUnion(national, evidence);
      if (parent < 0 || parent == static_cast<int>(i)) continue;
      for (const SentenceWork& w : work_) {
        if (w.sentence.start > evidence.start || evidence.start >= w.sentence.end) continue;
        relations_.push_back({static_cast<int>(i), parent, EdgeType::kAffiliatedWith, "",
                              "rule:local_of_national_union", 0.7, w.sentence.start, w.sentence.end});
        break;
      }
    }
  }

  // The union (not a global federation) each section is about, or -1: with
  // `dominant` false only when the section names just one union; with
  // `dominant` true also when one union has at least twice the mentions of
  // any other.
  std::vector<int> MainUnions(bool dominant) {
    const auto& entities = table_.entities();
    std::vector<std::map<int, int>> counts(sections_.size());
    for (const SentenceWork& w : work_) {
      for (const PlacedMention& p : w.placed) {
        if (p.type != NodeType::kUnion) continue;
        if (!relwords::IsFederation(entities[p.entity])) ++counts[w.section][p.entity];
      }
    }
    std::vector<int> out;
    for (const auto& c : counts) {
      int best = -1, first = 0, second = 0;
      for (auto [entity, n] : c) {
        if (n > first) { second = first; first = n; best = entity; }
        else if (n > second) { second = n; }
      }
      bool clear = c.size() == 1 || (dominant && first >= 2 * second);
      out.push_back(clear ? best : -1);
    }
    return out;
  }

  // The most-mentioned country of each section (ties: first seen).
  std::vector<int> MainCountries() {
    std::vector<std::map<int, int>> counts(sections_.size());
    for (const SentenceWork& w : work_) {
      for (const PlacedMention& p : w.placed) if (p.type == NodeType::kCountry) ++counts[w.section][p.entity];
    }
    std::map<int, int> whole;
    for (const auto& c : counts) for (auto [k, v] : c) whole[k] += v;
    auto best = [](const std::map<int, int>& c) {
      int b = -1, n = 0;
      for (auto [k, v] : c) if (v > n) { b = k; n = v; }
      return b;
    };
    std::vector<int> out;
    for (const auto& c : counts) out.push_back(c.empty() ? best(whole) : best(c));
    return out;
  }

  // Up to three sentences before `w` in its section, nearest last.
  std::vector<const Sentence*> EarlierInSection(const SentenceWork& w) const {
    std::vector<const Sentence*> out;
    for (size_t i = static_cast<size_t>(&w - work_.data()); i > 0 && out.size() < 3; --i) {
      if (work_[i - 1].section != w.section) break;
      out.insert(out.begin(), &work_[i - 1].sentence);
    }
    return out;
  }

  // Labour relevance of the whole article (the "relevance" part), recorded when tracing.
  void JudgeRelevance() {
    const model::LinearModel* part = bundle_.Part(model::kRelevancePart);
    if (part == nullptr && trace_ == nullptr) return;
    std::vector<const Sentence*> sentences;
    sentences.reserve(work_.size());
    for (const SentenceWork& w : work_) sentences.push_back(&w.sentence);
    model::FeatureIds features;
    model::RelevanceFeatures(sentences, work_.empty() ? 0 : 1, table_.entities(), &features);
    if (trace_ != nullptr) {
      trace_->relevance_features.push_back(std::move(features));
      return;
    }
    size_t words = 0;
    for (const Sentence* s : sentences) words += s->tokens.size();
    labour_ = model::JudgedLabour(part, features, words);
  }

  // An article not about labour: no cases; union nodes only with strong evidence.
  void Gate() {
    cases_.clear();
    const auto& entities = table_.entities();
    dropped_.assign(entities.size(), false);
    for (size_t i = 0; i < entities.size(); ++i) {
      dropped_[i] = entities[i].type == NodeType::kUnion && !model::StrongUnionEvidence(entities[i]);
    }
    relations_.erase(std::remove_if(relations_.begin(), relations_.end(),
                                    [&](const RelationFact& r) { return dropped_[r.source] || dropped_[r.target]; }),
                     relations_.end());
  }

  // The date each section's case dates resolve against: its own date, else (an undated text) the
  // year of the latest date with a year that the section states — "on August 26" in a text whose
  // latest date is "May 2019" is 2019-08-26; a year only, since the text may have been written
  // months after that date.
  std::vector<std::string> CaseReferenceDates() const {
    std::vector<std::string> out;
    for (const Section& s : sections_) out.push_back(s.date);
    std::vector<std::string> latest(sections_.size());
    for (const SentenceWork& w : work_) {
      if (!sections_[w.section].date.empty()) continue;
      for (const DateMention& d : FindDates(w.sentence.tokens)) {
        if (d.date.year == 0 || d.date.relative) continue;
        latest[w.section] = std::max(latest[w.section], ResolveDate(d.date, ""));
      }
    }
    for (size_t k = 0; k < out.size(); ++k) if (out[k].empty()) out[k] = latest[k].substr(0, 4);
    return out;
  }

  void FindAll() {
    std::vector<std::string> case_dates = CaseReferenceDates();
    std::vector<int> main_country = MainCountries();
    std::vector<int> main_union = MainUnions(false);
    std::vector<int> dominant_union = MainUnions(true);
    const auto& entities = table_.entities();
    std::set<int> managers, unionists;
    std::vector<bool> labour_section(sections_.size(), false);
    for (const SentenceWork& w : work_) {
      for (const PlacedMention& p : w.placed) labour_section[w.section] = labour_section[w.section] || p.type == NodeType::kUnion;
    }
    MentionCounts counts;
    for (const SentenceWork& w : work_) counts.AddSentence(w.placed);
    int paragraph_country = -1, paragraph_union = -1;
    uint32_t previous_end = 0;
    size_t previous_section = static_cast<size_t>(-1);
    for (const SentenceWork& w : work_) {
      bool new_paragraph = in_.text.find('\n', previous_end) < w.sentence.start;
      if (new_paragraph) paragraph_country = paragraph_union = -1;
      previous_end = w.sentence.end;
      int context_union = paragraph_union >= 0 ? paragraph_union : main_union[w.section];
      size_t first_new = relations_.size();
      int relation_union = paragraph_union >= 0 ? paragraph_union : dominant_union[w.section];
      FindRelations(w.sentence, w.placed, entities, relation_union, relations_);
      ReviewRelations(w.sentence, w.placed, entities, relation_union, relation_model_, first_new, &relations_,
                      trace_ != nullptr ? &traced_relations_ : nullptr, &counts);
      for (size_t r_index = first_new; r_index < relations_.size(); ++r_index) {
        const RelationFact& r = relations_[r_index];
        if (r.type != EdgeType::kHasRole) continue;
        if (entities[r.target].type == NodeType::kCompany) managers.insert(r.source);
        if (entities[r.target].type == NodeType::kUnion) unionists.insert(r.source);
      }
      CaseContext ctx{case_dates[w.section], main_country[w.section], paragraph_country,
                      labour_section[w.section], context_union, w.section, &managers, &unionists,
                      reviewer_.liberal()};
      size_t first_case = cases_.size();
      FindCases(w.sentence, in_.text, w.placed, entities, ctx, cases_);
      if (cases_.size() > first_case) {
        model::CaseView view;
        view.sentence = &w.sentence;
        view.mentions = &w.placed;
        view.entities = &entities;
        view.first_sentence = w.section != previous_section;
        view.labour_section = labour_section[w.section];
        reviewer_.Review(view, first_case, &cases_);
        for (size_t c = first_case; c < cases_.size(); ++c) {
          if (!cases_[c].date.empty()) continue;
          cases_[c].date = FallbackDate(EarlierInSection(w), case_dates[w.section]);
          cases_[c].date_guessed = true;
        }
      }
      previous_section = w.section;
      for (const PlacedMention& p : w.placed) {
        if (p.type == NodeType::kCountry) paragraph_country = p.entity;
        if (p.type == NodeType::kUnion && !relwords::IsFederation(entities[p.entity])) paragraph_union = p.entity;
      }
    }
    MergeSameEvents(entities, in_.text, cases_);
  }

  // Appends this article's entities, relation candidates and relation facts to `trace`.
  void RecordRelationTrace(model::RelationTrace& trace) {
    int base = static_cast<int>(trace.entities.size());
    for (const ArticleEntity& e : table_.entities()) {
      trace.entities.emplace_back(e.keys.begin(), e.keys.end());
      std::sort(trace.entities.back().begin(), trace.entities.back().end());
    }
    for (model::TracedRelationCandidate& c : traced_relations_) {
      for (model::TracedRelation& o : c.outcomes) o.source += base, o.target += base;
      trace.candidates.push_back(std::move(c));
    }
    for (const RelationFact& r : relations_) {
      if (r.rule != kModelRelationRule) trace.patterns.push_back({r.source + base, r.target + base, r.type, r.start});
    }
  }

  Evidence SentenceEvidence(uint32_t start, uint32_t end, const std::string& rule, double conf) {
    Evidence e;
    e.start = start;
    e.end = end;
    e.sentence = in_.text.substr(start, end - start);
    e.extractor = rule;
    e.confidence = conf;
    return e;
  }

  // The name of the article's most-mentioned country (ties: first seen), or "".
  std::string ArticleCountry() {
    std::map<int, int> counts;
    for (const SentenceWork& w : work_) {
      for (const PlacedMention& p : w.placed) if (p.type == NodeType::kCountry) ++counts[p.entity];
    }
    int best = -1, n = 0;
    for (auto [k, v] : counts) if (v > n) { best = k; n = v; }
    return best < 0 ? "" : table_.entities()[best].name;
  }

  void Build(DocumentFacts& facts) {
    const auto& entities = table_.entities();
    const std::string jurisdiction = ArticleCountry();
    keys_.resize(entities.size());
    for (size_t i = 0; i < entities.size(); ++i) {
      const ArticleEntity& e = entities[i];
      if (e.merged_into >= 0 || (!dropped_.empty() && dropped_[i])) continue;
      NodeFact nf;
      nf.node.type = e.type;
      nf.node.name = e.name;
      nf.node.aliases = e.aliases;
      nf.node.key = EntityKey(e.type, e.name);
      if (e.type == NodeType::kOrganization && e.inner_country.empty() && !jurisdiction.empty() &&
          IsGenericBodyName(e.name)) {
        SetJurisdiction(nf.node, jurisdiction);  // "Supreme Court": one per country
      }
      nf.node.properties["mentions"] = e.mentions;
      nf.evidence = e.evidence;
      keys_[i] = nf.node.key;
      facts.nodes.push_back(std::move(nf));
    }
    std::map<EdgeKey, size_t> seen;
    for (const RelationFact& r : relations_) {
      EdgeFact ef;
      ef.edge.source = keys_[r.source];
      ef.edge.target = keys_[r.target];
      ef.edge.type = r.type;
      if (!r.role.empty()) ef.edge.properties["role"] = r.role;
      ef.edge.key = EdgeKeyFor(ef.edge.source, r.type, ef.edge.target);
      Evidence ev = SentenceEvidence(r.start, r.end, r.rule, r.confidence);
      auto [it, fresh] = seen.emplace(ef.edge.key, facts.edges.size());
      if (!fresh) {
        auto& existing = facts.edges[it->second].evidence;
        if (existing.size() < 4 && existing.back().start != ev.start) existing.push_back(ev);
        continue;
      }
      ef.evidence.push_back(std::move(ev));
      facts.edges.push_back(std::move(ef));
    }
    for (const CaseFact& c : cases_) AddCase(facts, c, seen);
  }

  // The sentences of case `c` that named `entity` (at most 4), else its first sentence (a
  // participant the rules took from the section).
  std::vector<Evidence> ParticipantEvidence(const CaseFact& c, int entity) {
    std::vector<Evidence> out;
    for (const CaseSentence& s : c.sentences) {
      if (out.size() >= 4) break;
      if (std::find(s.participants.begin(), s.participants.end(), entity) == s.participants.end()) continue;
      out.push_back(SentenceEvidence(s.start, s.end, s.rule, s.confidence));
    }
    if (out.empty()) out.push_back(SentenceEvidence(c.start, c.end, c.rule, c.confidence));
    return out;
  }

  void AddCase(DocumentFacts& facts, const CaseFact& c, std::map<EdgeKey, size_t>& seen) {
    const auto& entities = table_.entities();
    std::vector<std::string> names;
    for (int v : (c.victims.empty() ? c.perpetrators : c.victims)) names.push_back(entities[v].name);
    std::sort(names.begin(), names.end());
    std::string identity = "case|" + c.kind + "|" + c.date;
    std::string who;
    for (const std::string& n : names) {
      identity += "|" + NormKey(n);
      who += (who.empty() ? "" : ", ") + n;
    }
    NodeFact nf;
    nf.node.type = NodeType::kCase;
    nf.node.key = RawNodeKey(NodeType::kCase, identity);
    std::string kind_words = c.kind;
    std::replace(kind_words.begin(), kind_words.end(), '_', ' ');
    nf.node.name = kind_words + " of " + who + (c.date.empty() ? "" : ", " + c.date);
    nf.node.properties["kind"] = c.kind;
    nf.node.properties["date"] = c.date.empty() ? nlohmann::json() : nlohmann::json(c.date);
    nf.node.properties["summary"] = c.summary;
    nf.node.properties["country"] = c.country >= 0 ? nlohmann::json(entities[c.country].name)
                                    : c.country_name.empty() ? nlohmann::json() : nlohmann::json(c.country_name);
    nf.evidence.push_back(SentenceEvidence(c.start, c.end, c.rule, c.confidence));
    for (const CaseSentence& s : c.sentences) {
      if (s.start != c.start) nf.evidence.push_back(SentenceEvidence(s.start, s.end, s.rule, s.confidence));
    }
    NodeKey key = nf.node.key;
    for (const NodeFact& existing : facts.nodes) if (existing.node.key == key) return;
    facts.nodes.push_back(std::move(nf));
    auto edge = [&](int entity, EdgeType type) {
      EdgeFact ef;
      ef.edge.source = key;
      ef.edge.target = keys_[entity];
      ef.edge.type = type;
      ef.edge.key = EdgeKeyFor(key, type, ef.edge.target);
      if (!seen.emplace(ef.edge.key, facts.edges.size()).second) return;
      ef.evidence = ParticipantEvidence(c, entity);
      facts.edges.push_back(std::move(ef));
    };
    for (int v : c.victims) edge(v, EdgeType::kVictim);
    for (int p : c.perpetrators) edge(p, EdgeType::kPerpetrator);
    for (int x : c.concerns) edge(x, EdgeType::kConcerns);
    if (c.country >= 0) edge(c.country, EdgeType::kInCountry);
  }

  const ArticleInput& in_;
  const model::ModelBundle& bundle_;
  model::ExtractionTrace* trace_;
  model::CaseReviewer reviewer_;
  const model::LinearModel* relation_model_;  // the "relations" part, or null (patterns only)
  std::vector<model::TracedRelationCandidate> traced_relations_;
  bool labour_ = true;
  std::vector<bool> dropped_;  // entities the relevance gate removed
  std::vector<Section> sections_;
  std::vector<SentenceWork> work_;
  EntityTable table_;
  std::vector<RelationFact> relations_;
  std::vector<CaseFact> cases_;
  std::vector<NodeKey> keys_;
};

}  // namespace

DocumentFacts ExtractFacts(const ArticleInput& article) {
  return ArticleExtraction(article, model::ModelBundle::Default(), nullptr).Run();
}

DocumentFacts ExtractFacts(const ArticleInput& article, const model::ModelBundle& model,
                           model::ExtractionTrace* trace) {
  return ArticleExtraction(article, model, trace).Run();
}

}  // namespace lkg::ingest
