// Bit-exactness against the regenerated reference outputs of
// ../shared/testdata/threatexchange/pdq/regenerated/ (see its README):
// decoded pixels (MD5), hash, quality and all 8 dihedral hashes, at full
// resolution and with the reference CLI's 512x512 pre-resize.
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "vigil/digest.h"
#include "vigil/media.h"
#include "vigil/pdq.h"
#include "pdq/pdq_fastdiv.h"
#include "pdq/pdq_reference_box.h"

namespace vigil {
namespace {

const std::string kRoot = "../shared/testdata/threatexchange/";

struct Row {
  std::string path;
  int width, height, channels;
  std::string samples_md5;
  int quality;
  std::vector<std::string> hashes;  // hash, rot90, rot180, rot270, flipx, flipy, flipp, flipm
};

std::vector<Row> ReadCsv(const std::string& name) {
  std::ifstream in(kRoot + "pdq/regenerated/" + name);
  std::vector<Row> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) f.push_back(cell);
    if (f.size() != 16) continue;
    Row r{f[0], std::stoi(f[1]), std::stoi(f[2]), std::stoi(f[3]), f[4], std::stoi(f[7]), {}};
    for (int i = 8; i < 16; ++i) r.hashes.push_back(f[i]);
    rows.push_back(r);
  }
  return rows;
}

// MD5 of the samples as ImageMagick wrote them: one channel for an image
// whose pixels are all grey.
std::string SamplesMd5(const Image& img, int ref_channels) {
  std::string s(img.pixels.begin(), img.pixels.end());
  if (img.channels == 3 && ref_channels == 1) {
    std::string grey;
    for (size_t i = 0; i < s.size(); i += 3) grey.push_back(s[i]);
    s = grey;
  }
  return ComputeDigests(s).md5;
}

void CheckCsv(const std::string& csv, bool pre_resize) {
  const auto rows = ReadCsv(csv);
  ASSERT_GE(rows.size(), 45u) << csv;
  PdqHasher hasher;
  PdqOptions opt;
  opt.dihedral = true;
  opt.pre_resize_512 = pre_resize;
  int checked = 0;
  for (const auto& r : rows) {
    SCOPED_TRACE(r.path);
    auto img = DecodeImageFile(kRoot + r.path);
    ASSERT_TRUE(img.ok()) << img.status().ToString();
    EXPECT_EQ(img->width, r.width);
    EXPECT_EQ(img->height, r.height);
    EXPECT_EQ(SamplesMd5(*img, r.channels), r.samples_md5);
    PdqResult res;
    ASSERT_TRUE(hasher.Hash(*img, opt, &res).ok());
    EXPECT_EQ(res.quality, r.quality);
    EXPECT_EQ(res.hash.Hex(), r.hashes[0]);
    ASSERT_EQ(res.dihedral.size(), 8u);
    for (int v = 0; v < 8; ++v) EXPECT_EQ(res.dihedral[v].Hex(), r.hashes[v]) << kPdqDihedralNames[v];
    ++checked;
  }
  EXPECT_EQ(checked, int(rows.size()));
}

TEST(PdqReference, FullResolutionMatchesCoreCsv) { CheckCsv("pdq-core-fullres.csv", false); }
TEST(PdqReference, PreResizeMatchesCliCsv) { CheckCsv("pdq-cli-preresize512.csv", true); }

