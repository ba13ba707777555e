#include "http/api_error.h"

#include <nlohmann/json.hpp>

namespace lkg::http {

int HttpStatusFor(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return 200;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kAlreadyExists: return 409;
    case StatusCode::kLimitExceeded: return 422;
    case StatusCode::kBusy: return 503;
    case StatusCode::kCorruption:
    case StatusCode::kIncompatible:
    case StatusCode::kIOError:
    case StatusCode::kInternal: return 500;
  }
  return 500;
}

ApiError ErrorFromStatus(const Status& status, std::string* logged) {
  ApiError error{HttpStatusFor(status.code()), StatusCodeName(status.code()), status.message()};
  if (error.http_status >= 500 && status.code() != StatusCode::kBusy) {
    if (logged) *logged = status.ToString();
    error.message = "the server could not complete the request (see the server log)";
  }
  return error;
}

ApiError Unauthorized(std::string message) { return {401, "unauthorized", std::move(message)}; }
ApiError Forbidden(std::string message) { return {403, "forbidden", std::move(message)}; }
ApiError NotImplemented(std::string message) { return {501, "not_implemented", std::move(message)}; }
ApiError PayloadTooLarge(std::string message) { return {413, "payload_too_large", std::move(message)}; }

std::string ErrorBody(const ApiError& error) {
  nlohmann::json body = {{"error", {{"code", error.code}, {"message", error.message}}}};
  // Replace invalid UTF-8 (e.g. echoed user input) rather than throw.
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lkg::http
