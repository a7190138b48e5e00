#include <algorithm>

#include "pii/numerals.h"
#include "vigil/pii.h"

namespace vigil {
namespace {

constexpr std::string_view kNames[kNumPiiTypes] = {
    "cn_resident_id", "tw_national_id", "hk_id", "bank_card", "us_ssn", "email", "phone"};

size_t CharLen(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// Length of the maskable unit at s[i] (0 = not maskable): an ASCII digit,
// a run of ASCII letters (a word such as "five" is one unit, a letter
// prefix one unit per letter run), a full-width letter or digit
// (U+FF10..FF5A), or a numeral character (一三八, 壹, 〇 ...) of an
// identifier written in words.
size_t MaskableUnit(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (std::isdigit(c)) return 1;
  if (std::isalpha(c)) {
    size_t e = i;
    while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
    return e - i;
  }
  if (CharLen(c) == 3 && i + 2 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
    if (c == 0xEF && ((c1 == 0xBC && c2 >= 0x90 && c2 <= 0xBA && !(c2 >= 0x9A && c2 <= 0xA0)) ||
                      (c1 == 0xBD && c2 >= 0x81 && c2 <= 0x9A))) {
      return 3;
    }
    if (pii::CjkNumeralDigit(s, i) != 0) return 3;
  }
  return 0;
}

bool IsCharBoundary(std::string_view s, size_t i) {
  return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// Masks every unit but the last `keep_last`; an ASCII letter run becomes one
// mask character per letter, every other unit one mask character.
void MaskSpan(std::string_view span, int keep_last, char mask, std::string* out) {
  int total = 0;
  for (size_t i = 0; i < span.size();) {
    size_t u = MaskableUnit(span, i);
    total += u > 0;
    i += u > 0 ? u : std::min(CharLen(span[i]), span.size() - i);
  }
  int seen = 0;
  for (size_t i = 0; i < span.size();) {
    size_t u = MaskableUnit(span, i);
    size_t len = u > 0 ? u : std::min(CharLen(span[i]), span.size() - i);
    if (u > 0 && seen++ < total - keep_last) {
      out->append(std::isalpha(static_cast<unsigned char>(span[i])) ? u : 1, mask);
    } else {
      out->append(span.substr(i, len));
    }
    i += len;
  }
}

void MaskEmail(std::string_view span, const RedactOptions& o, std::string* out) {
  size_t at = span.find('@');
  if (at == std::string_view::npos) at = span.find("\xEF\xBC\xA0");  // full-width @
  if (at == std::string_view::npos || !o.keep_email_domain) {
    MaskSpan(span, 0, o.mask, out);
    return;
  }
  out->append(3, o.mask);
  out->append(span.substr(at));
}

}  // namespace

std::string_view PiiTypeName(PiiType t) {
  int i = static_cast<int>(t);
  return i >= 0 && i < kNumPiiTypes ? kNames[i] : "unknown";
}

bool ParsePiiType(std::string_view name, PiiType* out) {
  for (int i = 0; i < kNumPiiTypes; ++i) {
    if (kNames[i] == name) {
      *out = static_cast<PiiType>(i);
      return true;
    }
  }
  return false;
}

std::string RedactText(std::string_view text, const std::vector<Signal>& signals,
                       const RedactOptions& options) {
  std::vector<const Signal*> spans;
  for (const auto& s : signals) {
    if (s.type == SignalType::kPii && s.start >= 0 && s.end > s.start &&
        static_cast<size_t>(s.end) <= text.size() && IsCharBoundary(text, s.start) &&
        IsCharBoundary(text, s.end)) {
      spans.push_back(&s);
    }
  }
  std::sort(spans.begin(), spans.end(),
            [](const Signal* a, const Signal* b) { return a->start < b->start; });
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  for (const Signal* s : spans) {
    if (static_cast<size_t>(s->start) < pos) continue;  // overlaps an earlier span
    out.append(text.substr(pos, s->start - pos));
    std::string_view span = text.substr(s->start, s->end - s->start);
    PiiType type = PiiType::kCnResidentId;  // unknown entity names get the strictest mask
    ParsePiiType(s->entity, &type);
    if (type == PiiType::kEmail) {
      MaskEmail(span, options, &out);
    } else {
      MaskSpan(span, options.keep_last[static_cast<int>(type)], options.mask, &out);
    }
    pos = s->end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace vigil
