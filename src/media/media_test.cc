// Decoder tests: every format and pixel layout, limits checked before
// allocation, argument errors, and robustness of every reference test image
// against truncation and random corruption (never a crash: run under
// ASan+UBSan).
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <zlib.h>

#include "media/test_images.h"
#include "vigil/digest.h"
#include "vigil/media.h"
#include "vigil/pdq.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;
const std::string kData = "../shared/testdata/threatexchange/pdq/data";

std::string Read(const std::string& path) {
  auto b = ReadFileBounded(path, 64 << 20);
  EXPECT_TRUE(b.ok()) << path;
  return b.ok() ? *b : std::string();
}

std::string PdqOf(const Image& img) {
  PdqHasher h;
  PdqResult r;
  EXPECT_TRUE(h.Hash(img, {}, &r).ok());
  return r.hash.Hex();
}

TEST(MediaSniff, RecognisesMagicNumbers) {
  EXPECT_EQ(SniffImageFormat("\xFF\xD8\xFF\xE0"), ImageFormat::kJpeg);
  EXPECT_EQ(SniffImageFormat("\x89PNG\r\n\x1A\n...."), ImageFormat::kPng);
  EXPECT_EQ(SniffImageFormat("GIF87a"), ImageFormat::kGif);
  EXPECT_EQ(SniffImageFormat("RIFF1234WEBP"), ImageFormat::kWebp);
  EXPECT_EQ(SniffImageFormat("RIFF1234AVI "), ImageFormat::kUnknown);
  EXPECT_EQ(SniffImageFormat("BM"), ImageFormat::kBmp);
  EXPECT_EQ(SniffImageFormat("hello"), ImageFormat::kUnknown);
  EXPECT_EQ(SniffImageFormat(""), ImageFormat::kUnknown);
  EXPECT_STREQ(ImageFormatName(ImageFormat::kWebp), "webp");
}

TEST(MediaArgs, EmptyAndUnknownInputAreErrors) {
  Image img;
  Status s = DecodeImage("", {}, &img);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("empty"), std::string::npos) << s.message();
  EXPECT_FALSE(DecodeImage("just some text", {}, &img).ok());
  for (auto* f : {&DecodeJpeg, &DecodePng, &DecodeWebp, &DecodeGif, &DecodeBmp}) {
    EXPECT_FALSE((*f)("", {}, &img).ok());
    EXPECT_FALSE((*f)("x", {}, &img).ok());
  }
}

TEST(MediaArgs, MissingFileNamesThePath) {
  auto r = DecodeImageFile("no/such/image.jpg");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("no/such/image.jpg"), std::string::npos);
}

TEST(MediaDecode, EveryReferenceFormatDecodes) {
  struct Case {
    const char* path;
    ImageFormat format;
    int w, h, channels;
  } cases[] = {
      {"/bridge-mods/aaa-orig.jpg", ImageFormat::kJpeg, 1600, 1004, 3},
      {"/misc-images/modes/L.png", ImageFormat::kPng, 1600, 1004, 1},
      {"/misc-images/modes/LA.png", ImageFormat::kPng, 1600, 1004, 1},   // grey + alpha
      {"/misc-images/modes/P.png", ImageFormat::kPng, 1600, 1004, 3},    // palette
      {"/misc-images/modes/1.png", ImageFormat::kPng, 1600, 1004, 1},    // bilevel
      {"/misc-images/modes/RGBA.png", ImageFormat::kPng, 1600, 1004, 3},
      {"/misc-images/modes/PA.webp", ImageFormat::kWebp, 1600, 1004, 3},
      {"/misc-images/modes/CMYK.jpg", ImageFormat::kJpeg, 1600, 1004, 3},
  };
  for (const auto& c : cases) {
    auto img = DecodeImageFile(kData + c.path);
    ASSERT_TRUE(img.ok()) << c.path << ": " << img.status().ToString();
    EXPECT_EQ(img->format, c.format) << c.path;
    EXPECT_EQ(img->width, c.w) << c.path;
    EXPECT_EQ(img->height, c.h) << c.path;
    EXPECT_EQ(img->channels, c.channels) << c.path;
  }
  // Bilevel PNG samples are 0 or 255 only.
  auto bilevel = DecodeImageFile(kData + "/misc-images/modes/1.png");
  ASSERT_TRUE(bilevel.ok());
  std::set<int> levels(bilevel->pixels.begin(), bilevel->pixels.end());
  EXPECT_EQ(levels, (std::set<int>{0, 255}));
}

