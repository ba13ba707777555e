#include "query/resolve.h"

#include <string>

namespace lkg::query {
namespace {

// "<prefix>'<text>'<suffix>", built by appending (GCC 12 warns falsely on
// the operator+ chain form).
std::string Quoted(const char* prefix, std::string_view text, const char* suffix) {
  std::string message = prefix;
  message += '\'';
  message.append(text);
  message += '\'';
  message += suffix;
  return message;
}

}  // namespace

Result<NodeKey> ResolveNode(const GraphReader& reader, std::string_view text) {
  if (std::optional<NodeKey> key = ParseNodeId(text)) {
    Result<Node> node = reader.GetNode(*key);
    if (!node.ok()) return Status::NotFound(Quoted("no node with id ", text, ""));
    return *key;
  }
  Result<std::vector<NodeKey>> found = reader.FindByName(text, std::nullopt);
  if (!found.ok()) return found.status();
  if (found->empty()) return Status::NotFound(Quoted("no node named ", text, ""));
  if (found->size() == 1) return found->front();
  std::string message = Quoted("", text, " names ");
  message += std::to_string(found->size());
  message += " nodes; use an id:";
  for (size_t i = 0; i < found->size() && i < 10; ++i) {
    message += ' ';
    message += FormatNodeId((*found)[i]);
  }
  return Status::InvalidArgument(message);
}

}  // namespace lkg::query
