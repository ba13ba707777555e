#include "ingest/model/case_training.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "ingest/ingest_record.h"
#include "ingest/model/extraction_trace.h"
#include "ingest/text/norm_key.h"

namespace lkg::ingest::model {
namespace {

const std::vector<std::string> kCaseLabels = {"none",         "arrest",        "detention",          "imprisonment",
                                              "dismissal",    "union_busting", "refusal_to_bargain", "violence",
                                              "death",        "court_ruling",  "strike_ban",         "legislation",
                                              "other"};
const std::vector<std::string> kRoleLabels = {"none", "victim", "perpetrator", "concerns"};

// The trace of extracting `record` with `bundle`; an empty trace when the text is rejected.
ExtractionTrace TraceOf(const InputRecord& record, const ModelBundle& bundle) {
  ExtractionTrace trace;
  (void)ExtractRecord(record, &bundle, &trace);
  return trace;
}

// A gold case as sets of normalised keys per role.
struct GoldKeys {
  std::string kind;
  std::set<std::string> victims, perpetrators, concerns;
};

std::vector<GoldKeys> GoldCaseKeys(const AnnotatedArticle& a) {
  std::unordered_map<std::string, std::vector<std::string>> keys;  // node name → keys
  for (const GoldNode& n : a.nodes) {
    std::vector<std::string>& k = keys[n.name];
    k.push_back(NormKey(n.name));
    for (const std::string& alias : n.aliases) k.push_back(NormKey(alias));
  }
  auto add = [&](const std::vector<std::string>& names, std::set<std::string>* into) {
    for (const std::string& name : names) {
      auto it = keys.find(name);
      if (it == keys.end()) into->insert(NormKey(name));
      else into->insert(it->second.begin(), it->second.end());
    }
  };
  std::vector<GoldKeys> out;
  for (const GoldCase& c : a.cases) {
    GoldKeys g{c.kind, {}, {}, {}};
    add(c.victims, &g.victims);
    add(c.perpetrators, &g.perpetrators);
    add(c.unions, &g.concerns);
    add(c.companies, &g.concerns);
    out.push_back(std::move(g));
  }
  return out;
}

bool Shares(const std::vector<std::string>& keys, const std::set<std::string>& gold) {
  for (const std::string& k : keys) if (gold.count(k)) return true;
  return false;
}

// Does the candidate match gold case `g` as the scorer would, kind aside?
bool ParticipantsMatch(const TracedCase& c, const GoldKeys& g) {
  for (const TracedParticipant& p : c.participants) {
    if (p.role == "none") continue;
    if (Shares(p.keys, g.victims) || Shares(p.keys, g.perpetrators)) return true;
  }
  return false;
}

// The gold case each candidate stands for (-1: none): one of its own kind
// that shares a victim or perpetrator with it.
std::vector<int> LabelCandidates(const std::vector<TracedCase>& cands, const std::vector<GoldKeys>& gold) {
  std::vector<int> label(cands.size(), -1);
  for (size_t i = 0; i < cands.size(); ++i) {
    for (size_t g = 0; g < gold.size() && label[i] < 0; ++g) {
      if (gold[g].kind == cands[i].kind && ParticipantsMatch(cands[i], gold[g])) label[i] = static_cast<int>(g);
    }
  }
  return label;
}

int RoleLabel(const TracedParticipant& p, const GoldKeys& g) {
  if (Shares(p.keys, g.victims)) return 1;
  if (Shares(p.keys, g.perpetrators)) return 2;
  if (Shares(p.keys, g.concerns)) return 3;
  return 0;
}

int KindIndex(const std::string& kind) {
  auto it = std::find(kCaseLabels.begin(), kCaseLabels.end(), kind);
  return it == kCaseLabels.end() ? 0 : static_cast<int>(it - kCaseLabels.begin());
}

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * x);
  return buf;
}

}  // namespace

Result<PartReport> TrainRelevancePart(const TrainingSet& data, const TrainOptions& options, ModelBundle* bundle) {
  PartReport report{std::string(kRelevancePart), 0, 0.0, ""};
  if (data.other_texts.empty()) {
    report.note = "not trained: no not-labour texts (--not-labour FILE)";
    return report;
  }
  std::vector<std::pair<FeatureIds, int>> examples;
  auto add = [&](const InputRecord& r, int label) {
    for (FeatureIds& f : TraceOf(r, *bundle).relevance_features) examples.emplace_back(std::move(f), label);
  };
  for (const AnnotatedArticle& a : data.articles) add(RecordOf(a), 0);
  for (const InputRecord& r : data.labour_texts) add(r, 0);
  for (const InputRecord& r : data.other_texts) add(r, 1);
  report.examples = examples.size();
  bundle->SetPart(report.part,
                  TrainPerceptron({"labour", "not_labour"}, examples, options, report.part, &report.train_accuracy));
  return report;
}

Result<PartReport> TrainCasesPart(const TrainingSet& data, const TrainOptions& options, ModelBundle* bundle) {
  PartReport report{std::string(kCasesPart), 0, 0.0, ""};
  std::vector<std::pair<FeatureIds, int>> cases, roles;
  for (const AnnotatedArticle& a : data.articles) {
    ExtractionTrace trace = TraceOf(RecordOf(a), *bundle);
    std::vector<GoldKeys> gold = GoldCaseKeys(a);
    std::vector<int> label = LabelCandidates(trace.cases, gold);
    for (size_t i = 0; i < trace.cases.size(); ++i) {
      TracedCase& c = trace.cases[i];
      cases.emplace_back(std::move(c.features), label[i] < 0 ? 0 : KindIndex(gold[label[i]].kind));
      if (label[i] < 0) continue;
      for (TracedParticipant& p : c.participants) {
        if (p.is_country || p.features.empty()) continue;
        roles.emplace_back(std::move(p.features), RoleLabel(p, gold[label[i]]));
      }
    }
  }
  report.examples = cases.size();
  if (cases.empty()) {
    report.note = "not trained: the annotated articles give no case candidate";
    return report;
  }
  bundle->SetPart(report.part, TrainPerceptron(kCaseLabels, cases, options, report.part, &report.train_accuracy));
  if (!roles.empty()) {
    double accuracy = 0.0;
    bundle->SetPart(std::string(kCaseRolesPart),
                    TrainPerceptron(kRoleLabels, roles, options, std::string(kCaseRolesPart), &accuracy));
    report.note = "case_roles: " + std::to_string(roles.size()) + " examples, training accuracy " + Percent(accuracy);
  }
  return report;
}

}  // namespace lkg::ingest::model
