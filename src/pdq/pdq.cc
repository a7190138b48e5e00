// PDQ, bit-exact with the reference (spec: ../shared/reference/pdq-vpdq-spec.md).
//
// Exactness: every step is f32 in the reference's order of operations; this
// file is compiled with -ffp-contract=off so no multiply-add is fused, and
// the box filter divides (never multiplies by a reciprocal). The speed comes
// from layout, not from changing the arithmetic:
//  * the image is streamed in strips of 32 rows; the two box-filter passes
//    run one after the other on each strip through small ring buffers, so
//    the working set stays in cache and no full-size float plane exists;
//  * horizontal passes transpose the strip in 8x8 blocks so the running sums
//    of 32 rows advance together in 4 independent SIMD chains; vertical
//    passes advance the running sums of all columns together;
//  * the second pass divides only where a 64x64 sample is taken (its running
//    sums still see every value, as the reference's do);
//  * with AVX2, pixels are converted to luminance while being transposed;
//  * the DCT is two small matrix products vectorised along the output row.
// Hot loops are cloned for AVX2 and baseline x86-64 (same IEEE results).
#include "vigil/pdq.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

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
void LumaRgbScalar(const uint8_t* __restrict rgb, size_t n, float* __restrict out) {
  const float cr = 0.299f, cg = 0.587f, cb = 0.114f;
  for (size_t i = 0; i < n; ++i) {
    out[i] = ((cr * float(rgb[3 * i])) + (cg * float(rgb[3 * i + 1]))) +
             (cb * float(rgb[3 * i + 2]));
  }
}

#if defined(__x86_64__)
// The same with AVX2: 8 pixels (24 bytes) deinterleaved by byte shuffles,
// widened to f32, then the same products and sums (no fused multiply-add).
__attribute__((target("avx2"))) void LumaRgbAvx2(const uint8_t* __restrict rgb, size_t n,
                                                 float* __restrict out) {
  const __m128i r_lo = _mm_setr_epi8(0, 3, 6, 9, 12, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1);
  const __m128i r_hi = _mm_setr_epi8(-1, -1, -1, -1, -1, -1, 2, 5, -1, -1, -1, -1, -1, -1, -1, -1);
  const __m128i g_lo = _mm_setr_epi8(1, 4, 7, 10, 13, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1);
  const __m128i g_hi = _mm_setr_epi8(-1, -1, -1, -1, -1, 0, 3, 6, -1, -1, -1, -1, -1, -1, -1, -1);
  const __m128i b_lo = _mm_setr_epi8(2, 5, 8, 11, 14, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1);
  const __m128i b_hi = _mm_setr_epi8(-1, -1, -1, -1, -1, 1, 4, 7, -1, -1, -1, -1, -1, -1, -1, -1);
  const __m256 cr = _mm256_set1_ps(0.299f), cg = _mm256_set1_ps(0.587f),
               cb = _mm256_set1_ps(0.114f);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const uint8_t* p = rgb + 3 * i;
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hi = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(p + 16));
#define VIGIL_PLANE(mlo, mhi) \
  _mm256_cvtepi32_ps(         \
      _mm256_cvtepu8_epi32(_mm_or_si128(_mm_shuffle_epi8(lo, mlo), _mm_shuffle_epi8(hi, mhi))))
    const __m256 y = _mm256_add_ps(_mm256_add_ps(_mm256_mul_ps(cr, VIGIL_PLANE(r_lo, r_hi)),
                                                 _mm256_mul_ps(cg, VIGIL_PLANE(g_lo, g_hi))),
                                   _mm256_mul_ps(cb, VIGIL_PLANE(b_lo, b_hi)));
#undef VIGIL_PLANE
    _mm256_storeu_ps(out + i, y);
  }
  LumaRgbScalar(rgb + 3 * i, n - i, out + i);
}
#endif

using LumaRgbFn = void (*)(const uint8_t*, size_t, float*);
LumaRgbFn PickLumaRgb(bool allow_avx2) {
#if defined(__x86_64__)
  if (allow_avx2 && __builtin_cpu_supports("avx2")) return LumaRgbAvx2;
#endif
  return LumaRgbScalar;
}

