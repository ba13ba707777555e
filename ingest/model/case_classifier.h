// The learned review of the rules' case candidates: the "cases" part keeps
// or drops each candidate (its rule kind against none; the model's labels
// are none and the 12 kinds), the
// "case_roles" part re-assigns victims, perpetrators and concerned parties
// among the sentence's entities. Without those parts the rules' decisions
// stand. With a trace, every candidate is recorded and kept (training).
#pragma once

#include <vector>

#include "ingest/extraction_types.h"
#include "ingest/model/case_features.h"
#include "ingest/model/extraction_trace.h"
#include "ingest/model/model_bundle.h"

namespace lkg::ingest::model {

class CaseReviewer {
 public:
  // `trace` may be null; `bundle` must outlive the reviewer.
  CaseReviewer(const ModelBundle& bundle, ExtractionTrace* trace);

  // True when the rules should propose liberally (a cases part or a trace).
  bool liberal() const { return cases_ != nullptr || trace_ != nullptr; }

  // Reviews (*cases)[first…], the candidates found in `view.sentence`
  // (view.fact and view.trigger are set per candidate here): drops a case
  // the rules accepted when "none" beats its kind by more than the drop
  // margin, keeps a candidate the rules rejected only when its kind beats
  // "none" by more than the add margin (rules/case_review.tsv) and, with a
  // roles part, re-assigns the participants of the kept ones.
  void Review(CaseView view, size_t first, std::vector<CaseFact>* cases) const;

 private:
  void Trace(const CaseView& view, const FeatureIds& features) const;
  void AssignRoles(const CaseView& view, CaseFact* c) const;

  const LinearModel* cases_;
  const LinearModel* roles_;
  ExtractionTrace* trace_;
};

}  // namespace lkg::ingest::model
