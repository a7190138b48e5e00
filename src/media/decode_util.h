// Helpers shared by the decoders: limit checks before allocation.
#ifndef VIGIL_MEDIA_DECODE_UTIL_H_
#define VIGIL_MEDIA_DECODE_UTIL_H_

#include <string>
#include <string_view>

#include "vigil/media.h"

namespace vigil::media_internal {

// Checks the encoded size against limits.max_bytes.
Status CheckBytes(const char* format, std::string_view bytes, const DecodeLimits& limits);

// Checks header dimensions (positive, product within limits.max_pixels)
// and, when OK, sizes `out` for width x height x channels samples.
Status AllocateImage(const char* format, int64_t width, int64_t height, int channels,
                     ImageFormat fmt, const DecodeLimits& limits, Image* out);

}  // namespace vigil::media_internal

#endif  // VIGIL_MEDIA_DECODE_UTIL_H_
