#include "ingest/resolution/jurisdiction.h"

#include <unordered_set>

#include "engine/ids.h"
#include "ingest/resources.h"
#include "ingest/text/norm_key.h"

namespace lkg::ingest {
namespace {

const std::unordered_set<std::string>& GenericWords() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    std::string_view data = LkgIngestResource("generic_body_words.txt");
    size_t pos = 0;
    while (pos < data.size()) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string_view::npos) nl = data.size();
      std::string_view line = data.substr(pos, nl - pos);
      pos = nl + 1;
      if (!line.empty() && line[0] != '#') out.insert(NormKey(line));
    }
    return out;
  }();
  return words;
}

}  // namespace

bool IsGenericBodyName(std::string_view name) {
  std::string key = NormKey(name);
  if (key.find(' ') == std::string::npos) return false;
  const auto& words = GenericWords();
  size_t pos = 0;
  while (pos <= key.size()) {
    size_t sp = key.find(' ', pos);
    if (sp == std::string::npos) sp = key.size();
    if (!words.count(key.substr(pos, sp - pos))) return false;
    pos = sp + 1;
  }
  return true;
}

std::string JurisdictionOf(const Node& node) {
  auto it = node.properties.find("jurisdiction");
  return it != node.properties.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void SetJurisdiction(Node& node, const std::string& country) {
  node.properties["jurisdiction"] = country;
  node.key = EntityKey(node.type, node.name + " (" + country + ")");
}

}  // namespace lkg::ingest
