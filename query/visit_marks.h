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
    if (stamp_.size() != n || generation_ == UINT32_MAX) {
      stamp_.assign(n, 0);
      value_.resize(n);
      aux_.resize(n);
      generation_ = 0;
    }
    ++generation_;
  }
  bool Marked(VertexId v) const { return stamp_[v] == generation_; }
  // Marks v and stores a value with it (a distance, a parent, a side).
  void Mark(VertexId v, uint32_t value = 0, uint32_t aux = 0) {
    stamp_[v] = generation_;
    value_[v] = value;
    aux_[v] = aux;
  }
  uint32_t Value(VertexId v) const { return value_[v]; }
  uint32_t Aux(VertexId v) const { return aux_[v]; }

 private:
  std::vector<uint32_t> stamp_;
  std::vector<uint32_t> value_;
  std::vector<uint32_t> aux_;
  uint32_t generation_ = 0;
};

// The calling thread's scratch marks number `slot` (0..3), reset for `n` vertices.
VisitMarks& ThreadMarks(int slot, size_t n);

}  // namespace lkg::query
