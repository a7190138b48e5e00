// The PDQ box filter's FMA division equals true f32 division bit for bit.
//
// With y = RN(1/n), q = RN(x*y), r = fma(-q, n, x), q' = fma(r, y, q) the
// first pass computes RN(x/n) (Markstein). Rather than rely on the theorem's
// conditions, this test checks it by exhaustion: every f32 mantissa (all x
// in [1, 2)) for every odd n up to FastDivMaxN(). That covers every x the
// filter sees: the computation is scale-invariant (x -> 2^e x scales q, r
// and q' exactly while no intermediate is subnormal, i.e. |x| >= 2^-90 here)
// and n = 2^k m behaves as m (RN(1/n) = 2^-k RN(1/m)). The dividends of the
// first pass are 0 or at least 2^-59 in magnitude (luma values are multiples
// of 2^-27; see pdq_blur.inc), far inside that range. Sanitizer builds check
// odd n < 64 exhaustively and the rest on every 61st mantissa.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include <gtest/gtest.h>

#include "pdq/pdq_fastdiv.h"

namespace vigil {
namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

float FromBits(uint32_t b) {
  float f;
  std::memcpy(&f, &b, 4);
  return f;
}
uint32_t Bits(float f) {
  uint32_t b;
  std::memcpy(&b, &f, 4);
  return b;
}

// Number of x (as given) whose FMA quotient by n differs from x / n.
int64_t Mismatches(const std::vector<float>& x, int n, std::vector<float>* q) {
  q->resize(x.size());
  pdq_internal::FastDivide(x.data(), x.size(), n, q->data());
  const float d = float(n);
  int64_t bad = 0;
  for (size_t i = 0; i < x.size(); ++i) bad += Bits((*q)[i]) != Bits(x[i] / d);
  return bad;
}

// Mantissas [lo, hi) of [1, 2) with the given stride.
std::vector<float> Binade(uint32_t lo, uint32_t hi, uint32_t stride) {
  std::vector<float> x;
  x.reserve((hi - lo) / stride + 1);
  for (uint32_t m = lo; m < hi; m += stride) x.push_back(FromBits(0x3F800000u | m));
  return x;
}

TEST(PdqFastDivide, EqualsTrueDivisionForEveryMantissaAndWindow) {
  if (!pdq_internal::FastDivAvailable()) GTEST_SKIP() << "no AVX2+FMA: PDQ divides";
  constexpr uint32_t kMantissas = 1u << 23, kChunk = 1u << 21;
  std::vector<float> q;
  int64_t checked = 0;
  for (int n = 1; n <= pdq_internal::FastDivMaxN(); n += 2) {
    const uint32_t stride = kSanitized && n >= 64 ? 61 : 1;
    for (uint32_t lo = 0; lo < kMantissas; lo += kChunk) {
      const auto x = Binade(lo, lo + kChunk, stride);
      ASSERT_EQ(Mismatches(x, n, &q), 0) << "n = " << n << ", mantissas from " << lo;
      checked += int64_t(x.size());
    }
  }
  EXPECT_GT(checked, int64_t(kMantissas) * 32);
}

// The scale invariance the exhaustive test relies on, spot-checked: other
// binades, even windows, negative values and zero.
TEST(PdqFastDivide, OtherBinadesEvenWindowsSignsAndZero) {
  if (!pdq_internal::FastDivAvailable()) GTEST_SKIP() << "no AVX2+FMA: PDQ divides";
  std::vector<float> x, q;
  for (int e : {-59, -27, -1, 0, 5, 11, 17}) {
    for (uint32_t m = 0; m < (1u << 23); m += 977) {
      const float v = std::ldexp(FromBits(0x3F800000u | m), e);
      x.push_back(v);
      x.push_back(-v);
    }
  }
  x.push_back(0.0f);
  for (int i = 1; i <= 255 * 13; ++i) x.push_back(float(i));  // grey-image window sums
  for (int n : {1, 2, 3, 8, 12, 13, 64, 100, 255, 256, 510, 511, 512}) {
    EXPECT_EQ(Mismatches(x, n, &q), 0) << "n = " << n;
  }
  EXPECT_EQ(Bits(q[x.size() - 255 * 13 - 1]), 0u);  // +0 stays +0
}

}  // namespace
}  // namespace vigil
