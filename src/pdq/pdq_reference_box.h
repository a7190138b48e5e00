// The 1-D running box filter of the PDQ spec (section 2.5) in the reference
// implementation's layout: one strided pass over `len` floats with window
// `w`. Written independently of pdq.cc so that tests (and the benchmark's
// reference-layout row) can check the fused, vectorised blur against it.
#ifndef VIGIL_PDQ_PDQ_REFERENCE_BOX_H_
#define VIGIL_PDQ_PDQ_REFERENCE_BOX_H_

#include <cstddef>

namespace vigil::pdq_reference {

inline void RefBox1D(const float* in, float* out, int len, size_t stride, int w) {
  const int h = (w + 2) / 2;
  float sum = 0;
  int n = 0, r = 0, k = 0, left = 0;
  for (; r < h - 1; ++r, ++n) sum += in[r * stride];
  for (int i = 0; i < w - h + 1; ++i, ++r, ++k) {
    sum += in[r * stride];
    out[k * stride] = sum / float(++n);
  }
  for (int i = 0; i < len - w; ++i, ++r, ++k, ++left) {
    sum += in[r * stride];
    sum -= in[left * stride];
    out[k * stride] = sum / float(n);
  }
  for (int i = 0; i < h - 1; ++i, ++k, ++left) {
    sum -= in[left * stride];
    out[k * stride] = sum / float(--n);
  }
}

}  // namespace vigil::pdq_reference

#endif  // VIGIL_PDQ_PDQ_REFERENCE_BOX_H_
