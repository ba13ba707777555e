#include "query/node_dates.h"

namespace lkg::query {
namespace {

std::string Text(const nlohmann::json& properties, const char* name) {
  auto it = properties.find(name);
  return it != properties.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

NodeDates DatesOf(const Node& node) {
  NodeDates dates;
  if (node.type != NodeType::kCase && node.type != NodeType::kEvent) return dates;
  dates.kind = Text(node.properties, "kind");
  if (node.type == NodeType::kCase) {
    dates.first = dates.last = Text(node.properties, "date");
    return dates;
  }
  dates.first = Text(node.properties, "start");
  dates.last = Text(node.properties, "end");
  if (dates.first.empty()) dates.first = Text(node.properties, "date");
  if (dates.last.empty() || dates.last < dates.first) dates.last = dates.first;
  return dates;
}

void WidenRange(const NodeDates& dates, std::string& first, std::string& last) {
  if (!dates.first.empty() && (first.empty() || dates.first < first)) first = dates.first;
  if (!dates.last.empty() && (last.empty() || dates.last > last)) last = dates.last;
}

Result<NodeDates> EvidenceDates(const GraphReader& reader, EdgeKey key, const PublishedDate& published,
                                size_t max_evidence) {
  Result<std::vector<Evidence>> evidence = reader.EdgeEvidence(key, max_evidence);
  if (!evidence.ok()) return evidence.status();
  NodeDates dates;
  DocKey last_doc = 0;
  for (const Evidence& e : *evidence) {
    if (e.document == last_doc) continue;  // records of one document come together
    last_doc = e.document;
    std::string date = published(e.document);
    WidenRange(NodeDates{"", date, date}, dates.first, dates.last);
  }
  return dates;
}

}  // namespace lkg::query
