// RepairStoreFiles lives in rocks_db.cc, next to the options it repairs with.
#include "engine/store_check.h"

#include <exception>

#include "engine/rocks_db.h"

namespace lkg {

Status VerifyStoreFiles(const std::string& dir) {
  StoreOptions options;
  options.read_only = true;
  Result<std::unique_ptr<internal::RocksDb>> db = internal::RocksDb::Open(dir, options);
  if (!db.ok()) return db.status();
  try {
    return internal::FromRocks((*db)->db()->VerifyChecksum(), "a table file of the store at '" + dir + "' is damaged");
  } catch (const std::exception& e) {
    return Status::IOError(std::string("cannot verify the files of the store at '" + dir + "': ") + e.what());
  }
}

}  // namespace lkg
