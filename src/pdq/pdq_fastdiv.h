// Test hook for the PDQ box filter's FMA division (pdq_blur.inc): the
// first pass divides by the window count n without a divide instruction,
// and pdq_div_test checks it against true f32 division bit for bit.
#ifndef VIGIL_PDQ_PDQ_FASTDIV_H_
#define VIGIL_PDQ_PDQ_FASTDIV_H_

#include <cstddef>

namespace vigil::pdq_internal {

// Largest window count the FMA division is used for (larger windows divide).
int FastDivMaxN();

// True when this CPU runs the AVX2+FMA kernels (otherwise PDQ divides).
bool FastDivAvailable();

// out[i] = x[i] / n through the FMA division kernel (requires
// FastDivAvailable(); 1 <= n <= FastDivMaxN()).
void FastDivide(const float* x, size_t count, int n, float* out);

}  // namespace vigil::pdq_internal

#endif  // VIGIL_PDQ_PDQ_FASTDIV_H_