VIGIL_PDQ_CLONES
void LumaGrey(const uint8_t* __restrict v, size_t stride, size_t n, float* __restrict out) {
  for (size_t i = 0; i < n; ++i) out[i] = float(v[i * stride]);
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

// The reference's 1-D running box filter (spec 2.5), applied down a stream
// of rows, all columns at once. The caller writes row r into Slot(r) and
// pushes rows in order; output row k is announced as emit(k, n, sum) when
// its running sum is ready (the caller divides by n where it needs the
// value). The ring keeps the last w + extra rows.
class RunningBox {
 public:
  void Reset(int rows, int cols, int w, int extra) {
    rows_ = rows;
    cols_ = cols;
    w_ = w;
    h_ = (w + 2) / 2;
    cap_ = w + extra;
    ring_.resize(size_t(cap_) * cols);
    sum_.assign(size_t(cols), 0.0f);
    pushed_ = n_ = 0;
  }
  float* Slot(int r) { return ring_.data() + size_t(r % cap_) * cols_; }

  template <typename Emit>
  void Push(Emit&& emit) {
    const int r = pushed_++;
    if (r < w_) {
      AddRow(sum_.data(), Slot(r), cols_);
      ++n_;
      if (r >= h_ - 1) emit(r - (h_ - 1), n_, sum_.data());
    } else {
      AddSubRow(sum_.data(), Slot(r), Slot(r - w_), cols_);
      emit(r - (h_ - 1), n_, sum_.data());
    }
  }
  template <typename Emit>
  void Finish(Emit&& emit) {
    for (int i = 0; i < h_ - 1; ++i) {
      SubRow(sum_.data(), Slot(rows_ - w_ + i), cols_);
      --n_;
      emit(rows_ - (h_ - 1) + i, n_, sum_.data());
    }
  }

 private:
  int rows_ = 0, cols_ = 0, w_ = 1, h_ = 1, cap_ = 1, pushed_ = 0, n_ = 0;
  std::vector<float> ring_, sum_;
};

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

__attribute__((always_inline)) inline void Transpose8(v8sf* r) {
  const v8sf t0 = VIGIL_SHUF(r[0], r[1], 0, 8, 1, 9, 4, 12, 5, 13);
  const v8sf t1 = VIGIL_SHUF(r[0], r[1], 2, 10, 3, 11, 6, 14, 7, 15);
  const v8sf t2 = VIGIL_SHUF(r[2], r[3], 0, 8, 1, 9, 4, 12, 5, 13);
  const v8sf t3 = VIGIL_SHUF(r[2], r[3], 2, 10, 3, 11, 6, 14, 7, 15);
  const v8sf t4 = VIGIL_SHUF(r[4], r[5], 0, 8, 1, 9, 4, 12, 5, 13);
  const v8sf t5 = VIGIL_SHUF(r[4], r[5], 2, 10, 3, 11, 6, 14, 7, 15);
  const v8sf t6 = VIGIL_SHUF(r[6], r[7], 0, 8, 1, 9, 4, 12, 5, 13);
  const v8sf t7 = VIGIL_SHUF(r[6], r[7], 2, 10, 3, 11, 6, 14, 7, 15);
  const v8sf u0 = VIGIL_SHUF(t0, t2, 0, 1, 8, 9, 4, 5, 12, 13);
  const v8sf u1 = VIGIL_SHUF(t0, t2, 2, 3, 10, 11, 6, 7, 14, 15);
  const v8sf u2 = VIGIL_SHUF(t1, t3, 0, 1, 8, 9, 4, 5, 12, 13);
  const v8sf u3 = VIGIL_SHUF(t1, t3, 2, 3, 10, 11, 6, 7, 14, 15);
  const v8sf u4 = VIGIL_SHUF(t4, t6, 0, 1, 8, 9, 4, 5, 12, 13);
  const v8sf u5 = VIGIL_SHUF(t4, t6, 2, 3, 10, 11, 6, 7, 14, 15);
  const v8sf u6 = VIGIL_SHUF(t5, t7, 0, 1, 8, 9, 4, 5, 12, 13);
  const v8sf u7 = VIGIL_SHUF(t5, t7, 2, 3, 10, 11, 6, 7, 14, 15);
  r[0] = VIGIL_SHUF(u0, u4, 0, 1, 2, 3, 8, 9, 10, 11);
  r[1] = VIGIL_SHUF(u1, u5, 0, 1, 2, 3, 8, 9, 10, 11);
  r[2] = VIGIL_SHUF(u2, u6, 0, 1, 2, 3, 8, 9, 10, 11);
  r[3] = VIGIL_SHUF(u3, u7, 0, 1, 2, 3, 8, 9, 10, 11);
  r[4] = VIGIL_SHUF(u0, u4, 4, 5, 6, 7, 12, 13, 14, 15);
  r[5] = VIGIL_SHUF(u1, u5, 4, 5, 6, 7, 12, 13, 14, 15);
  r[6] = VIGIL_SHUF(u2, u6, 4, 5, 6, 7, 12, 13, 14, 15);
  r[7] = VIGIL_SHUF(u3, u7, 4, 5, 6, 7, 12, 13, 14, 15);
}

// col[c * kGroups + g] lane i = rows[8g + i][c], for c < width. Block by
// block, so the column buffer is written sequentially.
VIGIL_PDQ_CLONES
void StripToColumns(const float* const* rows, int width, v8sf* __restrict col) {
  const int blocks = width / 8;
  for (int b = 0; b < blocks; ++b) {
    v8sf* dst = col + size_t(8 * b) * kGroups;
    for (int g = 0; g < kGroups; ++g) {
      v8sf t[8];
      for (int i = 0; i < 8; ++i) t[i] = *reinterpret_cast<const v8sf_u*>(rows[8 * g + i] + 8 * b);
      Transpose8(t);
      for (int j = 0; j < 8; ++j) dst[j * kGroups + g] = t[j];
    }
  }
  for (int c = 8 * blocks; c < width; ++c) {
    for (int g = 0; g < kGroups; ++g) {
      for (int i = 0; i < 8; ++i) col[size_t(c) * kGroups + g][i] = rows[8 * g + i][c];
    }
  }
}

#if defined(__x86_64__)
// 8 pixels to 8 f32 values with AVX2: RGB luma in the reference's order
// (mode 0), grey samples (mode 1), or the R sample of grey RGB pixels (mode 2).
__attribute__((target("avx2"))) inline v8sf Pixels8Avx2(const uint8_t* p, int mode) {
  if (mode == 1) {
    const __m128i v = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(p));
    return (v8sf)_mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(v));
  }
  const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i hi = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(p + 16));
