#include "ingest/entities/mentions.h"

#include <algorithm>

#include "ingest/text/norm_key.h"
#include "ingest/entities/gazetteer.h"
#include "ingest/entities/span_rules.h"
#include "ingest/entities/word_lists.h"
#include "ingest/rules/rules.h"

namespace lkg::ingest {
namespace {

using namespace spans;  // NOLINT: the span rules are this file's vocabulary
Mention MakeMention(const Tokens& t, size_t a, size_t b, const Typed& typed) {
  Mention m;
  if (typed.type && *typed.type != NodeType::kPerson) m.inner_country = InnerCountry(t, a, b);
  m.first = a;
  m.end = b;
  m.type = typed.type;
  m.name = std::string(Surface(t, a, b));
  m.rule = typed.rule;
  m.confidence = typed.confidence;
  return m;
}

Mention KnownMention(const Tokens& t, size_t a, size_t b, const KnownEntity* e) {
  Mention m;
  m.first = a;
  m.end = b;
  m.type = e->type;
  m.name = e->name;
  m.known = true;
  m.known_aliases = e->aliases;
  if (e->type != NodeType::kCountry) m.inner_country = InnerCountry(t, a, b);
  std::string surface(Surface(t, a, b));
  if (surface != e->name) m.known_aliases.push_back(surface);
  m.rule = e->type == NodeType::kCountry ? "rule:country_gazetteer" : "rule:known_entity";
  m.confidence = 0.95;
  return m;
}

// "Globex-owned", "Acme-backed": a name glued to an ownership suffix.
bool IsOwnerCompound(const std::string& lower) {
  for (std::string_view suffix : {"-owned", "-controlled", "-backed", "-run"}) {
    if (lower.size() > suffix.size() + 1 && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return true;
    }
  }
  return false;
}

class SentenceRecognizer {
 public:
  SentenceRecognizer(const Sentence& s, const MentionContext& ctx) : t_(s.tokens), ctx_(ctx) {}

  std::vector<Mention> Run() {
    for (size_t i = 0; i < t_.size();) {
      if (const KnownEntity* c = HyphenCountry(t_[i])) {
        Mention m = KnownMention(t_, i, i + 1, c);
        m.known_aliases = c->aliases;  // not the compound ("Chinese-owned")
        m.rule = "rule:country_adjective_compound";
        out_.push_back(std::move(m));
        ++i;
        continue;
      }
      if (!IsNameWord(t_[i])) { ++i; continue; }
      size_t j = ExtendSpan(t_, i);
      const KnownEntity* e = nullptr;
      size_t from = t_[i].lower == "the" && i + 1 < j ? i + 1 : i;  // "The People's Republic of China"
      size_t phrase = PhraseAt(t_, from, t_.size(), &e);
      if (phrase > j) {  // a gazetteer name with commas: "National Union of Rail, Maritime and Transport Workers"
        out_.push_back(KnownMention(t_, from, phrase, e));
        i = phrase;
        continue;
      }
      Span(i, j);
      i = j;
    }
    AttachAcronyms();
    return std::move(out_);
  }

 private:
  void Span(size_t a, size_t b) {
    // Drop sentence-opening function words and a leading "The".
    while (a < b && ((AtSentenceStart(t_, a) &&
                      (words::IsSentenceOpener(t_[a].norm) || words::IsPersonCueBefore(t_[a].norm)) &&
                      !ctx_.mid_sentence_caps.count(t_[a].lower)) ||
                     t_[a].lower == "the" || (t_[a].word && words::IsConnector(t_[a].lower) && !t_[a].upper))) {
      ++a;
    }
    // "Lufthansa-owned Germanwings": the owner compound is no part of the name.
    while (a + 1 < b && IsOwnerCompound(t_[a].lower)) ++a;
    // "Members of X", "Drivers of X" at a sentence start: the name is X.
    if (a + 2 < b && AtSentenceStart(t_, a) && t_[a + 1].lower == "of" && t_[a].lower.size() > 3 &&
        t_[a].lower.back() == 's' && !t_[a].caps && !ctx_.mid_sentence_caps.count(t_[a].lower)) {
      a += 2;
    }
    while (b > a && (!t_[b - 1].word || words::IsConnector(t_[b - 1].lower)) && t_[b - 1].text != ".") --b;
    if (a >= b) return;
    if (Gazetteer::Get().IsPlace(JoinNorm(t_, a, b))) return;  // "New Mexico", "Ontario": a place, no entity
    size_t tail = EnterpriseTail(t_, b);
    bool named_body = b - a >= 3 && words::IsOrgHead(t_[a].norm) && t_[a + 1].lower == "of";  // "Ministry of Labour"
    if (tail == b && AllGeneric(t_, a, b) && !IsKnownPhrase(a, b) && !named_body) return;
    if (tail > b) {
      out_.push_back(MakeMention(t_, a, tail, {NodeType::kCompany, "rule:enterprise_name", 0.75}));
      return;
    }
    if (SplitAtJoin(a, b)) return;
    if (Whole(a, b)) return;
    Split(a, b);
  }

