// Test hooks. The PDQ box filter's FMA division (pdq_blur.inc): the first
// pass divides by the window count n without a divide instruction, and
// pdq_div_test checks it against true f32 division bit for bit. The blurred
// 64x64 grid, which pdq_test compares bit for bit with a full-plane
// implementation.
#ifndef VIGIL_PDQ_PDQ_FASTDIV_H_
#define VIGIL_PDQ_PDQ_FASTDIV_H_

#include <cstddef>

namespace vigil {
struct Image;
}

namespace vigil::pdq_internal {

// Largest window count the FMA division is used for (larger windows divide).
int FastDivMaxN();

// True when this CPU runs the AVX2+FMA kernels (otherwise PDQ divides).
bool FastDivAvailable();

// out[i] = x[i] / n through the FMA division kernel (requires
// FastDivAvailable(); 1 <= n <= FastDivMaxN()).
void FastDivide(const float* x, size_t count, int n, float* out);

// The 64x64 grid Hash samples after the two blur passes (no pre-resize),
// through the AVX2+FMA kernels when allowed and available, else the
// portable ones. `image`: 1 or 3 channels, at least 5x5, not 64x64.
void BlurGrid(const Image& image, bool allow_avx2, float* grid);

}  // namespace vigil::pdq_internal

#endif  // VIGIL_PDQ_PDQ_FASTDIV_H_
