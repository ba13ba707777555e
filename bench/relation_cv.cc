// Relation edges: patterns only vs the learned classifier vs both, on
// annotated folders. Cross-validation folds within the training folders
// (folds by the article URL's host, so a publisher stays in one fold), then
// the model trained on all of them scored on the training folders and on
// --test folders (measure only: totals, never per-article output).
// Usage: relation_cv [--folds K] TRAIN_DIR... [--test DIR...]
// Figures are per-article edge P/R/F1 (score.py's name matching without
// merging gold across files); bench/extraction.sh gives the product figure.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "bench/bench_util.h"
#include "ingest/model/annotated_article.h"
#include "ingest/model/relation_training.h"
#include "ingest/relations/relation_candidates.h"
#include "ingest/relations/relation_review.h"

namespace m = lkg::ingest::model;
using lkg::EdgeType;

namespace {

float g_margin = lkg::ingest::kRelationMargin;  // --margin: explore other thresholds

int g_epochs = m::kRelationEpochs;  // --epochs: explore

enum Mode { kPatterns, kClassifier, kCombined, kModes };
const char* kModeNames[] = {"patterns only", "classifier only", "combined"};

struct Counts {
  size_t tp = 0, pred = 0, gold = 0;
  void Add(const Counts& o) { tp += o.tp, pred += o.pred, gold += o.gold; }
  void Print(const char* label) const {
    double p = pred ? double(tp) / pred : 0, r = gold ? double(tp) / gold : 0, f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("  %-16s P %.3f  R %.3f  F1 %.3f   (tp %zu, pred %zu, gold %zu)\n", label, p, r, f, tp, pred, gold);
  }
};

struct Article {
  m::AnnotatedArticle gold;
  m::RelationTrace trace;
  std::vector<int> labels;
  int fold = 0;
};

using Key = std::tuple<int, int, int>;  // type, source, target (gold node or entity indexes)

Key Normal(EdgeType t, int s, int d) {
  if ((t == EdgeType::kOrganizesAt || t == EdgeType::kLocatedIn) && d < s) std::swap(s, d);
  return {static_cast<int>(t), s, d};
}

// Scores the entity-level edges `predicted` of one article against its gold edges.
Counts Score(const Article& a, const std::set<Key>& predicted) {
  auto aligned = m::AlignEntities(a.gold, a.trace);
  std::set<Key> gold, mapped;
  auto node = [&](const std::string& name) {
    for (size_t k = 0; k < a.gold.nodes.size(); ++k) if (a.gold.nodes[k].name == name) return static_cast<int>(k);
    return -1;
  };
  for (const auto& e : a.gold.edges) {
    for (EdgeType t : {EdgeType::kHasRole, EdgeType::kAffiliatedWith, EdgeType::kOrganizesAt, EdgeType::kSubsidiaryOf,
                       EdgeType::kLocatedIn}) {
      if (lkg::EdgeTypeName(t) == e.type) gold.insert(Normal(t, node(e.source), node(e.target)));
    }
  }
  Counts c;
  for (const auto& [type, s, d] : predicted) {
    if (aligned[s].empty() || aligned[d].empty()) { ++c.pred; continue; }
    Key best = Normal(EdgeType(type), aligned[s][0], aligned[d][0]);
    for (int gs : aligned[s]) for (int gd : aligned[d]) {
      Key k = Normal(EdgeType(type), gs, gd);
      if (gold.count(k)) best = k;
    }
    mapped.insert(best);
  }
  c.pred += mapped.size();
  for (const Key& k : mapped) c.tp += gold.count(k);
  c.gold = gold.size();
  return c;
}

// The edges of one article under `mode` with `model` (nullptr: patterns only).
std::set<Key> Predict(const Article& a, const m::LinearModel* model, Mode mode) {
  std::set<std::pair<int, int>> covered;
  for (const auto& c : a.trace.candidates) {
    for (const auto& o : c.outcomes) covered.insert({std::min(o.source, o.target), std::max(o.source, o.target)});
  }
  std::set<Key> out;
  std::set<std::pair<int, int>> joined;
  for (const auto& p : a.trace.patterns) {
    std::pair<int, int> pair{std::min(p.source, p.target), std::max(p.source, p.target)};
    if (mode == kClassifier && covered.count(pair)) continue;
    out.insert(Normal(p.type, p.source, p.target));
    joined.insert(pair);
  }
  if (mode == kPatterns || model == nullptr) return out;
  std::map<uint32_t, std::vector<lkg::ingest::ScoredRelation>> by_sentence;
  for (const auto& c : a.trace.candidates) {
    float margin = 0;
    int label = lkg::ingest::BestAllowedLabel(*model, c.features, lkg::ingest::AllowedRelationLabels(c.type), &margin);
    for (size_t k = 0; k < c.labels.size(); ++k) {
      if (c.labels[k] != label) continue;
      const auto& o = c.outcomes[k];
      lkg::ingest::ScoredRelation s;
      s.fact.source = o.source, s.fact.target = o.target, s.fact.type = o.type;
      s.margin = margin - (g_margin - lkg::ingest::kRelationMargin);  // --margin moves the threshold
      s.joined = mode == kCombined && joined.count({std::min(o.source, o.target), std::max(o.source, o.target)});
      by_sentence[c.sentence].push_back(s);
    }
  }
  if (mode == kCombined) {  // a role a pattern gave outranks the model's (as ReviewRelations)
    for (const auto& p : a.trace.patterns) {
      if (p.type != EdgeType::kHasRole) continue;
      lkg::ingest::ScoredRelation s;
      s.fact.source = p.source, s.fact.target = p.target, s.fact.type = p.type;
      s.joined = true;
      by_sentence[p.sentence].push_back(s);
    }
  }
  for (const auto& [sentence, scored] : by_sentence) {
    for (size_t k : lkg::ingest::ChooseModelRelations(scored)) {
      out.insert(Normal(scored[k].fact.type, scored[k].fact.source, scored[k].fact.target));
    }
  }
  return out;
}

m::LinearModel Train(const std::vector<const Article*>& articles) {
  std::vector<m::RelationTrace> traces;
  std::vector<std::vector<int>> labels;
  for (const Article* a : articles) traces.push_back(a->trace), labels.push_back(a->labels);
  return m::TrainRelationsOnTraces(traces, labels, g_epochs);
}

// The best any classifier could do on these candidates: every one labelled as gold says.
Counts Oracle(const std::vector<const Article*>& articles) {
  Counts total;
  for (const Article* a : articles) {
    std::set<Key> out;
    for (size_t c = 0; c < a->trace.candidates.size(); ++c) {
      const auto& cand = a->trace.candidates[c];
      for (size_t k = 0; k < cand.labels.size(); ++k) {
        if (cand.labels[k] == a->labels[c]) out.insert(Normal(cand.outcomes[k].type, cand.outcomes[k].source, cand.outcomes[k].target));
      }
    }
    total.Add(Score(*a, out));
  }
  return total;
}

// Why gold edges have no candidate, per edge type (training folders only).
void Misses(const std::vector<const Article*>& articles) {
  std::map<std::string, std::array<int, 4>> why;  // candidate, both found, one missing, both missing
  for (const Article* a : articles) {
    auto aligned = m::AlignEntities(a->gold, a->trace);
    auto entities_of = [&](const std::string& name) {
      std::set<int> out;
      for (size_t g = 0; g < a->gold.nodes.size(); ++g) {
        if (a->gold.nodes[g].name != name) continue;
        for (size_t e = 0; e < aligned.size(); ++e) {
          if (std::count(aligned[e].begin(), aligned[e].end(), int(g))) out.insert(int(e));
        }
      }
      return out;
    };
    for (const auto& e : a->gold.edges) {
      std::set<int> s = entities_of(e.source), t = entities_of(e.target);
      bool candidate = false;
      for (const auto& c : a->trace.candidates) {
        for (const auto& o : c.outcomes) {
          candidate = candidate || ((s.count(o.source) && t.count(o.target)) || (s.count(o.target) && t.count(o.source)));
        }
      }
      int k = candidate ? 0 : (!s.empty() && !t.empty()) ? 1 : (s.empty() != t.empty()) ? 2 : 3;
      ++why[e.type][k];
    }
  }
  std::printf("gold edges: with a candidate / both entities found, no candidate / one entity missing / both missing\n");
  for (const auto& [type, n] : why) std::printf("  %-16s %4d %4d %4d %4d\n", type.c_str(), n[0], n[1], n[2], n[3]);
}

void Report(const char* title, const std::vector<const Article*>& articles, const m::LinearModel* model) {
  std::printf("%s (%zu articles)\n", title, articles.size());
  for (int mode = 0; mode < kModes; ++mode) {
    Counts total;
    for (const Article* a : articles) total.Add(Score(*a, Predict(*a, model, Mode(mode))));
    total.Print(kModeNames[mode]);
  }
}

std::vector<Article> Load(const std::vector<std::string>& dirs, int folds) {
  std::vector<Article> out;
  for (const std::string& dir : dirs) {
    int missing = 0;
    auto read = m::ReadAnnotatedFolder(dir, &missing);
    if (!read.ok()) { std::fprintf(stderr, "relation_cv: %s\n", read.status().message().c_str()); std::exit(1); }
    for (auto& g : *read) {
      Article a;
      a.gold = std::move(g);
      a.trace = m::TraceRelations(a.gold, m::ModelBundle::Default());
      a.labels = m::GoldRelationLabels(a.gold, a.trace);
      std::string host = a.gold.url.substr(0, a.gold.url.find('/', a.gold.url.find("//") + 2));
      a.fold = static_cast<int>(m::FeatureId(host.empty() ? a.gold.path : host) % folds);
      out.push_back(std::move(a));
    }
  }
  return out;
}

std::vector<const Article*> Pointers(const std::vector<Article>& v, int fold, bool in) {
  std::vector<const Article*> out;
  for (const Article& a : v) if (fold < 0 || (a.fold == fold) == in) out.push_back(&a);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> train_dirs, test_dirs;
  int folds = 5;
  bool test = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--test") test = true;
    else if (arg == "--folds" && i + 1 < argc) folds = std::max(2, std::atoi(argv[++i]));
    else if (arg == "--margin" && i + 1 < argc) g_margin = std::stof(argv[++i]);
    else if (arg == "--epochs" && i + 1 < argc) g_epochs = std::atoi(argv[++i]);
    else (test ? test_dirs : train_dirs).push_back(arg);
  }
  if (train_dirs.empty()) { std::fprintf(stderr, "usage: relation_cv [--folds K] TRAIN_DIR... [--test DIR...]\n"); return 2; }
  auto start = std::chrono::steady_clock::now();
  std::vector<Article> train = Load(train_dirs, folds);
  std::printf("relation_cv: %zu training articles traced in %.1f s\n", train.size(), lkg::bench::Seconds(start));
  Oracle(Pointers(train, -1, true)).Print("candidate bound");
  Misses(Pointers(train, -1, true));
  Counts cv[kModes];
  for (int f = 0; f < folds; ++f) {
    m::LinearModel model = Train(Pointers(train, f, false));
    for (const Article* a : Pointers(train, f, true)) {
      for (int mode = 0; mode < kModes; ++mode) cv[mode].Add(Score(*a, Predict(*a, &model, Mode(mode))));
    }
  }
  std::printf("train split, %d-fold cross-validation (folds by publisher host)\n", folds);
  for (int mode = 0; mode < kModes; ++mode) cv[mode].Print(kModeNames[mode]);
  start = std::chrono::steady_clock::now();
  m::LinearModel model = Train(Pointers(train, -1, true));
  std::printf("model trained on all %zu articles in %.1f s (%zu features)\n", train.size(),
              lkg::bench::Seconds(start), model.feature_count());
  Report("train split, model trained on it", Pointers(train, -1, true), &model);
  if (!test_dirs.empty()) {
    std::vector<Article> held = Load(test_dirs, folds);
    Report("test split (measure only)", Pointers(held, -1, true), &model);
  }
  return 0;
}
