#include "ingest/model/entity_tagger.h"

#include <algorithm>
#include <limits>
#include <random>

#include "ingest/model/entity_gold.h"

namespace lkg::ingest::model {
namespace {

constexpr float kForbidden = -std::numeric_limits<float>::infinity();

bool IsAnchor(const Token& t) { return t.word && (t.upper || t.caps); }

// Lower-case words and marks that may sit inside a name between capitalised words.
bool IsJoiner(const Token& t) {
  static const char* kWords[] = {"of", "and", "for", "the", "de", "del", "della", "des", "du", "la", "le", "el",
                                 "van", "von", "der", "den", "da", "do", "dos", "y", "et", "in", "on", "at", "'s"};
  if (!t.word) return t.text == "'" || t.text == "&" || t.text == "-" || t.text == "." || t.text == "," ||
                      t.text == "'s" || t.text == "\u2019";
  for (const char* w : kWords) if (t.lower == w) return true;
  return false;
}

std::string_view TypeOf(const std::string& label) { return std::string_view(label).substr(2); }

// Index of the transition row for previous label `p` (labels.size() = start).
std::vector<float> TransitionScores(const LinearModel& model) {
  const auto& labels = model.labels();
  const size_t n = labels.size();
  std::vector<float> out((n + 1) * n, 0.0f);
  for (size_t p = 0; p <= n; ++p) {
    const float* row = model.Row(TransitionFeature(p == n ? "<s>" : labels[p]));
    if (row != nullptr) std::copy(row, row + n, out.begin() + p * n);
  }
  return out;
}

std::vector<bool> AllowedTransitions(const std::vector<std::string>& labels) {
  const size_t n = labels.size();
  std::vector<bool> out((n + 1) * n, true);
  for (size_t p = 0; p <= n; ++p) {
    for (size_t l = 0; l < n; ++l) {
      if (labels[l][0] != 'I') continue;
      out[p * n + l] = p < n && labels[p] != "O" && TypeOf(labels[p]) == TypeOf(labels[l]);
    }
  }
  return out;
}

std::vector<int> Viterbi(const std::vector<float>& emissions, size_t length, const std::vector<float>& transitions,
                         const std::vector<bool>& allowed, size_t n) {
  std::vector<float> score(length * n, kForbidden);
  std::vector<int> back(length * n, 0);
  for (size_t l = 0; l < n; ++l) {
    if (allowed[n * n + l]) score[l] = emissions[l] + transitions[n * n + l];
  }
  for (size_t k = 1; k < length; ++k) {
    for (size_t l = 0; l < n; ++l) {
      float best = kForbidden;
      int arg = 0;
      for (size_t p = 0; p < n; ++p) {
        if (!allowed[p * n + l] || score[(k - 1) * n + p] == kForbidden) continue;
        float s = score[(k - 1) * n + p] + transitions[p * n + l];
        if (s > best) { best = s; arg = static_cast<int>(p); }
      }
      if (best == kForbidden) continue;
      score[k * n + l] = best + emissions[k * n + l];
      back[k * n + l] = arg;
    }
  }
  std::vector<int> path(length, 0);
  if (length == 0) return path;
  int best = 0;
  for (size_t l = 1; l < n; ++l) {
    if (score[(length - 1) * n + l] > score[(length - 1) * n + best]) best = static_cast<int>(l);
  }
  for (size_t k = length; k-- > 0;) {
    path[k] = best;
    best = back[k * n + best];
  }
  return path;
}

// One training sequence: a candidate run's token features and gold tags.
struct Sequence {
  std::vector<FeatureIds> features;
  std::vector<int> gold;
};

// Gold tags of a run: a span cut by the run's start begins there (B-).
std::vector<int> RunGold(const std::vector<int>& gold, size_t first, size_t end) {
  std::vector<int> out(gold.begin() + first, gold.begin() + end);
  for (size_t k = 0; k < out.size(); ++k) {
    bool inside = out[k] > 0 && out[k] % 2 == 0;  // I- tags have even indices
    if (inside && (k == 0 || (out[k - 1] != out[k] && out[k - 1] != out[k] - 1))) out[k] -= 1;
  }
  return out;
}

Status CollectSequences(const std::vector<AnnotatedArticle>& articles, std::vector<Sequence>* out,
                        size_t* spans) {
  for (const AnnotatedArticle& article : articles) {
    Result<std::unique_ptr<GoldTaggedArticle>> tagged = TagGold(article);
    if (!tagged.ok()) return tagged.status();
    const GoldTaggedArticle& a = **tagged;
    for (size_t s = 0; s < a.sentences.size(); ++s) {
      const Sentence& sentence = a.sentences[s];
      SentenceView view = MakeSentenceView(sentence, a.context, FindMentions(sentence, a.context));
      for (auto [first, end] : CandidateRuns(sentence)) {
        Sequence seq;
        seq.gold = RunGold(a.gold[s], first, end);
        for (size_t k = first; k < end; ++k) {
          seq.features.emplace_back();
          TokenFeatures(view, k, &seq.features.back());
        }
        for (int g : seq.gold) *spans += g > 0 && g % 2 == 1;
        out->push_back(std::move(seq));
      }
    }
  }
  return Status::Ok();
}

void TrainSequence(const Sequence& seq, const std::vector<bool>& allowed, PerceptronTrainer* trainer) {
  const LinearModel& current = trainer->current();
  const size_t n = current.labels().size();
  std::vector<float> emissions(seq.gold.size() * n), scores;
  for (size_t k = 0; k < seq.gold.size(); ++k) {
    current.Score(seq.features[k], &scores);
    std::copy(scores.begin(), scores.end(), emissions.begin() + k * n);
  }
  std::vector<int> predicted = Viterbi(emissions, seq.gold.size(), TransitionScores(current), allowed, n);
  for (size_t k = 0; k < seq.gold.size(); ++k) {
    const int gold = seq.gold[k], pred = predicted[k];
    const std::string& gold_prev = k == 0 ? "<s>" : current.labels()[seq.gold[k - 1]];
    const std::string& pred_prev = k == 0 ? "<s>" : current.labels()[predicted[k - 1]];
    if (gold != pred) {
      trainer->Update(seq.features[k], gold, 1.0f);
      trainer->Update(seq.features[k], pred, -1.0f);
    }
    if (gold != pred || gold_prev != pred_prev) {
      trainer->Update({TransitionFeature(gold_prev)}, gold, 1.0f);
      trainer->Update({TransitionFeature(pred_prev)}, pred, -1.0f);
    }
  }
  trainer->Tick();
}

}  // namespace

const std::vector<std::string>& EntityTagLabels() {
  static const std::vector<std::string> labels = {
      "O",        "B-union",   "I-union",  "B-company",      "I-company",     "B-country",
      "I-country", "B-person", "I-person", "B-organization", "I-organization"};
  return labels;
}

bool IsEntityTagModel(const LinearModel& model) { return model.labels() == EntityTagLabels(); }

std::vector<std::pair<size_t, size_t>> CandidateRuns(const Sentence& sentence) {
  const std::vector<Token>& t = sentence.tokens;
  std::vector<std::pair<size_t, size_t>> runs;
  for (size_t i = 0; i < t.size();) {
    if (!IsAnchor(t[i])) { ++i; continue; }
    size_t end = i + 1;
    for (size_t j = i + 1; j < t.size();) {
      if (IsAnchor(t[j]) || t[j].number) { end = ++j; continue; }
      if (!IsJoiner(t[j])) break;
      size_t k = j + 1;
      while (k < t.size() && k < j + 3 && IsJoiner(t[k])) ++k;
      if (k < t.size() && IsAnchor(t[k])) { j = k; continue; }
      break;
    }
    runs.emplace_back(i, end);
    i = end;
  }
  return runs;
}

EntityTagger::EntityTagger(const LinearModel& model)
    : model_(&model),
      transitions_(TransitionScores(*model_)),
      allowed_(AllowedTransitions(model_->labels())) {}

std::vector<int> EntityTagger::Decode(const std::vector<float>& emissions, size_t length) const {
  return Viterbi(emissions, length, transitions_, allowed_, model_->labels().size());
}

std::vector<int> EntityTagger::Tags(const SentenceView& view) const {
  const size_t n = model_->labels().size();
  std::vector<int> tags(view.sentence->tokens.size(), 0);
  FeatureIds features;
  std::vector<float> emissions, scores;
  for (auto [first, end] : CandidateRuns(*view.sentence)) {
    emissions.assign((end - first) * n, 0.0f);
    for (size_t k = first; k < end; ++k) {
      TokenFeatures(view, k, &features);
      model_->Score(features, &scores);
      std::copy(scores.begin(), scores.end(), emissions.begin() + (k - first) * n);
    }
    std::vector<int> path = Decode(emissions, end - first);
    std::copy(path.begin(), path.end(), tags.begin() + first);
  }
  return tags;
}

std::vector<TaggedSpan> EntityTagger::Spans(const SentenceView& view) const {
  // Margins need the emissions again; tagging is cheap enough to score twice.
  std::vector<int> tags = Tags(view);
  const auto& labels = model_->labels();
  std::vector<TaggedSpan> out;
  FeatureIds features;
  std::vector<float> scores;
  for (size_t i = 0; i < tags.size();) {
    if (tags[i] == 0) { ++i; continue; }
    size_t end = i + 1;
    while (end < tags.size() && tags[end] == tags[i] + 1) ++end;
    TaggedSpan span;
    span.first = i;
    span.end = end;
    span.type = ParseNodeType(TypeOf(labels[tags[i]])).value_or(NodeType::kOrganization);
    for (size_t k = i; k < end; ++k) {
      TokenFeatures(view, k, &features);
      model_->Score(features, &scores);
      span.margin += scores[tags[k]] - scores[0];
    }
    span.margin /= static_cast<double>(end - i);
    out.push_back(span);
    i = end;
  }
  return out;
}

Result<LinearModel> TrainEntityTagger(const std::vector<AnnotatedArticle>& articles,
                                      const EntityTrainingOptions& options) {
  std::vector<Sequence> sequences;
  size_t spans = 0;
  LKG_RETURN_IF_ERROR(CollectSequences(articles, &sequences, &spans));
  if (spans == 0) return Status::InvalidArgument("no gold entity name found in the text of any training article");
  PerceptronTrainer trainer(EntityTagLabels());
  const std::vector<bool> allowed = AllowedTransitions(EntityTagLabels());
  std::vector<size_t> order(sequences.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::mt19937 rng(options.seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
    for (size_t k : order) TrainSequence(sequences[k], allowed, &trainer);
  }
  return trainer.Averaged();
}

}  // namespace lkg::ingest::model
