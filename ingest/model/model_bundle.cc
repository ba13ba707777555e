#include "ingest/model/model_bundle.h"

#include <fstream>
#include <sstream>

#include "ingest/model/model_resources.h"
#include "ingest/model/byte_io.h"


namespace lkg::ingest::model {
namespace {

constexpr std::string_view kMagic = "LKGMODEL";

// Reads a length-prefixed string; false when the input is too short.
bool GetBytes(std::string_view* in, std::string_view* out) {
  uint32_t len = 0;
  if (!GetU32(in, &len) || len > in->size()) return false;
  *out = in->substr(0, len);
  in->remove_prefix(len);
  return true;
}

// A tagger together with the model it points into.
struct OwnedTagger {
  explicit OwnedTagger(std::shared_ptr<const LinearModel> m) : model(std::move(m)), tagger(*model) {}
  std::shared_ptr<const LinearModel> model;
  EntityTagger tagger;
};

}  // namespace

const ModelBundle& ModelBundle::Default() {
  static const ModelBundle bundle = [] {
    Result<ModelBundle> parsed = Parse(LkgModelResource("default.lkgmodel"));
    return parsed.ok() ? std::move(*parsed) : ModelBundle();
  }();
  return bundle;
}

Result<ModelBundle> ModelBundle::Parse(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) return Status::InvalidArgument("not an lkg model file (bad magic bytes)");
  bytes.remove_prefix(kMagic.size());
  uint32_t version = 0, count = 0;
  if (!GetU32(&bytes, &version)) return Status::InvalidArgument("model file: truncated version");
  if (version != kModelFormatVersion) {
    return Status::InvalidArgument("model file: format version " + std::to_string(version) + ", this lkg reads " +
                                   std::to_string(kModelFormatVersion) + " (retrain with `lkg train`)");
  }
  if (!GetU32(&bytes, &count) || count > 64) return Status::InvalidArgument("model file: bad part count");
  ModelBundle bundle;
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view name, body;
    if (!GetBytes(&bytes, &name) || !GetBytes(&bytes, &body)) {
      return Status::InvalidArgument("model file: truncated part " + std::to_string(i + 1) + " of " +
                                     std::to_string(count));
    }
    if (bundle.parts_.count(name)) return Status::InvalidArgument("model file: part '" + std::string(name) + "' twice");
    Result<LinearModel> part = LinearModel::Parse(body);
    Status set = part.ok() ? bundle.SetPart(std::string(name), std::move(*part)) : part.status();
    if (!set.ok()) return Status::InvalidArgument("model file: part '" + std::string(name) + "': " + set.message());
  }
  if (!bytes.empty()) return Status::InvalidArgument("model file: trailing bytes after the last part");
  return bundle;
}

std::string ModelBundle::Serialize() const {
  std::string out(kMagic);
  PutU32(&out, kModelFormatVersion);
  PutU32(&out, static_cast<uint32_t>(parts_.size()));
  for (const auto& [name, model] : parts_) {
    std::string body = model->Serialize();
    PutU32(&out, static_cast<uint32_t>(name.size()));
    out += name;
    PutU32(&out, static_cast<uint32_t>(body.size()));
    out += body;
  }
  return out;
}

const LinearModel* ModelBundle::Part(std::string_view name) const {
  auto it = parts_.find(name);
  return it == parts_.end() ? nullptr : it->second.get();
}

Status ModelBundle::SetPart(const std::string& name, LinearModel model) {
  auto shared = std::make_shared<const LinearModel>(std::move(model));
  if (name == kEntitiesPart) {
    if (!IsEntityTagModel(*shared)) return Status::InvalidArgument("not an entity tagger (its labels are not the BIO entity tags)");
    auto owned = std::make_shared<const OwnedTagger>(shared);
    entity_tagger_ = std::shared_ptr<const EntityTagger>(owned, &owned->tagger);
  }
  parts_[name] = std::move(shared);
  return Status::Ok();
}

void ModelBundle::RemovePart(std::string_view name) {
  auto it = parts_.find(name);
  if (it == parts_.end()) return;
  parts_.erase(it);
  if (name == kEntitiesPart) entity_tagger_.reset();
}

std::vector<std::string> ModelBundle::PartNames() const {
  std::vector<std::string> names;
  for (const auto& [name, model] : parts_) names.push_back(name);
  return names;
}

Result<ModelBundle> ReadModelFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read model file " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  Result<ModelBundle> bundle = ModelBundle::Parse(bytes.str());
  if (!bundle.ok()) return Status::InvalidArgument(path + ": " + bundle.status().message());
  return bundle;
}

}  // namespace lkg::ingest::model
