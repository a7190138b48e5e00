// libFuzzer target: normaliser + lexicon scan + scorer on arbitrary bytes,
// with the repository lexicon. Checks the offset-map invariants.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/utf8.h"
#include "vigil/text.h"

namespace {
const vigil::text::TextEngine* Engine() {
  static const vigil::text::TextEngine* e = [] {
    auto lex = vigil::text::Lexicon::LoadDir(VIGIL_SOURCE_DIR "/data/lexicon");
    if (!lex.ok()) std::abort();
    auto eng = vigil::text::TextEngine::Compile(std::move(lex).value());
    if (!eng.ok()) std::abort();
    return std::move(eng).value().release();
  }();
  return e;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  static vigil::text::TextScratch scratch;
  static vigil::text::TextAnalysis a;
  if (!Engine()->Analyze(in, scratch, &a).ok()) std::abort();
  const auto& n = a.norm;
  if (n.canon_src.size() != n.canon.size() || n.shadow_src.size() != n.shadow.size()) std::abort();
  if (vigil::FindInvalidUtf8(n.canon) != std::string_view::npos) std::abort();
  for (const auto& s : n.canon_src) {
    if (s.begin > s.end || s.end > size) std::abort();
  }
  for (const auto& h : a.hits) {
    if (h.original.begin > h.original.end || h.original.end > size) std::abort();
    if (h.canon.end > n.canon.size()) std::abort();
  }
  for (float s : a.tag_score) {
    if (!(s >= 0.0f && s <= 1.0f)) std::abort();
  }
  vigil::MessageCues cues;
  Engine()->FillCues(a, &cues);
  for (int t = 0; t < vigil::kNumCueFamilies; ++t) (void)Engine()->Explain(a, static_cast<uint16_t>(t));
  return 0;
}
