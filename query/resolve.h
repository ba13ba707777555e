// Turning what a user typed (an id like "n:0123…" or an exact name/alias)
// into a node key.
#pragma once

#include <string_view>

#include "engine/graph_store.h"

namespace lkg::query {

// The node `text` names: an "n:" id of an existing node, or the one node
// whose name or alias normalises to the same key. NotFound when nothing
// matches; InvalidArgument listing the candidates when several do.
Result<NodeKey> ResolveNode(const GraphReader& reader, std::string_view text);

}  // namespace lkg::query