  // "Chris Moyles of BBC Radio", "Sri Lankan Airlines and Finnair", "London Mayor Ken Livingstone":
  // two names joined; each is handled alone.
  bool SplitAtJoin(size_t a, size_t b) {
    for (size_t k = a + 1; k + 1 < b; ++k) {
      const std::string& w = t_[k].lower;
      bool left_person = LooksLikePersonName(t_, a, k) && k - a >= 2 &&
                         (Gazetteer::Get().IsFirstName(t_[a].norm) || ClassifyByName(t_, k + 1, b).type ||
                          IsKnownPhrase(k + 1, b));
      if (w == "of" && IsRoleTitle(a, k)) {  // "General Secretary of BEST", "CEO of Disney"
        Span(k + 1, b);
        return true;
      }
      if (w == "of" && left_person) {
        Span(a, k);
        Span(k + 1, b);
        return true;
      }
      if ((w == "and" || w == "&") && !IsKnownPhrase(a, b)) {
        Typed left = ClassifyByName(t_, a, k);
        // "MTA and TWU Local 100": a lone acronym is a name of its own.
        bool left_complete = left.type.has_value() || IsKnownPhrase(a, k) || AllGeneric(t_, a, k) ||
                             (k == a + 1 && t_[a].caps);
        if (left_complete && (k + 2 == b || ClassifyByName(t_, k + 1, b).type || t_[k + 1].caps ||
                              IsKnownPhrase(k + 1, b) || ClassifyByName(t_, a, b).type == left.type)) {
          if (!AllGeneric(t_, a, k)) Span(a, k);
          Span(k + 1, b);
          return true;
        }
      }
      if (t_[k].upper && words::IsPersonTitle(t_[k].norm) && k + 1 < b && LooksLikePersonName(t_, k + 1, b) &&
          (!ClassifyByName(t_, a, b).type || b - k >= 3) && !IsKnownPhrase(a, b)) {
        static const rules::WordSet& modifiers = rules::Words("entity_words.tsv", "title_modifier");
        bool modifier = modifiers.Has(t_[k - 1].norm);
        if (!AllGeneric(t_, a, k) && !modifier) Span(a, k);
        out_.push_back(MakeMention(t_, k + 1, b, {NodeType::kPerson, "rule:person_title", 0.85}));
        return true;
      }
    }
    return false;
  }

  // "General Secretary", "President", "Chief Executive": a position, not a name.
  bool IsRoleTitle(size_t a, size_t b) const {
    std::string phrase;
    for (size_t k = a; k < b; ++k) {
      if (!t_[k].word) return false;
      phrase += (phrase.empty() ? "" : " ") + t_[k].lower;
    }
    return Gazetteer::Get().IsRole(phrase) || (b - a == 1 && words::IsPersonTitle(t_[a].norm));
  }

  bool IsKnownPhrase(size_t a, size_t b) const {
    const KnownEntity* e = nullptr;
    return PhraseAt(t_, a, b, &e) == b;
  }

  // "the Korean government", "Turkish metalworkers' union", "a Chinese oil company".
  bool StateNounFollows(size_t b) const {
    static const rules::WordSet& heads = rules::Words("entity_words.tsv", "country_word_heads");
    for (size_t k = b; k < t_.size() && k < b + 3; ++k) {
      const Token& x = t_[k];
      if (x.text == "'") continue;
      if (!x.word || x.upper) return false;
      if (k == b && IsStateNoun(x.lower)) return true;
      if (heads.Has(x.lower)) return true;
    }
    return false;
  }

