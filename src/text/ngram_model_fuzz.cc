// libFuzzer target: NgramModel::Parse on arbitrary bytes (a model file is
// data a deployment may receive), then scoring a short text with whatever
// parsed.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/ngram_model.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto m = vigil::text::NgramModel::Parse(bytes, "fuzz");
  if (m.ok()) {
    auto p = m->Score("小学 pack $30 dm");
    (void)p;
    (void)m->Explain("\xff\xfe 小", 1, 3);
  }
  return 0;
}
