// What an `lkg ingest` run found, for the people who ran it: the entities
// named in the most documents and the cases of the run (the closing summary),
// or with --show-facts every fact of each document with its confidence.
#pragma once

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/records.h"

namespace lkg::cli {

class IngestFindings {
 public:
  // What "most often" counts: the documents naming an entity (articles), or
  // its evidence records (imports: one per record naming it).
  enum class Count { kDocuments, kRecords };
  explicit IngestFindings(Count count = Count::kDocuments) : count_(count) {}

  // Records the resolved facts one stored document (or import chunk) gave.
  void Add(const DocumentFacts& facts);

  // "found most often:" with up to `top_entities` unions, companies, people
  // and organizations ordered by how many documents (records) of the run name them,
  // then "Cases:" newest first (up to `top_cases`, then how many more).
  // Prints nothing when the run found nothing.
  void PrintSummary(std::ostream& out, size_t top_entities, size_t top_cases) const;

  // The summary as JSON: {"top_entities": [{id,type,name,documents|records}],
  // "cases": [{id,name,kind,date,country}]}.
  nlohmann::json SummaryJson(size_t top_entities, size_t top_cases) const;

 private:
  struct Entity {
    NodeKey key = 0;
    NodeType type = NodeType::kOrganization;
    std::string name;
    size_t documents = 0;
    size_t mentions = 0;
  };
  struct CaseSeen {
    NodeKey key;
    std::string name, kind, date, country;
  };
  std::vector<const Entity*> TopEntities(size_t limit) const;
  std::vector<CaseSeen> SortedCases() const;

  size_t Counted(const Entity& e) const { return count_ == Count::kDocuments ? e.documents : e.mentions; }

  Count count_;
  std::map<NodeKey, Entity> entities_;
  std::map<NodeKey, CaseSeen> cases_;
};

// Every node and edge of one document with its best confidence and rule:
//   d:… "Title"
//     union     Mining and Metallurgy Trade Union of Kyrgyzstan  0.95  rule:…
//     has_role  Eldar Tadjibaev -> MMTUK (chair)                 0.90  rule:…
// Edge ends not among the document's nodes are shown by id.
void PrintDocumentFacts(std::ostream& out, const DocumentFacts& facts, const std::string& document_id);

// The same as JSON: {"document", "title", "nodes": [{id,type,name,confidence,extractor}],
// "edges": [{type,source,target,source_name,target_name,properties,confidence,extractor}]}
// (confidence and extractor of the strongest evidence, at full precision).
nlohmann::json DocumentFactsJson(const DocumentFacts& facts, const std::string& document_id);

}  // namespace lkg::cli
