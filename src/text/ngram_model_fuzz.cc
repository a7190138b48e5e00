// libFuzzer target: NgramModel::Parse on arbitrary bytes (a model file is
// data a deployment may receive), then scoring a short text with whatever
// parsed; and the n-gram walk itself on the bytes as text (a tiny model
// trained on them scores and explains them).
#include <cstddef>
#include <cstdint>
#include <string>
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
  vigil::text::NgramModel::TrainOptions o;
  o.buckets_log2 = 8;
  o.epochs = 1;
  using Model = vigil::text::NgramModel;
  Model::Example dox{std::string(bytes), 1 << Model::kDoxing};
  dox.known = 1 << Model::kDoxing;  // a PII row: labelled for doxing only
  auto tiny = Model::Train({{std::string(bytes), 2}, dox}, o);
  (void)tiny.Score(bytes);
  for (int label : {1, Model::kDoxing}) {
    for (const auto& s : tiny.Explain(bytes, label, 4)) {
      if (s.end > bytes.size() || s.begin > s.end) __builtin_trap();
    }
  }
  return 0;
}
