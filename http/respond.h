// Writing answers: JSON bodies with ETag/Cache-Control, JSON error bodies,
// and a guard that turns any escaped exception into a 500 without details.
// Internal to lkg_http.
#pragma once

#include <functional>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "engine/status.h"
#include "http/api_error.h"

namespace lkg::http {

// A non-JSON or downloadable answer (exports, assets).
struct Reply {
  std::string body;
  std::string content_type = "application/json";
  std::string filename;  // set: sent as an attachment with this name
};

// Sends `body` with an ETag (a hash of the bytes) and `cache_control`.
// Answers 304 with no body when the request's If-None-Match matches.
void SendCached(const httplib::Request& req, httplib::Response& res, std::string body,
                const std::string& content_type, const std::string& cache_control);

// Serialises `value` (invalid UTF-8 replaced) and sends it as a cacheable read.
void SendJson(const httplib::Request& req, httplib::Response& res, const nlohmann::json& value);

// Sends `value` with `status` and no caching (answers to writes).
void SendJsonNoCache(httplib::Response& res, int status, const nlohmann::json& value);

// Sends the JSON error body with the error's status.
void SendError(httplib::Response& res, const ApiError& error);

// Sends the error for a non-ok status; server-side failures are logged to
// stderr and answered with a generic message.
void SendStatus(httplib::Response& res, const Status& status);

// Runs `handler`; an exception escaping it becomes a 500 (logged, not shown).
void Guarded(httplib::Response& res, const std::function<void()>& handler);

}  // namespace lkg::http
