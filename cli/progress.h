// A progress line for long commands (ingest, import, export, train): count,
// rate and time left, redrawn in place on stderr at most a few times a second.
// Shown only when stderr is a terminal (CommandContext::err_is_tty), so pipes,
// logs and tests never see it.
#pragma once

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace lkg::cli {

class Progress {
 public:
  // `unit` names what is counted ("documents", "records", "bytes": bytes are
  // shown as KiB/MiB). `total` 0 = unknown (no percentage, no time left).
  // Draws nothing at all when `enabled` is false.
  Progress(std::ostream& err, bool enabled, std::string unit, uint64_t total = 0);
  ~Progress();  // Finish()

  // Reports that `done` units are complete; redraws when 200 ms have passed.
  void Update(uint64_t done);
  // Clears the line (call before printing anything else to stderr); idempotent.
  void Finish();

  // The line as drawn after `seconds` with `done` complete, e.g.
  // "1,200 / 4,000 documents  30%  85.3/s  0:32 left" (exposed for tests).
  static std::string Line(const std::string& unit, uint64_t done, uint64_t total, double seconds);

 private:
  std::ostream& err_;
  bool enabled_;
  std::string unit_;
  uint64_t total_;
  std::chrono::steady_clock::time_point start_, last_draw_;
  size_t drawn_width_ = 0;  // characters on the line now (0: nothing drawn)
};

}  // namespace lkg::cli
