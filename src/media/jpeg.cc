// JPEG through libjpeg(-turbo) with default settings (ISLOW IDCT, fancy
// upsampling): the pixels ImageMagick and djpeg produce, which PDQ's
// reference hashes were computed from.
#include <csetjmp>
#include <cstdio>
#include <cstring>

#include <jpeglib.h>
#include <jerror.h>

#include "media/decode_util.h"

namespace vigil {
namespace {

constexpr int kMaxScans = 500;       // progressive files with more are hostile
constexpr int kMaxWarnings = 10000;  // corrupt-data warnings before giving up

struct JpegError {
  jpeg_error_mgr pub;
  jpeg_progress_mgr progress;
  jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
  int warnings;
};

[[noreturn]] void ErrorExit(j_common_ptr cinfo) {
  auto* e = reinterpret_cast<JpegError*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, e->message);
  std::longjmp(e->jump, 1);
}

// Warnings: a premature end of data is an error (a truncated file); other
// corrupt-data warnings are tolerated as libjpeg and ImageMagick do, up to
// a bound.
void EmitMessage(j_common_ptr cinfo, int level) {
  auto* e = reinterpret_cast<JpegError*>(cinfo->err);
  if (level >= 0) return;
  if (cinfo->err->msg_code == JWRN_JPEG_EOF) {
    std::snprintf(e->message, sizeof(e->message), "truncated (premature end of data)");
    std::longjmp(e->jump, 1);
  }
  if (++e->warnings > kMaxWarnings) {
    std::snprintf(e->message, sizeof(e->message), "too many corrupt-data warnings");
    std::longjmp(e->jump, 1);
  }
}

void Progress(j_common_ptr cinfo) {
  auto* d = reinterpret_cast<j_decompress_ptr>(cinfo);
  if (d->is_decompressor && d->input_scan_number > kMaxScans) {
    auto* e = reinterpret_cast<JpegError*>(cinfo->err);
    std::snprintf(e->message, sizeof(e->message), "more than %d progressive scans", kMaxScans);
    std::longjmp(e->jump, 1);
  }
}

// ImageMagick's CMYK to sRGB for an Adobe (inverted) CMYK JPEG, in its Q16
// quantum and then scaled to 8 bits: value = c * k / 255 with rounding.
inline uint8_t CmykChannel(unsigned c, unsigned k) {
  const unsigned q = (c * k * 257u + 127u) / 255u;  // round(c*257 * k*257 / 65535)
  return uint8_t((q + 128u) / 257u);
}

}  // namespace

Status DecodeJpeg(std::string_view bytes, const DecodeLimits& limits, Image* out) {
  VIGIL_RETURN_IF_ERROR(media_internal::CheckBytes("JPEG", bytes, limits));
  jpeg_decompress_struct cinfo;
  JpegError err;
  std::memset(&err, 0, sizeof(err));
  cinfo.err = jpeg_std_error(&err.pub);
  err.pub.error_exit = ErrorExit;
  err.pub.emit_message = EmitMessage;
  err.progress.progress_monitor = Progress;
  Status limit_status;  // constructed before setjmp: longjmp skips no destructor
  if (setjmp(err.jump)) {
    const bool too_big = err.pub.msg_code == JERR_IMAGE_TOO_BIG;
    const int64_t w = cinfo.image_width, h = cinfo.image_height;
    jpeg_destroy_decompress(&cinfo);
    if (too_big) {  // libjpeg's own header check (sides over 65500)
      return ResourceExhaustedError("JPEG: " + std::to_string(w) + "x" + std::to_string(h) +
                                    " exceeds the maximum dimension of 65500");
    }
    return CorruptionError(std::string("JPEG: ") + err.message);
  }
  jpeg_create_decompress(&cinfo);
  cinfo.progress = &err.progress;
  // Bounds libjpeg's own allocations (coefficient buffers of progressive
  // files) in proportion to the pixel limit.
  cinfo.mem->max_memory_to_use = long(std::min<int64_t>(limits.max_pixels * 8 + (64 << 20),
                                                        int64_t(1) << 40));
  jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(bytes.data()),
               static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&cinfo, TRUE);
  const bool cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
  const int channels = cinfo.num_components == 1 ? 1 : 3;
  limit_status = media_internal::AllocateImage("JPEG", cinfo.image_width, cinfo.image_height,
                                               channels, ImageFormat::kJpeg, limits, out);
  if (!limit_status.ok()) {
    jpeg_destroy_decompress(&cinfo);
    return limit_status;
  }
  cinfo.out_color_space = cmyk ? JCS_CMYK : channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
  jpeg_start_decompress(&cinfo);
  if (int(cinfo.output_width) != out->width || int(cinfo.output_height) != out->height ||
      cinfo.output_components != (cmyk ? 4 : channels)) {
    jpeg_destroy_decompress(&cinfo);
    return InternalError("JPEG: unexpected output geometry");
  }
  const size_t stride = size_t(out->width) * channels;
  JSAMPARRAY cmyk_row = nullptr;
  if (cmyk) {
    cmyk_row = (*cinfo.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&cinfo), JPOOL_IMAGE,
                                          JDIMENSION(out->width) * 4, 1);
  }
  while (cinfo.output_scanline < cinfo.output_height) {
    uint8_t* dst = out->pixels.data() + size_t(cinfo.output_scanline) * stride;
    if (!cmyk) {
      JSAMPROW row = dst;
      jpeg_read_scanlines(&cinfo, &row, 1);
      continue;
    }
    jpeg_read_scanlines(&cinfo, cmyk_row, 1);
    const uint8_t* p = cmyk_row[0];
    for (int x = 0; x < out->width; ++x, p += 4) {
      dst[3 * x] = CmykChannel(p[0], p[3]);
      dst[3 * x + 1] = CmykChannel(p[1], p[3]);
      dst[3 * x + 2] = CmykChannel(p[2], p[3]);
    }
  }
  jpeg_destroy_decompress(&cinfo);
  return Status::OK();
}

}  // namespace vigil
