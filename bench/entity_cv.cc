// Cross-validation of the entity tagger inside one annotated folder (the
// train split only: never point it at a test or held-out set). Splits the
// articles into K folds; for each fold trains the tagger on the others and
// ingests the fold's texts with it into one store (DB), so every article is
// extracted by a model that never saw it. Prints span-level P/R/F1 of the
// rule recogniser alone, the tagger alone and the combination; the node
// scores come from `lkg export` + score.py on DB (bench/entity_cv.sh).
//
// With --eval OTHER, trains once on all of DIR and ingests OTHER's texts
// instead (e.g. the dev set; score.py then scores OTHER).
//
// With --save FILE, trains once on all of DIR and writes the model to FILE.
//
// Usage: entity_cv DIR DB [--eval OTHER] [--save FILE] [--folds K] [--combine rules|add|retype|veto|all|replace|tagger]
//                        [--epochs N] [--retype-margin X] [--veto-margin X] [--replace-margin X] [--acronym-margin X]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/graph_store.h"
#include "ingest/ingest_record.h"
#include "ingest/model/annotated_article.h"
#include "ingest/model/entity_gold.h"
#include "ingest/model/entity_tagger.h"
#include "ingest/model/mention_combiner.h"
#include "ingest/model/model_bundle.h"

namespace {

using namespace lkg::ingest::model;  // NOLINT: a benchmark's own file
using SpanSet = std::set<std::tuple<size_t, size_t, size_t, int>>;  // sentence, first, end, B- tag

struct Counts {
  size_t tp = 0, pred = 0, gold = 0;
  void Add(const SpanSet& p, const SpanSet& g) {
    pred += p.size();
    gold += g.size();
    for (const auto& s : p) tp += g.count(s);
  }
  void Print(const char* label) const {
    double pr = pred ? double(tp) / pred : 0, rc = gold ? double(tp) / gold : 0;
    std::printf("  %-22s P=%.3f R=%.3f F1=%.3f (tp=%zu pred=%zu gold=%zu)\n", label, pr, rc,
                pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0.0, tp, pred, gold);
  }
};

void AddTagSpans(size_t s, const std::vector<int>& tags, SpanSet* out) {
  for (size_t i = 0; i < tags.size();) {
    if (tags[i] == 0) { ++i; continue; }
    size_t e = i + 1;
    while (e < tags.size() && tags[e] == tags[i] + 1) ++e;
    out->insert({s, i, e, tags[i] % 2 == 1 ? tags[i] : tags[i] - 1});
    i = e;
  }
}

int BTag(const lkg::ingest::Mention& m) {
  if (!m.type) return -1;
  const auto& labels = EntityTagLabels();
  std::string b = "B-" + std::string(lkg::NodeTypeName(*m.type));
  for (size_t k = 0; k < labels.size(); ++k) if (labels[k] == b) return static_cast<int>(k);
  return -1;
}

void AddMentionSpans(size_t s, const std::vector<lkg::ingest::Mention>& ms, SpanSet* out) {
  for (const auto& m : ms) if (BTag(m) > 0) out->insert({s, m.first, m.end, BTag(m)});
}

// "tagger" (the default options), or a weaker design to compare against.
CombineOptions ParseCombine(const std::string& mode) {
  CombineOptions o;
  if (mode == "tagger") return o;
  o.add = mode != "rules";
  o.type_untyped = mode != "rules" && mode != "add";
  o.retype = mode == "retype" || mode == "all";
  o.veto = mode == "veto" || mode == "all";
  o.replace = mode == "replace";
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: entity_cv DIR DB [--folds K] [--combine MODE] [--epochs N]\n");
    return 2;
  }
  std::string dir = argv[1], db = argv[2], mode = "tagger", eval_dir, save_path;
  size_t folds = 5;
  EntityTrainingOptions train_options;
  double retype_margin = -1, veto_margin = -1, replace_margin = -1, acronym_margin = -1;
  for (int i = 3; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--folds") folds = std::stoul(value);
    else if (flag == "--eval") eval_dir = value;
    else if (flag == "--save") save_path = value;
    else if (flag == "--combine") mode = value;
    else if (flag == "--epochs") train_options.epochs = std::stoi(value);
    else if (flag == "--retype-margin") retype_margin = std::stod(value);
    else if (flag == "--veto-margin") veto_margin = std::stod(value);
    else if (flag == "--replace-margin") replace_margin = std::stod(value);
    else if (flag == "--acronym-margin") acronym_margin = std::stod(value);
  }
  CombineOptions combine = ParseCombine(mode);
  if (retype_margin >= 0) combine.retype_margin = retype_margin;
  if (veto_margin >= 0) combine.veto_margin = veto_margin;
  if (replace_margin >= 0) combine.replace_margin = replace_margin;
  if (acronym_margin >= 0) combine.acronym_margin = acronym_margin;
  int missing = 0;
  auto articles = ReadAnnotatedFolder(dir, &missing);
  if (!articles.ok()) { std::fprintf(stderr, "%s\n", articles.status().message().c_str()); return 1; }
  if (!save_path.empty()) {
    auto model = TrainEntityTagger(*articles, train_options);
    if (!model.ok()) { std::fprintf(stderr, "%s\n", model.status().message().c_str()); return 1; }
    std::ofstream(save_path, std::ios::binary) << model->Serialize();
    std::printf("entity_cv: trained on %zu articles, %zu features, saved to %s\n", articles->size(),
                model->feature_count(), save_path.c_str());
    return 0;
  }
  auto store = lkg::GraphStore::Open(db, lkg::IngestStoreOptions());
  if (!store.ok()) { std::fprintf(stderr, "%s\n", store.status().message().c_str()); return 1; }
  // The default model's other parts, with each fold's tagger (none for --combine rules).
  ModelBundle bundle = ModelBundle::Default();
  bundle.set_combine_options(combine);
  lkg::ingest::Ingester ingester(**store, &bundle);
  Counts rules, tagger_only, combined;
  double train_seconds = 0;
  std::vector<AnnotatedArticle> others;
  if (!eval_dir.empty()) {
    auto read = ReadAnnotatedFolder(eval_dir, nullptr);
    if (!read.ok()) { std::fprintf(stderr, "%s\n", read.status().message().c_str()); return 1; }
    others = std::move(*read);
    folds = 1;
  }
  for (size_t f = 0; f < folds; ++f) {
    std::vector<AnnotatedArticle> train, held;
    for (size_t k = 0; k < articles->size(); ++k) {
      ((folds > 1 && k % folds == f) ? held : train).push_back((*articles)[k]);
    }
    if (!eval_dir.empty()) held = others;
    auto t0 = std::chrono::steady_clock::now();
    auto model = TrainEntityTagger(train, train_options);
    train_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!model.ok()) { std::fprintf(stderr, "%s\n", model.status().message().c_str()); return 1; }
    const EntityTagger tagger(*model);
    if (mode == "rules") {
      bundle.RemovePart(kEntitiesPart);
    } else if (lkg::Status set = bundle.SetPart(std::string(kEntitiesPart), *model); !set.ok()) {
      std::fprintf(stderr, "%s\n", set.message().c_str());
      return 1;
    }
    for (const AnnotatedArticle& a : held) {
      auto gold = TagGold(a);
      if (!gold.ok()) continue;
      const GoldTaggedArticle& g = **gold;
      for (size_t s = 0; s < g.sentences.size(); ++s) {
        SpanSet gs, rs, ts, cs;
        AddTagSpans(s, g.gold[s], &gs);
        auto mentions = lkg::ingest::FindMentions(g.sentences[s], g.context);
        AddMentionSpans(s, mentions, &rs);
        AddTagSpans(s, tagger.Tags(MakeSentenceView(g.sentences[s], g.context, mentions)), &ts);
        CombineMentions(g.sentences[s], g.context, tagger, combine, &mentions);
        AddMentionSpans(s, mentions, &cs);
        rules.Add(rs, gs);
        tagger_only.Add(ts, gs);
        combined.Add(cs, gs);
      }
      lkg::ingest::InputRecord r;
      r.origin = a.path;
      r.body = a.text;
      auto outcome = ingester.Ingest(r);
      if (!outcome.ok()) std::fprintf(stderr, "%s: %s\n", a.path.c_str(), outcome.status().message().c_str());
    }
  }
  std::printf("entity_cv: %zu articles (%d without text), %zu folds, combine=%s, epochs=%d, training %.2f s\n",
              articles->size(), missing, folds, mode.c_str(), train_options.epochs, train_seconds);
  std::printf("span level (exact extent and type, against gold names aligned to the text):\n");
  rules.Print("rules");
  tagger_only.Print("tagger");
  combined.Print("combined");
  return 0;
}
