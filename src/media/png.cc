// PNG through libpng: palette expanded to RGB, low-bit grey expanded to 0-255,
// 16-bit samples scaled (rounded) to 8 bits, alpha and tRNS dropped.
#include <csetjmp>
#include <cstring>

#include <png.h>

#include "media/decode_util.h"

namespace vigil {
namespace {

struct PngState {
  const uint8_t* data;
  size_t size;
  size_t pos;
  char message[256];
};

[[noreturn]] void PngErrorFn(png_structp png, png_const_charp msg) {
  auto* st = static_cast<PngState*>(png_get_error_ptr(png));
  std::snprintf(st->message, sizeof(st->message), "%s", msg);
  png_longjmp(png, 1);
}

void PngWarningFn(png_structp, png_const_charp) {}

void PngReadFn(png_structp png, png_bytep dst, png_size_t n) {
  auto* st = static_cast<PngState*>(png_get_io_ptr(png));
  if (n > st->size - st->pos) png_error(png, "truncated (premature end of data)");
  std::memcpy(dst, st->data + st->pos, n);
  st->pos += n;
}

}  // namespace

Status DecodePng(std::string_view bytes, const DecodeLimits& limits, Image* out) {
  VIGIL_RETURN_IF_ERROR(media_internal::CheckBytes("PNG", bytes, limits));
  PngState st{reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), 0, {0}};
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &st, PngErrorFn, PngWarningFn);
  if (png == nullptr) return InternalError("PNG: cannot create the decoder");
  png_infop info = png_create_info_struct(png);
  if (info == nullptr) {
    png_destroy_read_struct(&png, nullptr, nullptr);
    return InternalError("PNG: cannot create the decoder");
  }
  Status limit_status;                // constructed before setjmp
  std::vector<png_bytep> rows;        // idem
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    return CorruptionError(std::string("PNG: ") + st.message);
  }
  png_set_read_fn(png, &st, PngReadFn);
  png_set_chunk_malloc_max(png, 16 << 20);  // ancillary chunks (zTXt, iCCP bombs)
  png_set_user_limits(png, 0x7fffffff, 0x7fffffff);
  png_read_info(png, info);
  const png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
  const int color = png_get_color_type(png, info);
  const int depth = png_get_bit_depth(png, info);
  const int channels = (color & PNG_COLOR_MASK_COLOR) ? 3 : 1;
  limit_status = media_internal::AllocateImage("PNG", w, h, channels, ImageFormat::kPng, limits,
                                               out);
  if (!limit_status.ok()) {
    png_destroy_read_struct(&png, &info, nullptr);
    return limit_status;
  }
  if (color == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
  if (color == PNG_COLOR_TYPE_GRAY && depth < 8) png_set_expand_gray_1_2_4_to_8(png);
  if (depth == 16) png_set_scale_16(png);
  if (color & PNG_COLOR_MASK_ALPHA) png_set_strip_alpha(png);
  png_set_interlace_handling(png);
  png_read_update_info(png, info);
  if (png_get_channels(png, info) != channels || png_get_bit_depth(png, info) != 8 ||
      png_get_rowbytes(png, info) != size_t(w) * channels) {
    png_destroy_read_struct(&png, &info, nullptr);
    return InternalError("PNG: unexpected output layout");
  }
  rows.resize(h);
  for (png_uint_32 y = 0; y < h; ++y) rows[y] = out->pixels.data() + size_t(y) * w * channels;
  png_read_image(png, rows.data());
  png_destroy_read_struct(&png, &info, nullptr);
  return Status::OK();
}

}  // namespace vigil
