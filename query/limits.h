// Hard limits every query runs under, so no request can exhaust memory or
// time: a cap on returned rows, on traversal depth, on visited vertices and
// a wall-clock budget. Exceeding depth, work or time gives LimitExceeded;
// exceeding `max_results` truncates the answer and says so.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "engine/status.h"

namespace lkg::query {

struct QueryLimits {
  size_t max_results = 1000;      // rows/nodes returned; more are cut and `truncated` set
  int max_depth = 6;              // hops for neighbours and path length
  size_t max_visited = 5'000'000; // vertices a traversal may touch before giving up
  double time_budget_ms = 10'000; // wall-clock budget per query
};

// A wall-clock budget started at construction. Expired() is cheap enough to
// call every few hundred steps.
class Deadline {
 public:
  explicit Deadline(double budget_ms)
      : end_(std::chrono::steady_clock::now() +
             std::chrono::microseconds(static_cast<long long>(budget_ms * 1000))),
        budget_ms_(budget_ms) {}

  bool Expired() const { return std::chrono::steady_clock::now() > end_; }

  // LimitExceeded naming `what` and the budget.
  Status TimeoutStatus(const std::string& what) const {
    return Status::LimitExceeded(what + " exceeded the time budget of " +
                                 std::to_string(static_cast<long long>(budget_ms_)) + " ms");
  }

 private:
  std::chrono::steady_clock::time_point end_;
  double budget_ms_;
};

}  // namespace lkg::query
