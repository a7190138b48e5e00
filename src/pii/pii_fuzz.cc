// libFuzzer target for the recognisers, the redaction and the doxing scorer:
// arbitrary bytes must never crash, and every reported span must lie inside
// the input, start before it ends, and not overlap the previous one.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "pii/doxing.h"
#include "vigil/pii.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto* rec = vigil::PiiRecognizer::Create(VIGIL_SOURCE_DIR "/data").value().release();
  static auto* dox = vigil::pii::DoxingScorer::Create(VIGIL_SOURCE_DIR "/data").value().release();
  static auto* scratch = new vigil::PiiScratch();
  static auto* dscratch = new vigil::pii::DoxScratch();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<vigil::PiiEntity> ents;
  rec->Find(text, scratch, &ents);
  std::vector<vigil::Signal> sigs;
  uint32_t prev_end = 0;
  for (const auto& e : ents) {
    if (e.start >= e.end || e.end > size || e.start < prev_end) std::abort();
    prev_end = e.end;
    vigil::Signal s;
    s.type = vigil::SignalType::kPii;
    s.entity = std::string(vigil::PiiTypeName(e.type));
    s.start = e.start;
    s.end = e.end;
    sigs.push_back(s);
  }
  std::string red = vigil::RedactText(text, sigs);
  if (ents.empty() && red != text) std::abort();
  (void)dox->Score(text, ents, dscratch);
  return 0;
}
