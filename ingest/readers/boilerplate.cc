#include "ingest/readers/boilerplate.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "ingest/resources.h"

namespace lkg::ingest {
namespace {

struct BoilerplateList {
  std::vector<std::string> exact;
  std::vector<std::string> prefixes;
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const BoilerplateList& List() {
  static const BoilerplateList list = [] {
    BoilerplateList l;
    std::string_view data = LkgIngestResource("boilerplate.txt");
    size_t pos = 0;
    while (pos < data.size()) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string_view::npos) nl = data.size();
      std::string_view line = data.substr(pos, nl - pos);
      pos = nl + 1;
      if (line.empty() || line[0] == '#') continue;
      if (line.substr(0, 7) == "prefix:") l.prefixes.push_back(std::string(line.substr(7)));
      else l.exact.push_back(std::string(line));
    }
    return l;
  }();
  return list;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "Showing 31-39 of 39 results", "Page 2 of 5".
bool IsPagerLine(const std::string& lower) {
  return (lower.rfind("showing ", 0) == 0 && lower.find(" results") != std::string::npos) ||
         (lower.rfind("page ", 0) == 0 && lower.find(" of ") != std::string::npos && lower.size() < 20);
}

std::string RemoveEmails(std::string_view line) {
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    size_t at = line.find('@', i);
    if (at == std::string_view::npos) break;
    size_t b = at, e = at + 1;
    while (b > i && !std::isspace(static_cast<unsigned char>(line[b - 1])) && line[b - 1] != '(') --b;
    while (e < line.size() && !std::isspace(static_cast<unsigned char>(line[e])) && line[e] != ')') ++e;
    bool email = b < at && e > at + 1 && line.substr(at + 1, e - at - 1).find('.') != std::string_view::npos;
    bool placeholder = line.substr(b, e - b) == "[email" || line.substr(at, e - at) == "@";
    out.append(line.substr(i, (email || placeholder) ? b - i : e - i));
    i = e;
  }
  out.append(line.substr(std::min(i, line.size())));
  // "[email protected]" as saved by some browsers.
  for (size_t p; (p = out.find("[email protected]")) != std::string::npos;) out.erase(p, 17);
  for (size_t p; (p = out.find(" ()")) != std::string::npos;) out.erase(p, 3);
  return out;
}

}  // namespace

bool IsBoilerplateLine(std::string_view line) {
  std::string lower = Lower(Trim(line));
  if (lower.empty()) return false;
  const BoilerplateList& list = List();
  if (std::find(list.exact.begin(), list.exact.end(), lower) != list.exact.end()) return true;
  for (const std::string& p : list.prefixes) {
    if (lower.rfind(p, 0) == 0) return true;
  }
  return IsPagerLine(lower);
}

std::string StripBoilerplate(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!IsBoilerplateLine(line)) {
      bool email = line.find('@') != std::string_view::npos || line.find("[email") != std::string_view::npos;
      out += email ? RemoveEmails(line) : std::string(line);
    }
    if (nl < text.size()) out.push_back('\n');
    pos = nl + 1;
  }
  return out;
}

}  // namespace lkg::ingest
