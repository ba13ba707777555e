#include "engine/status.h"

namespace lkg {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kNotFound: return "not_found";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kAlreadyExists: return "already_exists";
    case StatusCode::kCorruption: return "corruption";
    case StatusCode::kIncompatible: return "incompatible";
    case StatusCode::kBusy: return "busy";
    case StatusCode::kLimitExceeded: return "limit_exceeded";
    case StatusCode::kIOError: return "io_error";
    case StatusCode::kInternal: return "internal";
  }
  return "internal";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

}  // namespace lkg
