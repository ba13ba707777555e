// The source of an edge for exports that carry one per edge (GraphML, GEXF):
// the sentence of its first evidence record with its document's URL, title
// and date, as Gephi and Cytoscape users read them in the edge table.
#pragma once

#include <array>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>

#include "engine/graph_store.h"

namespace lkg::query {

// The export keys of a source, in the order EdgeSource::Fields gives them.
inline constexpr std::array<const char*, 4> kEdgeSourceKeys = {"sentence", "source_url", "source_title",
                                                               "source_date"};

struct EdgeSource {
  std::string sentence;
  std::string url;
  std::string title;
  std::string date;  // the document's publication date (ISO, possibly partial), or ""

  // The export keys and values: sentence, source_url, source_title, source_date.
  std::array<std::pair<const char*, const std::string*>, 4> Fields() const {
    return {{{kEdgeSourceKeys[0], &sentence}, {kEdgeSourceKeys[1], &url}, {kEdgeSourceKeys[2], &title},
             {kEdgeSourceKeys[3], &date}}};
  }
  // Calls write(key, value) for each non-empty field: the attributes GraphML
  // and GEXF put on an edge.
  template <typename Write>
  void ForEachField(Write&& write) const {
    for (const auto& [key, value] : Fields()) {
      if (!value->empty()) write(key, *value);
    }
  }
};

// Looks sources up through `reader`, reading each document once.
class EdgeSources {
 public:
  explicit EdgeSources(const GraphReader& reader) : reader_(reader) {}

  // The source of `edge`; all fields empty when it has no evidence, and the
  // document fields empty when its document is gone. Store errors other
  // than NotFound are passed through.
  Result<EdgeSource> Of(const Edge& edge);

  // The source of `edge` as attributes: write(key, value) for each
  // non-empty field (what GraphML and GEXF put on an edge). Errors as Of.
  Status Write(const Edge& edge, const std::function<void(const char* key, const std::string& value)>& write);

 private:
  const GraphReader& reader_;
  std::unordered_map<DocKey, EdgeSource> documents_;  // url, title, date of each document read
};

}  // namespace lkg::query
