// PDQ, bit-exact with the reference (spec: ../shared/reference/pdq-vpdq-spec.md).
//
// Exactness: every step is f32 in the reference's order of operations; this
// file is compiled with -ffp-contract=off so the compiler fuses no
// multiply-add. The speed comes from layout, and from two exact rewrites:
//  * the image is streamed in strips of 32 rows, and the passes are fused
//    per 64-column chunk (first horizontal -> first vertical -> second
//    horizontal, see BlurAndSampleT in pdq_blur.inc), so the intermediates
//    stay in L1 and no full-size float plane exists (only the last wy
//    first-pass rows are kept, full width, for later strips); on full
//    strips and chunks the first vertical pass's outputs go transposed in
//    registers straight into the second horizontal pass's ring;
//  * horizontal passes transpose the strip in 8x8 blocks so the running sums
//    of 32 rows advance together in 4 independent SIMD chains; vertical
//    passes advance the running sums of a chunk's columns together;
//  * the second pass divides only where a 64x64 sample is taken (its running
//    sums still see every value, as the reference's do);
//  * with AVX2, pixels are converted to luminance while being transposed,
//    the products c * x as fma(c, 2^23 + x, -c * 2^23) (exact, no convert);
//  * the first pass's full windows (the bulk of its divisions) divide with
//    the divider (vdivps), which the rest of the pipeline leaves idle; at
//    the windows' edges, with FMA, the divisions by the window count n are
//    a correctly rounded quotient from RN(1/n) and two FMAs (Markstein),
//    bit-identical to x / n (see pdq_blur.inc and pdq_div_test.cc);
//  * a window count n that is a power of two divides exactly as x * (1/n)
//    (first horizontal and vertical passes);
//  * the DCT is two small matrix products vectorised along the output row.
// The blur kernels (pdq_blur.inc) are compiled twice, for AVX2+FMA and for
// baseline x86-64, and picked at run time (same IEEE results).
#include "vigil/pdq.h"

#include "pdq/pdq_fastdiv.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace vigil {

const char* const kPdqDihedralNames[kPdqDihedralCount] = {
    "orig", "rot90", "rot180", "rot270", "flipx", "flipy", "flipp", "flipm"};

namespace {

constexpr int kGrid = 64;
constexpr int kDct = 16;

// Luma of RGB pixels, in the reference's order: ((cR*R) + (cG*G)) + (cB*B).
void LumaRgbScalar(const uint8_t* __restrict rgb, size_t n, float* __restrict out) {
  const float cr = 0.299f, cg = 0.587f, cb = 0.114f;
  for (size_t i = 0; i < n; ++i) {
    out[i] = ((cr * float(rgb[3 * i])) + (cg * float(rgb[3 * i + 1]))) +
             (cb * float(rgb[3 * i + 2]));
  }
}

void LumaGrey(const uint8_t* __restrict v, size_t stride, size_t n, float* __restrict out) {
  for (size_t i = 0; i < n; ++i) out[i] = float(v[i * stride]);
}

// Horizontal passes run on strips of kStrip rows: the strip is transposed in
// 8x8 blocks so that column c becomes kGroups vectors of 8 rows, and the
// running sums of all kStrip rows advance together (kGroups independent
// dependency chains hide the add latency).
typedef float v8sf __attribute__((vector_size(32)));
typedef int v8si __attribute__((vector_size(32)));
typedef float v8sf_u __attribute__((vector_size(32), aligned(4)));  // unaligned access
constexpr int kGroups = 4;
constexpr int kStrip = 8 * kGroups;

#if defined(__clang__)
#define VIGIL_SHUF(a, b, i0, i1, i2, i3, i4, i5, i6, i7) \
  __builtin_shufflevector(a, b, i0, i1, i2, i3, i4, i5, i6, i7)
#else
#define VIGIL_SHUF(a, b, i0, i1, i2, i3, i4, i5, i6, i7) \
  __builtin_shuffle(a, b, v8si{i0, i1, i2, i3, i4, i5, i6, i7})
#endif

// A 64-byte aligned float buffer (std::vector does not align v8sf).
class AlignedFloats {
 public:
  AlignedFloats() = default;
  AlignedFloats(const AlignedFloats&) = delete;
  AlignedFloats& operator=(const AlignedFloats&) = delete;
  ~AlignedFloats() { std::free(p_); }
  void Reserve(size_t n) {
    if (n <= n_) return;
    std::free(p_);
    p_ = static_cast<float*>(std::aligned_alloc(64, (n * sizeof(float) + 63) / 64 * 64));
    if (p_ == nullptr) std::abort();
    n_ = n;
  }
  v8sf* vec() { return reinterpret_cast<v8sf*>(p_); }
  float* data() { return p_; }

