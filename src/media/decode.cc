#include <cstring>

#include "media/decode_util.h"
#include "vigil/digest.h"
#include "vigil/media.h"

namespace vigil {
namespace media_internal {

Status CheckBytes(const char* format, std::string_view bytes, const DecodeLimits& limits) {
  if (int64_t(bytes.size()) > limits.max_bytes) {
    return ResourceExhaustedError(std::string(format) + ": " + std::to_string(bytes.size()) +
                                  " bytes exceed the limit of " +
                                  std::to_string(limits.max_bytes));
  }
  if (bytes.empty()) return InvalidArgumentError(std::string(format) + ": empty input");
  return Status::OK();
}

Status AllocateImage(const char* format, int64_t width, int64_t height, int channels,
                     ImageFormat fmt, const DecodeLimits& limits, Image* out) {
  if (width <= 0 || height <= 0) {
    return CorruptionError(std::string(format) + ": invalid dimensions " + std::to_string(width) +
                           "x" + std::to_string(height));
  }
  // Both factors are below 2^32 here, so the product cannot overflow.
  if (width > (int64_t(1) << 31) || height > (int64_t(1) << 31) ||
      width * height > limits.max_pixels) {
    return ResourceExhaustedError(std::string(format) + ": " + std::to_string(width) + "x" +
                                  std::to_string(height) + " exceeds the limit of " +
                                  std::to_string(limits.max_pixels) + " pixels");
  }
  if (width > limits.max_side || height > limits.max_side) {
    return ResourceExhaustedError(std::string(format) + ": " + std::to_string(width) + "x" +
                                  std::to_string(height) + " exceeds the limit of " +
                                  std::to_string(limits.max_side) + " pixels per side");
  }
  out->width = int(width);
  out->height = int(height);
  out->channels = channels;
  out->format = fmt;
  out->pixels.resize(size_t(width) * size_t(height) * size_t(channels));
  return Status::OK();
}

}  // namespace media_internal

const char* ImageFormatName(ImageFormat format) {
  switch (format) {
    case ImageFormat::kJpeg: return "jpeg";
    case ImageFormat::kPng: return "png";
    case ImageFormat::kWebp: return "webp";
    case ImageFormat::kGif: return "gif";
    case ImageFormat::kBmp: return "bmp";
    default: return "unknown";
  }
}

ImageFormat SniffImageFormat(std::string_view b) {
  auto starts = [&](std::string_view magic) {
    return b.size() >= magic.size() && std::memcmp(b.data(), magic.data(), magic.size()) == 0;
  };
  if (starts("\xFF\xD8\xFF")) return ImageFormat::kJpeg;
  if (starts("\x89PNG\r\n\x1A\n")) return ImageFormat::kPng;
  if (starts("GIF87a") || starts("GIF89a")) return ImageFormat::kGif;
  if (b.size() >= 12 && starts("RIFF") && std::memcmp(b.data() + 8, "WEBP", 4) == 0) {
    return ImageFormat::kWebp;
  }
  if (starts("BM")) return ImageFormat::kBmp;
  return ImageFormat::kUnknown;
}

Status DecodeImage(std::string_view bytes, const DecodeLimits& limits, Image* out) {
  switch (SniffImageFormat(bytes)) {
    case ImageFormat::kJpeg: return DecodeJpeg(bytes, limits, out);
    case ImageFormat::kPng: return DecodePng(bytes, limits, out);
    case ImageFormat::kWebp: return DecodeWebp(bytes, limits, out);
    case ImageFormat::kGif: return DecodeGif(bytes, limits, out);
    case ImageFormat::kBmp: return DecodeBmp(bytes, limits, out);
    default:
      return UnimplementedError(bytes.empty() ? "image: empty input"
                                              : "image: not a JPEG, PNG, WebP, GIF or BMP file");
  }
}

StatusOr<Image> DecodeImage(std::string_view bytes, const DecodeLimits& limits) {
  Image img;
  VIGIL_RETURN_IF_ERROR(DecodeImage(bytes, limits, &img));
  return img;
}

StatusOr<Image> DecodeImageFile(const std::string& path, const DecodeLimits& limits) {
  auto bytes = ReadFileBounded(path, limits.max_bytes);
  if (!bytes.ok()) return bytes.status();
  Image img;
  Status s = DecodeImage(*bytes, limits, &img);
  if (!s.ok()) return s.WithContext(path);
  return img;
}

}  // namespace vigil
