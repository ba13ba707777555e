// Candidate relations for the learned relation classifier: pairs of entity
// mentions of one sentence whose types fit an edge type (person and union /
// company / organization: has_role; two unions: affiliated_with; a union and
// a company: organizes_at; two companies: subsidiary_of; a union, company or
// organization and a country: located_in), plus a person, or a company in a
// sentence saying "the union", with the union "the union" means there (the
// paragraph's). Each candidate has a label
// set: none, or the edge with its direction relative to mention order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/extraction_types.h"
#include "ingest/model/linear_model.h"
#include "ingest/text/tokenizer.h"

namespace lkg::ingest {

// The second mention of a candidate that pairs a person with the context union.
inline constexpr size_t kContextMention = static_cast<size_t>(-1);

struct RelationCandidate {
  size_t first = 0;   // mention index (the earlier one)
  size_t second = 0;  // mention index (the later one), or kContextMention
  EdgeType type = EdgeType::kHasRole;
  int first_entity = -1, second_entity = -1;
};

// The classifier's labels: "none", then one per edge type and direction
// ("affiliated_with>" = the first mention is the source). has_role,
// organizes_at and located_in have a fixed direction by entity type.
const std::vector<std::string>& RelationLabels();

// The label indexes a candidate of edge type `type` may take (none first).
const std::vector<int>& AllowedRelationLabels(EdgeType type);

// The edge type entities of types `a` and `b` (either order) can hold, if any.
std::optional<EdgeType> RelationTypeFor(NodeType a, NodeType b);

// The candidates of a sentence: mention pairs (distinct entities, at most
// 40 tokens apart) and, when `context_union` >= 0 is not named in the
// sentence, each person with it, and each company with it when the sentence
// says "the union".
std::vector<RelationCandidate> RelationCandidates(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                                                  int context_union);

// The relation a label stands for on candidate `c`: the fact's source,
// target and type (role and evidence left to the caller); nullopt for "none".
std::optional<RelationFact> RelationOfLabel(const RelationCandidate& c, int label,
                                            const std::vector<ArticleEntity>& entities);

// How many sentences of the article name each entity, and each pair of
// entities together: the article-level features of sentence candidates.
class MentionCounts {
 public:
  // Counts the entities of one sentence (each once, however often named).
  void AddSentence(const std::vector<PlacedMention>& mentions);
  int Sentences(int entity) const;
  int Together(int a, int b) const;

 private:
  std::unordered_map<int, int> entities_;
  std::unordered_map<uint64_t, int> pairs_;
};

// The features of candidate `c`: gap words and bigrams, the window around
// the pair, entity types and order, distance, punctuation, mentions between,
// role words next to the person, federation flags, and the pattern rules
// (`patterns`, this sentence's pattern facts) that fire for the pair, and
// with `counts` how often the article names each entity and both together.
void RelationFeatures(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                      const std::vector<ArticleEntity>& entities, const RelationCandidate& c,
                      const std::vector<RelationFact>& patterns, model::FeatureIds* out,
                      const MentionCounts* counts = nullptr);

// The role word nearest the person of a has_role candidate ("president",
// "general secretary"), or "".
std::string NearestRole(const Sentence& sentence, const std::vector<PlacedMention>& mentions,
                        const RelationCandidate& c);

}  // namespace lkg::ingest
