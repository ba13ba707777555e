#include "ingest/readers/input_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <istream>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/readers/html_reader.h"

namespace lkg::ingest {
namespace {

namespace fs = std::filesystem;

std::string Extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

bool Supported(const std::string& ext) {
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".jsonl" || ext == ".json" || ext == ".md";
}

std::string StringField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

void ReadJsonLines(std::istream& in, const std::string& origin, const RecordSink& on_record,
                   const ProblemSink& on_problem) {
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = origin + ":" + std::to_string(number);
    Result<InputRecord> r = RecordFromJson(line, where);
    if (r.ok()) on_record(std::move(r).value());
    else on_problem(where, r.status());
  }
}

// A .json file: one record, or an array of records.
void ReadJsonDocument(const std::string& bytes, const std::string& origin, const RecordSink& on_record,
                      const ProblemSink& on_problem) {
  nlohmann::json j = nlohmann::json::parse(bytes, nullptr, false);
  if (j.is_discarded()) {
    std::istringstream lines(bytes);  // maybe JSON Lines with a .json name
    ReadJsonLines(lines, origin, on_record, on_problem);
    return;
  }
  if (!j.is_array()) j = nlohmann::json::array({j});
  size_t index = 0;
  for (const auto& item : j) {
    std::string where = origin + "[" + std::to_string(index++) + "]";
    Result<InputRecord> r = RecordFromJson(item.dump(), where);
    if (r.ok()) on_record(std::move(r).value());
    else on_problem(where, r.status());
  }
}

void ReadWholeFile(const fs::path& p, const RecordSink& on_record, const ProblemSink& on_problem) {
  std::string origin = p.string();
  std::error_code ec;
  uintmax_t size = fs::file_size(p, ec);
  if (ec) return on_problem(origin, Status::IOError("cannot read file: " + ec.message()));
  if (size > kMaxFileBytes) {
    return on_problem(origin, Status::LimitExceeded("file is " + std::to_string(size) + " bytes; the limit is " +
                                                    std::to_string(kMaxFileBytes) + " bytes per article file"));
  }
  std::ifstream in(p, std::ios::binary);
  if (!in) return on_problem(origin, Status::IOError("cannot open file (permission denied or unreadable)"));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return on_problem(origin, Status::IOError("read error"));
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    return on_problem(origin, Status::InvalidArgument("empty file"));
  }
  if (Extension(p) == ".json") return ReadJsonDocument(bytes, origin, on_record, on_problem);
  InputRecord r;
  r.origin = origin;
  r.html = Extension(p) == ".html" || Extension(p) == ".htm";
  r.body = std::move(bytes);
  on_record(std::move(r));
}

void ReadFile(const fs::path& p, const RecordSink& on_record, const ProblemSink& on_problem) {
  if (Extension(p) == ".jsonl") {
    std::ifstream in(p, std::ios::binary);
    if (!in) return on_problem(p.string(), Status::IOError("cannot open file (permission denied or unreadable)"));
    return ReadJsonLines(in, p.string(), on_record, on_problem);
  }
  ReadWholeFile(p, on_record, on_problem);
}

}  // namespace

Result<InputRecord> RecordFromJson(const std::string& json_text, const std::string& origin) {
  nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false);
  if (j.is_discarded()) return Status::InvalidArgument("malformed JSON");
  if (!j.is_object()) return Status::InvalidArgument("a record must be a JSON object");
  InputRecord r;
  r.origin = origin;
  if (j.contains("text") && j["text"].is_string()) {
    r.body = j["text"].get<std::string>();
  } else if (j.contains("html") && j["html"].is_string()) {
    r.body = j["html"].get<std::string>();
    r.html = true;
  } else {
    return Status::InvalidArgument("a record needs a \"text\" or \"html\" string");
  }
  r.title = StringField(j, "title");
  r.url = StringField(j, "url");
  r.date = StringField(j, "date");
  r.source = StringField(j, "source");
  return r;
}

void ReadStream(std::istream& in, const std::string& origin, const RecordSink& on_record,
                const ProblemSink& on_problem) {
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return on_problem(origin, Status::InvalidArgument("empty input"));
  if (bytes[first] == '{' || bytes[first] == '[') {
    std::istringstream lines(bytes);
    if (bytes[first] == '[') return ReadJsonDocument(bytes, origin, on_record, on_problem);
    return ReadJsonLines(lines, origin, on_record, on_problem);
  }
  InputRecord r;
  r.origin = origin;
  r.html = LooksLikeHtml(bytes);
  r.body = std::move(bytes);
  on_record(std::move(r));
}

void ReadPath(const std::string& path, const RecordSink& on_record, const ProblemSink& on_problem) {
  std::error_code ec;
  fs::path p(path);
  fs::file_status st = fs::status(p, ec);
  if (ec || !fs::exists(st)) return on_problem(path, Status::NotFound("no such file or directory"));
  if (!fs::is_directory(st)) return ReadFile(p, on_record, on_problem);
  std::vector<fs::path> files;
  fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
  if (ec) return on_problem(path, Status::IOError("cannot read directory: " + ec.message()));
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) { on_problem(it->path().string(), Status::IOError(ec.message())); break; }
    const fs::path& f = it->path();
    if (f.filename().string().rfind('.', 0) == 0) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && Supported(Extension(f))) files.push_back(f);
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) ReadFile(f, on_record, on_problem);
}

}  // namespace lkg::ingest
