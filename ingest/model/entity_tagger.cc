#include "ingest/model/entity_tagger.h"

#include <algorithm>
#include <limits>
#include <random>

#include "ingest/entities/span_rules.h"
#include "ingest/entities/word_lists.h"
#include "ingest/model/entity_gold.h"

namespace lkg::ingest::model {
namespace {

constexpr float kForbidden = -std::numeric_limits<float>::infinity();

bool IsAnchor(const Token& t) { return t.word && (t.upper || t.caps); }

// Lower-case words and marks that may sit inside a name between capitalised words.
bool IsJoiner(const Token& t) {
  static const std::string_view kWords[] = {"of", "and", "for", "the", "de", "del", "della", "des", "du",
                                            "la", "le", "el", "van", "von", "der", "den", "da", "do",
                                            "dos", "y", "et", "in", "on", "at"};
  if (!t.word) return t.text == "'" || t.text == "&" || t.text == "-" || t.text == "." || t.text == "," ||
                      t.text == "'s" || t.text == "\u2019";
  if (t.lower.size() > 5 || t.upper || t.caps) return false;
  for (std::string_view w : kWords) if (t.lower == w) return true;
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

// The allowed previous labels of each label (I-X: only B-X and I-X); the start is row n of `allowed`.
std::vector<std::vector<uint8_t>> Predecessors(const std::vector<bool>& allowed, size_t n) {
  std::vector<std::vector<uint8_t>> from(n);
  for (size_t l = 0; l < n; ++l) {
    for (size_t p = 0; p < n; ++p) if (allowed[p * n + l]) from[l].push_back(static_cast<uint8_t>(p));
  }
  return from;
}

// The best allowed tag path of `length` tokens into `path`.
void ViterbiInto(const float* emissions, size_t length, const std::vector<float>& transitions,
                 const std::vector<bool>& allowed, const std::vector<std::vector<uint8_t>>& from, size_t n, int* path) {
  if (length == 0) return;
  if (length == 1) {  // a lone capitalised word: the best allowed first tag
    int best = 0;
    float best_score = emissions[0] + transitions[n * n];
    for (size_t l = 1; l < n; ++l) {
      float s = emissions[l] + transitions[n * n + l];
      if (allowed[n * n + l] && s > best_score) { best = static_cast<int>(l); best_score = s; }
    }
    path[0] = best;
    return;
  }
  thread_local std::vector<float> score;
  thread_local std::vector<uint8_t> back;
  score.assign(length * n, kForbidden);
  back.assign(length * n, 0);
  for (size_t l = 0; l < n; ++l) {
    if (allowed[n * n + l]) score[l] = emissions[l] + transitions[n * n + l];
  }
  for (size_t k = 1; k < length; ++k) {
    const float* prev = score.data() + (k - 1) * n;
    for (size_t l = 0; l < n; ++l) {
      float best = kForbidden;
      uint8_t arg = 0;
      for (uint8_t p : from[l]) {
        float s = prev[p] + transitions[p * n + l];
        if (s > best) { best = s; arg = p; }
      }
      if (best == kForbidden) continue;
      score[k * n + l] = best + emissions[k * n + l];
      back[k * n + l] = arg;
    }
  }
  int best = 0;
  for (size_t l = 1; l < n; ++l) {
    if (score[(length - 1) * n + l] > score[(length - 1) * n + best]) best = static_cast<int>(l);
  }
  for (size_t k = length; k-- > 0;) {
    path[k] = best;
    best = back[k * n + best];
  }
}

std::vector<int> Viterbi(const float* emissions, size_t length, const std::vector<float>& transitions,
                         const std::vector<bool>& allowed, const std::vector<std::vector<uint8_t>>& from, size_t n) {
  std::vector<int> path(length, 0);
  ViterbiInto(emissions, length, transitions, allowed, from, n, path.data());
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

void TrainSequence(const Sequence& seq, const std::vector<bool>& allowed,
                   const std::vector<std::vector<uint8_t>>& from, PerceptronTrainer* trainer) {
  const LinearModel& current = trainer->current();
  const size_t n = current.labels().size();
  std::vector<float> emissions(seq.gold.size() * n), scores;
  for (size_t k = 0; k < seq.gold.size(); ++k) {
    current.Score(seq.features[k], &scores);
    std::copy(scores.begin(), scores.end(), emissions.begin() + k * n);
  }
  std::vector<int> predicted = Viterbi(emissions.data(), seq.gold.size(), TransitionScores(current), allowed, from, n);
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

// The training report of `model` on its own `sequences` (defined below the tagger it decodes with).
EntityTrainingReport ReportOn(const LinearModel& model, const std::vector<Sequence>& sequences);

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
    // "The", "However", "In" opening a sentence: no name unless a name follows it.
    if (spans::AtSentenceStart(t, i) && (t[i].lower == "the" || words::IsSentenceOpener(t[i].norm)) &&
        (i + 1 >= t.size() || !IsAnchor(t[i + 1]))) {
      ++i;
      continue;
    }
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
      allowed_(AllowedTransitions(model_->labels())),
      from_(Predecessors(allowed_, model_->labels().size())) {
  size_t slots = 16;
  while (slots < 2 * model.feature_count()) slots *= 2;
  slot_keys_.assign(slots, 0);
  slot_rows_.assign(slots, nullptr);
  model.ForEachRow([&](uint32_t feature, const float* row) {
    if (feature == 0) {
      zero_feature_row_ = row;
      return;
    }
    size_t k = (feature * 2654435761u) & (slots - 1);
    while (slot_keys_[k] != 0) k = (k + 1) & (slots - 1);
    slot_keys_[k] = feature;
    slot_rows_[k] = row;
  });
}

void EntityTagger::Score(const FeatureIds& features, float* scores) const {
  const size_t n = model_->labels().size();
  const size_t mask = slot_keys_.size() - 1;
  std::fill(scores, scores + n, 0.0f);
  for (uint32_t f : features) {
    const float* row = nullptr;
    if (f == 0) {
      row = zero_feature_row_;
    } else {
      for (size_t k = (f * 2654435761u) & mask; slot_keys_[k] != 0; k = (k + 1) & mask) {
        if (slot_keys_[k] == f) { row = slot_rows_[k]; break; }
      }
    }
    if (row == nullptr) continue;
    for (size_t l = 0; l < n; ++l) scores[l] += row[l];
  }
}

std::vector<int> EntityTagger::Decode(const std::vector<float>& emissions, size_t length) const {
  return Viterbi(emissions.data(), length, transitions_, allowed_, from_, model_->labels().size());
}

EntityTagger::Tagging EntityTagger::Tag(const SentenceView& view) const {
  const size_t n = model_->labels().size();
  const size_t size = view.sentence->tokens.size();
  Tagging out;
  out.tags.assign(size, 0);
  out.scores.assign(size * n, 0.0f);
  out.in_run.assign(size, false);
  thread_local FeatureIds features;
  for (auto [first, end] : CandidateRuns(*view.sentence)) {
    for (size_t k = first; k < end; ++k) {
      TokenFeatures(view, k, &features);
      Score(features, out.scores.data() + k * n);
      out.in_run[k] = true;
    }
    ViterbiInto(out.scores.data() + first * n, end - first, transitions_, allowed_, from_, n, out.tags.data() + first);
  }
  return out;
}

std::vector<TaggedSpan> EntityTagger::Tagging::Spans() const {
  const auto& labels = EntityTagLabels();
  const size_t n = labels.size();
  std::vector<TaggedSpan> out;
  for (size_t i = 0; i < tags.size();) {
    if (tags[i] == 0) { ++i; continue; }
    size_t end = i + 1;
    while (end < tags.size() && tags[end] == tags[i] + 1) ++end;
    TaggedSpan span;
    span.first = i;
    span.end = end;
    span.type = ParseNodeType(TypeOf(labels[tags[i]])).value_or(NodeType::kOrganization);
    for (size_t k = i; k < end; ++k) span.margin += scores[k * n + tags[k]] - scores[k * n];
    span.margin /= static_cast<double>(end - i);
    out.push_back(span);
    i = end;
  }
  return out;
}

double EntityTagger::Tagging::OMargin(size_t first, size_t end) const {
  const size_t n = EntityTagLabels().size();
  double sum = 0.0;
  for (size_t k = first; k < end; ++k) {
    if (!in_run[k]) return -std::numeric_limits<double>::infinity();
    const float* row = scores.data() + k * n;
    sum += row[0] - *std::max_element(row + 1, row + n);
  }
  return end > first ? sum / static_cast<double>(end - first) : 0.0;
}

namespace {

EntityTrainingReport ReportOn(const LinearModel& model, const std::vector<Sequence>& sequences) {
  const EntityTagger tagger(model);
  const size_t n = model.labels().size();
  EntityTrainingReport report;
  report.sequences = sequences.size();
  size_t tokens = 0, right = 0;
  std::vector<float> emissions, scores;
  for (const Sequence& seq : sequences) {
    emissions.assign(seq.gold.size() * n, 0.0f);
    for (size_t k = 0; k < seq.gold.size(); ++k) {
      model.Score(seq.features[k], &scores);
      std::copy(scores.begin(), scores.end(), emissions.begin() + k * n);
    }
    std::vector<int> tags = tagger.Decode(emissions, seq.gold.size());
    for (size_t k = 0; k < tags.size(); ++k) right += tags[k] == seq.gold[k];
    tokens += tags.size();
  }
  report.token_accuracy = tokens == 0 ? 0.0 : static_cast<double>(right) / static_cast<double>(tokens);
  return report;
}

}  // namespace

Result<LinearModel> TrainEntityTagger(const std::vector<AnnotatedArticle>& articles,
                                      const EntityTrainingOptions& options, EntityTrainingReport* report) {
  std::vector<Sequence> sequences;
  size_t spans = 0;
  LKG_RETURN_IF_ERROR(CollectSequences(articles, &sequences, &spans));
  if (spans == 0) return Status::InvalidArgument("no gold entity name found in the text of any training article");
  PerceptronTrainer trainer(EntityTagLabels());
  const std::vector<bool> allowed = AllowedTransitions(EntityTagLabels());
  const auto from = Predecessors(allowed, EntityTagLabels().size());
  std::vector<size_t> order(sequences.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::mt19937 rng(options.seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
    for (size_t k : order) TrainSequence(sequences[k], allowed, from, &trainer);
  }
  LinearModel model = trainer.Averaged();
  if (report != nullptr) *report = ReportOn(model, sequences);
  return model;
}

}  // namespace lkg::ingest::model
