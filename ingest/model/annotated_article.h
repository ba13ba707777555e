// Annotated articles (shared/spec/gold-format.md): the text of an article and
// the facts a person marked in it. Training and evaluation read them from a
// folder of NAME.txt + NAME.json pairs.
#pragma once

#include <string>
#include <vector>

#include "engine/status.h"

namespace lkg::ingest::model {

struct GoldNode {
  std::string type;  // union | company | country | person | organization
  std::string name;
  std::vector<std::string> aliases;
};

struct GoldEdge {
  std::string type;  // has_role | affiliated_with | organizes_at | subsidiary_of | located_in
  std::string source;
  std::string target;
  std::string role;  // has_role only, may be empty
};

struct GoldCase {
  std::string kind;
  std::string date;  // ISO partial date or ""
  std::string country;
  std::vector<std::string> victims, perpetrators, unions, companies;
};

struct AnnotatedArticle {
  std::string path;  // the .json file it came from
  std::string url;
  std::string text;  // the .txt beside it, exactly as stored
  std::vector<GoldNode> nodes;
  std::vector<GoldEdge> edges;
  std::vector<GoldCase> cases;
};

// Reads one annotation `json_path` and the text beside it (same name, .txt).
// InvalidArgument names the file and what is wrong (bad JSON, missing text,
// unknown node type or case kind).
Result<AnnotatedArticle> ReadAnnotatedArticle(const std::string& json_path);

// Reads every *.json with a .txt beside it in `dir`, sorted by file name.
// Annotations whose text is missing are skipped and counted in `*missing_texts`
// (may be null)
// (texts of publishers' articles live outside git; see tests/data/corpus).
// NotFound when `dir` is not a folder; an unreadable annotation fails the call.
Result<std::vector<AnnotatedArticle>> ReadAnnotatedFolder(const std::string& dir, int* missing_texts);

}  // namespace lkg::ingest::model
