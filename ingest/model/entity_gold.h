// Gold entity tags for training the tagger: an annotated article's sentences
// (split as extraction splits them) with each gold node's name and aliases —
// plus a person's surname and a country's demonyms — aligned to the tokens,
// longest name first, a match starting on a capitalised word.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/status.h"
#include "ingest/entities/mentions.h"
#include "ingest/model/annotated_article.h"

namespace lkg::ingest::model {

// An article as the tagger sees it: normalised text, its sentences, the
// article's mention context and the gold tag (EntityTagLabels index) of
// every token. Not copyable (tokens view into `text`).
struct GoldTaggedArticle {
  std::string text;
  std::vector<Sentence> sentences;
  MentionContext context;
  std::vector<std::vector<int>> gold;  // per sentence, per token
  GoldTaggedArticle() = default;
  GoldTaggedArticle(const GoldTaggedArticle&) = delete;
  GoldTaggedArticle& operator=(const GoldTaggedArticle&) = delete;
};

// Normalises the text of `article` like ingestion does, splits it and tags
// it. InvalidArgument (naming the file) when the text cannot be normalised.
Result<std::unique_ptr<GoldTaggedArticle>> TagGold(const AnnotatedArticle& article);

}  // namespace lkg::ingest::model
