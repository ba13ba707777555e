// Checks and repair of a store's files, below the graph model (for
// `lkg check`; the graph invariants are GraphReader::CheckConsistency).
#pragma once

#include <string>

#include "engine/status.h"

namespace lkg {

// Opens the store in `dir` read-only and reads every block of every table
// file, checking its checksum. Corruption naming the damaged file.
Status VerifyStoreFiles(const std::string& dir);

// Rebuilds the MANIFEST of the store in `dir` from the files that are still
// readable (RocksDB's repair): after a truncated MANIFEST or a corrupt table
// file, what can be read is kept and the store opens again. The store must
// not be open anywhere. Lost facts are not restored: check, then re-ingest.
Status RepairStoreFiles(const std::string& dir);

}  // namespace lkg
