// Ambiguous acronyms read by context, never by first sight: "IMF" is the
// International Monetary Fund unless its article is about metalworkers (and
// dated before the International Metalworkers' Federation merged into
// IndustriALL in 2012). The senses and their context words are data
// (resources/acronyms.tsv).
#pragma once

#include <string>
#include <vector>

#include "ingest/entities/mentions.h"

namespace lkg::ingest {

struct SentenceMentions {
  const Sentence* sentence = nullptr;
  std::vector<Mention>* mentions = nullptr;
};

// Rewrites each gazetteer mention of an ambiguous acronym in `article` to
// the sense its article points to: the sense whose full name the article
// names; else the one with most of its context words in the article (a
// sense that ended before the article's year `date` takes part only when
// named in full); else the first. Does nothing when no such mention exists.
void ChooseAcronymSenses(const std::vector<SentenceMentions>& article, const std::string& date);

}  // namespace lkg::ingest
