#include "http/auth.h"

#include <fstream>
#include <sstream>

namespace lkg::http {

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  // Compare over the longer length so a short guess costs as long as a full one.
  size_t n = a.size() > b.size() ? a.size() : b.size();
  volatile unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff = diff | (x ^ y);
  }
  return diff == 0;
}

Result<std::string> LoadTokenFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read the token file " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string token = buffer.str();
  const char* space = " \t\r\n";
  size_t first = token.find_first_not_of(space);
  if (first == std::string::npos) return Status::InvalidArgument("the token file " + path + " is empty");
  size_t last = token.find_last_not_of(space);
  return token.substr(first, last - first + 1);
}

std::optional<ApiError> CheckWrite(bool read_only, const std::optional<std::string>& token,
                                   std::string_view authorization) {
  if (read_only) return Forbidden("the server runs with --read-only: writes are refused");
  if (!token) return std::nullopt;
  constexpr std::string_view kScheme = "Bearer ";
  if (authorization.size() <= kScheme.size() || authorization.substr(0, kScheme.size()) != kScheme) {
    return Unauthorized("this write needs an 'Authorization: Bearer <token>' header");
  }
  if (!ConstantTimeEquals(authorization.substr(kScheme.size()), *token)) {
    return Unauthorized("the bearer token is not valid");
  }
  return std::nullopt;
}

}  // namespace lkg::http
