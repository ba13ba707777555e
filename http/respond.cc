#include "http/respond.h"

#include <cstdio>
#include <cstring>
#include <exception>

#include "engine/ids.h"

namespace lkg::http {
namespace {

constexpr const char* kApiCacheControl = "no-cache";  // revalidate with the ETag every time

std::string Hex16(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

// The ETag's hash of an answer: four independent 8-byte lanes (the
// byte-at-a-time StableHash64 cost ~15% of a 2-hop answer). Not stored
// anywhere, so only stable within one build.
uint64_t BodyHash(std::string_view bytes) {
  constexpr uint64_t kMul = 0xff51afd7ed558ccdULL, kSeed = 0x9e3779b97f4a7c15ULL;
  uint64_t lane[4] = {kSeed, kSeed ^ 1, kSeed ^ 2, kSeed ^ 3};
  const char* p = bytes.data();
  size_t n = bytes.size(), i = 0;
  for (; i + 32 <= n; i += 32) {
    for (int j = 0; j < 4; ++j) {
      uint64_t w;
      std::memcpy(&w, p + i + 8 * j, 8);
      lane[j] = (lane[j] ^ w) * kMul;
      lane[j] ^= lane[j] >> 29;
    }
  }
  uint64_t h = n * kSeed;
  for (; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 0x100000001b3ULL;
  for (uint64_t l : lane) {
    h = (h ^ l) * kMul;
    h ^= h >> 31;
  }
  return h;
}

bool IfNoneMatchHits(const std::string& header, const std::string& etag) {
  if (header.empty()) return false;
  if (header == "*") return true;
  size_t start = 0;
  while (start < header.size()) {
    size_t comma = header.find(',', start);
    if (comma == std::string::npos) comma = header.size();
    std::string item = header.substr(start, comma - start);
    size_t b = item.find_first_not_of(' '), e = item.find_last_not_of(' ');
    if (b != std::string::npos) item = item.substr(b, e - b + 1);
    if (item.rfind("W/", 0) == 0) item = item.substr(2);
    if (item == etag) return true;
    start = comma + 1;
  }
  return false;
}

}  // namespace

void SendCached(const httplib::Request& req, httplib::Response& res, std::string body,
                const std::string& content_type, const std::string& cache_control) {
  std::string etag(1, '"');
  etag.append(Hex16(BodyHash(body))).push_back('"');
  res.set_header("ETag", etag);
  res.set_header("Cache-Control", cache_control);
  if (IfNoneMatchHits(req.get_header_value("If-None-Match"), etag)) {
    res.status = 304;
    return;
  }
  res.status = 200;
  res.set_content(std::move(body), content_type.c_str());
}

void SendJson(const httplib::Request& req, httplib::Response& res, const nlohmann::json& value) {
  SendCached(req, res, value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
             "application/json", kApiCacheControl);
}

void SendJsonNoCache(httplib::Response& res, int status, const nlohmann::json& value) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

void SendError(httplib::Response& res, const ApiError& error) {
  res.status = error.http_status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(ErrorBody(error), "application/json");
}

void SendStatus(httplib::Response& res, const Status& status) {
  std::string logged;
  ApiError error = ErrorFromStatus(status, &logged);
  if (!logged.empty()) std::fprintf(stderr, "lkg serve: %s\n", logged.c_str());
  SendError(res, error);
}

void Guarded(httplib::Response& res, const std::function<void()>& handler) {
  try {
    handler();
  } catch (const std::exception& e) {
    SendStatus(res, Status::Internal(std::string("unexpected exception: ") + e.what()));
  } catch (...) {
    SendStatus(res, Status::Internal("unexpected exception"));
  }
}

}  // namespace lkg::http
