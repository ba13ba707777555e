#include "ingest/model/entity_features.h"

#include <cctype>

#include "ingest/entities/gazetteer.h"
#include "ingest/entities/span_rules.h"
#include "engine/schema.h"

namespace lkg::ingest::model {
namespace {

using Tokens = std::vector<Token>;

// FNV-1a of `s`.
constexpr uint32_t Hash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char ch : s) {
    h ^= static_cast<unsigned char>(ch);
    h *= 16777619u;
  }
  return h;
}

// The feature of template `tmpl` (a small number) with value hash `value`.
constexpr uint32_t Mix(uint32_t tmpl, uint32_t value) {
  uint32_t h = value ^ (tmpl * 0x9E3779B1u);
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  return h;
}

// A feature without a value ("b", "first", "role+1").
constexpr uint32_t Flag(std::string_view name) { return Mix(0, Hash(name)); }

enum Template : uint32_t { kWord = 1, kShape, kPrefix, kSuffix, kPrevWord, kNextWord, kPrevShape, kNextShape,
                           kRule, kNextRule, kPrevRule, kGazetteer, kTransition };

// The hash of the token's shape — "Xx", "X", "x", "d", "Xx-Xx", "X.X.": letter
// classes with repeats collapsed, at most 6 — computed without building it.
uint32_t ShapeHash(const Token& t) {
  uint32_t h = 2166136261u;
  char last = 0;
  size_t size = 0;
  for (unsigned char c : t.text) {
    char k = c >= 0x80 ? 'u' : std::isupper(c) ? 'X' : std::islower(c) ? 'x' : std::isdigit(c) ? 'd' : static_cast<char>(c);
    if (k == 'u' && (last == 'x' || last == 'X')) continue;  // accented letter inside a word
    if (size > 0 && last == k) continue;
    if (size == 6) break;
    h ^= static_cast<unsigned char>(k);
    h *= 16777619u;
    last = k;
    ++size;
  }
  return h;
}

enum Lexical : uint8_t { kDemonym = 1, kFirst = 2, kLegal = 4, kCue = 8, kRole = 16, kKnown = 128 };

// The gazetteer word flags of token i (looked up once per token and view).
uint8_t LexicalFlags(const SentenceView& view, size_t i) {
  uint8_t& flags = view.lexical[i];
  if (flags & kKnown) return flags;
  flags = kKnown;
  const Token& tok = view.sentence->tokens[i];
  if (!tok.word) return flags;
  const Gazetteer& g = Gazetteer::Get();
  if (tok.upper && g.Demonym(tok.norm) != nullptr) flags |= kDemonym;  // capitalised in English text
  if (tok.upper && g.IsFirstName(tok.norm)) flags |= kFirst;
  if ((tok.upper || tok.lower.size() <= 4) && g.IsLegalForm(tok.text)) flags |= kLegal;  // "Ltd", "plc"
  if (g.IsUnionCue(tok.lower)) flags |= kCue;
  if (g.IsRole(tok.lower)) flags |= kRole;
  return flags;
}

}  // namespace

namespace {

// "B-"/"I-" label strings that live as long as the program: index 0 B-, 1 I-.
std::string_view StaticLabel(std::string_view kind, bool begin) {
  static const std::vector<std::string> labels = [] {
    std::vector<std::string> out;
    for (const char* k : {"union", "company", "country", "person", "organization", "pshape", "untyped",
                          "known:union", "known:company", "known:country", "known:person", "known:organization"}) {
      out.push_back(std::string("B-") + k);
      out.push_back(std::string("I-") + k);
    }
    return out;
  }();
  for (size_t i = 0; i < labels.size(); i += 2) {
    if (std::string_view(labels[i]).substr(2) == kind) return labels[begin ? i : i + 1];
  }
  return "O";
}

// The hashes of token i (computed once per token and view); of "<s>"/"</s>" outside the sentence.
const SentenceView::TokenHashes& HashesOf(const SentenceView& view, long i) {
  static const SentenceView::TokenHashes kStart{Hash("<s>"), Hash("<s>"), Hash("<s>"), true};
  static const SentenceView::TokenHashes kEnd{Hash("</s>"), Hash("</s>"), Hash("</s>"), true};
  if (i < 0) return kStart;
  if (static_cast<size_t>(i) >= view.hashes.size()) return kEnd;
  SentenceView::TokenHashes& h = view.hashes[i];
  if (!h.done) {
    const Token& t = view.sentence->tokens[i];
    h.word = Hash(t.lower);
    h.shape = ShapeHash(t);
    h.rule = Hash(view.rule_labels[i]);
    h.done = true;
  }
  return h;
}

}  // namespace

