#include "pii/normalize.h"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vigil::pii {
namespace {

// Returns the ASCII replacement of the 2- or 3-byte sequence at s[i]
// (0 = drop, -1 = keep unchanged) and its length in *len.
int Fold(std::string_view s, size_t i, size_t* len) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(i + k < s.size() ? s[i + k] : 0); };
  unsigned char c = b(0);
  if (c == 0xC2 && b(1) == 0xA0) { *len = 2; return ' '; }                  // U+00A0
  if (c == 0xEF && b(1) == 0xBC && b(2) >= 0x81 && b(2) <= 0xBF) {           // U+FF01..FF3F
    *len = 3;
    return 0x21 + (b(2) - 0x81);
  }
  if (c == 0xEF && b(1) == 0xBD && b(2) >= 0x80 && b(2) <= 0x9E) {           // U+FF40..FF5E
    *len = 3;
    return 0x60 + (b(2) - 0x80);
  }
  if (c == 0xEF && b(1) == 0xBB && b(2) == 0xBF) { *len = 3; return 0; }      // U+FEFF
  if (c == 0xE3 && b(1) == 0x80 && b(2) == 0x80) { *len = 3; return ' '; }   // U+3000
  if (c == 0xE2 && b(1) == 0x80) {
    if (b(2) >= 0x8B && b(2) <= 0x8D) { *len = 3; return 0; }                // U+200B..200D
    if (b(2) >= 0x90 && b(2) <= 0x95) { *len = 3; return '-'; }              // U+2010..2015
  }
  if (c == 0xE2 && b(1) == 0x81 && b(2) == 0xA0) { *len = 3; return 0; }     // U+2060
  if (c == 0xE2 && b(1) == 0x88 && b(2) == 0x92) { *len = 3; return '-'; }   // U+2212
  *len = 1;
  return -1;
}

// Lead bytes of the sequences Fold may change.
constexpr bool MayFold(unsigned char c) { return c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF; }

// Index of the first byte at or after i that may start a folded sequence,
// or n. Sixteen bytes at a time where SSE2 is available (all x86-64).
size_t NextMayFold(const unsigned char* p, size_t i, size_t n) {
#if defined(__SSE2__)
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2)), e2 = _mm_set1_epi8(static_cast<char>(0xE2)),
                e3 = _mm_set1_epi8(static_cast<char>(0xE3)), ef = _mm_set1_epi8(static_cast<char>(0xEF));
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, e3), _mm_cmpeq_epi8(v, ef)));
    if (const int mask = _mm_movemask_epi8(m)) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i) {
    if (MayFold(p[i])) return i;
  }
  return n;
}

bool NeedsFolding(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = NextMayFold(p, 0, n); i < n; i = NextMayFold(p, i + 1, n)) {
    size_t len;
    if (Fold(s, i, &len) != -1) return true;
  }
  return false;
}

}  // namespace

void NormText::Assign(std::string_view orig) {
  orig_ = orig;
  identity_ = !NeedsFolding(orig);
  if (identity_) return;
  // Folding never lengthens the text: write through buffers sized for the
  // input (grown, never shrunk, so no per-call clearing or reallocation).
  const size_t n = orig.size();
  if (buf_.size() < n) {
    buf_.resize(n);
    src_start_.resize(n);
    src_end_.resize(n);
  }
  char* out = buf_.data();
  uint32_t* start = src_start_.data();
  uint32_t* end = src_end_.data();
  const auto* p = reinterpret_cast<const unsigned char*>(orig.data());
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    // Bytes that cannot start a folded form are copied as a run.
    const size_t j = NextMayFold(p, i, n);
    std::memcpy(out + k, orig.data() + i, j - i);
    for (size_t t = 0; t < j - i; ++t) {
      start[k + t] = static_cast<uint32_t>(i + t);
      end[k + t] = static_cast<uint32_t>(i + t + 1);
    }
    k += j - i;
    i = j;
    if (i >= n) break;
    size_t len = 1;
    const int r = Fold(orig, i, &len);
    if (r != 0) {  // -1: the byte itself; > 0: its ASCII replacement
      out[k] = r < 0 ? orig[i] : static_cast<char>(r);
      start[k] = static_cast<uint32_t>(i);
      end[k] = static_cast<uint32_t>(i + len);
      ++k;
    }
    i += len;
  }
  len_ = k;
}

}  // namespace vigil::pii
