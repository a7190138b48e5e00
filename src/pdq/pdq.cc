// PDQ, bit-exact with the reference (spec: ../shared/reference/pdq-vpdq-spec.md).
//
// Exactness: every step is f32 in the reference's order of operations; this
// file is compiled with -ffp-contract=off so no multiply-add is fused. The
// speed comes from layout, not from changing the arithmetic:
//  * every box-filter pass runs down columns, so the running sums of all
//    columns advance together in SIMD registers (one vector add, subtract
//    and divide per 8 columns per row); horizontal passes run on a
//    transposed plane;
//  * the second pass computes divisions only where a 64x64 sample is taken
//    (the running sums still see every value, as the reference's do);
//  * the DCT is two small matrix products vectorised along the output row.
// Hot loops are cloned for AVX2 and baseline x86-64 (same IEEE results).
#include "vigil/pdq.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace vigil {

const char* const kPdqDihedralNames[kPdqDihedralCount] = {
    "orig", "rot90", "rot180", "rot270", "flipx", "flipy", "flipp", "flipm"};

#if defined(__x86_64__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)
#define VIGIL_PDQ_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define VIGIL_PDQ_CLONES
#endif

namespace {

constexpr int kGrid = 64;
constexpr int kDct = 16;

// Luma of RGB pixels, in the reference's order: ((cR*R) + (cG*G)) + (cB*B).
// Returns true when every pixel had R = G = B.
VIGIL_PDQ_CLONES
bool LumaRgb(const uint8_t* __restrict rgb, size_t n, float* __restrict out) {
  const float cr = 0.299f, cg = 0.587f, cb = 0.114f;
  unsigned nongrey = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t r = rgb[3 * i], g = rgb[3 * i + 1], b = rgb[3 * i + 2];
    nongrey |= unsigned(r ^ g) | unsigned(g ^ b);
    out[i] = ((cr * float(r)) + (cg * float(g))) + (cb * float(b));
  }
  return nongrey == 0;
}

VIGIL_PDQ_CLONES
void LumaGrey(const uint8_t* __restrict v, size_t stride, size_t n, float* __restrict out) {
  for (size_t i = 0; i < n; ++i) out[i] = float(v[i * stride]);
}

// dst (cols x rows) = transpose of src (rows x cols), in cache-sized tiles.
VIGIL_PDQ_CLONES
void Transpose(const float* __restrict src, int rows, int cols, float* __restrict dst) {
  constexpr int kT = 16;
  for (int r0 = 0; r0 < rows; r0 += kT) {
    const int r1 = std::min(rows, r0 + kT);
    for (int c0 = 0; c0 < cols; c0 += kT) {
      const int c1 = std::min(cols, c0 + kT);
      for (int c = c0; c < c1; ++c) {
        float* d = dst + size_t(c) * rows;
        for (int r = r0; r < r1; ++r) d[r] = src[size_t(r) * cols + c];
      }
    }
  }
}

VIGIL_PDQ_CLONES
void AddRow(float* __restrict sum, const float* __restrict in, int n) {
  for (int c = 0; c < n; ++c) sum[c] += in[c];
}
VIGIL_PDQ_CLONES
void SubRow(float* __restrict sum, const float* __restrict in, int n) {
  for (int c = 0; c < n; ++c) sum[c] -= in[c];
}
VIGIL_PDQ_CLONES
void AddSubRow(float* __restrict sum, const float* __restrict add, const float* __restrict sub,
               int n) {
  for (int c = 0; c < n; ++c) sum[c] = (sum[c] + add[c]) - sub[c];
}
VIGIL_PDQ_CLONES
void DivRow(const float* __restrict sum, float d, float* __restrict out, int n) {
  for (int c = 0; c < n; ++c) out[c] = sum[c] / d;
}

// Box-filters every column of `in` (rows x cols, row stride `cols`) with
// window w, exactly as the reference's 1-D running box filter does along each
// column. Output row k goes to out + k*cols, or, when `emit` is given (sorted
// row indices, duplicates allowed), only rows emit[e] are written, to
// out + e*cols.
void BoxColumns(const float* in, int rows, int cols, int w, float* sum, float* out,
                const int* emit, int n_emit) {
  const int h = (w + 2) / 2;
  std::fill(sum, sum + cols, 0.0f);
  int next = 0;  // next emit index
  auto put = [&](int k, int n) {
    const float d = float(n);
    if (emit == nullptr) {
      DivRow(sum, d, out + size_t(k) * cols, cols);
      return;
    }
    while (next < n_emit && emit[next] == k) {
      DivRow(sum, d, out + size_t(next) * cols, cols);
      ++next;
    }
  };
  auto row = [&](int r) { return in + size_t(r) * cols; };
  int n = 0, r = 0, k = 0;
  for (; r < h - 1; ++r, ++n) AddRow(sum, row(r), cols);
  for (int i = 0; i < w - h + 1; ++i, ++r, ++k) {
    AddRow(sum, row(r), cols);
    put(k, ++n);
  }
  int left = 0;
  for (int i = 0; i < rows - w; ++i, ++r, ++k, ++left) {
    AddSubRow(sum, row(r), row(left), cols);
    put(k, n);
  }
  for (int i = 0; i < h - 1; ++i, ++k, ++left) {
    SubRow(sum, row(left), cols);
    put(k, --n);
  }
}