SentenceView MakeSentenceView(const Sentence& sentence, const MentionContext& context,
                              const std::vector<Mention>& mentions) {
  SentenceView view;
  view.sentence = &sentence;
  view.context = &context;
  const Tokens& t = sentence.tokens;
  view.rule_labels.assign(t.size(), "O");
  view.gazetteer.assign(t.size(), "");
  view.lexical.assign(t.size(), 0);
  view.hashes.assign(t.size(), SentenceView::TokenHashes());
  for (const Mention& m : mentions) {
    std::string_view type = m.type ? NodeTypeName(*m.type) : m.person_shaped ? "pshape" : "untyped";
    std::string known = m.known && m.type && *m.type != NodeType::kCountry ? "known:" + std::string(type) : "";
    for (size_t k = m.first; k < m.end && k < t.size(); ++k) {
      view.rule_labels[k] = StaticLabel(type, k == m.first);
      if (m.known) view.gazetteer[k] = StaticLabel(known.empty() ? type : std::string_view(known), k == m.first);
    }
  }
  if (!t.empty()) {
    std::string_view last = t.back().text;
    view.title_like = !(last == "." || last == "!" || last == "?" || last == "\"" || last == ")");
  }
  return view;
}

void TokenFeatures(const SentenceView& view, size_t i, FeatureIds* out) {
  out->clear();
  const Tokens& t = view.sentence->tokens;
  const Token& tok = t[i];
  const long k = static_cast<long>(i);
  const SentenceView::TokenHashes& self = HashesOf(view, k);
  const SentenceView::TokenHashes& previous = HashesOf(view, k - 1);
  const SentenceView::TokenHashes& next = HashesOf(view, k + 1);
  std::string_view lower = tok.lower;
  out->push_back(Flag("b"));
  out->push_back(Mix(kWord, self.word));
  out->push_back(Mix(kShape, self.shape));
  out->push_back(Mix(kPrefix, Hash(lower.substr(0, 3))));
  out->push_back(Mix(kSuffix, Hash(lower.size() > 3 ? lower.substr(lower.size() - 3) : lower)));
  out->push_back(Mix(kPrevWord, previous.word));
  out->push_back(Mix(kNextWord, next.word));
  out->push_back(Mix(kPrevShape, previous.shape));
  out->push_back(Mix(kNextShape, next.shape));
  out->push_back(Mix(kRule, self.rule));
  if (i + 1 < t.size()) out->push_back(Mix(kNextRule, next.rule));
  if (i > 0) out->push_back(Mix(kPrevRule, previous.rule));
  if (!view.gazetteer[i].empty()) out->push_back(Mix(kGazetteer, Hash(view.gazetteer[i])));
  const uint8_t flags = LexicalFlags(view, i);
  if (flags & kDemonym) out->push_back(Flag("demonym"));
  if (flags & kFirst) out->push_back(Flag("first"));
  if (flags & kLegal) out->push_back(Flag("legal"));
  if (flags & kCue) out->push_back(Flag("cue"));
  if (flags & kRole) out->push_back(Flag("role"));
  if (i + 1 < t.size()) {
    const uint8_t after = LexicalFlags(view, i + 1);
    if (after & kLegal) out->push_back(Flag("legal+1"));
    if (after & kRole) out->push_back(Flag("role+1"));
  }
  if (i > 0) {
    const uint8_t before = LexicalFlags(view, i - 1);
    if (before & kRole) out->push_back(Flag("role-1"));
    if (before & kFirst) out->push_back(Flag("first-1"));
  }
  if (spans::AtSentenceStart(t, i)) {
    out->push_back(Flag("start"));
    if (view.context->mid_sentence_caps.count(tok.lower)) out->push_back(Flag("start+midcap"));
  }
  if (view.title_like) out->push_back(Flag("title"));
  if (tok.caps) out->push_back(Flag("caps"));
}

uint32_t TransitionFeature(std::string_view previous) { return Mix(kTransition, Hash(previous)); }

}  // namespace lkg::ingest::model