// HashLuma (generic strip transposition) and Hash (pixel conversion fused
// with the transposition when AVX2 is available) agree, on sizes that
// exercise partial strips, column tails and the 64x64 special case.
TEST(PdqHash, LumaPlanePathEqualsImagePath) {
  PdqHasher hasher;
  for (auto [w, h] : {std::pair{64, 64}, {65, 33}, {37, 129}, {300, 200}, {1001, 7}}) {
    Image img;
    img.width = w;
    img.height = h;
    img.channels = 3;
    for (int i = 0; i < w * h * 3; ++i) img.pixels.push_back(uint8_t((i * 7919) % 251 + (i / (3 * w)) % 5));
    std::vector<float> luma;
    for (int i = 0; i < w * h; ++i) {
      const uint8_t* p = &img.pixels[3 * i];
      luma.push_back(((0.299f * float(p[0])) + (0.587f * float(p[1]))) + (0.114f * float(p[2])));
    }
    PdqResult a, b;
    ASSERT_TRUE(hasher.Hash(img, PdqOptions{true, false}, &a).ok());
    hasher.HashLuma(luma.data(), w, h, PdqOptions{true, false}, &b);
    EXPECT_EQ(a.hash.Hex(), b.hash.Hex()) << w << "x" << h;
    EXPECT_EQ(a.quality, b.quality) << w << "x" << h;
    ASSERT_EQ(b.dihedral.size(), 8u);
    for (int v = 0; v < 8; ++v) EXPECT_EQ(a.dihedral[v], b.dihedral[v]);
  }
}

// The portable path (no AVX2 luminance/transposition) gives the same
// results as the default one, on grey, grey-as-RGB and colour images.
TEST(PdqHash, PortablePathEqualsDefaultPath) {
  PdqHasher fast, portable(false);
  for (const char* p : {"pdq/data/misc-images/small.jpg", "pdq/data/misc-images/wee.jpg",
                        "pdq/data/misc-images/modes/L.png",
                        "pdq/data/reg-test-input/labelme-subset/q2821.jpg",
                        "pdq/data/bridge-mods/shrink-a-little.jpg"}) {
    auto img = DecodeImageFile(kRoot + p);
    ASSERT_TRUE(img.ok()) << p;
    for (bool pre : {false, true}) {
      PdqResult a, b;
      ASSERT_TRUE(fast.Hash(*img, PdqOptions{true, pre}, &a).ok());
      ASSERT_TRUE(portable.Hash(*img, PdqOptions{true, pre}, &b).ok());
      EXPECT_EQ(a.hash, b.hash) << p;
      EXPECT_EQ(a.quality, b.quality) << p;
      EXPECT_EQ(a.dihedral, b.dihedral) << p;
    }
  }
}

// The AVX2+FMA path (FMA division, fused luma transposition, column rings)
// equals the portable path (true division) and the f32 plane path on
// synthetic colour, grey and grey-as-RGB images whose windows, strip tails
// and row ends differ: wide (wx up to 24), tall (wy up to 17), odd widths.
TEST(PdqHash, FastPathEqualsPortableOnManyShapes) {
  PdqHasher fast, portable(false);
  for (auto [w, h] : {std::pair{1600, 70}, {3001, 40}, {129, 2100}, {517, 517}, {8, 900},
                      {9, 9}, {2049, 33}}) {
    for (int kind = 0; kind < 3; ++kind) {  // colour, 1-channel grey, grey RGB
      Image img;
      img.width = w;
      img.height = h;
      img.channels = kind == 1 ? 1 : 3;
      uint32_t state = 12345u + uint32_t(w * 31 + h);
      for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
          state = state * 1664525u + 1013904223u;
          const int base = ((x / 37 + y / 23) % 2) * 160 + int(state >> 28);
          for (int c = 0; c < img.channels; ++c) {
            img.pixels.push_back(uint8_t(kind == 0 ? (base + 41 * c + int(state >> (8 + 4 * c)) % 31) % 256
                                                   : base));
          }
        }
      }
      PdqResult a, b, c;
      ASSERT_TRUE(fast.Hash(img, PdqOptions{true, false}, &a).ok());
      ASSERT_TRUE(portable.Hash(img, PdqOptions{true, false}, &b).ok());
      EXPECT_EQ(a.hash, b.hash) << w << "x" << h << " kind " << kind;
      EXPECT_EQ(a.quality, b.quality) << w << "x" << h << " kind " << kind;
      EXPECT_EQ(a.dihedral, b.dihedral) << w << "x" << h << " kind " << kind;
      if (kind == 0) {
        std::vector<float> luma;
        for (size_t i = 0; i < img.pixels.size(); i += 3) {
          const uint8_t* p = &img.pixels[i];
          luma.push_back(((0.299f * float(p[0])) + (0.587f * float(p[1]))) + (0.114f * float(p[2])));
        }
        fast.HashLuma(luma.data(), w, h, PdqOptions{false, false}, &c);
        EXPECT_EQ(a.hash, c.hash) << w << "x" << h;
      }
    }
  }
}

