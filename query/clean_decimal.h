// Numbers in exports as people wrote them: a float confidence of 0.6 is
// exported as 0.6, not as its double widening 0.6000000238418579.
#pragma once

#include <string>

namespace lkg::query {

// The double whose shortest decimal form is the shortest decimal form of
// `value` (0.6f -> 0.6).
double CleanDecimal(float value);

// That shortest decimal form as text ("0.6", "1", "0.95").
std::string CleanDecimalText(float value);

}  // namespace lkg::query
