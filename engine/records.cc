#include "engine/records.h"

namespace lkg {

nlohmann::json EvidenceToJson(const Evidence& e) {
  return {{"document", FormatDocId(e.document)}, {"start", e.start},          {"end", e.end},
          {"sentence", e.sentence},               {"extractor", e.extractor}, {"confidence", e.confidence}};
}

nlohmann::json NodeToJson(const Node& n) {
  return {{"id", FormatNodeId(n.key)}, {"type", std::string(NodeTypeName(n.type))}, {"name", n.name},
          {"aliases", n.aliases},      {"properties", n.properties}};
}

nlohmann::json EdgeToJson(const Edge& e) {
  return {{"id", FormatEdgeId(e.key)},  {"source", FormatNodeId(e.source)},
          {"target", FormatNodeId(e.target)}, {"type", std::string(EdgeTypeName(e.type))},
          {"properties", e.properties}};
}

nlohmann::json DocumentToJson(const Document& d, bool with_text) {
  nlohmann::json j = {{"id", FormatDocId(d.key)}, {"type", "document"}, {"url", d.url},
                      {"title", d.title},         {"published", d.published},
                      {"source", d.source},       {"retrieved_at", d.retrieved_at},
                      {"lang", d.lang},           {"properties", d.properties}};
  if (with_text) j["text"] = d.text;
  return j;
}

}  // namespace lkg
