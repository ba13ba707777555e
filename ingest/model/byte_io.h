// Little-endian 32-bit integers in the model file formats (linear_model.h,
// model_bundle.h): one writer and one reader shared by both.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lkg::ingest::model {

// Appends `v` to `out` as 4 little-endian bytes.
inline void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

// Reads 4 little-endian bytes from the front of `in` into `*v` and drops
// them; false (nothing read) when fewer than 4 bytes remain.
inline bool GetU32(std::string_view* in, uint32_t* v) {
  if (in->size() < 4) return false;
  *v = 0;
  for (int i = 0; i < 4; ++i) *v |= static_cast<uint32_t>(static_cast<unsigned char>((*in)[i])) << (8 * i);
  in->remove_prefix(4);
  return true;
}

}  // namespace lkg::ingest::model
