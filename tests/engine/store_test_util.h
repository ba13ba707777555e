// Helpers for store tests: a temporary directory and short builders of
// documents and facts.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "engine/graph_store.h"

namespace lkg::testing {

// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "lkg-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data()) ? pattern : std::string();
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  // A path inside the directory (not created).
  std::string Sub(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline Evidence Ev(uint32_t start, uint32_t end, std::string sentence, double confidence = 0.9,
                   std::string extractor = "rule:test") {
  Evidence e;
  e.start = start;
  e.end = end;
  e.sentence = std::move(sentence);
  e.extractor = std::move(extractor);
  e.confidence = confidence;
  return e;
}

inline NodeFact NodeOf(NodeType type, std::string name, std::vector<std::string> aliases = {},
                       nlohmann::json properties = nlohmann::json::object(), uint32_t start = 0) {
  NodeFact fact;
  fact.node.type = type;
  fact.node.key = EntityKey(type, name);
  fact.node.name = name;
  fact.node.aliases = std::move(aliases);
  fact.node.properties = std::move(properties);
  fact.evidence.push_back(Ev(start, start + static_cast<uint32_t>(name.size()), "… " + name + " …"));
  return fact;
}

inline EdgeFact EdgeOf(NodeKey source, EdgeType type, NodeKey target, double confidence = 0.8,
                       nlohmann::json properties = nlohmann::json::object(), uint32_t start = 0) {
  EdgeFact fact;
  fact.edge.source = source;
  fact.edge.type = type;
  fact.edge.target = target;
  fact.edge.properties = std::move(properties);
  fact.evidence.push_back(Ev(start, start + 10, "edge sentence", confidence));
  return fact;
}

inline DocumentFacts DocOf(std::string text, std::string url = "", std::string title = "A title") {
  DocumentFacts facts;
  facts.document.text = std::move(text);
  facts.document.url = std::move(url);
  facts.document.title = std::move(title);
  facts.document.lang = "en";
  facts.document.published = "2024-01-02";
  return facts;
}

inline NodeKey KeyOf(NodeType type, const std::string& name) { return EntityKey(type, name); }

// Opens a writable store in `dir` or fails the test.
inline std::unique_ptr<GraphStore> OpenOrDie(const std::string& dir, bool read_only = false) {
  StoreOptions options;
  options.read_only = read_only;
  auto store = GraphStore::Open(dir, options);
  if (!store.ok()) throw std::runtime_error("open failed: " + store.status().ToString());
  return std::move(*store);
}

}  // namespace lkg::testing
