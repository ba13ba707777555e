#include "cli/ingest_findings.h"

#include <algorithm>
#include <iomanip>
#include <ostream>

#include "cli/human_format.h"

namespace lkg::cli {
namespace {

bool IsNamedActor(NodeType type) {
  return type == NodeType::kUnion || type == NodeType::kCompany || type == NodeType::kPerson ||
         type == NodeType::kOrganization;
}

std::string StringProperty(const nlohmann::json& properties, const char* key) {
  auto it = properties.find(key);
  return it != properties.end() && it->is_string() ? it->get<std::string>() : "";
}

// The strongest evidence of a fact: highest confidence, first on ties.
const Evidence* Strongest(const std::vector<Evidence>& evidence) {
  const Evidence* best = nullptr;
  for (const Evidence& e : evidence) {
    if (!best || e.confidence > best->confidence) best = &e;
  }
  return best;
}

std::string EdgeLabel(const Edge& edge, const std::map<NodeKey, const Node*>& nodes) {
  auto name = [&](NodeKey key) {
    auto it = nodes.find(key);
    return it != nodes.end() ? it->second->name : FormatNodeId(key);
  };
  std::string label = name(edge.source) + " -> " + name(edge.target);
  std::string role = StringProperty(edge.properties, "role");
  return role.empty() ? label : label + " (" + role + ")";
}

std::map<NodeKey, const Node*> NodesByKey(const DocumentFacts& facts) {
  std::map<NodeKey, const Node*> nodes;
  for (const NodeFact& n : facts.nodes) nodes[n.node.key] = &n.node;
  return nodes;
}

}  // namespace

void IngestFindings::Add(const DocumentFacts& facts) {
  for (const NodeFact& fact : facts.nodes) {
    const Node& node = fact.node;
    if (node.type == NodeType::kCase) {
      cases_[node.key] = {node.key, node.name, StringProperty(node.properties, "kind"),
                          StringProperty(node.properties, "date"), StringProperty(node.properties, "country")};
      continue;
    }
    if (!IsNamedActor(node.type)) continue;
    Entity& entity = entities_[node.key];
    entity.key = node.key;
    entity.type = node.type;
    entity.name = node.name;
    entity.documents += 1;
    entity.mentions += fact.evidence.size();
  }
}

std::vector<const IngestFindings::Entity*> IngestFindings::TopEntities(size_t limit) const {
  std::vector<const Entity*> sorted;
  for (const auto& [key, entity] : entities_) sorted.push_back(&entity);
  std::stable_sort(sorted.begin(), sorted.end(), [this](const Entity* a, const Entity* b) {
    if (Counted(*a) != Counted(*b)) return Counted(*a) > Counted(*b);
    return a->mentions > b->mentions;
  });
  if (sorted.size() > limit) sorted.resize(limit);
  return sorted;
}

std::vector<IngestFindings::CaseSeen> IngestFindings::SortedCases() const {
  std::vector<CaseSeen> sorted;
  for (const auto& [key, seen] : cases_) sorted.push_back(seen);
  std::stable_sort(sorted.begin(), sorted.end(), [](const CaseSeen& a, const CaseSeen& b) { return a.date > b.date; });
  return sorted;
}

void IngestFindings::PrintSummary(std::ostream& out, size_t top_entities, size_t top_cases) const {
  std::vector<const Entity*> top = TopEntities(top_entities);
  if (!top.empty()) out << "found most often:\n";
  for (const Entity* e : top) {
    const char* unit = count_ == Count::kDocuments ? " document" : " record";
    out << "  " << std::left << std::setw(13) << NodeTypeName(e->type) << e->name << "  (" << GroupThousands(Counted(*e))
        << unit << (Counted(*e) == 1 ? "" : "s") << ")\n";
  }
  std::vector<CaseSeen> cases = SortedCases();
  if (!cases.empty()) out << "cases:\n";
  for (size_t i = 0; i < cases.size() && i < top_cases; ++i) {
    const CaseSeen& c = cases[i];
    out << "  " << std::left << std::setw(10) << (c.date.empty() ? "undated" : c.date) << "  " << std::setw(19)
        << (c.kind.empty() ? "other" : c.kind) << c.name << (c.country.empty() ? "" : "  [" + c.country + "]") << "\n";
  }
  if (cases.size() > top_cases) {
    out << "  … " << GroupThousands(cases.size() - top_cases) << " more ('lkg cases' lists them all)\n";
  }
}

nlohmann::json IngestFindings::SummaryJson(size_t top_entities, size_t top_cases) const {
  nlohmann::json entities = nlohmann::json::array(), cases = nlohmann::json::array();
  for (const Entity* e : TopEntities(top_entities)) {
    entities.push_back({{"id", FormatNodeId(e->key)}, {"type", NodeTypeName(e->type)}, {"name", e->name},
                        {count_ == Count::kDocuments ? "documents" : "records", Counted(*e)}});
  }
  std::vector<CaseSeen> sorted = SortedCases();
  for (size_t i = 0; i < sorted.size() && i < top_cases; ++i) {
    const CaseSeen& c = sorted[i];
    cases.push_back({{"id", FormatNodeId(c.key)}, {"name", c.name}, {"kind", c.kind}, {"date", c.date},
                     {"country", c.country}});
  }
  return {{"top_entities", entities}, {"cases", cases}};
}

void PrintDocumentFacts(std::ostream& out, const DocumentFacts& facts, const std::string& document_id) {
  out << document_id << "  \"" << (facts.document.title.empty() ? "(untitled)" : facts.document.title) << "\"\n";
  std::map<NodeKey, const Node*> nodes = NodesByKey(facts);
  auto line = [&](std::string_view type, const std::string& text, const Evidence* e) {
    out << "    " << std::left << std::setw(16) << type << std::setw(50) << text;
    if (e) out << "  " << ConfidenceText(e->confidence) << "  " << e->extractor;
    out << "\n";
  };
  for (const NodeFact& n : facts.nodes) line(NodeTypeName(n.node.type), n.node.name, Strongest(n.evidence));
  for (const EdgeFact& e : facts.edges) line(EdgeTypeName(e.edge.type), EdgeLabel(e.edge, nodes), Strongest(e.evidence));
}

nlohmann::json DocumentFactsJson(const DocumentFacts& facts, const std::string& document_id) {
  std::map<NodeKey, const Node*> nodes = NodesByKey(facts);
  auto with_evidence = [](nlohmann::json j, const Evidence* e) {
    j["confidence"] = e ? e->confidence : 0.0;
    j["extractor"] = e ? e->extractor : "";
    return j;
  };
  nlohmann::json node_list = nlohmann::json::array(), edge_list = nlohmann::json::array();
  for (const NodeFact& n : facts.nodes) {
    node_list.push_back(with_evidence({{"id", FormatNodeId(n.node.key)}, {"type", NodeTypeName(n.node.type)},
                                       {"name", n.node.name}},
                                      Strongest(n.evidence)));
  }
  for (const EdgeFact& e : facts.edges) {
    auto name = [&](NodeKey key) { return nodes.count(key) ? nodes.at(key)->name : std::string(); };
    edge_list.push_back(with_evidence({{"type", EdgeTypeName(e.edge.type)}, {"source", FormatNodeId(e.edge.source)},
                                       {"target", FormatNodeId(e.edge.target)}, {"source_name", name(e.edge.source)},
                                       {"target_name", name(e.edge.target)}, {"properties", e.edge.properties}},
                                      Strongest(e.evidence)));
  }
  return {{"document", document_id}, {"title", facts.document.title}, {"nodes", node_list}, {"edges", edge_list}};
}

}  // namespace lkg::cli
