// Numbers for people: rounded scores and confidences, durations, counts with
// thousands separators, byte sizes. JSON output keeps full precision; these
// are only for the text the commands print.
#pragma once

#include <cstdint>
#include <string>

namespace lkg::cli {

// "12,345".
std::string GroupThousands(uint64_t value);
// A centrality score with 3 significant digits: 0.000817221 -> "0.000817",
// 12.3456 -> "12.3", 4 -> "4".
std::string ScoreText(double score);
// A confidence in [0,1] with two decimals: 0.8999999762 -> "0.90".
std::string ConfidenceText(double confidence);
// Seconds with 3 significant digits and a unit: 5.95947 -> "5.96 s",
// 0.0123 -> "12.3 ms", 125.4 -> "2 min 5 s".
std::string DurationText(double seconds);
// 1536 -> "1.5 KiB".
std::string BytesText(uint64_t bytes);

}  // namespace lkg::cli