TEST(MediaDecode, SixteenBitAlphaAndInterlacedPngMatchTheEightBitPixels) {
  for (int ch : {1, 3}) {
    const Image src = testimg::Pattern(97, 61, ch);
    for (int depth : {8, 16}) {
      for (bool alpha : {false, true}) {
        for (bool interlaced : {false, true}) {
          auto img = DecodeImage(testimg::EncodePng(src, depth, alpha, interlaced));
          ASSERT_TRUE(img.ok()) << img.status().ToString();
          EXPECT_EQ(img->channels, ch);
          EXPECT_EQ(img->pixels, src.pixels) << "ch=" << ch << " depth=" << depth
                                             << " alpha=" << alpha << " interlaced=" << interlaced;
        }
      }
    }
  }
}

TEST(MediaDecode, BmpVariantsMatchTheSourcePixels) {
  const Image rgb = testimg::Pattern(83, 45, 3);  // odd width: row padding
  for (bool top_down : {false, true}) {
    auto img = DecodeImage(testimg::EncodeBmp24(rgb, top_down));
    ASSERT_TRUE(img.ok()) << img.status().ToString();
    EXPECT_EQ(img->format, ImageFormat::kBmp);
    EXPECT_EQ(img->pixels, rgb.pixels) << "top_down=" << top_down;
  }
  const Image grey = testimg::Pattern(83, 45, 1);
  auto g = DecodeImage(testimg::EncodeBmp8Grey(grey));
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  ASSERT_EQ(g->pixels.size(), grey.pixels.size() * 3);
  for (size_t i = 0; i < grey.pixels.size(); ++i) ASSERT_EQ(g->pixels[3 * i + 1], grey.pixels[i]);
  EXPECT_EQ(PdqOf(*g), PdqOf(grey));  // all-grey RGB takes the grey path
  auto c565 = DecodeImage(testimg::EncodeBmp565(rgb));
  ASSERT_TRUE(c565.ok()) << c565.status().ToString();
  for (size_t i = 0; i < rgb.pixels.size(); ++i) {
    ASSERT_NEAR(c565->pixels[i], rgb.pixels[i], 8) << i;
  }
}

TEST(MediaDecode, BmpOfAReferenceImageHashesLikeTheReference) {
  auto jpg = DecodeImageFile(kData + "/reg-test-input/labelme-subset/q0122.jpg");
  ASSERT_TRUE(jpg.ok());
  auto bmp = DecodeImage(testimg::EncodeBmp24(*jpg, false));
  ASSERT_TRUE(bmp.ok());
  // pdq-core-fullres.csv, q0122.jpg
  EXPECT_EQ(PdqOf(*bmp), "cfb2009ddd21c6dab0046a7745b5984757a8a4535b3377aea2591d32b33ff940");
}

TEST(MediaDecode, GifFirstFrameInterlacedOrNot) {
  const Image grey = testimg::Pattern(70, 53, 1);
  for (bool interlaced : {false, true}) {
    const std::string gif = testimg::EncodeGifGrey(grey, interlaced);
    ASSERT_FALSE(gif.empty());
    auto img = DecodeImage(gif);
    ASSERT_TRUE(img.ok()) << img.status().ToString();
    EXPECT_EQ(img->format, ImageFormat::kGif);
    ASSERT_EQ(img->pixels.size(), grey.pixels.size() * 3);
    for (size_t i = 0; i < grey.pixels.size(); ++i) {
      ASSERT_EQ(img->pixels[3 * i], grey.pixels[i]) << "interlaced=" << interlaced << " " << i;
    }
  }
}

// --- limits: refused from the header, before the pixel buffer exists ---

std::string PngHeaderOnly(uint32_t w, uint32_t h) {
  std::string s("\x89PNG\r\n\x1A\n", 8);
  std::string ihdr("IHDR");
  for (uint32_t v : {w, h}) {
    for (int sh = 24; sh >= 0; sh -= 8) ihdr.push_back(char((v >> sh) & 0xff));
  }
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB
  const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(ihdr.data()), uInt(ihdr.size()));
  s += std::string("\x00\x00\x00\x0D", 4) + ihdr;
  for (int sh = 24; sh >= 0; sh -= 8) s.push_back(char((crc >> sh) & 0xff));
  s += std::string("\x00\x00\x00\x00IDAT\x35\xAF\x06\x1E", 12);
  return s;
}

