// The trainers of the "relevance", "cases" and "case_roles" parts (see
// trainer.h). Case candidates are labelled the way ../shared/eval/score.py
// matches cases: a candidate is a true case of kind K when a gold case of
// kind K shares a victim or perpetrator with the candidate's participants.
#pragma once

#include "ingest/model/trainer.h"

namespace lkg::ingest::model {

// Labour (gold articles, labour_texts) against not_labour (other_texts).
// Leaves the part out, with a note, when no not-labour text is given.
Result<PartReport> TrainRelevancePart(const TrainingSet& data, const TrainOptions& options, ModelBundle* bundle);

// Trains "cases" over every candidate of the gold articles (labels: none and
// the 12 kinds) and "case_roles" over the (true candidate, entity) pairs
// (labels: none, victim, perpetrator, concerns). The report names "cases";
// the roles' accuracy is in its note.
Result<PartReport> TrainCasesPart(const TrainingSet& data, const TrainOptions& options, ModelBundle* bundle);

}  // namespace lkg::ingest::model
