#include "cli/human_format.h"

#include <cmath>
#include <cstdio>

namespace lkg::cli {
namespace {

// `value` with `digits` significant digits, trailing zeros after the point
// dropped ("%g" style, never in exponent form for the ranges printed here).
std::string Significant(double value, int digits) {
  if (value == 0 || !std::isfinite(value)) return value == 0 ? "0" : std::to_string(value);
  int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(value))));
  int decimals = digits - 1 - magnitude;
  if (decimals < 0) decimals = 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string text = buf;
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

}  // namespace

std::string GroupThousands(uint64_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string ScoreText(double score) { return Significant(score, 3); }

std::string ConfidenceText(double confidence) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", confidence);
  return buf;
}

std::string DurationText(double seconds) {
  if (seconds < 1) return Significant(seconds * 1000, 3) + " ms";
  if (seconds < 100) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f s", seconds < 10 ? 2 : 1, seconds);
    return buf;
  }
  long long whole = std::llround(seconds);
  if (whole < 3600) return std::to_string(whole / 60) + " min " + std::to_string(whole % 60) + " s";
  return std::to_string(whole / 3600) + " h " + std::to_string(whole % 3600 / 60) + " min";
}

std::string BytesText(uint64_t bytes) {
  char buf[32];
  if (bytes >= (1ull << 30)) std::snprintf(buf, sizeof buf, "%.1f GiB", bytes / double(1ull << 30));
  else if (bytes >= (1ull << 20)) std::snprintf(buf, sizeof buf, "%.1f MiB", bytes / double(1ull << 20));
  else if (bytes >= 1024) std::snprintf(buf, sizeof buf, "%.1f KiB", bytes / 1024.0);
  else std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(bytes));
  return buf;
}

}  // namespace lkg::cli
