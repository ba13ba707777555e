#include "ingest/model/relation_training.h"

#include <algorithm>
#include <set>

#include "ingest/ingest_record.h"
#include "ingest/model/extraction_trace.h"
#include "ingest/relations/relation_candidates.h"
#include "ingest/relations/relation_review.h"
#include "ingest/text/norm_key.h"

namespace lkg::ingest::model {
namespace {

std::string_view EdgeName(EdgeType t) { return EdgeTypeName(t); }

bool Undirected(EdgeType t) { return t == EdgeType::kOrganizesAt || t == EdgeType::kLocatedIn; }

// The gold node index of each gold node name of `article`.
int GoldNodeNamed(const AnnotatedArticle& article, const std::string& name) {
  for (size_t k = 0; k < article.nodes.size(); ++k) {
    if (article.nodes[k].name == name) return static_cast<int>(k);
  }
  return -1;
}

}  // namespace

RelationTrace TraceRelations(const AnnotatedArticle& article, const ModelBundle& bundle) {
  ExtractionTrace trace;
  (void)ExtractRecord(RecordOf(article), &bundle, &trace);  // an unreadable text leaves the trace empty
  return std::move(trace.relations);
}

std::vector<std::vector<int>> AlignEntities(const AnnotatedArticle& article, const RelationTrace& trace) {
  std::vector<std::set<std::string>> gold_keys;
  for (const GoldNode& n : article.nodes) {
    std::set<std::string> keys{NormKey(n.name)};
    for (const std::string& a : n.aliases) keys.insert(NormKey(a));
    keys.erase("");
    gold_keys.push_back(std::move(keys));
  }
  std::vector<std::vector<int>> out(trace.entities.size());
  for (size_t e = 0; e < trace.entities.size(); ++e) {
    for (size_t g = 0; g < gold_keys.size(); ++g) {
      bool named = std::any_of(trace.entities[e].begin(), trace.entities[e].end(),
                               [&](const std::string& k) { return gold_keys[g].count(k) > 0; });
      if (named) out[e].push_back(static_cast<int>(g));
    }
  }
  return out;
}

bool IsGoldEdge(const AnnotatedArticle& article, const std::vector<std::vector<int>>& aligned,
                const TracedRelation& r) {
  for (const GoldEdge& e : article.edges) {
    if (e.type != EdgeName(r.type)) continue;
    int s = GoldNodeNamed(article, e.source), t = GoldNodeNamed(article, e.target);
    auto has = [&](int entity, int gold) {
      return std::find(aligned[entity].begin(), aligned[entity].end(), gold) != aligned[entity].end();
    };
    if (has(r.source, s) && has(r.target, t)) return true;
    if (Undirected(r.type) && has(r.source, t) && has(r.target, s)) return true;
  }
  return false;
}

std::vector<int> GoldRelationLabels(const AnnotatedArticle& article, const RelationTrace& trace) {
  std::vector<std::vector<int>> aligned = AlignEntities(article, trace);
  std::vector<int> out;
  for (const TracedRelationCandidate& c : trace.candidates) {
    int label = 0;
    for (size_t k = 0; k < c.labels.size() && label == 0; ++k) {
      if (IsGoldEdge(article, aligned, c.outcomes[k])) label = c.labels[k];
    }
    out.push_back(label);
  }
  return out;
}

LinearModel TrainRelationsOnTraces(const std::vector<RelationTrace>& traces,
                                   const std::vector<std::vector<int>>& labels, int epochs) {
  std::vector<std::pair<size_t, size_t>> order;
  for (size_t t = 0; t < traces.size(); ++t) {
    for (size_t c = 0; c < traces[t].candidates.size(); ++c) order.emplace_back(t, c);
  }
  PerceptronTrainer trainer(RelationLabels());
  uint64_t seed = 0x9e3779b97f4a7c15ull;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (size_t k = order.size(); k > 1; --k) {  // Fisher-Yates with a fixed LCG
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      std::swap(order[k - 1], order[(seed >> 33) % k]);
    }
    for (auto [t, c] : order) {
      const TracedRelationCandidate& cand = traces[t].candidates[c];
      int gold = labels[t][c];
      float margin = 0;
      int predicted = BestAllowedLabel(trainer.current(), cand.features, AllowedRelationLabels(cand.type), &margin);
      if (predicted != gold) {
        trainer.Update(cand.features, gold, 1.0f);
        trainer.Update(cand.features, predicted, -1.0f);
      }
      trainer.Tick();
    }
  }
  return trainer.Averaged();
}

Result<PartReport> TrainRelationsPart(const TrainingSet& data, const TrainOptions& options, ModelBundle* bundle) {
  PartReport report{std::string(kRelationsPart), 0, 0.0, ""};
  std::vector<RelationTrace> traces;
  std::vector<std::vector<int>> labels;
  for (const AnnotatedArticle& a : data.articles) {
    traces.push_back(TraceRelations(a, *bundle));
    labels.push_back(GoldRelationLabels(a, traces.back()));
    report.examples += traces.back().candidates.size();
  }
  if (report.examples == 0) {
    report.note = "not trained: the annotated articles give no relation candidate";
    return report;
  }
  LinearModel model = TrainRelationsOnTraces(traces, labels, kRelationEpochs);
  size_t right = 0;
  for (size_t t = 0; t < traces.size(); ++t) {
    for (size_t c = 0; c < traces[t].candidates.size(); ++c) {
      const TracedRelationCandidate& cand = traces[t].candidates[c];
      float margin = 0;
      right += BestAllowedLabel(model, cand.features, AllowedRelationLabels(cand.type), &margin) == labels[t][c];
    }
  }
  report.train_accuracy = static_cast<double>(right) / static_cast<double>(report.examples);
  if (options.progress) options.progress(report.part + ": " + std::to_string(kRelationEpochs) + " epochs");
  bundle->SetPart(report.part, std::move(model));
  return report;
}

}  // namespace lkg::ingest::model
