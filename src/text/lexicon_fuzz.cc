// libFuzzer target: the lexicon file parser and compiler on arbitrary bytes.
#include <cstdint>
#include <string>

#include "vigil/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::string content(reinterpret_cast<const char*>(data), size);
  auto lex = vigil::text::Lexicon::Parse({{"fuzz.tsv", content}});
  if (!lex.ok()) return 0;
  auto eng = vigil::text::TextEngine::Compile(std::move(lex).value());
  if (!eng.ok()) return 0;
  vigil::text::TextScratch scratch;
  vigil::text::TextAnalysis a;
  (void)(*eng)->Analyze(content, scratch, &a);
  return 0;
}
