// Per-thread scratch arrays for traversals over a snapshot: a "visited"
// stamp per vertex that is cleared in O(1) by bumping a generation, so a
// small query on a large graph does not pay O(n) to start.
#pragma once

#include <cstdint>
#include <vector>

#include "query/snapshot.h"

namespace lkg::query {

class VisitMarks {
 public:
  // Starts a new traversal over `n` vertices: every vertex becomes unmarked.
  void Reset(size_t n) {
    if (slots_.size() != n || generation_ == UINT32_MAX) {
      slots_.assign(n, Slot{});
      generation_ = 0;
    }
    ++generation_;
  }
  bool Marked(VertexId v) const { return slots_[v].stamp == generation_; }
  // Marks v and stores a value with it (a distance, a parent, a side).
  void Mark(VertexId v, uint32_t value = 0, uint32_t aux = 0) { slots_[v] = Slot{generation_, value, aux}; }
  uint32_t Value(VertexId v) const { return slots_[v].value; }
  uint32_t Aux(VertexId v) const { return slots_[v].aux; }

 private:
  // Stamp, value and aux side by side: one cache line per visited vertex
  // (three separate arrays cost three misses on a large graph).
  struct Slot {
    uint32_t stamp = 0, value = 0, aux = 0;
  };
  std::vector<Slot> slots_;
  uint32_t generation_ = 0;
};

// The calling thread's scratch marks number `slot` (0..3), reset for `n` vertices.
VisitMarks& ThreadMarks(int slot, size_t n);

}  // namespace lkg::query
