// Character helpers shared by the normaliser (normalizer.cc) and its
// test-only reference (normalizer_reference.cc): split-character pairs,
// character classes, leetspeak letters, UTF-8 decode and encode, and the
// ASCII class and unit tables. Internal to src/text.
#ifndef VIGIL_TEXT_NORMALIZER_CHARS_H_
#define VIGIL_TEXT_NORMALIZER_CHARS_H_

#include <array>
#include <cstdint>
#include <cstring>

#include "text/tables.h"
#include "vigil/text.h"

namespace vigil::text::norm_chars {

using Unit = NormUnit;

// Split characters: a Han character written as its two components. Only
// pairs that are not ordinary words are listed (女子 = 好 is not).
struct SplitPair {
  char32_t a, b, whole;
};
constexpr SplitPair kSplit[] = {
    {U'衤', U'果', U'裸'}, {U'幺', U'力', U'幼'}, {U'女', U'未', U'妹'}, {U'火', U'包', U'炮'},
    {U'女', U'干', U'奸'}, {U'弓', U'虽', U'强'}, {U'马', U'蚤', U'骚'}, {U'女', U'敕', U'嫩'},
    {U'女', U'昌', U'娼'}, {U'女', U'票', U'嫖'}, {U'女', U'支', U'妓'}, {U'扌', U'臽', U'掐'},
    {U'口', U'勿', U'吻'}, {U'舟', U'殳', U'般'}, {U'纟', U'田', U'细'}, {U'钅', U'同', U'铜'},
    {U'扌', U'罙', U'探'}, {U'礻', U'昜', U'䄃'}, {U'衤', U'库', U'裤'}, {U'月', U'匈', U'胸'},
    {U'月', U'退', U'腿'}, {U'口', U'申', U'呻'}, {U'口', U'今', U'吟'}, {U'女', U'臣', U'姬'},
    {U'纟', U'勺', U'约'},
};

// Bit (c % 1024) is set for every first component: a cheap filter before
// the scan (about 1% of other Han characters pass it).
constexpr int kSplitFilterBits = 1024;
constexpr std::array<uint64_t, kSplitFilterBits / 64> SplitFilter() {
  std::array<uint64_t, kSplitFilterBits / 64> m{};
  for (const auto& p : kSplit) m[(p.a % kSplitFilterBits) / 64] |= uint64_t{1} << (p.a % 64);
  return m;
}
constexpr std::array<uint64_t, kSplitFilterBits / 64> kSplitFilter = SplitFilter();
inline bool MaySplit(char32_t a) {
  const uint32_t k = static_cast<uint32_t>(a) % kSplitFilterBits;
  return ((kSplitFilter[k / 64] >> (k % 64)) & 1) != 0;
}

inline char32_t Recompose(char32_t a, char32_t b) {
  if (!MaySplit(a)) return 0;
  for (const auto& p : kSplit) {
    if (p.a == a && p.b == b) return p.whole;
  }
  return 0;
}

inline bool IsWord(CharClass c) {
  return c == CharClass::kLatin || c == CharClass::kHan || c == CharClass::kDigit ||
         c == CharClass::kLetter;
}
inline bool IsSep(CharClass c) { return c == CharClass::kSpace || c == CharClass::kPunct; }

// Punctuation that ends or structures a clause; other symbols between two Han
// characters (-, ., *, _, ~, |, /, ·, ...) are treated as inserted noise.
inline bool IsClausePunct(char32_t c) {
  switch (c) {
    case ',': case ';': case ':': case '!': case '?': case '"': case '\'':
    case '(': case ')': case '[': case ']': case U'、': case U'。': case U'《':
    case U'》': case U'「': case U'」': case U'『': case U'』': case U'【': case U'】':
    case U'…': case U'“': case U'”': case U'‘': case U'’':
      return true;
    default:
      return false;
  }
}

inline char32_t LeetLetter(char32_t c) {
  switch (c) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '8': return 'b';
    case '@': return 'a';
    case '$': return 's';
    default: return 0;
  }
}

// Decodes one code point at s[i]; invalid sequences decode as U+FFFD of length 1.
inline char32_t Decode(const unsigned char* s, size_t n, size_t i, uint32_t* len) {
  unsigned char c = s[i];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int need;
  char32_t cp, min;
  if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
  else { *len = 1; return 0xFFFD; }
  if (i + static_cast<size_t>(need) >= n) {
    *len = 1;
    return 0xFFFD;
  }
  for (int k = 1; k <= need; ++k) {
    unsigned char d = s[i + k];
    if ((d & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *len = 1;
    return 0xFFFD;
  }
  *len = need + 1;
  return cp;
}

inline int EncodeUtf8(char32_t c, char* out) {
  if (c < 0x80) { out[0] = static_cast<char>(c); return 1; }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

// ASCII classes (after lower-casing).
constexpr CharClass AsciiClass(unsigned char c) {
  if (c >= 'a' && c <= 'z') return CharClass::kLatin;
  if (c >= 'A' && c <= 'Z') return CharClass::kLatin;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c == ' ' || (c >= '\t' && c <= '\r')) return CharClass::kSpace;
  if (c < 0x20 || c == 0x7F) return CharClass::kRemove;
  return CharClass::kPunct;
}

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = AsciiClass(static_cast<unsigned char>(c));
  return t;
}
constexpr std::array<CharClass, 128> kAscii = MakeAsciiTable();

// The unit of each ASCII byte before its offsets: lower-cased code point and class.
constexpr std::array<Unit, 128> MakeAsciiUnits() {
  std::array<Unit, 128> t{};
  for (int c = 0; c < 128; ++c) {
    const char32_t lc = (c >= 'A' && c <= 'Z') ? static_cast<char32_t>(c | 0x20) : static_cast<char32_t>(c);
    t[c] = {lc, kAscii[c], 0, 0, 0};
  }
  return t;
}
constexpr std::array<Unit, 128> kAsciiUnit = MakeAsciiUnits();

}  // namespace vigil::text::norm_chars

#endif  // VIGIL_TEXT_NORMALIZER_CHARS_H_
