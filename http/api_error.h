// ApiError: the one mapping from a Status (or an HTTP-only failure such as a
// missing token) to an HTTP status code and the JSON error body
// {"error": {"code": "not_found", "message": "…"}}.
#pragma once

#include <string>

#include "engine/status.h"

namespace lkg::http {

struct ApiError {
  int http_status = 500;
  std::string code;     // lower_snake, stable: "not_found", "unauthorized", …
  std::string message;  // for people; never a path or a stack trace
};

// The HTTP status for a StatusCode: not_found 404, invalid_argument 400,
// already_exists 409, limit_exceeded 422, busy 503, everything else 500.
int HttpStatusFor(StatusCode code);

// The ApiError for a non-ok `status`. For server-side failures (corruption,
// I/O, internal, incompatible) the message is replaced by a generic one so no
// file path leaks; the original goes to `logged` when it is not null.
ApiError ErrorFromStatus(const Status& status, std::string* logged = nullptr);

// Errors that exist only at the HTTP layer.
ApiError Unauthorized(std::string message);      // 401
ApiError Forbidden(std::string message);         // 403
ApiError NotImplemented(std::string message);    // 501
ApiError PayloadTooLarge(std::string message);   // 413

// The JSON body of `error` (serialised, valid UTF-8).
std::string ErrorBody(const ApiError& error);

// A whole HTTP/1.1 answer carrying `error` and 'Connection: close', for the
// connection loop (before cpp-httplib sees a request). `extra_headers` are
// complete header lines ("Allow: GET\r\n"), or "".
std::string ErrorAnswer(const ApiError& error, const std::string& extra_headers = "");

}  // namespace lkg::http
