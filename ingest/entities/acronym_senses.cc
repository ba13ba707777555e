#include "ingest/entities/acronym_senses.h"

#include <cstdlib>
#include <set>

#include "ingest/entities/gazetteer.h"

namespace lkg::ingest {
namespace {

const std::vector<AcronymSense>* SensesOf(const Sentence& s, const Mention& m) {
  if (!m.known || m.end != m.first + 1) return nullptr;
  return Gazetteer::Get().AcronymSenses(s.tokens[m.first].norm);
}

struct ArticleClues {
  std::set<std::string> words;  // lower-case words
  std::set<std::string> named;  // canonical names of gazetteer mentions that are no ambiguous acronym
  int year = 0;
};

ArticleClues Clues(const std::vector<SentenceMentions>& article, const std::string& date) {
  ArticleClues clues;
  for (const SentenceMentions& sm : article) {
    for (const Token& t : sm.sentence->tokens) if (t.word) clues.words.insert(t.lower);
    for (const Mention& m : *sm.mentions) {
      if (m.known && SensesOf(*sm.sentence, m) == nullptr) clues.named.insert(m.name);
    }
  }
  if (date.size() >= 4) clues.year = std::atoi(date.substr(0, 4).c_str());
  return clues;
}

const AcronymSense& Choose(const std::vector<AcronymSense>& senses, const ArticleClues& clues) {
  const AcronymSense* best = &senses.front();
  int best_score = 0;
  for (const AcronymSense& sense : senses) {
    int score = 0;
    if (clues.named.count(sense.entity->name)) {
      score = 1000;
    } else if (sense.end_year == 0 || clues.year == 0 || clues.year <= sense.end_year) {
      for (const std::string& w : sense.context) score += static_cast<int>(clues.words.count(w));
    }
    if (score > best_score) {
      best = &sense;
      best_score = score;
    }
  }
  return *best;
}

}  // namespace

void ChooseAcronymSenses(const std::vector<SentenceMentions>& article, const std::string& date) {
  bool any = false;
  for (const SentenceMentions& sm : article) {
    for (const Mention& m : *sm.mentions) any = any || SensesOf(*sm.sentence, m) != nullptr;
  }
  if (!any) return;
  ArticleClues clues = Clues(article, date);
  for (const SentenceMentions& sm : article) {
    for (Mention& m : *sm.mentions) {
      const std::vector<AcronymSense>* senses = SensesOf(*sm.sentence, m);
      if (senses == nullptr) continue;
      const KnownEntity* e = Choose(*senses, clues).entity;
      m.type = e->type;
      m.name = e->name;
      m.known_aliases = e->aliases;
      m.known_aliases.emplace_back(sm.sentence->tokens[m.first].text);
      m.rule = "rule:acronym_in_context";
    }
  }
}

}  // namespace lkg::ingest