// out[i][x] += a[i][k] * b[k][x], k sequential: the reference's accumulation.
void MatMulRows(const float* a, int m, int kk, const float* b, int nn, float* out) {
  for (int i = 0; i < m; ++i) {
    float* o = out + size_t(i) * nn;
    std::fill(o, o + nn, 0.0f);
    for (int k = 0; k < kk; ++k) {
      const float s = a[size_t(i) * kk + k];
      const float* br = b + size_t(k) * nn;
      for (int x = 0; x < nn; ++x) o[x] += s * br[x];
    }
  }
}

int Quality(const float* a) {
  int g = 0;
  for (int i = 0; i < kGrid - 1; ++i) {
    for (int j = 0; j < kGrid; ++j) {
      const float t = ((a[i * kGrid + j] - a[(i + 1) * kGrid + j]) * 100.0f) / 255.0f;
      g += std::abs(int(t));
    }
  }
  for (int i = 0; i < kGrid; ++i) {
    for (int j = 0; j < kGrid - 1; ++j) {
      const float t = ((a[i * kGrid + j] - a[i * kGrid + j + 1]) * 100.0f) / 255.0f;
      g += std::abs(int(t));
    }
  }
  return std::min(100, g / 90);
}

PdqHash Threshold(const float* b) {
  float tmp[kDct * kDct];
  std::memcpy(tmp, b, sizeof(tmp));
  std::nth_element(tmp, tmp + 127, tmp + kDct * kDct);
  const float m = tmp[127];
  PdqHash h;
  for (int i = 0; i < kDct; ++i) {
    uint16_t w = 0;
    for (int j = 0; j < kDct; ++j) w |= uint16_t(b[i * kDct + j] > m) << j;
    h.words[i] = w;
  }
  return h;
}

