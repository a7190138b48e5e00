#ifndef VIGIL_CORE_HEX_H_
#define VIGIL_CORE_HEX_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace vigil {

// Lower-cases *s in place if it is exactly `len` hex digits; returns false
// (leaving *s unspecified) otherwise.
bool NormalizeHex(std::string* s, size_t len);

// Hex-encodes bytes in lower case.
std::string ToHex(const uint8_t* data, size_t n);

// Decodes `hex` (even length, any case) into out[0..hex.size()/2). Returns false on a bad digit.
bool FromHex(std::string_view hex, uint8_t* out);

}  // namespace vigil

#endif  // VIGIL_CORE_HEX_H_
