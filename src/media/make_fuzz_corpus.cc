// Writes small synthetic seed images for the decoder fuzzers:
//   make_fuzz_corpus OUT_DIR   (creates OUT_DIR/<fuzzer>/seed-*.ext)
// The JPEG and PNG corpora also take the repository's samples/media files.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <webp/encode.h>

#include "media/test_images.h"

namespace fs = std::filesystem;
using namespace vigil;

static void Write(const fs::path& dir, const std::string& name, const std::string& bytes) {
  fs::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary) << bytes;
}

static std::string Webp(const Image& rgb, bool lossless) {
  uint8_t* out = nullptr;
  size_t n = lossless ? WebPEncodeLosslessRGB(rgb.pixels.data(), rgb.width, rgb.height,
                                              rgb.width * 3, &out)
                      : WebPEncodeRGB(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3,
                                      75, &out);
  std::string s(reinterpret_cast<char*>(out), n);
  WebPFree(out);
  return s;
}

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_fuzz_corpus OUT_DIR\n");
    return 2;
  }
  const fs::path out = argv[1];
  const Image rgb = testimg::Pattern(24, 17, 3), grey = testimg::Pattern(19, 23, 1);
  for (const char* dir : {"bmp_decode", "image_decode"}) {
    Write(out / dir, "seed-24.bmp", testimg::EncodeBmp24(rgb, false));
    Write(out / dir, "seed-24-topdown.bmp", testimg::EncodeBmp24(rgb, true));
    Write(out / dir, "seed-565.bmp", testimg::EncodeBmp565(rgb));
    Write(out / dir, "seed-8.bmp", testimg::EncodeBmp8Grey(grey));
  }
  for (const char* dir : {"gif_decode", "image_decode"}) {
    Write(out / dir, "seed.gif", testimg::EncodeGifGrey(grey, false));
    Write(out / dir, "seed-interlaced.gif", testimg::EncodeGifGrey(grey, true));
  }
  for (const char* dir : {"png_decode", "image_decode"}) {
    Write(out / dir, "seed-16-alpha-interlaced.png", testimg::EncodePng(rgb, 16, true, true));
    Write(out / dir, "seed-grey-alpha.png", testimg::EncodePng(grey, 8, true, false));
  }
  for (const char* dir : {"webp_decode", "image_decode"}) {
    Write(out / dir, "seed-lossy.webp", Webp(rgb, false));
    Write(out / dir, "seed-lossless.webp", Webp(rgb, true));
  }
  return 0;
}
