// Numbers for people (cli/human_format.h) and the progress line (cli/progress.h).
#include <doctest/doctest.h>

#include <sstream>

#include "cli/human_format.h"
#include "cli/progress.h"

namespace lkg::cli {
namespace {

TEST_CASE("scores keep three significant digits, confidences two decimals") {
  CHECK(ScoreText(0.000817221) == "0.000817");
  CHECK(ScoreText(12.3456) == "12.3");
  CHECK(ScoreText(4) == "4");
  CHECK(ScoreText(0) == "0");
  CHECK(ScoreText(1234.6) == "1235");
  CHECK(ConfidenceText(0.8999999762) == "0.90");
  CHECK(ConfidenceText(1.0) == "1.00");
}

TEST_CASE("durations, counts and sizes read like prose") {
  CHECK(DurationText(5.95947) == "5.96 s");
  CHECK(DurationText(0.0123) == "12.3 ms");
  CHECK(DurationText(42.25) == "42.2 s");
  CHECK(DurationText(125.4) == "2 min 5 s");
  CHECK(DurationText(7300) == "2 h 1 min");
  CHECK(GroupThousands(0) == "0");
  CHECK(GroupThousands(999) == "999");
  CHECK(GroupThousands(1234567) == "1,234,567");
  CHECK(BytesText(512) == "512 B");
  CHECK(BytesText(1536) == "1.5 KiB");
  CHECK(BytesText(3u << 20) == "3.0 MiB");
}

TEST_CASE("the progress line shows count, share, rate and time left") {
  CHECK(Progress::Line("documents", 1200, 4000, 10) == "1,200 / 4,000 documents  30%  120/s  0:23 left");
  CHECK(Progress::Line("records", 50, 0, 2) == "50 records  25/s");
  CHECK(Progress::Line("bytes", 3u << 20, 0, 1) == "3.0 MiB  3.0 MiB/s");
  CHECK(Progress::Line("documents", 0, 10, 0) == "0 / 10 documents  0%");
  CHECK(Progress::Line("documents", 12, 10, 1) == "12 / 10 documents  100%  12/s");
}

TEST_CASE("progress draws only when enabled, and clears its line when finished") {
  std::ostringstream quiet;
  {
    Progress off(quiet, false, "documents", 10);
    off.Update(5);
  }
  CHECK(quiet.str().empty());
  std::ostringstream tty;
  Progress on(tty, true, "documents", 10);
  on.Update(1);  // within the first 200 ms: not drawn yet
  CHECK(tty.str().empty());
  on.Finish();
  CHECK(tty.str().empty());  // nothing drawn, nothing to clear
}

}  // namespace
}  // namespace lkg::cli