  // The whole span as one name; false when it must be split.
  bool Whole(size_t a, size_t b) {
    const KnownEntity* e = nullptr;
    if (PhraseAt(t_, a, b, &e) == b) {
      // A demonym alone is no country ("Korean workers"), unless a state noun follows.
      out_.push_back(KnownMention(t_, a, b, e));
      return true;
    }
    if (const KnownEntity* c = Gazetteer::Get().Demonym(JoinNorm(t_, a, b))) {
      if (StateNounFollows(b)) {
        Mention m = KnownMention(t_, a, b, c);
        m.known_aliases = c->aliases;  // "Korean" is no name of the country
        m.rule = "rule:country_adjective";
        m.confidence = 0.8;
        out_.push_back(std::move(m));
      }
      return true;
    }
    if (KnownPrefixThenSubpart(a, b)) return true;
    if (HasKnownSideOfAnd(a, b)) return false;
    Typed typed = ClassifyByName(t_, a, b);
    if (typed.type) {
      out_.push_back(MakeMention(t_, a, b, typed));
      return true;
    }
    return false;
  }

  // "IMF Regional Office", "IMF World Congress": the body itself, not a new one.
  bool KnownPrefixThenSubpart(size_t a, size_t b) {
    const KnownEntity* e = nullptr;
    size_t end = PhraseAt(t_, a, b, &e);
    if (end == 0 || end >= b || e->type == NodeType::kCountry) return false;
    for (size_t k = end; k < b; ++k) {
      if (t_[k].word && !words::IsSubpartWord(t_[k].norm) && !words::IsEventWord(t_[k].norm) &&
          !words::IsConnector(t_[k].norm)) {
        return false;
      }
    }
    out_.push_back(KnownMention(t_, a, end, e));
    return true;
  }

  // "European Parliament and Vice-President": split when one side of "and" is a known name.
  bool HasKnownSideOfAnd(size_t a, size_t b) {
    for (size_t k = a + 1; k + 1 < b; ++k) {
      if (t_[k].lower != "and" && t_[k].text != "&") continue;
      if (IsKnownPhrase(a, k) || IsKnownPhrase(k + 1, b)) return true;
    }
    return false;
  }

  void Split(size_t a, size_t b) {
    // Gazetteer phrases inside the span; what lies between is classified alone.
    size_t start = a;
    for (size_t i = a; i < b;) {
      const KnownEntity* e = nullptr;
      size_t end = PhraseAt(t_, i, b, &e);
      if (end == 0) { ++i; continue; }
      Rest(start, i);
      out_.push_back(KnownMention(t_, i, end, e));
      i = start = end;
    }
    Rest(start, b);
  }

  // A stretch with no gazetteer phrase: split at "and", then person/context typing.
  void Rest(size_t a, size_t b) {
    while (a < b && (!t_[a].word || words::IsConnector(t_[a].lower) || t_[a].lower == "the")) ++a;
    while (b > a && (!t_[b - 1].word || words::IsConnector(t_[b - 1].lower))) --b;
    if (a >= b) return;
    for (size_t k = a + 1; k + 1 < b; ++k) {
      if (t_[k].lower == "and" || t_[k].text == "&") {
        if (!ClassifyByName(t_, a, b).type) {
          Rest(a, k);
          Rest(k + 1, b);
          return;
        }
      }
    }
    if (AllGeneric(t_, a, b)) return;
    if (b - a == 1 && (words::IsNotName(t_[a].norm) || words::IsSentenceOpener(t_[a].norm) ||
                       words::IsOrgHead(t_[a].norm) || words::IsUnionHead(t_[a].norm) ||
                       words::IsBodyHead(t_[a].norm) || words::IsCompanyHead(t_[a].norm) ||
                       Gazetteer::Get().Demonym(t_[a].norm) != nullptr)) {
      return;
    }
    Typed typed = ClassifyByName(t_, a, b);
    bool lone_opener = b - a == 1 && AtSentenceStart(t_, a) && !ctx_.mid_sentence_caps.count(t_[a].lower);
    bool named_person = b - a >= 2 && LooksLikePersonName(t_, a, b) && Gazetteer::Get().IsFirstName(t_[a].norm);
    if (!typed.type && !lone_opener && !named_person) typed = ClassifyByContext(t_, a, b);
    if (!typed.type) {
      bool title = false;
      while (a + 2 <= b && words::IsPersonTitle(t_[a].norm) && t_[a].upper) {
        ++a;
        title = true;
      }
      if (a < b && t_[a].text == ".") ++a;
      typed = ClassifyPerson(t_, a, b, title || (a >= 1 && words::IsPersonTitle(t_[a - 1].norm)));
    }
    if (!typed.type && b - a > 4) return;
    Mention m = MakeMention(t_, a, b, typed);
    m.person_shaped = !typed.type && std::string_view(typed.rule) == "rule:person_name_shape";
    out_.push_back(std::move(m));
  }

