#include "ingest/model/case_features.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "ingest/model/model_resources.h"

namespace lkg::ingest::model {
namespace {

constexpr uint32_t kFnvBasis = 2166136261u;

uint32_t Extend(uint32_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

struct Cue {
  std::vector<std::string> words;
  std::string cls;
};

// case_cues.tsv indexed by first word.
const std::unordered_map<std::string, std::vector<Cue>>& Cues() {
  static const auto cues = [] {
    std::unordered_map<std::string, std::vector<Cue>> m;
    std::string_view data = LkgModelResource("case_cues.tsv");
    size_t pos = 0;
    while (pos < data.size()) {
      size_t eol = data.find('\n', pos);
      if (eol == std::string_view::npos) eol = data.size();
      std::string_view line = data.substr(pos, eol - pos);
      pos = eol + 1;
      size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
      Cue cue{{}, std::string(line.substr(0, tab))};
      std::string_view phrase = line.substr(tab + 1);
      while (!phrase.empty()) {
        size_t sp = phrase.find(' ');
        cue.words.emplace_back(phrase.substr(0, sp));
        phrase = sp == std::string_view::npos ? std::string_view() : phrase.substr(sp + 1);
      }
      if (!cue.words.empty()) m[cue.words[0]].push_back(std::move(cue));
    }
    return m;
  }();
  return cues;
}

bool PhraseAt(const std::vector<Token>& t, size_t i, const std::vector<std::string>& words) {
  if (i + words.size() > t.size()) return false;
  for (size_t k = 0; k < words.size(); ++k) if (t[i + k].lower != words[k]) return false;
  return true;
}

const char* TypeName(NodeType type) {
  switch (type) {
    case NodeType::kUnion: return "union";
    case NodeType::kCompany: return "company";
    case NodeType::kCountry: return "country";
    case NodeType::kPerson: return "person";
    case NodeType::kOrganization: return "org";
    default: return "other";
  }
}

std::string_view WordAt(const std::vector<Token>& t, long i) {
  if (i < 0) return "<s>";
  if (static_cast<size_t>(i) >= t.size()) return "</s>";
  return t[i].lower;
}

void CueFeatures(const CaseView& v, FeatureIds* out) {
  const auto& t = v.sentence->tokens;
  const std::string_view kind = v.fact->kind;
  for (size_t i = 0; i < t.size(); ++i) {
    auto it = Cues().find(t[i].lower);
    if (it == Cues().end()) continue;
    for (const Cue& cue : it->second) {
      if (!PhraseAt(t, i, cue.words)) continue;
      out->push_back(FeatureHash("cue=", cue.cls));
      out->push_back(FeatureHash("cue=", cue.cls, kind));
      if (v.trigger != std::string_view::npos && i < v.trigger && v.trigger - i <= 4) {
        out->push_back(FeatureHash("cue_near=", cue.cls));
      }
    }
  }
}

void WordFeatures(const CaseView& v, FeatureIds* out) {
  const auto& t = v.sentence->tokens;
  std::string_view previous = "<s>";
  for (const Token& x : t) {
    if (!x.word) continue;
    out->push_back(FeatureHash("w=", x.lower));
    out->push_back(Extend(Extend(FeatureHash("b=", previous), "|"), x.lower));
    previous = x.lower;
  }
  if (v.trigger == std::string_view::npos) return;
  const long at = static_cast<long>(v.trigger);
  for (long d = -3; d <= 3; ++d) {
    if (d == 0) continue;
    std::string_view w = WordAt(t, at + d);
    out->push_back(Extend(FeatureHash(d < 0 ? "wl=" : "wr=", w), v.fact->kind));
  }
  out->push_back(FeatureHash("trig=", t[v.trigger].lower));
  out->push_back(FeatureHash("trig=", t[v.trigger].lower, v.fact->kind));
}

void EntityFeatures(const CaseView& v, FeatureIds* out) {
  for (const PlacedMention& m : *v.mentions) {
    const char* type = TypeName(m.type);
    out->push_back(FeatureHash("e=", type));
    if (v.trigger != std::string_view::npos) {
      out->push_back(FeatureHash(m.first < v.trigger ? "e<" : "e>", type, v.fact->kind));
    }
  }
  const CaseFact& c = *v.fact;
  out->push_back(FeatureHash("victims=", c.victims.empty() ? "0" : "1", c.kind));
  out->push_back(FeatureHash("perps=", c.perpetrators.empty() ? "0" : "1", c.kind));
  for (int x : c.victims) out->push_back(FeatureHash("vt=", TypeName((*v.entities)[x].type), c.kind));
  for (int x : c.perpetrators) out->push_back(FeatureHash("pt=", TypeName((*v.entities)[x].type), c.kind));
}

}  // namespace

uint32_t FeatureHash(std::string_view a, std::string_view b, std::string_view c) {
  return Extend(Extend(Extend(kFnvBasis, a), b), c);
}

void CaseFeatures(const CaseView& v, FeatureIds* out) {
  const std::string_view kind = v.fact->kind;
  out->push_back(FeatureHash("bias"));
  out->push_back(FeatureHash("k=", kind));
  out->push_back(FeatureHash("rule=", v.rule_accepted ? "kept" : "dropped", kind));
  out->push_back(FeatureHash("labour_section=", v.labour_section ? "1" : "0", kind));
  if (v.first_sentence) out->push_back(FeatureHash("title|", kind));
  if (v.trigger == std::string_view::npos) out->push_back(FeatureHash("contextual|", kind));
  if (v.fact->weak) out->push_back(FeatureHash("weak|", kind));
  WordFeatures(v, out);
  EntityFeatures(v, out);
  CueFeatures(v, out);
}

void RoleFeatures(const CaseView& v, const PlacedMention& m, std::string_view rule_role, FeatureIds* out) {
  const auto& t = v.sentence->tokens;
  const char* type = TypeName(m.type);
  const std::string_view kind = v.fact->kind;
  out->push_back(FeatureHash("bias"));
  out->push_back(FeatureHash("type=", type));
  out->push_back(FeatureHash("type=", type, kind));
  out->push_back(FeatureHash("rule_role=", rule_role));
  out->push_back(Extend(FeatureHash("rule_role=", rule_role, "|"), type));
  out->push_back(FeatureHash("prev=", WordAt(t, static_cast<long>(m.first) - 1)));
  out->push_back(FeatureHash("prev2=", WordAt(t, static_cast<long>(m.first) - 2)));
  out->push_back(FeatureHash("next=", WordAt(t, static_cast<long>(m.end))));
  out->push_back(FeatureHash("next2=", WordAt(t, static_cast<long>(m.end) + 1)));
  if (v.trigger == std::string_view::npos) return;
  bool before = m.first < v.trigger;
  size_t distance = before ? v.trigger - m.first : m.first - v.trigger;
  const char* bucket = distance <= 2 ? "near" : distance <= 6 ? "mid" : "far";
  out->push_back(FeatureHash(before ? "side=before|" : "side=after|", type, kind));
  out->push_back(FeatureHash(before ? "dist<" : "dist>", bucket, type));
  bool passive = false;
  for (size_t k = v.trigger; k > 0 && k + 3 > v.trigger; --k) {
    const std::string& w = t[k - 1].lower;
    passive = passive || w == "was" || w == "were" || w == "been" || w == "be";
  }
  out->push_back(FeatureHash(before ? "before|passive=" : "after|passive=", passive ? "1" : "0", type));
}

void RelevanceFeatures(const std::vector<const Sentence*>& sentences, size_t title_sentences,
                       const std::vector<ArticleEntity>& entities, FeatureIds* out) {
  out->push_back(FeatureHash("bias"));
  for (size_t s = 0; s < sentences.size(); ++s) {
    const char* prefix = s < title_sentences ? "t=" : "w=";
    for (const Token& x : sentences[s]->tokens) {
      if (!x.word || x.number || x.lower.size() < 3) continue;
      out->push_back(FeatureHash(prefix, x.lower));
      if (s < title_sentences) out->push_back(FeatureHash("w=", x.lower));
    }
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  int counts[6] = {0, 0, 0, 0, 0, 0};
  for (const ArticleEntity& e : entities) {
    if (e.merged_into >= 0) continue;
    int i = e.type == NodeType::kUnion ? 0 : e.type == NodeType::kCompany ? 1 : e.type == NodeType::kPerson ? 2 : 3;
    ++counts[i];
    if (e.type == NodeType::kUnion && e.known) ++counts[4];
  }
  const char* names[] = {"unions=", "companies=", "persons=", "others=", "known_unions="};
  for (int i = 0; i < 5; ++i) {
    out->push_back(FeatureHash(names[i], counts[i] == 0 ? "0" : counts[i] == 1 ? "1" : counts[i] <= 3 ? "few" : "many"));
  }
}

}  // namespace lkg::ingest::model
