// Temporary: replaced by the RocksDB implementation (issue 3).
#include "engine/graph_store.h"

namespace lkg {

Result<std::unique_ptr<GraphStore>> GraphStore::Open(const std::string& dir, const StoreOptions&) {
  return Status::Internal("the store is not built yet: " + dir);
}

}  // namespace lkg
