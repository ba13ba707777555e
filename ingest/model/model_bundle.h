// A model file: a format version and named LinearModel parts — "cases"
// (candidate case → none or a kind), "case_roles" (candidate × entity →
// victim/perpetrator/concerns/none), "relevance" (article → labour or
// not_labour), "relations" (candidate entity pair → none or an edge type,
// relation_candidates.h) and "entities" (the entity tagger). `lkg train` writes one,
// `lkg ingest --model` reads one, and the default bundle is compiled in
// (ingest/model/default.lkgmodel, trained by scripts/train_default_model.sh).
// A missing part means "rules only" for that step.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/status.h"
#include "ingest/model/entity_tagger.h"
#include "ingest/model/linear_model.h"
#include "ingest/model/mention_combiner.h"

namespace lkg::ingest::model {

// The part names the extractor knows.
inline constexpr std::string_view kCasesPart = "cases";
inline constexpr std::string_view kCaseRolesPart = "case_roles";
inline constexpr std::string_view kRelevancePart = "relevance";
inline constexpr std::string_view kEntitiesPart = "entities";
inline constexpr std::string_view kRelationsPart = "relations";

// The version Serialize() writes and Parse() accepts.
inline constexpr uint32_t kModelFormatVersion = 1;

class ModelBundle {
 public:
  // The compiled-in bundle (parsed once; an empty bundle if it were broken,
  // which a test rules out).
  static const ModelBundle& Default();

  // Reads Serialize()'s form. InvalidArgument says what is wrong: not a
  // model file, another format version, truncated, a duplicate part, or a
  // part that is not a valid linear model (named), an "entities" part
  // without the entity tag labels.
  static Result<ModelBundle> Parse(std::string_view bytes);
  // "LKGMODEL", version, parts sorted by name; byte-identical for equal bundles.
  std::string Serialize() const;

  // The part `name`, or nullptr when the bundle has none.
  const LinearModel* Part(std::string_view name) const;
  // Adds or replaces the part `name`. An "entities" part also builds the
  // entity tagger (its feature index), once for the bundle and its copies.
  // InvalidArgument (nothing changed) for an "entities" part whose labels
  // are not EntityTagLabels().
  Status SetPart(const std::string& name, LinearModel model);
  // Drops the part `name` (nothing when there is none).
  void RemovePart(std::string_view name);
  // The names of the parts, sorted.
  std::vector<std::string> PartNames() const;

  // The tagger of the "entities" part, or nullptr (rules only). Thread-safe
  // to use; lives as long as the bundle or a copy of it.
  const EntityTagger* entity_tagger() const { return entity_tagger_.get(); }
  // How extraction combines the tagger's spans with the rules' mentions
  // (not stored in the file: benchmarks compare designs with it).
  const CombineOptions& combine_options() const { return combine_; }
  void set_combine_options(const CombineOptions& options) { combine_ = options; }

 private:
  std::map<std::string, std::shared_ptr<const LinearModel>, std::less<>> parts_;
  std::shared_ptr<const EntityTagger> entity_tagger_;
  CombineOptions combine_;
};

// Reads and parses the model file at `path`. NotFound when it cannot be
// read; Parse's errors prefixed with the path otherwise.
Result<ModelBundle> ReadModelFile(const std::string& path);

}  // namespace lkg::ingest::model
