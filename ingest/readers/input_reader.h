// Reading articles from files, directories and streams: .txt, .html/.htm,
// .jsonl/.json records {"text"|"html", "title", "url", "date", "source"}.
// Every problem is reported with where it happened and reading goes on.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

#include "engine/status.h"

namespace lkg::ingest {

// One article as read, before normalisation.
struct InputRecord {
  std::string origin;  // "path", "path:LINE" for JSONL, "-" for stdin
  std::string body;    // text or HTML
  bool html = false;
  std::string title, url, date, source;
};

// Largest .txt/.html file read whole (JSONL files are streamed line by line).
inline constexpr size_t kMaxFileBytes = 8u << 20;

using RecordSink = std::function<void(InputRecord&&)>;
using ProblemSink = std::function<void(const std::string& origin, const Status& status)>;

// Reads `path` (a file, or a directory walked recursively in name order,
// skipping hidden files and files of other extensions). Calls on_record for
// each article and on_problem for each unreadable file, empty or binary
// file, or broken JSONL line (with its line number).
void ReadPath(const std::string& path, const RecordSink& on_record, const ProblemSink& on_problem);

// Reads one stream named `origin`: JSONL when it starts with "{", HTML when
// it looks like HTML, plain text otherwise.
void ReadStream(std::istream& in, const std::string& origin, const RecordSink& on_record,
                const ProblemSink& on_problem);

// Parses one JSON record (object with "text" or "html"). InvalidArgument
// naming what is wrong otherwise.
Result<InputRecord> RecordFromJson(const std::string& json_text, const std::string& origin);

}  // namespace lkg::ingest
