// The checks a request must pass from its head alone, before any body byte
// is read: the Host it names (against DNS rebinding), and for writes the
// Origin (against cross-site requests), read-only mode and authorisation.
// Internal to lkg_http.
#pragma once

#include <optional>
#include <string_view>

#include "http/api_error.h"
#include "http/request_reader.h"
#include "http/server_options.h"

namespace lkg::http {

// True for a request that changes the store (POST/PUT/PATCH/DELETE under
// /api/v1/documents).
bool IsWriteRequest(std::string_view method, std::string_view path);

// True when the host part of a Host header value (port dropped, [v6]
// unbracketed, case ignored) is a loopback name, `options.host`, or one of
// `options.allowed_hosts`.
bool HostAllowed(std::string_view host_header, const ServerOptions& options);

// nullopt when the request may go on; else the answer: 403 for a Host not
// served (HTTP/1.1 needs one), for a write from another Origin, in read-only
// mode, or (without a token) a write lacking 'Content-Type: application/json'
// (POST) or an 'X-Requested-With' header; 401 for a missing or wrong bearer
// token when one is configured.
std::optional<ApiError> CheckRequestHead(const RequestHead& head, const ServerOptions& options);

}  // namespace lkg::http
