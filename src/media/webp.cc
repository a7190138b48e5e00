// WebP (lossy, lossless, with alpha) through libwebp; alpha is dropped.
#include <webp/decode.h>

#include "media/decode_util.h"

namespace vigil {
namespace {

const char* VP8StatusName(VP8StatusCode s) {
  switch (s) {
    case VP8_STATUS_OUT_OF_MEMORY: return "out of memory";
    case VP8_STATUS_INVALID_PARAM: return "invalid parameter";
    case VP8_STATUS_BITSTREAM_ERROR: return "corrupt bitstream";
    case VP8_STATUS_UNSUPPORTED_FEATURE: return "unsupported feature";
    case VP8_STATUS_SUSPENDED: return "suspended";
    case VP8_STATUS_USER_ABORT: return "aborted";
    case VP8_STATUS_NOT_ENOUGH_DATA: return "truncated (not enough data)";
    default: return "decoding failed";
  }
}

}  // namespace

Status DecodeWebp(std::string_view bytes, const DecodeLimits& limits, Image* out) {
  VIGIL_RETURN_IF_ERROR(media_internal::CheckBytes("WebP", bytes, limits));
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  WebPBitstreamFeatures f;
  VP8StatusCode st = WebPGetFeatures(data, bytes.size(), &f);
  if (st != VP8_STATUS_OK) return CorruptionError(std::string("WebP: ") + VP8StatusName(st));
  if (f.has_animation) return UnimplementedError("WebP: animated WebP is not supported");
  VIGIL_RETURN_IF_ERROR(
      media_internal::AllocateImage("WebP", f.width, f.height, 3, ImageFormat::kWebp, limits, out));
  WebPDecoderConfig config;
  if (!WebPInitDecoderConfig(&config)) return InternalError("WebP: library version mismatch");
  config.output.colorspace = MODE_RGB;
  config.output.is_external_memory = 1;
  config.output.u.RGBA.rgba = out->pixels.data();
  config.output.u.RGBA.stride = out->width * 3;
  config.output.u.RGBA.size = out->pixels.size();
  st = WebPDecode(data, bytes.size(), &config);
  WebPFreeDecBuffer(&config.output);
  if (st != VP8_STATUS_OK) return CorruptionError(std::string("WebP: ") + VP8StatusName(st));
  return Status::OK();
}

}  // namespace vigil