 private:
  float* p_ = nullptr;
  size_t n_ = 0;
};

// State of one vertical running box filter (spec 2.5) down a stream of rows,
// all columns at once: a ring of the last w + extra input rows and the sums.
// Rows are kRowAlign-float aligned (whole cache lines: a 32-byte access
// never splits a line).
constexpr int kRowAlign = 16;
inline size_t RowStride(int cols) { return (size_t(cols) + kRowAlign - 1) / kRowAlign * kRowAlign; }

struct VPass {
  void Reset(int rows_, int cols_, int w_, int extra) {
    rows = rows_;
    cols = cols_;
    stride = RowStride(cols_);
    w = w_;
    h = (w_ + 2) / 2;
    cap = w_ + extra;
    ring.Reserve(size_t(cap) * stride);
    sum.Reserve(stride);
    std::fill(sum.data(), sum.data() + stride, 0.0f);
    pushed = n = 0;
  }
  float* Slot(int r) { return ring.data() + size_t(r % cap) * stride; }
  int rows = 0, cols = 0, w = 1, h = 1, cap = 1, pushed = 0, n = 0;
  size_t stride = 0;
  AlignedFloats ring, sum;
};

struct BlurBuffers {
  std::vector<float> luma;    // kStrip x W luminance rows (portable path)
  std::vector<uint8_t> px_tail;  // the last strip's pixel rows, padded to kStrip rows
  AlignedFloats ring;         // the last ring_cap columns of a strip in column form
  int ring_cap = 0;           //   (first horizontal pass)
  AlignedFloats ring2;        // the same for the second pass, a chunk ahead of its window
  AlignedFloats colout;       // the 64 sampled columns of the second pass
  AlignedFloats h1loc;        // kStrip x kChunk first-pass rows (one column chunk)
  AlignedFloats carry;        // the last wy first-pass rows (full width)
  AlignedFloats v1sum;        // the first vertical pass's running sums
  AlignedFloats p1;           // kStrip x kChunk first-pass output (one column chunk;
                              //   only where V1FusedFull does not apply)
  VPass v2;                   // the second vertical pass (64 columns)
};

// What is hashed: 8-bit pixels (mode 0: RGB luma, 1: grey samples, 2: the R
// sample of all-grey RGB pixels) or an f32 luminance plane (mode 3).
struct PdqSource {
  const uint8_t* px = nullptr;
  size_t row_bytes = 0;
  int mode = 0;
  const float* luma = nullptr;
};

// The FMA division is verified for windows up to this size (pdq_div_test).
constexpr int kFastDivMaxN = 512;
[[maybe_unused]] inline bool FastDivOk(int W, int H) {
  return (W + 127) / 128 <= kFastDivMaxN && (H + 127) / 128 <= kFastDivMaxN;
}

namespace portable {
#define VIGIL_PDQ_FMA 0
#include "pdq_blur.inc"
#undef VIGIL_PDQ_FMA
}  // namespace portable

#if defined(__x86_64__) && !defined(__clang__)
#define VIGIL_PDQ_HAVE_AVX2 1
#pragma GCC push_options
#pragma GCC target("avx2,fma")
namespace avx2 {
#define VIGIL_PDQ_FMA 1
#include "pdq_blur.inc"
#undef VIGIL_PDQ_FMA
}  // namespace avx2
#pragma GCC pop_options
#else
#define VIGIL_PDQ_HAVE_AVX2 0
#endif

// Row r of the source as f32 luminance (scalar; for the 64x64 case).
void SourceRow(const PdqSource& src, int W, int r, float* dst) {
  if (src.mode == 3) {
    std::memcpy(dst, src.luma + size_t(r) * W, sizeof(float) * size_t(W));
  } else if (src.mode == 0) {
    LumaRgbScalar(src.px + size_t(r) * src.row_bytes, size_t(W), dst);
  } else {
    LumaGrey(src.px + size_t(r) * src.row_bytes, src.mode == 1 ? 1 : 3, size_t(W), dst);
  }
}

using BlurFn = void (*)(BlurBuffers&, const PdqSource&, int, int, float*);
BlurFn PickBlur(bool allow_avx2) {
#if VIGIL_PDQ_HAVE_AVX2
  if (allow_avx2 && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
    return avx2::BlurAndSample;
  }
#endif
  (void)allow_avx2;
  return portable::BlurAndSample;
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

// True when every RGB pixel has R = G = B (stops at the first that does not).
bool AllGrey(const uint8_t* rgb, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (rgb[3 * i] != rgb[3 * i + 1] || rgb[3 * i + 1] != rgb[3 * i + 2]) return false;
  }
  return true;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

namespace pdq_internal {
int FastDivMaxN() { return kFastDivMaxN; }
bool FastDivAvailable() {
#if VIGIL_PDQ_HAVE_AVX2
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
  return false;
#endif
}
void FastDivide(const float* x, size_t count, int n, float* out) {
#if VIGIL_PDQ_HAVE_AVX2
  if (!FastDivAvailable()) std::abort();
  constexpr size_t kChunk = size_t(1) << 20;
  for (size_t i = 0; i < count; i += kChunk) {
    avx2::DivRow<true>(x + i, n, out + i, int(std::min(kChunk, count - i)));
  }
#else
  (void)x, (void)count, (void)n, (void)out;
  std::abort();
#endif
}
void BlurGrid(const Image& image, bool allow_avx2, float* grid) {
  BlurBuffers blur;
  PdqSource src;
  src.px = image.pixels.data();
  src.row_bytes = size_t(image.width) * image.channels;
  src.mode = image.channels == 1 ? 1
             : AllGrey(src.px, size_t(image.width) * image.height) ? 2
                                                                  : 0;
  PickBlur(allow_avx2)(blur, src, image.width, image.height, grid);
}
}  // namespace pdq_internal

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
  BlurBuffers blur;
  BlurFn blur_fn;
  std::vector<uint8_t> squashed;
  float dct[kDct * kGrid];    // D: 16 x 64
  float dct_t[kGrid * kDct];  // D transposed: 64 x 16
  explicit Scratch(bool allow_avx2) : blur_fn(PickBlur(allow_avx2)) {
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

  void FromGrid(const float* grid, const PdqOptions& options, PdqResult* out) {
    out->quality = Quality(grid);
    float t[kDct * kGrid], coef[kDct * kDct];
    MatMulRows(dct, kDct, kGrid, grid, kGrid, t);     // T = D A      (16 x 64)
    MatMulRows(t, kDct, kGrid, dct_t, kDct, coef);    // B = T D^T    (16 x 16)
    out->hash = Threshold(coef);
    if (options.dihedral) Dihedral(coef, &out->dihedral);
  }

  void Run(const PdqSource& src, int W, int H, const PdqOptions& options, PdqResult* out) {
    out->hashed_width = W;
    out->hashed_height = H;
    out->dihedral.clear();
    if (W < 5 || H < 5) {
      out->hash = PdqHash();
      out->quality = 0;
      if (options.dihedral) out->dihedral.assign(kPdqDihedralCount, PdqHash());
      return;
    }
    float grid[kGrid * kGrid];
    if (W == kGrid && H == kGrid) {  // the reference skips the blur here
      for (int r = 0; r < kGrid; ++r) SourceRow(src, W, r, grid + r * kGrid);
    } else {
      blur_fn(blur, src, W, H, grid);
    }
    FromGrid(grid, options, out);
  }
};

PdqHasher::PdqHasher() : s_(new Scratch(true)) {}
PdqHasher::PdqHasher(bool allow_avx2) : s_(new Scratch(allow_avx2)) {}
PdqHasher::~PdqHasher() { delete s_; }

void PdqHasher::HashLuma(const float* luma, int width, int height, const PdqOptions& options,
                         PdqResult* out) {
  PdqSource src;
  src.mode = 3;
  src.luma = luma;
  s_->Run(src, width, height, options, out);
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
  // The reference hashes a 1-channel plane exactly when every pixel is grey.
  const bool grey = ch == 1 || AllGrey(px, size_t(W) * H);
  if (options.pre_resize_512 && (W > 512 || H > 512)) {
    // Nearest-neighbour squash to exactly 512x512 (reference CLI).
    s.squashed.resize(size_t(512) * 512 * ch);
    for (int y = 0; y < 512; ++y) {
      const uint8_t* src_row = px + size_t(int64_t(y) * H / 512) * W * ch;
      uint8_t* dst = s.squashed.data() + size_t(y) * 512 * ch;
      for (int x = 0; x < 512; ++x) {
        const uint8_t* p = src_row + size_t(int64_t(x) * W / 512) * ch;
        for (int c = 0; c < ch; ++c) dst[x * ch + c] = p[c];
      }
    }
    px = s.squashed.data();
    W = H = 512;
  }
  PdqSource src;
  src.px = px;
  src.row_bytes = size_t(W) * ch;
  src.mode = ch == 1 ? 1 : grey ? 2 : 0;
  s.Run(src, W, H, options, out);
  return Status::OK();
}

}  // namespace vigil
