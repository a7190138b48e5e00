#include "media/test_images.h"

#include <cstring>
#include <vector>

#include <gif_lib.h>
#include <png.h>

namespace vigil::testimg {
namespace {

void Put16(std::string* s, uint32_t v) {
  s->push_back(char(v & 0xff));
  s->push_back(char((v >> 8) & 0xff));
}
void Put32(std::string* s, uint32_t v) {
  Put16(s, v & 0xffff);
  Put16(s, v >> 16);
}

std::string BmpHeaders(int w, int h, int bpp, uint32_t compression, int palette_colors,
                       size_t image_bytes, int extra_after_header) {
  std::string s = "BM";
  const uint32_t offset = 14 + 40 + extra_after_header + palette_colors * 4;
  Put32(&s, uint32_t(offset + image_bytes));
  Put32(&s, 0);
  Put32(&s, offset);
  Put32(&s, 40);
  Put32(&s, uint32_t(w));
  Put32(&s, uint32_t(h));
  Put16(&s, 1);
  Put16(&s, uint16_t(bpp));
  Put32(&s, compression);
  Put32(&s, uint32_t(image_bytes));
  Put32(&s, 2835);
  Put32(&s, 2835);
  Put32(&s, uint32_t(palette_colors));
  Put32(&s, 0);
  return s;
}

}  // namespace

Image Pattern(int width, int height, int channels) {
  Image img;
  img.width = width;
  img.height = height;
  img.channels = channels;
  img.pixels.resize(size_t(width) * height * channels);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      for (int c = 0; c < channels; ++c) {
        int v = (x * 255 / std::max(1, width - 1) + y * (c + 1) * 3) & 0xff;
        if (((x / 7) + (y / 5)) % 3 == 0) v = 255 - v;
        img.pixels[(size_t(y) * width + x) * channels + c] = uint8_t(v);
      }
    }
  }
  return img;
}

std::string EncodeBmp24(const Image& rgb, bool top_down) {
  const int w = rgb.width, h = rgb.height;
  const size_t stride = (size_t(w) * 3 + 3) & ~size_t(3);
  std::string s = BmpHeaders(w, top_down ? -h : h, 24, 0, 0, stride * h, 0);
  for (int i = 0; i < h; ++i) {
    const int y = top_down ? i : h - 1 - i;
    std::string row(stride, '\0');
    for (int x = 0; x < w; ++x) {
      const uint8_t* p = rgb.row(y) + 3 * x;
      row[3 * x] = char(p[2]);
      row[3 * x + 1] = char(p[1]);
      row[3 * x + 2] = char(p[0]);
    }
    s += row;
  }
  return s;
}

std::string EncodeBmp565(const Image& rgb) {
  const int w = rgb.width, h = rgb.height;
  const size_t stride = (size_t(w) * 2 + 3) & ~size_t(3);
  std::string s = BmpHeaders(w, h, 16, 3, 0, stride * h, 12);
  Put32(&s, 0xf800);
  Put32(&s, 0x07e0);
  Put32(&s, 0x001f);
  for (int y = h - 1; y >= 0; --y) {
    std::string row(stride, '\0');
    for (int x = 0; x < w; ++x) {
      const uint8_t* p = rgb.row(y) + 3 * x;
      const uint16_t v = uint16_t((p[0] >> 3) << 11 | (p[1] >> 2) << 5 | (p[2] >> 3));
      row[2 * x] = char(v & 0xff);
      row[2 * x + 1] = char(v >> 8);
    }
    s += row;
  }
  return s;
}

std::string EncodeBmp8Grey(const Image& grey) {
  const int w = grey.width, h = grey.height;
  const size_t stride = (size_t(w) + 3) & ~size_t(3);
  std::string s = BmpHeaders(w, h, 8, 0, 256, stride * h, 0);
  for (int i = 0; i < 256; ++i) Put32(&s, uint32_t(i * 0x010101));
  for (int y = h - 1; y >= 0; --y) {
    std::string row(stride, '\0');
    std::memcpy(row.data(), grey.row(y), size_t(w));
    s += row;
  }
  return s;
}

namespace {
int GifWrite(GifFileType* gif, const GifByteType* data, int n) {
  static_cast<std::string*>(gif->UserData)->append(reinterpret_cast<const char*>(data), size_t(n));
  return n;
}
}  // namespace

std::string EncodeGifGrey(const Image& grey, bool interlaced) {
  std::string out;
  int err = 0;
  GifFileType* gif = EGifOpen(&out, GifWrite, &err);
  if (gif == nullptr) return out;
  GifColorType colors[256];
  for (int i = 0; i < 256; ++i) colors[i] = {uint8_t(i), uint8_t(i), uint8_t(i)};
  ColorMapObject* map = GifMakeMapObject(256, colors);
  EGifPutScreenDesc(gif, grey.width, grey.height, 8, 0, map);
  EGifPutImageDesc(gif, 0, 0, grey.width, grey.height, interlaced, nullptr);
  std::vector<GifPixelType> row(size_t(grey.width));
  const int starts[4] = {0, 4, 2, 1}, steps[4] = {8, 8, 4, 2};
  for (int pass = 0; pass < (interlaced ? 4 : 1); ++pass) {
    for (int y = interlaced ? starts[pass] : 0; y < grey.height; y += interlaced ? steps[pass] : 1) {
      std::memcpy(row.data(), grey.row(y), row.size());
      EGifPutLine(gif, row.data(), grey.width);
    }
  }
  EGifCloseFile(gif, &err);
  GifFreeMapObject(map);
  return out;
}

namespace {
void PngWrite(png_structp png, png_bytep data, png_size_t n) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), n);
}
void PngFlush(png_structp) {}
}  // namespace

std::string EncodePng(const Image& img, int bit_depth, bool alpha, bool interlaced) {
  std::string out;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return std::string();
  }
  png_set_write_fn(png, &out, PngWrite, PngFlush);
  const int color = (img.channels == 3 ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_GRAY) |
                    (alpha ? PNG_COLOR_MASK_ALPHA : 0);
  png_set_IHDR(png, info, img.width, img.height, bit_depth, color,
               interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  const int out_ch = img.channels + (alpha ? 1 : 0);
  const int bytes = bit_depth / 8;
  std::vector<std::vector<uint8_t>> rows(img.height,
                                         std::vector<uint8_t>(size_t(img.width) * out_ch * bytes));
  std::vector<png_bytep> ptrs;
  for (int y = 0; y < img.height; ++y) {
    for (int x = 0; x < img.width; ++x) {
      for (int c = 0; c < out_ch; ++c) {
        const unsigned v8 = c < img.channels ? img.row(y)[x * img.channels + c] : 255;
        const unsigned v = bytes == 2 ? v8 * 257 : v8;
        uint8_t* p = rows[y].data() + (size_t(x) * out_ch + c) * bytes;
        if (bytes == 2) {
          p[0] = uint8_t(v >> 8);
          p[1] = uint8_t(v & 0xff);
        } else {
          p[0] = uint8_t(v);
        }
      }
    }
    ptrs.push_back(rows[y].data());
  }
  png_set_rows(png, info, ptrs.data());
  png_write_png(png, info, PNG_TRANSFORM_IDENTITY, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

}  // namespace vigil::testimg
