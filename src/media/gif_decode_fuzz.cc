// libFuzzer target: DecodeGif on arbitrary bytes, then PDQ of any image it
// yields. Seed corpus: fuzz/corpus/gif_decode/.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vigil/media.h"
#include "vigil/pdq.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  vigil::DecodeLimits limits;
  limits.max_pixels = 16 << 20;  // stay within the fuzzer's memory budget
  vigil::Image img;
  if (vigil::DecodeGif(std::string_view(reinterpret_cast<const char*>(data), size), limits, &img)
          .ok()) {
    vigil::PdqHasher hasher;
    vigil::PdqResult r;
    (void)hasher.Hash(img, vigil::PdqOptions{true, true}, &r);
  }
  return 0;
}
