// BMP (Windows DIB): 1/4/8-bit palette, 16/24/32-bit with or without
// bit-field masks, bottom-up or top-down. RLE and embedded JPEG/PNG are
// refused as unsupported. Every offset is checked against the buffer.
#include <bit>
#include <cstring>

#include "media/decode_util.h"

namespace vigil {
namespace {

uint32_t Le32(const uint8_t* p) { return p[0] | p[1] << 8 | p[2] << 16 | uint32_t(p[3]) << 24; }
uint16_t Le16(const uint8_t* p) { return uint16_t(p[0] | p[1] << 8); }

struct Mask {
  uint32_t mask = 0;
  int shift = 0;
  uint32_t max = 0;
  void Set(uint32_t m) {
    mask = m;
    shift = m ? std::countr_zero(m) : 0;
    max = m ? (m >> shift) : 0;
  }
  uint8_t Get(uint32_t v) const {
    if (max == 0) return 0;
    return uint8_t((uint64_t((v & mask) >> shift) * 255 + max / 2) / max);
  }
};

struct BmpHeader {
  int64_t width = 0, height = 0;
  bool top_down = false;
  int bpp = 0;
  uint32_t compression = 0;
  uint32_t pixel_offset = 0;
  uint32_t palette_offset = 0;
  int palette_entry = 4;  // bytes per palette entry (3 in OS/2 core headers)
  uint32_t palette_count = 0;
  Mask r, g, b;
};

Status ParseHeader(const uint8_t* d, size_t n, BmpHeader* h) {
  if (n < 26) return CorruptionError("BMP: truncated header");
  h->pixel_offset = Le32(d + 10);
  const uint32_t dib = Le32(d + 14);
  if (dib == 12) {
    h->width = Le16(d + 18);
    h->height = Le16(d + 20);
    h->bpp = Le16(d + 24);
    h->palette_entry = 3;
  } else if (dib >= 40 && dib <= 1024) {
    if (n < 14 + size_t(dib)) return CorruptionError("BMP: truncated header");
    h->width = int32_t(Le32(d + 18));
    const int32_t hh = int32_t(Le32(d + 22));
    h->top_down = hh < 0;
    h->height = hh < 0 ? -int64_t(hh) : hh;
    h->bpp = Le16(d + 28);
    h->compression = Le32(d + 30);
    h->palette_count = Le32(d + 46);
  } else {
    return CorruptionError("BMP: unknown header size " + std::to_string(dib));
  }
  h->palette_offset = 14 + dib;
  const int bpp = h->bpp;
  if (bpp != 1 && bpp != 4 && bpp != 8 && bpp != 16 && bpp != 24 && bpp != 32) {
    return CorruptionError("BMP: unsupported bit depth " + std::to_string(bpp));
  }
  if (h->compression == 3 || h->compression == 6) {  // BITFIELDS / ALPHABITFIELDS
    if (bpp != 16 && bpp != 32) return CorruptionError("BMP: bit fields need 16 or 32 bits");
    const size_t at = dib >= 52 ? 54 : 14 + dib;  // masks in the header or right after it
    if (n < at + 12) return CorruptionError("BMP: truncated bit-field masks");
    h->r.Set(Le32(d + at));
    h->g.Set(Le32(d + at + 4));
    h->b.Set(Le32(d + at + 8));
    if (dib < 52) h->palette_offset += 12;
  } else if (h->compression != 0) {
    return UnimplementedError("BMP: compression " + std::to_string(h->compression) +
                              " (RLE/JPEG/PNG) is not supported");
  } else if (bpp == 16) {
    h->r.Set(0x7c00);
    h->g.Set(0x03e0);
    h->b.Set(0x001f);
  } else if (bpp == 32) {
    h->r.Set(0x00ff0000);
    h->g.Set(0x0000ff00);
    h->b.Set(0x000000ff);
  }
  return Status::OK();
}

}  // namespace

Status DecodeBmp(std::string_view bytes, const DecodeLimits& limits, Image* out) {
  VIGIL_RETURN_IF_ERROR(media_internal::CheckBytes("BMP", bytes, limits));
  const auto* d = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  if (n < 2 || d[0] != 'B' || d[1] != 'M') return CorruptionError("BMP: missing 'BM' signature");
  BmpHeader h;
  VIGIL_RETURN_IF_ERROR(ParseHeader(d, n, &h));
  if (h.width <= 0 || h.height <= 0) return CorruptionError("BMP: invalid dimensions");
  if (h.width > (int64_t(1) << 24) || h.height > (int64_t(1) << 24) ||
      h.width * h.height > limits.max_pixels) {
    return ResourceExhaustedError("BMP: " + std::to_string(h.width) + "x" +
                                  std::to_string(h.height) + " exceeds the limit of " +
                                  std::to_string(limits.max_pixels) + " pixels");
  }
  const size_t stride = ((size_t(h.width) * h.bpp + 31) / 32) * 4;
  if (h.pixel_offset > n || (n - h.pixel_offset) / stride < size_t(h.height)) {
    return CorruptionError("BMP: truncated pixel data (need " + std::to_string(stride * h.height) +
                           " bytes at offset " + std::to_string(h.pixel_offset) + ")");
  }
  uint8_t palette[256][3] = {};
  if (h.bpp <= 8) {
    const uint32_t max_colors = 1u << h.bpp;
    uint32_t count = h.palette_count == 0 ? max_colors : std::min(h.palette_count, max_colors);
    if (h.palette_offset > n || (n - h.palette_offset) / h.palette_entry < count) {
      return CorruptionError("BMP: truncated palette");
    }
    for (uint32_t i = 0; i < count; ++i) {
      const uint8_t* p = d + h.palette_offset + size_t(i) * h.palette_entry;
      palette[i][0] = p[2];
      palette[i][1] = p[1];
      palette[i][2] = p[0];
    }
  }
  VIGIL_RETURN_IF_ERROR(media_internal::AllocateImage("BMP", h.width, h.height, 3,
                                                      ImageFormat::kBmp, limits, out));
  const int w = out->width;
  for (int y = 0; y < out->height; ++y) {
    const int src_y = h.top_down ? y : out->height - 1 - y;
    const uint8_t* s = d + h.pixel_offset + size_t(src_y) * stride;
    uint8_t* o = out->pixels.data() + size_t(y) * w * 3;
    for (int x = 0; x < w; ++x, o += 3) {
      if (h.bpp <= 8) {
        const size_t bit = size_t(x) * h.bpp;
        const int idx = (s[bit / 8] >> (8 - h.bpp - bit % 8)) & ((1 << h.bpp) - 1);
        std::memcpy(o, palette[idx], 3);
      } else if (h.bpp == 24) {
        o[0] = s[3 * x + 2];
        o[1] = s[3 * x + 1];
        o[2] = s[3 * x];
      } else {
        const uint32_t v = h.bpp == 16 ? Le16(s + 2 * x) : Le32(s + 4 * x);
        o[0] = h.r.Get(v);
        o[1] = h.g.Get(v);
        o[2] = h.b.Get(v);
      }
    }
  }
  return Status::OK();
}

}  // namespace vigil
