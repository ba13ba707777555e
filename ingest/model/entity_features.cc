#include "ingest/model/entity_features.h"

#include <cctype>

#include "ingest/entities/gazetteer.h"
#include "ingest/entities/span_rules.h"
#include "engine/schema.h"

namespace lkg::ingest::model {
namespace {

using Tokens = std::vector<Token>;

// FNV-1a over the concatenation of `parts`, equal to FeatureId(a + b + c).
uint32_t Fid(std::string_view a, std::string_view b = {}, std::string_view c = {}) {
  uint32_t h = 2166136261u;
  for (std::string_view part : {a, b, c}) {
    for (unsigned char ch : part) {
      h ^= ch;
      h *= 16777619u;
    }
  }
  return h;
}

// "Xx", "X", "x", "d", "Xx-Xx", "X.X.": letter classes with repeats collapsed.
std::string Shape(const Token& t) {
  std::string out;
  for (unsigned char c : t.text) {
    char k = c >= 0x80 ? 'u' : std::isupper(c) ? 'X' : std::islower(c) ? 'x' : std::isdigit(c) ? 'd' : static_cast<char>(c);
    if (k == 'u' && !out.empty() && (out.back() == 'x' || out.back() == 'X')) continue;  // accented letter inside a word
    if (out.empty() || out.back() != k) out.push_back(k);
  }
  if (out.size() > 6) out.resize(6);
  return out;
}

std::string_view Word(const Tokens& t, long i) {
  if (i < 0) return "<s>";
  if (static_cast<size_t>(i) >= t.size()) return "</s>";
  return t[i].lower;
}

}  // namespace

SentenceView MakeSentenceView(const Sentence& sentence, const MentionContext& context,
                              const std::vector<Mention>& mentions) {
  SentenceView view;
  view.sentence = &sentence;
  view.context = &context;
  const Tokens& t = sentence.tokens;
  view.rule_labels.assign(t.size(), "O");
  for (const Mention& m : mentions) {
    std::string type = m.type ? std::string(NodeTypeName(*m.type)) : m.person_shaped ? "pshape" : "untyped";
    for (size_t k = m.first; k < m.end && k < t.size(); ++k) view.rule_labels[k] = (k == m.first ? "B-" : "I-") + type;
  }
  view.gazetteer.assign(t.size(), "");
  for (size_t i = 0; i < t.size();) {
    const KnownEntity* e = nullptr;
    size_t end = spans::IsNameWord(t[i]) ? spans::PhraseAt(t, i, t.size(), &e) : 0;
    if (end == 0) { ++i; continue; }
    std::string kind = e->type == NodeType::kCountry ? "country" : "known:" + std::string(NodeTypeName(e->type));
    for (size_t k = i; k < end; ++k) view.gazetteer[k] = (k == i ? "B-" : "I-") + kind;
    i = end;
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
  const Gazetteer& g = Gazetteer::Get();
  const long k = static_cast<long>(i);
  out->push_back(Fid("b"));
  out->push_back(Fid("w=", tok.lower));
  out->push_back(Fid("s=", Shape(tok)));
  std::string_view lower = tok.lower;
  out->push_back(Fid("p3=", lower.substr(0, 3)));
  out->push_back(Fid("x3=", lower.size() > 3 ? lower.substr(lower.size() - 3) : lower));
  out->push_back(Fid("w-1=", Word(t, k - 1)));
  out->push_back(Fid("w+1=", Word(t, k + 1)));
  out->push_back(Fid("w-2=", Word(t, k - 2)));
  out->push_back(Fid("w+2=", Word(t, k + 2)));
  out->push_back(Fid("s-1=", k > 0 ? Shape(t[i - 1]) : "<s>"));
  out->push_back(Fid("s+1=", i + 1 < t.size() ? Shape(t[i + 1]) : "</s>"));
  out->push_back(Fid("r=", view.rule_labels[i]));
  out->push_back(Fid("r=", view.rule_labels[i], tok.upper ? "|U" : "|l"));
  if (i + 1 < t.size()) out->push_back(Fid("r+1=", view.rule_labels[i + 1]));
  if (i > 0) out->push_back(Fid("r-1=", view.rule_labels[i - 1]));
  if (!view.gazetteer[i].empty()) out->push_back(Fid("g=", view.gazetteer[i]));
  if (tok.word) {
    if (g.Demonym(tok.norm) != nullptr) out->push_back(Fid("demonym"));
    if (g.IsFirstName(tok.norm)) out->push_back(Fid("first"));
    if (g.IsLegalForm(tok.text)) out->push_back(Fid("legal"));
    if (g.IsUnionCue(tok.lower)) out->push_back(Fid("cue"));
    if (g.IsRole(tok.lower)) out->push_back(Fid("role"));
  }
  if (i + 1 < t.size() && t[i + 1].word) {
    if (g.IsLegalForm(t[i + 1].text)) out->push_back(Fid("legal+1"));
    if (g.IsRole(t[i + 1].lower)) out->push_back(Fid("role+1"));
  }
  if (i > 0 && t[i - 1].word && g.IsRole(t[i - 1].lower)) out->push_back(Fid("role-1"));
  if (i > 0 && t[i - 1].word && g.IsFirstName(t[i - 1].norm)) out->push_back(Fid("first-1"));
  if (spans::AtSentenceStart(t, i)) {
    out->push_back(Fid("start"));
    if (view.context->mid_sentence_caps.count(tok.lower)) out->push_back(Fid("start+midcap"));
  }
  if (view.title_like) out->push_back(Fid("title"));
  if (tok.caps) out->push_back(Fid("caps"));
}

uint32_t TransitionFeature(std::string_view previous) { return Fid("tr=", previous); }

}  // namespace lkg::ingest::model
