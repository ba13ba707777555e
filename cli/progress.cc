#include "cli/progress.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

#include "cli/human_format.h"

namespace lkg::cli {
namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(200);

std::string Amount(const std::string& unit, uint64_t value) {
  return unit == "bytes" ? BytesText(value) : GroupThousands(value);
}

std::string Clock(double seconds) {
  long long s = static_cast<long long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%lld:%02lld", s / 60, s % 60);
  return buf;
}

}  // namespace

Progress::Progress(std::ostream& err, bool enabled, std::string unit, uint64_t total)
    : err_(err), enabled_(enabled), unit_(std::move(unit)), total_(total),
      start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

Progress::~Progress() { Finish(); }

std::string Progress::Line(const std::string& unit, uint64_t done, uint64_t total, double seconds) {
  std::string line = Amount(unit, done);
  if (total > 0) line += " / " + Amount(unit, total);
  if (unit != "bytes") line += " " + unit;
  if (total > 0) line += "  " + std::to_string(done >= total ? 100 : done * 100 / total) + "%";
  if (seconds <= 0 || done == 0) return line;
  double rate = done / seconds;
  line += "  " + (unit == "bytes" ? BytesText(static_cast<uint64_t>(rate)) : ScoreText(rate)) + "/s";
  if (total > done) line += "  " + Clock((total - done) / rate) + " left";
  return line;
}

void Progress::Update(uint64_t done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  std::string line = Line(unit_, done, total_, std::chrono::duration<double>(now - start_).count());
  size_t width = line.size();
  if (width < drawn_width_) line += std::string(drawn_width_ - width, ' ');
  err_ << '\r' << line << std::flush;
  drawn_width_ = std::max(width, drawn_width_);
}

void Progress::Finish() {
  if (!enabled_ || drawn_width_ == 0) return;
  err_ << '\r' << std::string(drawn_width_, ' ') << '\r' << std::flush;
  drawn_width_ = 0;
}

}  // namespace lkg::cli
