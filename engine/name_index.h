// A full scan of the name index, for lookups that compare every name (the
// forgiving resolver's other spellings and near misses).
#pragma once

#include "engine/graph_store.h"

namespace lkg {

// Calls `visit` with every indexed name and alias (normalised, in
// NameMatch::matched) of `reader`'s store, with its node and type; `exact`
// is false. A store reader scans index keys only, far cheaper than
// ForEachNode; any other reader derives them from ForEachNode. Stops when
// `visit` returns false.
Status ForEachIndexedName(const GraphReader& reader, const Visitor<NameMatch>& visit);

}  // namespace lkg