TEST(MediaLimits, HugePngHeaderIsRefusedBeforeAllocation) {
  Image img;
  Status s = DecodeImage(PngHeaderOnly(60000, 60000), {}, &img);
  ASSERT_EQ(s.code(), StatusCode::kResourceExhausted) << s.ToString();
  EXPECT_NE(s.message().find("60000x60000"), std::string::npos) << s.message();
  EXPECT_TRUE(img.pixels.empty());
}

// Within the pixel limit but absurdly wide: hashing would need ~65 rows of
// working memory per image (gigabytes at 20,000,000 x 5).
TEST(MediaLimits, ExtremeAspectRatiosAreRefusedBeforeAllocation) {
  Image img;
  Status s = DecodeImage(PngHeaderOnly(20'000'000, 5), {}, &img);
  ASSERT_EQ(s.code(), StatusCode::kResourceExhausted) << s.ToString();
  EXPECT_NE(s.message().find("20000000x5 exceeds the limit of 65535 pixels per side"), std::string::npos)
      << s.message();
  EXPECT_TRUE(img.pixels.empty());
  s = DecodeImage(PngHeaderOnly(5, 70'000), {}, &img);
  EXPECT_EQ(s.code(), StatusCode::kResourceExhausted) << s.ToString();
  // The limit is the caller's to change.
  DecodeLimits wide;
  wide.max_side = 100'000;
  s = DecodeImage(PngHeaderOnly(70'000, 5), wide, &img);
  EXPECT_NE(s.code(), StatusCode::kResourceExhausted) << s.ToString();  // truncated data, not a limit
}

TEST(MediaLimits, JpegClaiming65535SquaredIsRefusedBeforeAllocation) {
  std::string jpg = Read("samples/media/checker.jpg");
  const size_t sof = jpg.find("\xFF\xC0");
  ASSERT_NE(sof, std::string::npos);
  for (int i = 5; i <= 8; ++i) jpg[sof + i] = '\xFF';  // height and width = 65535
  Image img;
  Status s = DecodeImage(jpg, {}, &img);
  ASSERT_EQ(s.code(), StatusCode::kResourceExhausted) << s.ToString();
  EXPECT_NE(s.message().find("65535x65535"), std::string::npos) << s.message();
  EXPECT_TRUE(img.pixels.empty());
  // Within libjpeg's own maximum but over the pixel limit: our check.
  jpg[sof + 5] = jpg[sof + 7] = '\x4E';
  jpg[sof + 6] = jpg[sof + 8] = '\x20';  // 20000x20000
  s = DecodeImage(jpg, {}, &img);
  ASSERT_EQ(s.code(), StatusCode::kResourceExhausted) << s.ToString();
  EXPECT_NE(s.message().find("20000x20000 exceeds the limit"), std::string::npos) << s.message();
  EXPECT_TRUE(img.pixels.empty());
}

TEST(MediaLimits, GifAndBmpHeadersAreCheckedToo) {
  Image img;
  std::string gif = testimg::EncodeGifGrey(testimg::Pattern(8, 8, 1), false);
  gif[6] = gif[7] = gif[8] = gif[9] = '\xFF';  // logical screen 65535x65535
  EXPECT_EQ(DecodeImage(gif, {}, &img).code(), StatusCode::kResourceExhausted);
  std::string bmp = testimg::EncodeBmp24(testimg::Pattern(8, 8, 3), false);
  for (int i = 18; i < 26; ++i) bmp[i] = i % 4 == 1 ? '\x00' : '\x7F';  // ~2^30 x 2^30
  EXPECT_EQ(DecodeImage(bmp, {}, &img).code(), StatusCode::kResourceExhausted);
  EXPECT_TRUE(img.pixels.empty());
}

TEST(MediaLimits, PixelAndByteLimitsApplyToEveryFormat) {
  DecodeLimits small;
  small.max_pixels = 1000;
  for (const char* p : {"/bridge-mods/square-128x128.jpg", "/misc-images/modes/P.png",
                        "/misc-images/modes/F.webp"}) {
    Image img;
    EXPECT_EQ(DecodeImage(Read(kData + p), small, &img).code(), StatusCode::kResourceExhausted)
        << p;
  }
  Image img;
  EXPECT_EQ(DecodeImage(testimg::EncodeGifGrey(testimg::Pattern(40, 40, 1), false), small, &img)
                .code(),
            StatusCode::kResourceExhausted);
  DecodeLimits tiny_bytes;
  tiny_bytes.max_bytes = 100;
  EXPECT_EQ(DecodeImage(Read("samples/media/checker.jpg"), tiny_bytes, &img).code(),
            StatusCode::kResourceExhausted);
  EXPECT_EQ(DecodeImageFile("samples/media/checker.jpg", tiny_bytes).status().code(),
            StatusCode::kResourceExhausted);
}

// --- robustness: truncation and corruption of every test image ---

// A decode either fails with a message or yields a consistent image whose
// PDQ can be computed.
void CheckCleanOutcome(const std::string& bytes, const std::string& what, PdqHasher* hasher,
                       Image* img, int* decoded, int* refused) {
  Status s = DecodeImage(bytes, {}, img);
  if (!s.ok()) {
    EXPECT_FALSE(s.message().empty()) << what;
    ++*refused;
    return;
  }
  ++*decoded;
  ASSERT_GT(img->width, 0) << what;
  ASSERT_EQ(img->pixels.size(), size_t(img->width) * img->height * img->channels) << what;
  PdqResult r;
  ASSERT_TRUE(hasher->Hash(*img, {}, &r).ok()) << what;
  EXPECT_EQ(r.hash.Hex().size(), 64u);
}

std::vector<std::string> ReferenceImages() {
  std::vector<std::string> out;
  std::set<std::string> seen;  // the same bytes appear under several names
  for (const auto& e : fs::recursive_directory_iterator(kData)) {
    const std::string ext = e.path().extension().string();
    if (ext != ".jpg" && ext != ".png" && ext != ".webp") continue;
    const std::string sha = ComputeDigests(Read(e.path().string())).sha256;
    if (seen.insert(sha).second) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(MediaRobustness, TruncatedAndCorruptedImagesGiveErrorsOrValidHashes) {
  const auto files = ReferenceImages();
  ASSERT_GE(files.size(), 40u);
  PdqHasher hasher;
  Image img;
  std::mt19937 rng(20261121);
  int decoded = 0, refused = 0, truncated_refused = 0, truncations = 0;
  for (const auto& f : files) {
    const std::string bytes = Read(f);
    for (int k = 1; k <= 10; ++k) {
      const size_t cut = bytes.size() * k / 11;
      int d = 0, r = 0;
      CheckCleanOutcome(bytes.substr(0, cut), f + " cut at " + std::to_string(cut), &hasher, &img,
                        &d, &r);
      ++truncations;
      truncated_refused += r;
      decoded += d;
      refused += r;
    }
    for (int k = 0; k < 5; ++k) {
      std::string bad = bytes;
      const int n = 1 + int(rng() % 32);
      for (int i = 0; i < n; ++i) bad[rng() % bad.size()] = char(rng() & 0xff);
      CheckCleanOutcome(bad, f + " corrupted #" + std::to_string(k), &hasher, &img, &decoded,
                        &refused);
    }
  }
  // A truncated file is refused as truncated, never hashed as if complete.
  EXPECT_EQ(truncated_refused, truncations);
  EXPECT_GT(refused, 0);
  RecordProperty("decoded", decoded);
  RecordProperty("refused", refused);
}

TEST(MediaRobustness, SyntheticFormatsSurviveTruncationAndCorruption) {
  const Image rgb = testimg::Pattern(40, 30, 3), grey = testimg::Pattern(40, 30, 1);
  const std::string inputs[] = {
      testimg::EncodeBmp24(rgb, false), testimg::EncodeBmp565(rgb), testimg::EncodeBmp8Grey(grey),
      testimg::EncodeGifGrey(grey, true), testimg::EncodePng(rgb, 16, true, true)};
  PdqHasher hasher;
  Image img;
  std::mt19937 rng(7);
  int decoded = 0, refused = 0;
  for (const auto& bytes : inputs) {
    for (size_t cut = 0; cut < bytes.size(); cut += std::max<size_t>(1, bytes.size() / 40)) {
      CheckCleanOutcome(bytes.substr(0, cut), "cut", &hasher, &img, &decoded, &refused);
    }
    for (int k = 0; k < 200; ++k) {
      std::string bad = bytes;
      for (int i = 0; i < 1 + int(rng() % 8); ++i) bad[rng() % bad.size()] = char(rng() & 0xff);
      CheckCleanOutcome(bad, "corrupt", &hasher, &img, &decoded, &refused);
    }
  }
  EXPECT_GT(refused, 0);
  EXPECT_GT(decoded, 0);
}

}  // namespace
}  // namespace vigil
