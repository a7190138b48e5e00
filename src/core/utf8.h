// UTF-8 validation helpers.
#ifndef VIGIL_CORE_UTF8_H_
#define VIGIL_CORE_UTF8_H_

#include <cstddef>
#include <string_view>

namespace vigil {

// Returns the byte offset of the first invalid UTF-8 sequence in `s`, or
// std::string_view::npos when `s` is valid (overlongs, surrogates and code
// points above U+10FFFF are invalid).
size_t FindInvalidUtf8(std::string_view s);

}  // namespace vigil

#endif  // VIGIL_CORE_UTF8_H_