// The reference's layout, written independently of pdq.cc: full f32
// planes, the 1-D running box filter of spec 2.5 along every row then every
// column, twice, then the 64x64 sampling. Its grid, hashed through the
// 64x64 path (which skips the blur), must give what Hash gives.
using pdq_reference::RefBox1D;

std::vector<float> ReferenceGrid(const Image& img) {
  const int W = img.width, H = img.height;
  std::vector<float> a(size_t(W) * H), b(size_t(W) * H), grid(64 * 64);
  for (size_t i = 0; i < a.size(); ++i) {
    const uint8_t* p = &img.pixels[img.channels * i];
    a[i] = img.channels == 1 ? float(p[0])
                             : ((0.299f * float(p[0])) + (0.587f * float(p[1]))) +
                                   (0.114f * float(p[2]));
  }
  const int wx = (W + 127) / 128, wy = (H + 127) / 128;
  for (int pass = 0; pass < 2; ++pass) {
    for (int y = 0; y < H; ++y) RefBox1D(&a[size_t(y) * W], &b[size_t(y) * W], W, 1, wx);
    for (int x = 0; x < W; ++x) RefBox1D(&b[x], &a[x], H, size_t(W), wy);
  }
  for (int i = 0; i < 64; ++i) {
    for (int j = 0; j < 64; ++j) {
      grid[i * 64 + j] = a[size_t((2 * i + 1) * H / 128) * W + (2 * j + 1) * W / 128];
    }
  }
  return grid;
}

// Shapes chosen against the fused blur's edges: vertical windows longer than
// a strip (wy 71: the window empties over two steps), horizontal windows
// longer than a column chunk, widths that are not multiples of 8 or of the
// chunk, power-of-two widths, and strips shorter than the window.
TEST(PdqHash, FusedBlurEqualsReferenceLayout) {
  PdqHasher fast, portable(false);
  for (auto [w, h] : {std::pair{40, 9000}, {9000, 40}, {100, 4200}, {1600, 1004}, {5, 5},
                      {6, 300}, {4097, 37}, {2048, 130}, {130, 65}, {67, 64}}) {
    for (int kind = 0; kind < 3; ++kind) {  // colour, 1-channel grey, grey RGB
      Image img;
      img.width = w;
      img.height = h;
      img.channels = kind == 1 ? 1 : 3;
      uint32_t state = 777u + uint32_t(w * 13 + h);
      for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
          state = state * 1664525u + 1013904223u;
          const int base = ((x / 29 + y / 41) % 3) * 90 + int(state >> 27);
          for (int c = 0; c < img.channels; ++c) {
            img.pixels.push_back(uint8_t(kind == 0 ? (base + 53 * c + int(state >> (5 + 6 * c)) % 23) % 256
                                                   : base));
          }
        }
      }
      const std::vector<float> grid = ReferenceGrid(img);
      PdqResult want, a, b;
      fast.HashLuma(grid.data(), 64, 64, PdqOptions{true, false}, &want);
      ASSERT_TRUE(fast.Hash(img, PdqOptions{true, false}, &a).ok());
      ASSERT_TRUE(portable.Hash(img, PdqOptions{true, false}, &b).ok());
      for (const PdqResult* r : {&a, &b}) {
        EXPECT_EQ(r->hash, want.hash) << w << "x" << h << " kind " << kind;
        EXPECT_EQ(r->quality, want.quality) << w << "x" << h << " kind " << kind;
        EXPECT_EQ(r->dihedral, want.dihedral) << w << "x" << h << " kind " << kind;
      }
    }
  }
}