// The 8 dihedral variants of B (spec section 2.11), thresholded afresh.
void Dihedral(const float* b, std::vector<PdqHash>* out) {
  out->assign(kPdqDihedralCount, PdqHash());
  float d[kDct * kDct];
  auto neg = [](bool keep, float v) { return keep ? v : -v; };
  for (int v = 0; v < kPdqDihedralCount; ++v) {
    for (int i = 0; i < kDct; ++i) {
      for (int j = 0; j < kDct; ++j) {
        const float x = b[i * kDct + j];
        switch (v) {
          case 0: d[i * kDct + j] = x; break;
          case 1: d[j * kDct + i] = neg(j & 1, x); break;
          case 2: d[i * kDct + j] = neg(((i + j) & 1) == 0, x); break;
          case 3: d[j * kDct + i] = neg(i & 1, x); break;
          case 4: d[i * kDct + j] = neg(i & 1, x); break;
          case 5: d[i * kDct + j] = neg(j & 1, x); break;
          case 6: d[j * kDct + i] = x; break;
          default: d[j * kDct + i] = neg(((i + j) & 1) == 0, x); break;
        }
      }
    }
    (*out)[v] = Threshold(d);
  }
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string PdqHash::Hex() const {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s(64, '0');
  for (int w = 15, p = 0; w >= 0; --w) {
    for (int shift = 12; shift >= 0; shift -= 4) s[p++] = kHex[(words[w] >> shift) & 0xf];
  }
  return s;
}

StatusOr<PdqHash> PdqHash::FromHex(std::string_view hex) {
  if (hex.size() != 64) {
    return InvalidArgumentError("PDQ hash: expected 64 hex characters, got " +
                                std::to_string(hex.size()));
  }
  PdqHash h;
  for (int p = 0; p < 64; ++p) {
    const int d = HexDigit(hex[p]);
    if (d < 0) return InvalidArgumentError("PDQ hash: non-hex character at " + std::to_string(p));
    h.words[15 - p / 4] |= uint16_t(d << (12 - 4 * (p % 4)));
  }
  return h;
}

int PdqHash::Distance(const PdqHash& other) const {
  int d = 0;
  for (int i = 0; i < 16; ++i) d += std::popcount(unsigned(words[i] ^ other.words[i]));
  return d;
}

struct PdqHasher::Scratch {
  std::vector<float> luma, a, b, sum;
  std::vector<uint8_t> squashed;
  float dct[kDct * kGrid];    // D: 16 x 64
  float dct_t[kGrid * kDct];  // D transposed: 64 x 16
  Scratch() {
    const float s = float(std::sqrt(2.0 / 64.0));
    const double pi = 3.14159265358979323846;
    for (int i = 0; i < kDct; ++i) {
      for (int k = 0; k < kGrid; ++k) {
        const float v = float(double(s) * std::cos(((pi / 2.0) / 64.0) * double(i + 1) *
                                                   double(2 * k + 1)));
        dct[i * kGrid + k] = v;
        dct_t[k * kDct + i] = v;
      }
    }
  }
};

PdqHasher::PdqHasher() : s_(new Scratch()) {}
PdqHasher::~PdqHasher() { delete s_; }

void PdqHasher::HashLuma(const float* luma, int width, int height, const PdqOptions& options,
                         PdqResult* out) {
  out->hashed_width = width;
  out->hashed_height = height;
  out->dihedral.clear();
  if (width < 5 || height < 5) {
    out->hash = PdqHash();
    out->quality = 0;
    if (options.dihedral) out->dihedral.assign(kPdqDihedralCount, PdqHash());
    return;
  }
  const int W = width, H = height;
  // The planes also hold the 64 x H second-pass samples (more than W x H
  // when W < 64).
  const size_t n = std::max(size_t(W) * H, size_t(kGrid) * std::max(W, H));
  Scratch& s = *s_;
  if (s.a.size() < n) {
    s.a.resize(n);
    s.b.resize(n);
  }
  s.sum.resize(std::max({W, H, kGrid}));
  float grid[kGrid * kGrid];
  if (W == kGrid && H == kGrid) {
    std::memcpy(grid, luma, sizeof(grid));  // the reference skips the blur here
  } else {
    int ri[kGrid], cj[kGrid];
    for (int i = 0; i < kGrid; ++i) {
      ri[i] = int(((2 * int64_t(i) + 1) * H) / 128);
      cj[i] = int(((2 * int64_t(i) + 1) * W) / 128);
    }
    const int wx = (W + 127) / 128, wy = (H + 127) / 128;
    float* a = s.a.data();
    float* b = s.b.data();
    float* sum = s.sum.data();
    Transpose(luma, H, W, a);                          // a: W x H
    BoxColumns(a, W, H, wx, sum, b, nullptr, 0);       // pass 1, along rows
    Transpose(b, W, H, a);                             // a: H x W
    BoxColumns(a, H, W, wy, sum, b, nullptr, 0);       // pass 1, along columns
    Transpose(b, H, W, a);                             // a: W x H
    BoxColumns(a, W, H, wx, sum, b, cj, kGrid);        // pass 2, rows; b: 64 x H
    Transpose(b, kGrid, H, a);                         // a: H x 64
    BoxColumns(a, H, kGrid, wy, sum, grid, ri, kGrid); // pass 2, columns
  }
  out->quality = Quality(grid);
  float t[kDct * kGrid], coef[kDct * kDct];
  MatMulRows(s.dct, kDct, kGrid, grid, kGrid, t);     // T = D A      (16 x 64)
  MatMulRows(t, kDct, kGrid, s.dct_t, kDct, coef);    // B = T D^T    (16 x 16)
  out->hash = Threshold(coef);
  if (options.dihedral) Dihedral(coef, &out->dihedral);
}

Status PdqHasher::Hash(const Image& image, const PdqOptions& options, PdqResult* out) {
  if (image.channels != 1 && image.channels != 3) {
    return InvalidArgumentError("PDQ: expected 1 or 3 channels, got " +
                                std::to_string(image.channels));
  }
  if (image.width <= 0 || image.height <= 0 ||
      image.pixels.size() < size_t(image.width) * image.height * image.channels) {
    return InvalidArgumentError("PDQ: image buffer does not match its size");
  }
  Scratch& s = *s_;
  int W = image.width, H = image.height, ch = image.channels;
  const uint8_t* px = image.pixels.data();
  const size_t full = size_t(W) * H;
  bool rgb_decided = false;  // set when the pre-resize already found colour
  if (options.pre_resize_512 && (W > 512 || H > 512)) {
    // Nearest-neighbour squash to exactly 512x512 (reference CLI). Whether
    // the image is grey is decided on the full image, as ImageMagick does.
    bool grey = ch == 1;
    if (!grey) {
      s.luma.resize(full);
      grey = LumaRgb(px, full, s.luma.data());
    }
    const int out_ch = grey ? 1 : 3;
    s.squashed.resize(size_t(512) * 512 * out_ch);
    for (int y = 0; y < 512; ++y) {
      const uint8_t* src_row = px + size_t(int64_t(y) * H / 512) * W * ch;
      uint8_t* dst = s.squashed.data() + size_t(y) * 512 * out_ch;
      for (int x = 0; x < 512; ++x) {
        const uint8_t* p = src_row + size_t(int64_t(x) * W / 512) * ch;
        for (int c = 0; c < out_ch; ++c) dst[x * out_ch + c] = p[c];
      }
    }
    px = s.squashed.data();
    W = H = 512;
    ch = out_ch;
    rgb_decided = !grey;
  }
  const size_t n = size_t(W) * H;
  s.luma.resize(n);
  const bool all_grey = ch == 1 || LumaRgb(px, n, s.luma.data());
  if (all_grey && !rgb_decided) LumaGrey(px, ch, n, s.luma.data());
  HashLuma(s.luma.data(), W, H, options, out);
  return Status::OK();
}

}  // namespace vigil
