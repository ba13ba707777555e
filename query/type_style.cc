#include "query/type_style.h"

#include <cmath>

namespace lkg::query {

Rgb TypeColor(NodeType type) {
  switch (type) {
    case NodeType::kUnion: return {0x00, 0x72, 0xB2};
    case NodeType::kCompany: return {0xE6, 0x9F, 0x00};
    case NodeType::kCountry: return {0x00, 0x9E, 0x73};
    case NodeType::kPerson: return {0xCC, 0x79, 0xA7};
    case NodeType::kOrganization: return {0x56, 0xB4, 0xE9};
    case NodeType::kCase: return {0xD5, 0x5E, 0x00};
    case NodeType::kDocument: return {0x44, 0x44, 0x44};
    case NodeType::kEvent: return {0xF0, 0xE4, 0x42};
    case NodeType::kPlace: break;
  }
  return {0x8C, 0x8C, 0x8C};
}

double NodeSize(uint64_t degree) {
  double size = 10.0 + 4.0 * std::sqrt(static_cast<double>(degree));
  return std::round(size * 10.0) / 10.0;
}

}  // namespace lkg::query
