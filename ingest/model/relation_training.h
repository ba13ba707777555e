// Training and evaluating the relation classifier (the "relations" part of
// the model bundle, see trainer.h) from annotated articles. A candidate's gold label is the edge an
// annotator marked between the gold nodes its two entities name (any name
// or alias equal after NormKey), with its direction; "none" otherwise.
#pragma once

#include <vector>

#include "engine/status.h"
#include "ingest/model/annotated_article.h"
#include "ingest/model/linear_model.h"
#include "ingest/model/model_bundle.h"
#include "ingest/model/relation_trace.h"
#include "ingest/model/trainer.h"

namespace lkg::ingest::model {

// Passes over the candidates (chosen by cross-validation on the train split).
inline constexpr int kRelationEpochs = 6;

// Extracts `article` with `bundle` (its "relations" part, if any, applied),
// recording its relation trace. The text is read as `lkg ingest` reads a .txt file.
RelationTrace TraceRelations(const AnnotatedArticle& article, const ModelBundle& bundle);

// For each entity of `trace`, the indexes of the gold nodes of `article` it names.
std::vector<std::vector<int>> AlignEntities(const AnnotatedArticle& article, const RelationTrace& trace);

// True when `r` is an edge of `article` (organizes_at and located_in in either direction).
bool IsGoldEdge(const AnnotatedArticle& article, const std::vector<std::vector<int>>& aligned,
                const TracedRelation& r);

// The gold label index of every candidate of `trace` (0 = none).
std::vector<int> GoldRelationLabels(const AnnotatedArticle& article, const RelationTrace& trace);

// An averaged perceptron over every candidate of `traces` (labels from
// `labels`, one vector per trace), predicting only among the labels each
// candidate allows; `epochs` passes in a fixed shuffled order. Deterministic.
LinearModel TrainRelationsOnTraces(const std::vector<RelationTrace>& traces,
                                   const std::vector<std::vector<int>>& labels, int epochs);

// The part trainer of "relations": traces the gold articles with the parts
// trained so far (without a relations part) and trains on every candidate
// for kRelationEpochs passes. Leaves the part out, with a note, when the
// articles give no candidate.
Result<PartReport> TrainRelationsPart(const TrainingSet& data, const TrainOptions& options, ModelBundle* bundle);

}  // namespace lkg::ingest::model