#define VIGIL_PLANE(a0, a1, a2, a3, a4, a5, b5, b6, b7)                                        \
  _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_or_si128(                                        \
      _mm_shuffle_epi8(lo, _mm_setr_epi8(a0, a1, a2, a3, a4, a5, -1, -1, -1, -1, -1, -1, -1, -1, \
                                         -1, -1)),                                              \
      _mm_shuffle_epi8(hi, _mm_setr_epi8(-1, -1, -1, -1, -1, b5, b6, b7, -1, -1, -1, -1, -1,   \
                                         -1, -1, -1)))))
  const __m256 r = VIGIL_PLANE(0, 3, 6, 9, 12, 15, -1, 2, 5);
  if (mode == 2) return (v8sf)r;
  const __m256 g = VIGIL_PLANE(1, 4, 7, 10, 13, -1, 0, 3, 6);
  const __m256 b = VIGIL_PLANE(2, 5, 8, 11, 14, -1, 1, 4, 7);
#undef VIGIL_PLANE
  return (v8sf)_mm256_add_ps(_mm256_add_ps(_mm256_mul_ps(_mm256_set1_ps(0.299f), r),
                                           _mm256_mul_ps(_mm256_set1_ps(0.587f), g)),
                             _mm256_mul_ps(_mm256_set1_ps(0.114f), b));
}