// The blurred 64x64 grid itself, bit for bit, from both kernel builds
// against the full-plane layout: vertical windows that are powers of two
// (wy 1, 8, 16: the first vertical pass multiplies by 1/n there), last
// strips shorter than 32 rows (copied into a padded buffer), and RGB rows
// whose last 8-pixel block is read through a copy (widths 3 mod 8 and odd).
// The first vertical pass's fused path (full steps on whole chunks, straight
// into the second pass's ring) keeps rows for later steps from a group
// boundary (wy 8, 16, 24) or from inside a group (wy 5, 12), next to a last
// chunk narrower than 64 columns (the p1 path).
TEST(PdqHash, BlurGridIsBitExactWithTheReferenceLayout) {
  for (auto [w, h] : {std::pair{1024, 1000}, {700, 2048}, {1003, 97}, {1537, 517},
                      {35, 1030}, {4099, 37}, {11, 6}, {1000, 1500}, {1500, 3000}}) {
    for (int kind = 0; kind < 3; ++kind) {  // colour, 1-channel grey, grey RGB
      Image img;
      img.width = w;
      img.height = h;
      img.channels = kind == 1 ? 1 : 3;
      uint32_t state = 4242u + uint32_t(w * 7 + h);
      for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
          state = state * 1664525u + 1013904223u;
          const int base = ((x / 31 + y / 17) % 3) * 80 + int(state >> 26);
          for (int c = 0; c < img.channels; ++c) {
            img.pixels.push_back(uint8_t(kind == 0 ? (base + 61 * c + int(state >> (4 + 7 * c)) % 37) % 256
                                                   : base));
          }
        }
      }
      // An all-grey RGB image is hashed as its one-channel plane (R).
      Image plane = img;
      if (kind == 2) {
        plane.channels = 1;
        plane.pixels.clear();
        for (size_t i = 0; i < img.pixels.size(); i += 3) plane.pixels.push_back(img.pixels[i]);
      }
      const std::vector<float> want = ReferenceGrid(plane);
      for (bool avx2 : {true, false}) {
        std::vector<float> got(64 * 64, -1.0f);
        pdq_internal::BlurGrid(img, avx2, got.data());
        int differ = 0;
        for (int i = 0; i < 64 * 64; ++i) differ += std::memcmp(&got[i], &want[i], sizeof(float)) != 0;
        EXPECT_EQ(differ, 0) << w << "x" << h << " kind " << kind << (avx2 ? " avx2" : " portable");
      }
    }
  }
}

TEST(PdqHash, HexRoundTripAndDistance) {
  const std::string hex = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
  auto h = PdqHash::FromHex(hex);
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->Hex(), hex);
  EXPECT_EQ(h->words[0], 0x9b22);
  EXPECT_EQ(h->words[15], 0xf8f8);
  PdqHash other = *h;
  other.words[3] ^= 0x0101;
  EXPECT_EQ(h->Distance(other), 2);
  EXPECT_FALSE(PdqHash::FromHex("abc").ok());
  EXPECT_FALSE(PdqHash::FromHex(std::string(63, '0') + "g").ok());
  EXPECT_TRUE(PdqHash::FromHex(std::string(64, 'F')).ok());
}

TEST(PdqHash, TinyImageIsZeroHashQualityZero) {
  Image img;
  img.width = 4;
  img.height = 100;
  img.channels = 1;
  img.pixels.assign(400, 77);
  PdqHasher hasher;
  PdqResult res;
  ASSERT_TRUE(hasher.Hash(img, PdqOptions{true, false}, &res).ok());
  EXPECT_EQ(res.hash.Hex(), std::string(64, '0'));
  EXPECT_EQ(res.quality, 0);
  EXPECT_EQ(res.dihedral.size(), 8u);
}

TEST(PdqHash, RejectsBadBuffers) {
  Image img;
  img.width = 10;
  img.height = 10;
  img.channels = 2;
  img.pixels.assign(200, 0);
  PdqHasher hasher;
  PdqResult res;
  EXPECT_FALSE(hasher.Hash(img, {}, &res).ok());
  img.channels = 3;  // buffer now too small
  EXPECT_FALSE(hasher.Hash(img, {}, &res).ok());
}

}  // namespace
}  // namespace vigil
