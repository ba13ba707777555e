// 405 Method Not Allowed: a method the route does not serve gets 405 with
// the route's Allow header (httplib alone answers 404, or 400 for methods it
// does not know; those are refused in http/keep_alive.cc with this table).
#include <regex>

#include "http/routes.h"

namespace lkg::http {

std::string AllowedMethods(const std::string& path) {
  static const std::regex kReadOnly(
      R"(/|/assets/[A-Za-z0-9_.-]+|/api/v1/(health|stats|search|path|rank|communities|export|cases|events)|)"
      R"(/api/v1/(nodes|edges)/[^/]+|/api/v1/nodes/[^/]+/(neighbors|hub))");
  static const std::regex kDocument(R"(/api/v1/documents/.+)");
  if (path == "/api/v1/documents") return "GET, HEAD, POST, OPTIONS";
  if (std::regex_match(path, kDocument)) return "GET, HEAD, DELETE, OPTIONS";
  if (std::regex_match(path, kReadOnly)) {
    return path.rfind("/api/", 0) == 0 ? "GET, HEAD, OPTIONS" : "GET, HEAD";
  }
  return "";
}

void RegisterMethodNotAllowed(httplib::Server& server) {
  auto refuse = [](const httplib::Request& req, httplib::Response& res) {
    std::string allow = AllowedMethods(req.path);
    if (allow.empty()) {
      SendError(res, ApiError{404, "not_found", "no such route"});
      return;
    }
    res.set_header("Allow", allow);
    SendError(res, ApiError{405, "method_not_allowed", "this method is not allowed here; allowed: " + allow});
  };
  // Registered after every route: httplib tries handlers in order.
  server.Post(".*", refuse);
  server.Delete(".*", refuse);
  server.Put(".*", refuse);
  server.Patch(".*", refuse);
}

}  // namespace lkg::http
