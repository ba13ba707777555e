// The explorer page: only files of the embedded asset set are served, looked
// up by exact name, so no request can reach the file system.
#include "http/assets.h"
#include "http/routes.h"

namespace lkg::http {

const char* AssetContentType(std::string_view name) {
  auto ends = [&](std::string_view ext) {
    return name.size() >= ext.size() && name.substr(name.size() - ext.size()) == ext;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "application/javascript";  // exact: httplib gzips only this form
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  return "application/octet-stream";
}

namespace {

constexpr const char* kPagePolicy =
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

void SendAsset(const httplib::Request& req, httplib::Response& res, std::string_view name) {
  std::string_view data = LkgWebAsset(name);
  if (data.empty()) {
    SendError(res, ApiError{404, "not_found", "no such page or asset"});
    return;
  }
  res.set_header("Content-Security-Policy", kPagePolicy);
  SendCached(req, res, std::string(data), AssetContentType(name), "no-cache");
}

}  // namespace

void RegisterAssetRoutes(httplib::Server& server) {
  server.Get("/", [](const httplib::Request& req, httplib::Response& res) { SendAsset(req, res, "index.html"); });
  server.Get(R"(/assets/([A-Za-z0-9_.-]+))", [](const httplib::Request& req, httplib::Response& res) {
    SendAsset(req, res, req.matches[1].str());
  });
}

}  // namespace lkg::http
