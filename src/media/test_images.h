// Encoders used only by tests and fuzz-corpus generation: tiny BMP, GIF and
// PNG (8/16-bit, grey, palette) files built in memory from known pixels.
#ifndef VIGIL_MEDIA_TEST_IMAGES_H_
#define VIGIL_MEDIA_TEST_IMAGES_H_

#include <string>

#include "vigil/media.h"

namespace vigil::testimg {

// 24-bit (or 8-bit palette when `palette` and the image has <= 256 grey
// levels) bottom-up BMP of an RGB image; top_down writes a negative height.
std::string EncodeBmp24(const Image& rgb, bool top_down);
// 16-bit BMP with RGB565 bit fields.
std::string EncodeBmp565(const Image& rgb);
// 8-bit palette BMP of a grey image.
std::string EncodeBmp8Grey(const Image& grey);
// GIF of a grey image (256-level grey palette), optionally interlaced.
std::string EncodeGifGrey(const Image& grey, bool interlaced);
// PNG: bit_depth 8 or 16 (samples scaled by 257), optional alpha channel
// (opaque) and Adam7 interlace. `img` is grey (1) or RGB (3).
std::string EncodePng(const Image& img, int bit_depth, bool alpha, bool interlaced);

// A deterministic test pattern (smooth gradients plus edges).
Image Pattern(int width, int height, int channels);

}  // namespace vigil::testimg

#endif  // VIGIL_MEDIA_TEST_IMAGES_H_
