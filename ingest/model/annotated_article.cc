#include "ingest/model/annotated_article.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace lkg::ingest::model {
namespace {

const std::set<std::string> kNodeTypes = {"union", "company", "country", "person", "organization"};
const std::set<std::string> kEdgeTypes = {"has_role", "affiliated_with", "organizes_at", "subsidiary_of",
                                          "located_in"};
const std::set<std::string> kCaseKinds = {"arrest",    "detention",     "imprisonment", "dismissal",
                                          "union_busting", "refusal_to_bargain", "violence", "death",
                                          "court_ruling",  "strike_ban",    "legislation",  "other"};

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  *out = buf.str();
  return true;
}

std::vector<std::string> Strings(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  if (!j.contains(key) || !j[key].is_array()) return out;
  for (const auto& s : j[key]) {
    if (s.is_string()) out.push_back(s.get<std::string>());
  }
  return out;
}

std::string StringOr(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

Status ParseFacts(const nlohmann::json& j, AnnotatedArticle* a) {
  for (const auto& n : j.value("nodes", nlohmann::json::array())) {
    GoldNode node{StringOr(n, "type"), StringOr(n, "name"), Strings(n, "aliases")};
    if (!kNodeTypes.count(node.type)) return Status::InvalidArgument("unknown node type '" + node.type + "'");
    a->nodes.push_back(std::move(node));
  }
  for (const auto& e : j.value("edges", nlohmann::json::array())) {
    GoldEdge edge{StringOr(e, "type"), StringOr(e, "source"), StringOr(e, "target"), StringOr(e, "role")};
    if (!kEdgeTypes.count(edge.type)) return Status::InvalidArgument("unknown edge type '" + edge.type + "'");
    a->edges.push_back(std::move(edge));
  }
  for (const auto& c : j.value("cases", nlohmann::json::array())) {
    GoldCase gc{StringOr(c, "kind"), StringOr(c, "date"), StringOr(c, "country"), Strings(c, "victims"),
                Strings(c, "perpetrators"), Strings(c, "unions"), Strings(c, "companies")};
    if (!kCaseKinds.count(gc.kind)) return Status::InvalidArgument("unknown case kind '" + gc.kind + "'");
    a->cases.push_back(std::move(gc));
  }
  return Status::Ok();
}

}  // namespace

Result<AnnotatedArticle> ReadAnnotatedArticle(const std::string& json_path) {
  AnnotatedArticle a;
  a.path = json_path;
  std::string bytes;
  if (!ReadFile(json_path, &bytes)) return Status::NotFound("cannot read annotation " + json_path);
  std::string txt_path = std::filesystem::path(json_path).replace_extension(".txt").string();
  if (!ReadFile(txt_path, &a.text)) return Status::NotFound("no text beside " + json_path + " (" + txt_path + ")");
  try {
    nlohmann::json j = nlohmann::json::parse(bytes);
    if (!j.is_object()) return Status::InvalidArgument(json_path + ": not a JSON object");
    a.url = StringOr(j, "url");
    Status s = ParseFacts(j, &a);
    if (!s.ok()) return Status::InvalidArgument(json_path + ": " + s.message());
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidArgument(json_path + ": malformed JSON: " + e.what());
  }
  return a;
}

Result<std::vector<AnnotatedArticle>> ReadAnnotatedFolder(const std::string& dir, int* missing_texts) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Status::NotFound("no annotated folder at '" + dir + "'");
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<AnnotatedArticle> out;
  int ignored = 0;
  if (missing_texts == nullptr) missing_texts = &ignored;
  *missing_texts = 0;
  for (const std::string& p : paths) {
    if (!std::filesystem::exists(std::filesystem::path(p).replace_extension(".txt"), ec)) {
      ++*missing_texts;
      continue;
    }
    Result<AnnotatedArticle> a = ReadAnnotatedArticle(p);
    if (!a.ok()) return a.status();
    out.push_back(std::move(*a));
  }
  return out;
}

}  // namespace lkg::ingest::model
