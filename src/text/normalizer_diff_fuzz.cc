// libFuzzer target: the normaliser (two passes) against the reference
// (three-pass) one it replaced, on arbitrary bytes, with every option: the
// canonical form, the shadow and both maps must be identical. Seeds:
// fuzz/normalizer_diff.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/normalizer_reference.h"
#include "vigil/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using vigil::text::NormalizedText;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  static NormalizedText a, b;
  for (int opt = 0; opt < 4; ++opt) {
    const vigil::text::NormalizerOptions o{.shadow = (opt & 1) != 0, .split_chars = (opt & 2) != 0};
    vigil::text::Normalizer(o).Normalize(in, &a);
    vigil::text::reference::Normalize(in, o, &b);
    if (a.canon != b.canon || a.shadow != b.shadow || a.canon_src.size() != b.canon_src.size() ||
        a.shadow_src.size() != b.shadow_src.size()) {
      std::abort();
    }
    for (size_t k = 0; k < a.canon_src.size(); ++k) {
      if (a.canon_src[k].begin != b.canon_src[k].begin || a.canon_src[k].end != b.canon_src[k].end) std::abort();
    }
    for (size_t k = 0; k < a.shadow_src.size(); ++k) {
      if (a.shadow_src[k] != b.shadow_src[k]) std::abort();
    }
  }
  return 0;
}