// StripToColumns fused with the conversion of 8-bit pixels to luminance:
// rows[i] are the strip's pixel rows (3 bytes per pixel unless mode 1).
__attribute__((target("avx2"))) void PixelsToColumnsAvx2(const uint8_t* const* rows, int width,
                                                         int mode, v8sf* __restrict col) {
  const int bpp = mode == 1 ? 1 : 3;
  const int blocks = width / 8;
  for (int b = 0; b < blocks; ++b) {
    v8sf* dst = col + size_t(8 * b) * kGroups;
    for (int g = 0; g < kGroups; ++g) {
      v8sf t[8];
      for (int i = 0; i < 8; ++i) t[i] = Pixels8Avx2(rows[8 * g + i] + 8 * bpp * b, mode);
      Transpose8(t);
      for (int j = 0; j < 8; ++j) dst[j * kGroups + g] = t[j];
    }
  }
  const float cr = 0.299f, cg = 0.587f, cb = 0.114f;
  for (int c = 8 * blocks; c < width; ++c) {
    for (int r = 0; r < kStrip; ++r) {
      const uint8_t* p = rows[r] + size_t(c) * bpp;
      col[size_t(c) * kGroups + r / 8][r % 8] =
          mode == 0 ? ((cr * float(p[0])) + (cg * float(p[1]))) + (cb * float(p[2])) : float(p[0]);
    }
  }
}
#endif

// The running box filter along the strip's rows (spec 2.5, same order of
// operations in every lane), divided out only at columns emit[e] (sorted,
// duplicates allowed), into out[e * kGroups + g].
VIGIL_PDQ_CLONES
void BoxAlongColumns(const v8sf* __restrict in, int length, int w, v8sf* __restrict out,
                     const int* emit, int n_emit) {
  const int h = (w + 2) / 2;
  v8sf sum[kGroups] = {};
  int next = 0;
  auto put = [&](int k, int n) {
    const v8sf d = v8sf{} + float(n);
    for (; next < n_emit && emit[next] == k; ++next) {
      for (int g = 0; g < kGroups; ++g) out[size_t(next) * kGroups + g] = sum[g] / d;
    }
  };
  int n = 0, r = 0, k = 0;
  for (; r < h - 1; ++r, ++n) {
    for (int g = 0; g < kGroups; ++g) sum[g] += in[size_t(r) * kGroups + g];
  }
  for (int i = 0; i < w - h + 1; ++i, ++r, ++k) {
    for (int g = 0; g < kGroups; ++g) sum[g] += in[size_t(r) * kGroups + g];
    put(k, ++n);
  }
  int left = 0;
  for (int i = 0; i < length - w; ++i, ++r, ++k, ++left) {
    for (int g = 0; g < kGroups; ++g) sum[g] = (sum[g] + in[size_t(r) * kGroups + g]) - in[size_t(left) * kGroups + g];
    put(k, n);
  }
  for (int i = 0; i < h - 1; ++i, ++k, ++left) {
    for (int g = 0; g < kGroups; ++g) sum[g] -= in[size_t(left) * kGroups + g];
    put(k, --n);
  }
}

