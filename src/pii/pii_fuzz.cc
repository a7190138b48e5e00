// libFuzzer target for the recognisers, the redaction and the doxing scorer:
// arbitrary bytes must never crash, and every reported span must lie inside
// the input, start before it ends, and not overlap the previous one. Each
// input is checked twice: as given, and with its ASCII digits spelled as
// numerals (Chinese, financial, radio and English forms, plus the words
// "double"/"triple"), so the digit-reading step sees dense numeral runs.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pii/doxing.h"
#include "pii/numerals.h"
#include "vigil/pii.h"

namespace {

std::string Spell(std::string_view in) {
  static const char* kForms[][10] = {
      {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
      {"零", "壹", "贰", "參", "肆", "伍", "陸", "柒", "捌", "玖"},
      {"洞", "幺", "两", "三", "四", "五", "六", "拐", "八", "勾"},
      {"oh ", "one ", "two ", "three ", "four ", "five ", "six ", "seven ", "eight ", "nine "},
      {"double o-", "triple one ", "two-", "three, ", "four", "five", "six", "seven", "eight", "niner "},
  };
  std::string out;
  for (size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c >= '0' && c <= '9') {
      const size_t form = (i + static_cast<unsigned char>(in[0])) % 6;  // 5: keep the digit
      if (form < 5) {
        out += kForms[form][c - '0'];
        continue;
      }
    }
    out += c;
  }
  return out;
}

void Check(std::string_view text, const vigil::PiiRecognizer& rec, vigil::PiiScratch* scratch,
           const vigil::pii::DoxingScorer& dox, vigil::pii::DoxScratch* dscratch) {
  std::vector<vigil::PiiEntity> ents;
  rec.Find(text, scratch, &ents);
  std::vector<vigil::Signal> sigs;
  uint32_t prev_end = 0;
  for (const auto& e : ents) {
    if (e.start >= e.end || e.end > text.size() || e.start < prev_end) std::abort();
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
  (void)dox.Score(text, ents, dscratch);
}

// The reader's own contract: the rendered text is never longer than its
// input and maps every byte back inside it, in order.
void CheckReader(std::string_view text, vigil::pii::NumeralReader* r) {
  if (!r->Find(text)) return;
  for (int trim = 0; trim < 4; ++trim) {
    if (!r->Render(trim)) continue;
    const std::string_view t = r->text();
    if (t.size() > text.size()) std::abort();
    uint32_t prev = 0;
    for (uint32_t k = 0; k < t.size(); ++k) {
      const uint32_t b = r->NormStart(k), e = r->NormEnd(k + 1);
      if (b >= e || e > text.size() || b < prev) std::abort();
      prev = b;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto* rec = vigil::PiiRecognizer::Create(VIGIL_SOURCE_DIR "/data").value().release();
  static auto* dox = vigil::pii::DoxingScorer::Create(VIGIL_SOURCE_DIR "/data").value().release();
  static auto* scratch = new vigil::PiiScratch();
  static auto* dscratch = new vigil::pii::DoxScratch();
  static auto* reader = new vigil::pii::NumeralReader();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Check(text, *rec, scratch, *dox, dscratch);
  CheckReader(text, reader);
  if (size > 0 && size < 4096) {
    const std::string spelled = Spell(text);
    Check(spelled, *rec, scratch, *dox, dscratch);
    CheckReader(spelled, reader);
  }
  return 0;
}
