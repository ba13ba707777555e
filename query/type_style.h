// How exports draw node types for Gephi (GEXF viz:color): the colours of
// the explorer page's legend (http/web/src/style.js), a colour-blind-safe
// palette.
#pragma once

#include <cstdint>

#include "engine/schema.h"

namespace lkg::query {

struct Rgb {
  uint8_t r, g, b;
};

// The colour of `type` (grey for types without one of their own).
Rgb TypeColor(NodeType type);

// A node size growing with the square root of its degree: 10 for an
// isolated node, 10 + 4 * sqrt(degree) otherwise, rounded to a tenth.
double NodeSize(uint64_t degree);

}  // namespace lkg::query
