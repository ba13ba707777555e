#include "query/clean_decimal.h"

#include <charconv>
#include <cstdlib>

namespace lkg::query {

std::string CleanDecimalText(float value) {
  char buffer[32];
  std::to_chars_result end = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end.ptr);
}

double CleanDecimal(float value) { return std::strtod(CleanDecimalText(value).c_str(), nullptr); }

}  // namespace lkg::query
