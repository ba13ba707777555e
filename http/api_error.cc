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
  if (status.code() == StatusCode::kIOError && status.message().find("no space left") != std::string::npos) {
    if (logged) *logged = status.ToString();
    return ApiError{507, "insufficient_storage", "the server's disk is full: the write was not stored"};
  }
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

namespace {

const char* ReasonPhrase(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 507: return "Insufficient Storage";
    default: return status < 500 ? "Bad Request" : "Internal Server Error";
  }
}

}  // namespace

std::string ErrorAnswer(const ApiError& error, const std::string& extra_headers) {
  std::string body = ErrorBody(error);
  return "HTTP/1.1 " + std::to_string(error.http_status) + " " + ReasonPhrase(error.http_status) + "\r\n" +
         extra_headers +
         "Content-Type: application/json\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
         "Connection: close\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace lkg::http
