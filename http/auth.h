// Write authorisation: bearer tokens compared in constant time.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/status.h"
#include "http/api_error.h"

namespace lkg::http {

// True when `a` equals `b`. The time taken depends only on the lengths, not
// on where the first difference is.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// Reads the token from `path`: the file's content without surrounding
// whitespace. InvalidArgument when the file is empty, NotFound when it
// cannot be read.
Result<std::string> LoadTokenFile(const std::string& path);

// Decides whether a write may run. `token` is the configured token (nullopt:
// none needed); `authorization` is the request's Authorization header.
// Returns nullopt when allowed, else the error: 403 in read-only mode, 401
// for a missing, malformed or wrong bearer token.
std::optional<ApiError> CheckWrite(bool read_only, const std::optional<std::string>& token,
                                   std::string_view authorization);

}  // namespace lkg::http
