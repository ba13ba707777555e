#include "engine/record_codec.h"

#include <cstring>

#include "engine/key_codec.h"

namespace lkg::internal {
namespace {

using nlohmann::json;

Status Bad(std::string_view what, uint64_t key, std::string_view why) {
  char id[24];
  std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(key));
  return Status::Corruption(std::string(what) + " " + id + " does not decode: " + std::string(why));
}

bool KnownNodeType(uint8_t code) {
  for (NodeType t : kAllNodeTypes) {
    if (static_cast<uint8_t>(t) == code) return true;
  }
  return false;
}

bool KnownEdgeType(uint8_t code) {
  for (EdgeType t : kAllEdgeTypes) {
    if (static_cast<uint8_t>(t) == code) return true;
  }
  return false;
}

float GetFloat(const char* p) {
  uint32_t bits = GetLittle32(p);
  float value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

void PutFloat(std::string& out, float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  PutLittle32(out, bits);
}

std::string StringOr(const json& j, const char* field) {
  auto it = j.find(field);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

}  // namespace

std::string EncodeNode(const Node& node) {
  std::string out(1, static_cast<char>(node.type));
  PutLittle32(out, node.evidence_count);
  json body = {{"name", node.name}, {"aliases", node.aliases}, {"properties", node.properties}};
  out += body.dump();
  return out;
}

Result<NodeBrief> DecodeNodeBrief(NodeKey key, std::string_view value) {
  if (value.size() < kNodeHeaderSize) return Bad("node", key, "short header");
  uint8_t type = static_cast<uint8_t>(value[0]);
  if (!KnownNodeType(type)) return Bad("node", key, "unknown type " + std::to_string(type));
  return NodeBrief{key, static_cast<NodeType>(type), GetLittle32(value.data() + 1)};
}

Result<Node> DecodeNode(NodeKey key, std::string_view value) {
  auto brief = DecodeNodeBrief(key, value);
  if (!brief.ok()) return brief.status();
  Node node;
  node.key = key;
  node.type = brief->type;
  node.evidence_count = brief->evidence_count;
  try {
    json body = json::parse(value.substr(kNodeHeaderSize));
    node.name = body.at("name").get<std::string>();
    node.aliases = body.at("aliases").get<std::vector<std::string>>();
    node.properties = body.at("properties");
  } catch (const json::exception& e) {
    return Bad("node", key, e.what());
  }
  return node;
}

std::string EncodeEdge(const Edge& edge) {
  std::string out(1, static_cast<char>(edge.type));
  PutLittle64(out, edge.source);
  PutLittle64(out, edge.target);
  PutLittle32(out, edge.evidence_count);
  PutFloat(out, edge.max_confidence);
  out += edge.properties.dump();
  return out;
}

Result<EdgeBrief> DecodeEdgeBrief(EdgeKey key, std::string_view value) {
  if (value.size() < kEdgeHeaderSize) return Bad("edge", key, "short header");
  uint8_t type = static_cast<uint8_t>(value[0]);
  if (!KnownEdgeType(type)) return Bad("edge", key, "unknown type " + std::to_string(type));
  const char* p = value.data();
  std::string_view body = value.substr(kEdgeHeaderSize);
  return EdgeBrief{key, GetLittle64(p + 1), GetLittle64(p + 9), static_cast<EdgeType>(type),
                   GetLittle32(p + 17), GetFloat(p + 21), !(body.empty() || body == "{}" || body == "null")};
}

Result<Edge> DecodeEdge(EdgeKey key, std::string_view value) {
  auto brief = DecodeEdgeBrief(key, value);
  if (!brief.ok()) return brief.status();
  Edge edge;
  edge.key = key;
  edge.source = brief->source;
  edge.target = brief->target;
  edge.type = brief->type;
  edge.evidence_count = brief->evidence_count;
  edge.max_confidence = brief->max_confidence;
  try {
    edge.properties = json::parse(value.substr(kEdgeHeaderSize));
  } catch (const json::exception& e) {
    return Bad("edge", key, e.what());
  }
  return edge;
}

std::string EncodeEvidence(const Evidence& evidence) {
  std::string out;
  PutLittle32(out, evidence.start);
  PutLittle32(out, evidence.end);
  uint64_t bits;
  std::memcpy(&bits, &evidence.confidence, sizeof bits);
  PutLittle64(out, bits);
  PutLittle32(out, static_cast<uint32_t>(evidence.extractor.size()));
  out += evidence.extractor;
  out += evidence.sentence;
  return out;
}

Result<Evidence> DecodeEvidence(DocKey doc, std::string_view value) {
  if (value.size() < 20) return Bad("evidence of document", doc, "short record");
  Evidence e;
  e.document = doc;
  e.start = GetLittle32(value.data());
  e.end = GetLittle32(value.data() + 4);
  uint64_t bits = GetLittle64(value.data() + 8);
  std::memcpy(&e.confidence, &bits, sizeof bits);
  uint32_t extractor_size = GetLittle32(value.data() + 16);
  if (value.size() < 20 + static_cast<size_t>(extractor_size)) {
    return Bad("evidence of document", doc, "extractor overruns the record");
  }
  e.extractor.assign(value.substr(20, extractor_size));
  e.sentence.assign(value.substr(20 + extractor_size));
  return e;
}

std::string EncodeDocumentMeta(const Document& doc) {
  json j = {{"url", doc.url},       {"title", doc.title},           {"published", doc.published},
            {"source", doc.source}, {"retrieved_at", doc.retrieved_at}, {"lang", doc.lang},
            {"properties", doc.properties}};
  return j.dump();
}

Result<Document> DecodeDocumentMeta(DocKey key, std::string_view value) {
  Document doc;
  doc.key = key;
  try {
    json j = json::parse(value);
    if (!j.is_object()) return Bad("document", key, "not an object");
    doc.url = StringOr(j, "url");
    doc.title = StringOr(j, "title");
    doc.published = StringOr(j, "published");
    doc.source = StringOr(j, "source");
    doc.retrieved_at = StringOr(j, "retrieved_at");
    doc.lang = StringOr(j, "lang");
    auto it = j.find("properties");
    if (it != j.end()) doc.properties = *it;
  } catch (const json::exception& e) {
    return Bad("document", key, e.what());
  }
  return doc;
}

std::string EncodeDecision(const ResolutionDecision& d) {
  static constexpr const char* kKinds[] = {"merge", "split", "distinct"};
  json j = {{"kind", kKinds[static_cast<int>(d.kind)]},
            {"a", FormatNodeId(d.a)},
            {"b", FormatNodeId(d.b)},
            {"alias", d.alias},
            {"user", d.user},
            {"created_at", d.created_at}};
  return j.dump();
}

Result<ResolutionDecision> DecodeDecision(std::string_view value) {
  ResolutionDecision d;
  try {
    json j = json::parse(value);
    std::string kind = j.at("kind").get<std::string>();
    if (kind == "merge") d.kind = ResolutionDecision::Kind::kMerge;
    else if (kind == "split") d.kind = ResolutionDecision::Kind::kSplit;
    else if (kind == "distinct") d.kind = ResolutionDecision::Kind::kDistinct;
    else return Status::Corruption("decision of unknown kind '" + kind + "'");
    auto a = ParseNodeId(j.at("a").get<std::string>());
    auto b = ParseNodeId(j.at("b").get<std::string>());
    if (!a || !b) return Status::Corruption("decision with a malformed node id");
    d.a = *a;
    d.b = *b;
    d.alias = StringOr(j, "alias");
    d.user = StringOr(j, "user");
    d.created_at = StringOr(j, "created_at");
  } catch (const json::exception& e) {
    return Status::Corruption(std::string("decision does not decode: ") + e.what());
  }
  return d;
}

std::string EncodeCounter(uint64_t value) {
  std::string out;
  PutLittle64(out, value);
  return out;
}

uint64_t DecodeCounter(std::string_view value) {
  return value.size() == 8 ? GetLittle64(value.data()) : 0;
}

}  // namespace lkg::internal