// The same filter with every column divided out, transposed back into the
// first `nrows` rows block by block as soon as 8 outputs are complete (the
// inverse of StripToColumns, without a column buffer in between).
VIGIL_PDQ_CLONES
void BoxAlongColumnsToRows(const v8sf* __restrict in, int length, int w, int nrows,
                           float* const* rows) {
  const int h = (w + 2) / 2;
  const int groups = (nrows + 7) / 8;
  v8sf sum[kGroups] = {};
  v8sf blk[8 * kGroups];
  auto flush = [&](int c0, int count) {
    if (count == 8) {
      for (int g = 0; g < groups; ++g) {
        v8sf t[8];
        for (int j = 0; j < 8; ++j) t[j] = blk[j * kGroups + g];
        Transpose8(t);
        for (int i = 0; i < 8 && 8 * g + i < nrows; ++i) {
          *reinterpret_cast<v8sf_u*>(rows[8 * g + i] + c0) = t[i];
        }
      }
      return;
    }
    for (int j = 0; j < count; ++j) {
      for (int r = 0; r < nrows; ++r) rows[r][c0 + j] = blk[j * kGroups + r / 8][r % 8];
    }
  };
  auto put = [&](int k, int n) {
    const v8sf d = v8sf{} + float(n);
    v8sf* o = blk + (k % 8) * kGroups;
    for (int g = 0; g < kGroups; ++g) o[g] = sum[g] / d;
    if (k % 8 == 7) flush(k - 7, 8);
  };
  int n = 0, r = 0, k = 0;
  for (; r < h - 1; ++r, ++n) {
    for (int g = 0; g < kGroups; ++g) sum[g] += in[size_t(r) * kGroups + g];
  }
  for (int i = 0; i < w - h + 1; ++i, ++r, ++k) {
    for (int g = 0; g < kGroups; ++g) sum[g] += in[size_t(r) * kGroups + g];
    put(k, ++n);
  }
  int left = 0;
  for (int i = 0; i < length - w; ++i, ++r, ++k, ++left) {
    for (int g = 0; g < kGroups; ++g) {
      sum[g] = (sum[g] + in[size_t(r) * kGroups + g]) - in[size_t(left) * kGroups + g];
    }
    put(k, n);
  }
  for (int i = 0; i < h - 1; ++i, ++k, ++left) {
    for (int g = 0; g < kGroups; ++g) sum[g] -= in[size_t(left) * kGroups + g];
    put(k, --n);
  }
  if (length % 8 != 0) flush(length - length % 8, length % 8);
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

// A 32-byte aligned float buffer (std::vector does not align v8sf).
class AlignedFloats {
 public:
  AlignedFloats() = default;
  AlignedFloats(const AlignedFloats&) = delete;
  AlignedFloats& operator=(const AlignedFloats&) = delete;
  ~AlignedFloats() { std::free(p_); }
  void Reserve(size_t n) {
    if (n <= n_) return;
    std::free(p_);
    p_ = static_cast<float*>(std::aligned_alloc(32, (n * sizeof(float) + 31) / 32 * 32));
    if (p_ == nullptr) std::abort();
    n_ = n;
  }
  v8sf* vec() { return reinterpret_cast<v8sf*>(p_); }

 private:
  float* p_ = nullptr;
  size_t n_ = 0;
};

// Supplies luminance rows [r0, r0 + n) of the hashed plane, row i at
// dst + i * width.
using LumaRows = std::function<void(int r0, int n, float* dst)>;
// Optionally supplies strip [r0, r0 + n) directly in column form (see
// StripToColumns), padding rows past n with any valid row.
using StripColumns = std::function<void(int r0, int n, v8sf* col)>;

struct PdqHasher::Scratch {
  std::vector<float> luma;                 // kStrip x W luminance rows
  AlignedFloats col, colout;               // a strip in column form
  std::vector<float> p1;                   // kStrip x W first-pass output rows
  RunningBox v1, v2;                       // vertical passes
  LumaRgbFn luma_rgb;
  std::vector<uint8_t> squashed;
  float dct[kDct * kGrid];    // D: 16 x 64
  float dct_t[kGrid * kDct];  // D transposed: 64 x 16
  explicit Scratch(bool allow_avx2) : luma_rgb(PickLumaRgb(allow_avx2)) {
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

  // Blur (two passes of the horizontal then vertical box filter) and
  // decimation to the 64x64 grid, streamed in strips of kStrip rows so the
  // working set stays in cache. Bit-identical to running the reference's
  // full-plane passes in sequence: every running sum sees the same values
  // in the same order.
  void BlurAndSample(const LumaRows& rows, const StripColumns& strip, int W, int H,
                     float* grid) {
    const int wx = (W + 127) / 128, wy = (H + 127) / 128;
    int ri[kGrid], cj[kGrid];
    for (int i = 0; i < kGrid; ++i) {
      ri[i] = int(((2 * int64_t(i) + 1) * H) / 128);
      cj[i] = int(((2 * int64_t(i) + 1) * W) / 128);
    }
    luma.resize(size_t(kStrip) * W);
    p1.resize(size_t(kStrip) * W);
    col.Reserve(size_t(W) * kStrip);
    colout.Reserve(size_t(kGrid) * kStrip);  // the 64 sampled columns of the second pass
    v1.Reset(H, W, wy, kStrip);
    v2.Reset(H, kGrid, wy, kStrip);
    const float* in_rows[kStrip];
    float* out_rows[kStrip];
    int next_ri = 0;
    auto emit_grid = [&](int k, int n, const float* sum) {
      for (; next_ri < kGrid && ri[next_ri] == k; ++next_ri) {
        DivRow(sum, float(n), grid + next_ri * kGrid, kGrid);
      }
    };
    // Second horizontal pass on P1 rows [k0, k0 + n): only the 64 sampled
    // columns are divided out; they feed the second vertical pass.
    auto second_pass = [&](int k0, int n) {
      for (int i = 0; i < kStrip; ++i) in_rows[i] = p1.data() + size_t(i < n ? i : 0) * W;
      StripToColumns(in_rows, W, col.vec());
      BoxAlongColumns(col.vec(), W, wx, colout.vec(), cj, kGrid);
      for (int i = 0; i < n; ++i) {
        float* dst = v2.Slot(k0 + i);
        for (int j = 0; j < kGrid; ++j) dst[j] = colout.vec()[size_t(j) * kGroups + i / 8][i % 8];
      }
      for (int i = 0; i < n; ++i) v2.Push(emit_grid);
    };
    auto emit_p1 = [&](int k, int n, const float* sum) {
      DivRow(sum, float(n), p1.data() + size_t(k % kStrip) * W, W);
      if (k % kStrip == kStrip - 1) second_pass(k - (kStrip - 1), kStrip);
    };
    for (int r0 = 0; r0 < H; r0 += kStrip) {
      const int n = std::min(kStrip, H - r0);
      for (int i = 0; i < kStrip; ++i) {
        in_rows[i] = luma.data() + size_t(i < n ? i : 0) * W;
        out_rows[i] = i < n ? v1.Slot(r0 + i) : nullptr;
      }
      if (strip) {                                     // first horizontal pass
        strip(r0, n, col.vec());
      } else {
        rows(r0, n, luma.data());
        StripToColumns(in_rows, W, col.vec());
      }
      BoxAlongColumnsToRows(col.vec(), W, wx, n, out_rows);
      for (int i = 0; i < n; ++i) v1.Push(emit_p1);     // first vertical pass
    }
    v1.Finish(emit_p1);
    if (H % kStrip != 0) second_pass(H - H % kStrip, H % kStrip);
    v2.Finish(emit_grid);
  }

  void FromGrid(const float* grid, const PdqOptions& options, PdqResult* out) {
    out->quality = Quality(grid);
    float t[kDct * kGrid], coef[kDct * kDct];
    MatMulRows(dct, kDct, kGrid, grid, kGrid, t);     // T = D A      (16 x 64)
    MatMulRows(t, kDct, kGrid, dct_t, kDct, coef);    // B = T D^T    (16 x 16)
    out->hash = Threshold(coef);
    if (options.dihedral) Dihedral(coef, &out->dihedral);
  }

  void Run(const LumaRows& rows, const StripColumns& strip, int W, int H,
           const PdqOptions& options, PdqResult* out) {
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
    if (W == kGrid && H == kGrid) {
      rows(0, kGrid, grid);  // the reference skips the blur here
    } else {
      BlurAndSample(rows, strip, W, H, grid);
    }
    FromGrid(grid, options, out);
  }
};

PdqHasher::PdqHasher() : s_(new Scratch(true)) {}
PdqHasher::PdqHasher(bool allow_avx2) : s_(new Scratch(allow_avx2)) {}
PdqHasher::~PdqHasher() { delete s_; }

void PdqHasher::HashLuma(const float* luma, int width, int height, const PdqOptions& options,
                         PdqResult* out) {
  s_->Run(
      [&](int r0, int n, float* dst) {
        std::memcpy(dst, luma + size_t(r0) * width, sizeof(float) * size_t(n) * width);
      },
      nullptr, width, height, options, out);
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
  const size_t row_bytes = size_t(W) * ch;
  StripColumns strip;
#if defined(__x86_64__)
  if (s.luma_rgb == LumaRgbAvx2) {  // AVX2 available: convert while transposing
    const int mode = ch == 1 ? 1 : grey ? 2 : 0;
    strip = [&, mode](int r0, int n, v8sf* col) {
      const uint8_t* rp[kStrip];
      for (int i = 0; i < kStrip; ++i) rp[i] = px + size_t(r0 + (i < n ? i : 0)) * row_bytes;
      PixelsToColumnsAvx2(rp, W, mode, col);
    };
  }
#endif
  s.Run(
      [&](int r0, int n, float* dst) {
        for (int i = 0; i < n; ++i) {
          const uint8_t* src = px + size_t(r0 + i) * row_bytes;
          if (grey) {
            LumaGrey(src, ch, size_t(W), dst + size_t(i) * W);
          } else {
            s.luma_rgb(src, size_t(W), dst + size_t(i) * W);
          }
        }
      },
      strip, W, H, options, out);
  return Status::OK();
}

}  // namespace vigil
