// Safe image decoding: JPEG (libjpeg-turbo), PNG (libpng), WebP (libwebp),
// GIF (giflib, first frame) and BMP, from memory or from a file.
//
// Untrusted input contract: every decoder checks the dimensions in the header
// against DecodeLimits before allocating the pixel buffer, bounds its own
// working memory, and returns a Status naming the format and what was wrong
// (truncated, corrupt, unsupported, too large). It never crashes or hangs.
//
// Output is 8-bit samples, row-major, channel-interleaved, 1 channel (grey)
// or 3 (RGB). Alpha is dropped without compositing and EXIF orientation is
// ignored: this is what PDQ's reference pipeline hashes.
#ifndef VIGIL_MEDIA_H_
#define VIGIL_MEDIA_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/status.h"

namespace vigil {

enum class ImageFormat { kUnknown, kJpeg, kPng, kWebp, kGif, kBmp };

// "jpeg", "png", "webp", "gif", "bmp" or "unknown".
const char* ImageFormatName(ImageFormat format);

// Recognises the format from the first bytes (magic numbers only).
ImageFormat SniffImageFormat(std::string_view bytes);

struct DecodeLimits {
  int64_t max_pixels = 100'000'000;  // width * height
  int64_t max_bytes = 256 << 20;     // encoded size (files and buffers)
  // Longest accepted side. Hashing keeps ~65 rows of working memory, so a
  // 20,000,000 x 5 image within max_pixels would otherwise cost gigabytes;
  // JPEG itself stops at 65,500 and WebP at 16,383.
  int64_t max_side = 65'535;
};

struct Image {
  int width = 0;
  int height = 0;
  int channels = 0;  // 1 (grey) or 3 (RGB)
  ImageFormat format = ImageFormat::kUnknown;
  std::vector<uint8_t> pixels;  // height * width * channels bytes

  const uint8_t* row(int y) const { return pixels.data() + size_t(y) * width * channels; }
};

// Decodes `bytes` (format sniffed). `out` may be reused across calls: its
// buffer is kept, so a per-thread Image avoids reallocations.
Status DecodeImage(std::string_view bytes, const DecodeLimits& limits, Image* out);
StatusOr<Image> DecodeImage(std::string_view bytes, const DecodeLimits& limits = {});

// Reads `path` (refusing files over limits.max_bytes) and decodes it.
StatusOr<Image> DecodeImageFile(const std::string& path, const DecodeLimits& limits = {});

// Per-format entry points (what DecodeImage dispatches to; fuzz targets).
Status DecodeJpeg(std::string_view bytes, const DecodeLimits& limits, Image* out);
Status DecodePng(std::string_view bytes, const DecodeLimits& limits, Image* out);
Status DecodeWebp(std::string_view bytes, const DecodeLimits& limits, Image* out);
Status DecodeGif(std::string_view bytes, const DecodeLimits& limits, Image* out);
Status DecodeBmp(std::string_view bytes, const DecodeLimits& limits, Image* out);

}  // namespace vigil

#endif  // VIGIL_MEDIA_H_