  // A country takes an acronym only when the text defines it so: "People's
  // Republic of China (PRC)", not "Reserve Bank of India (RBI)". A longer
  // name the acronym spells ("Reserve Bank of India") replaces the pieces.
  bool DefinesCountry(Mention& m, const Token& acr) {
    if (!m.type || *m.type != NodeType::kCountry) return true;
    std::string acronym = NormKey(acr.text);
    acronym.erase(std::remove(acronym.begin(), acronym.end(), ' '), acronym.end());
    if (Initials(m.first, m.end, true) == acronym || Initials(m.first, m.end, false) == acronym) return true;
    for (size_t a = m.first; a-- > 0 && a + 8 > m.first;) {
      if (!t_[a].word || !(IsNameWord(t_[a]) || words::IsConnector(t_[a].lower))) break;
      if (!IsNameWord(t_[a]) || Initials(a, m.end, false) != acronym) continue;
      Typed typed = ClassifyByName(t_, a, m.end);
      if (!typed.type) typed = {NodeType::kOrganization, "rule:acronym_definition", 0.75};
      std::vector<Mention> kept;
      for (Mention& other : out_) if (other.end <= a || other.first >= m.end) kept.push_back(std::move(other));
      kept.push_back(MakeMention(t_, a, m.end, typed));
      kept.back().acronym = std::string(acr.text);
      std::sort(kept.begin(), kept.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
      pending_ = std::move(kept);
      return false;
    }
    return false;
  }

  // The first letters of the words of [a, b), with or without connectors ("of").
  std::string Initials(size_t a, size_t b, bool with_connectors) const {
    std::string out;
    for (size_t k = a; k < b; ++k) {
      if (!t_[k].word || t_[k].norm.empty() || t_[k].lower == "'s") continue;
      if (!with_connectors && !IsNameWord(t_[k])) continue;
      out.push_back(t_[k].norm[0]);
    }
    return out;
  }

  // "Long Name (ABC)": the acronym becomes the mention's alias.
  void AttachAcronyms() {
    for (size_t k = 0; k < out_.size(); ++k) {
      if (!AttachAcronym(out_[k]) || pending_.empty()) continue;
      out_ = std::move(pending_);  // an acronym definition replaced mentions: start again
      pending_.clear();
      k = static_cast<size_t>(-1);
    }
    DropAttachedAcronyms();
  }

  // Attaches the "(ABC)" after `m`; true when it rewrote the mention list instead.
  bool AttachAcronym(Mention& m) {
    size_t e = m.end;
    if (e < t_.size() && t_[e].text == "'s") ++e;  // "the Toronto Transit Commission's (TTC)"
    if (e + 2 >= t_.size() || t_[e].text != "(" || !t_[e + 1].word || t_[e + 2].text != ")") return false;
    const Token& acr = t_[e + 1];
    int uppers = 0;
    for (char c : acr.text) uppers += (c >= 'A' && c <= 'Z');
    if (uppers < 2 || acr.text.size() > 12 || NormKey(acr.text) == NormKey(m.name)) return false;
    if (!DefinesCountry(m, acr)) return true;
    m.acronym = std::string(acr.text);
    return false;
  }

  // The acronym itself is not a separate mention.
  void DropAttachedAcronyms() {
    std::vector<Mention> kept;
    for (size_t k = 0; k < out_.size(); ++k) {
      const Mention& m = out_[k];
      bool is_acronym = k > 0 && m.end - m.first == 1 && !out_[k - 1].acronym.empty() &&
                        m.first >= out_[k - 1].end + 1 && m.first <= out_[k - 1].end + 2;
      if (!is_acronym) kept.push_back(m);
    }
    out_ = std::move(kept);
  }

  const Tokens& t_;
  const MentionContext& ctx_;
  std::vector<Mention> out_;
  std::vector<Mention> pending_;  // the mentions after an acronym definition merged pieces
};

}  // namespace

std::vector<Mention> FindMentions(const Sentence& sentence, const MentionContext& context) {
  return SentenceRecognizer(sentence, context).Run();
}

MentionContext BuildMentionContext(const std::vector<Sentence>& sentences) {
  MentionContext ctx;
  for (const Sentence& s : sentences) {
    for (size_t i = 1; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      if (t.word && t.upper && !AtSentenceStart(s.tokens, i)) ctx.mid_sentence_caps.insert(t.lower);
    }
  }
  return ctx;
}

}  // namespace lkg::ingest
