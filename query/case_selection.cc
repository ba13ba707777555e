#include "query/case_selection.h"

#include <algorithm>

#include "engine/name_normalizer.h"
#include "query/filter.h"

namespace lkg::query {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Result<std::unordered_set<NodeKey>> CasesOfActor(const GraphReader& reader, NodeKey actor, const Deadline& deadline) {
  std::unordered_set<NodeKey> cases;
  Status status = reader.ForEachAdjacent(actor, [&](const Adjacent& adjacent) {
    if (!adjacent.outgoing) cases.insert(adjacent.other);  // case edges point from the case
    return !deadline.Expired();
  });
  if (!status.ok()) return status;
  if (deadline.Expired()) return deadline.TimeoutStatus("case listing");
  return cases;
}

// The normalised canonical names of the countries `texts` name.
Result<std::vector<std::string>> CountryNames(const GraphReader& reader, const std::vector<std::string>& texts) {
  std::vector<std::string> names;
  for (const std::string& text : texts) {
    Result<NodeKey> country = ResolveCountry(reader, text);
    if (!country.ok()) return country.status();
    Result<Node> node = reader.GetNode(*country);
    if (!node.ok()) return node.status();
    names.push_back(NormalizeName(node->name));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string StringProperty(const Node& node, const char* name) {
  auto it = node.properties.find(name);
  return it != node.properties.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

Result<CaseSelection> CaseSelection::Make(const GraphReader& reader, const CasesRequest& request,
                                          const Deadline& deadline) {
  CaseSelection s;
  for (const std::string& kind : request.kinds) {
    if (!IsCaseKind(kind)) return Status::InvalidArgument("unknown case kind '" + kind + "'");
    if (!Contains(s.kinds_, kind)) s.kinds_.push_back(kind);
  }
  Result<std::vector<std::string>> countries = CountryNames(reader, request.countries);
  if (!countries.ok()) return countries.status();
  s.countries_ = std::move(*countries);
  if (s.kinds_.size() == 1) s.walk_.kind = s.kinds_.front();
  if (s.countries_.size() == 1) s.walk_.country = s.countries_.front();
  s.walk_.since = request.since;
  s.walk_.until = request.until;
  if (request.actor) {
    Result<std::unordered_set<NodeKey>> cases = CasesOfActor(reader, *request.actor, deadline);
    if (!cases.ok()) return cases.status();
    s.actor_cases_ = std::move(*cases);
  }
  s.source_ = Lower(request.source);
  return s;
}

Result<bool> CaseSelection::FromSource(const GraphReader& reader, NodeKey key) const {
  Result<std::vector<Evidence>> evidence = reader.NodeEvidence(key, 64);
  if (!evidence.ok()) return evidence.status();
  for (const Evidence& e : *evidence) {
    auto it = document_matches_.find(e.document);
    if (it == document_matches_.end()) {
      Result<Document> doc = reader.GetDocument(e.document);
      bool match = doc.ok() && (Lower(doc->source).find(source_) != std::string::npos ||
                                Lower(doc->url).find(source_) != std::string::npos);
      it = document_matches_.emplace(e.document, match).first;
    }
    if (it->second) return true;
  }
  return false;
}

Result<bool> CaseSelection::Keeps(const GraphReader& reader, NodeKey key) const {
  if (actor_cases_ && !actor_cases_->count(key)) return false;
  if (kinds_.size() > 1 || countries_.size() > 1) {
    Result<Node> node = reader.GetNode(key);
    if (!node.ok()) return node.status();
    if (kinds_.size() > 1 && !Contains(kinds_, StringProperty(*node, "kind"))) return false;
    if (countries_.size() > 1 && !Contains(countries_, NormalizeName(StringProperty(*node, "country")))) return false;
  }
  if (!source_.empty()) return FromSource(reader, key);
  return true;
}

Status CaseSelection::ForEach(const GraphReader& reader, const Deadline& deadline,
                              const Visitor<NodeKey>& visit) const {
  Status inner;
  LKG_RETURN_IF_ERROR(reader.ForEachCase(walk_, [&](const NodeKey& key) {
    Result<bool> keep = Keeps(reader, key);
    if (!keep.ok()) {
      inner = keep.status();
      return false;
    }
    if (*keep && !visit(key)) return false;
    return !deadline.Expired();
  }));
  return inner;
}

}  // namespace lkg::query
