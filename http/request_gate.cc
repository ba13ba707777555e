#include "http/request_gate.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "http/auth.h"

namespace lkg::http {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "Example.org:8080" → "example.org"; "[::1]:80" → "::1".
std::string HostName(std::string_view host_header) {
  if (!host_header.empty() && host_header.front() == '[') {
    size_t close = host_header.find(']');
    return close == std::string_view::npos ? std::string() : Lower(host_header.substr(1, close - 1));
  }
  return Lower(host_header.substr(0, host_header.find(':')));
}

// The media type of a Content-Type value, without parameters, lower case.
std::string MediaType(std::string_view content_type) {
  std::string_view type = content_type.substr(0, content_type.find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  return Lower(type);
}

// True when the request's Origin (if any) may write: the page of this same
// server (scheme + Host), or the origin allowed with --allow-origin.
bool OriginMayWrite(const RequestHead& head, const ServerOptions& options) {
  std::string_view origin = head.Get("Origin");
  if (head.Count("Origin") == 0) return true;  // not sent by a browser across sites
  if (!options.allow_origin.empty() && (options.allow_origin == "*" || options.allow_origin == origin)) return true;
  std::string host = Lower(head.Get("Host"));
  return !host.empty() && (Lower(origin) == "http://" + host || Lower(origin) == "https://" + host);
}

std::optional<ApiError> CheckWriteHead(const RequestHead& head, const ServerOptions& options) {
  if (options.read_only) return Forbidden("the server runs with --read-only: writes are refused");
  if (!OriginMayWrite(head, options)) {
    return Forbidden("writes from the origin '" + std::string(head.Get("Origin")) + "' are refused");
  }
  if (options.token) return CheckWrite(false, options.token, head.Get("Authorization"));
  if (head.method == "POST" && MediaType(head.Get("Content-Type")) != "application/json") {
    return Forbidden("a write needs 'Content-Type: application/json'");
  }
  if (head.Get("X-Requested-With").empty()) {
    return Forbidden("a write needs an 'X-Requested-With' header (or start the server with --token-file)");
  }
  return std::nullopt;
}

}  // namespace

bool IsWriteRequest(std::string_view method, std::string_view path) {
  bool unsafe = method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
  return unsafe && (path == "/api/v1/documents" || path.rfind("/api/v1/documents/", 0) == 0);
}

bool HostAllowed(std::string_view host_header, const ServerOptions& options) {
  std::string name = HostName(host_header);
  if (name.empty()) return false;
  if (name == "localhost" || name == "127.0.0.1" || name == "::1") return true;
  if (name == Lower(options.host) && options.host != "0.0.0.0" && options.host != "::") return true;
  return std::any_of(options.allowed_hosts.begin(), options.allowed_hosts.end(),
                     [&name](const std::string& allowed) { return Lower(allowed) == name; });
}

std::optional<ApiError> CheckRequestHead(const RequestHead& head, const ServerOptions& options) {
  if (head.Count("Host") > 0 && !HostAllowed(head.Get("Host"), options)) {
    return Forbidden("the host '" + std::string(head.Get("Host")) +
                     "' is not served here (start lkg serve with --allowed-host NAME)");
  }
  if (IsWriteRequest(head.method, head.Path())) return CheckWriteHead(head, options);
  return std::nullopt;
}

}  // namespace lkg::http
