#include "http/node_text.h"

#include "http/json_text.h"

namespace lkg::http {
namespace {

constexpr auto kReplace = nlohmann::json::error_handler_t::replace;

void AppendDocumentSummary(const GraphReader& reader, DocumentSummaries& shared, DocKey key, std::string& out) {
  if (shared.AppendText(key, out)) return;
  DocumentCache cache(reader, &shared);  // reads the document and shares its summary
  out.append(cache.Summary(key).dump(-1, ' ', false, kReplace));
}

// "edges":[…] of up to `max_edges` adjacent edges; counts all of them into
// `degree` unless `count_all` is false.
Status AppendEdges(const GraphReader& reader, NodeKey key, size_t max_edges, bool count_all, size_t& degree,
                   NodeNames& names, std::string& out) {
  std::vector<Adjacent> adjacent;
  LKG_RETURN_IF_ERROR(reader.ForEachAdjacent(key, [&](const Adjacent& adj) {
    ++degree;
    if (adjacent.size() >= max_edges) return count_all;
    adjacent.push_back(adj);
    return true;
  }));
  std::vector<NodeKey> others;
  others.reserve(adjacent.size());
  for (const Adjacent& adj : adjacent) others.push_back(adj.other);
  out.append("\"edges\":[");
  LKG_RETURN_IF_ERROR(names.ForEach(reader, others, [&](size_t i, const NodeNames::Entry& entry) {
    out.append(i == 0 ? "{\"direction\":" : ",{\"direction\":");
    out.append(adjacent[i].outgoing ? "\"out\"" : "\"in\"");
    out.append(",\"id\":");
    AppendQuotedKey(out, 'e', adjacent[i].edge);
    out.append(",\"other\":{\"id\":");
    AppendQuotedKey(out, 'n', others[i]);
    out.append(entry.json_tail);
    out.append(",\"type\":");
    AppendJsonString(out, EdgeTypeName(adjacent[i].type));
    out.push_back('}');
  }));
  out.push_back(']');
  return Status::Ok();
}

void AppendEvidence(const GraphReader& reader, const std::vector<Evidence>& evidence, DocumentSummaries& docs,
                    std::string& out) {
  out.append("\"evidence\":[");
  for (size_t i = 0; i < evidence.size(); ++i) {
    const Evidence& e = evidence[i];
    out.append(i == 0 ? "{\"confidence\":" : ",{\"confidence\":");
    out.append(nlohmann::json(e.confidence).dump());
    out.append(",\"document\":");
    AppendDocumentSummary(reader, docs, e.document, out);
    out.append(",\"end\":");
    AppendUnsigned(out, e.end);
    out.append(",\"extractor\":");
    AppendJsonString(out, e.extractor);
    out.append(",\"sentence\":");
    AppendJsonString(out, e.sentence);
    out.append(",\"start\":");
    AppendUnsigned(out, e.start);
    out.push_back('}');
  }
  out.push_back(']');
}

}  // namespace

Result<std::string> NodeDetailText(const GraphReader& reader, NodeKey key, size_t max_evidence, size_t max_edges,
                                   DocumentSummaries& docs, std::optional<size_t> known_degree, NodeNames& names) {
  Result<Node> node = reader.GetNode(key);
  if (!node.ok()) return node.status();
  Result<std::vector<Evidence>> evidence = reader.NodeEvidence(key, max_evidence);
  if (!evidence.ok()) return evidence.status();
  std::string edges;
  size_t degree = 0;
  LKG_RETURN_IF_ERROR(AppendEdges(reader, key, max_edges, !known_degree, degree, names, edges));
  if (known_degree) degree = *known_degree;
  std::string out;
  out.reserve(256 + edges.size() + evidence->size() * 400);
  out.append("{\"aliases\":[");
  for (size_t i = 0; i < node->aliases.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendJsonString(out, node->aliases[i]);
  }
  out.append("],\"degree\":");
  AppendUnsigned(out, degree);
  out.push_back(',');
  out.append(edges);
  out.append(degree > max_edges ? ",\"edges_truncated\":true," : ",\"edges_truncated\":false,");
  AppendEvidence(reader, *evidence, docs, out);
  out.append(",\"evidence_count\":");
  AppendUnsigned(out, node->evidence_count);
  out.append(",\"id\":");
  AppendQuotedKey(out, 'n', key);
  out.append(",\"name\":");
  AppendJsonString(out, node->name);
  out.append(",\"properties\":");
  out.append(node->properties.dump(-1, ' ', false, kReplace));
  out.append(",\"type\":");
  AppendJsonString(out, NodeTypeName(node->type));
  out.push_back('}');
  return out;
}

}  // namespace lkg::http
