// Normaliser: one decode-and-fold pass over the input into code-point units
// (a word of ASCII letters is one unit), then one pass over the units that
// recomposes split characters, folds leetspeak, removes inserted separators,
// squeezes repeats and writes the canonical UTF-8 with its offset map and the
// pinyin shadow as it goes. See include/vigil/text.h.
#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/normalizer_chars.h"
#include "text/tables.h"
#include "vigil/text.h"

namespace vigil::text {
namespace {

using namespace norm_chars;  // NOLINT: helpers shared with the test-only reference

// A run of ASCII letters in the input (a word) is one unit: cls kLatin, cp
// its first letter lower-cased, syl kRunMark, [b, e) its bytes. Its letters
// are emitted straight from the input bytes.
constexpr uint16_t kRunMark = 0xFFFF;  // syllable ids have 9 bits
constexpr size_t kMinRun = 3;          // shorter runs stay one unit per letter
inline bool IsRun(const Unit& x) { return x.syl == kRunMark; }

// Likewise a run of at least two Han characters, each a valid three-byte
// sequence that is its own canonical form, has a reading and cannot be the
// first half of a split character, possibly with single spaces between them
// (dropped), is one unit: cls kHan, syl kHanRunMark, cp its last character,
// [b, e) its bytes. It never follows a unit that may
// be the first half of a split character (that would recompose with the
// run's first character only). Its characters are decoded again, emitted
// straight from the input bytes and their syllables from the table.
constexpr uint16_t kHanRunMark = 0xFFFE;
inline bool IsHanRun(const Unit& x) { return x.syl == kHanRunMark; }
inline bool IsAnyRun(const Unit& x) { return x.syl >= kHanRunMark; }

// The code point of the valid three-byte sequence at s (no checks).
inline char32_t Cp3(const unsigned char* s) {
  return (char32_t{s[0] & 0x0Fu} << 12) | (char32_t{s[1] & 0x3Fu} << 6) | (s[2] & 0x3Fu);
}

// True when code point `cp` with table entry `e` may be part of a Han run.
inline bool HanRunChar(char32_t cp, uint32_t e) {
  constexpr uint32_t kClassAndLen = kClassMask | (7u << kLenShift);
  return (e & kClassAndLen) == static_cast<uint32_t>(CharClass::kHan) && EntrySyllable(e) != 0 && !MaySplit(cp);
}

// The code point of a valid three-byte sequence at s[i] (i + 2 < n), or 0.
inline char32_t Decode3(const unsigned char* s, size_t n, size_t i) {
  if (i + 2 >= n) return 0;
  // The lead byte's and both continuation bytes' tag bits in one test.
  const uint32_t w = s[i] | (uint32_t{s[i + 1]} << 8) | (uint32_t{s[i + 2]} << 16);
  if ((w & 0xC0C0F0u) != 0x8080E0u) return 0;
  const char32_t cp = ((w & 0x0Fu) << 12) | ((w >> 2) & 0xFC0u) | ((w >> 16) & 0x3Fu);
  return cp >= 0x800 && (cp & 0xF800u) != 0xD800u ? cp : 0;  // not overlong, not a surrogate
}

inline bool IsAsciiAlpha(unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }

// Length of the run of ASCII letters starting at s[i] (s[i] is one).
inline size_t AlphaRun(const unsigned char* s, size_t n, size_t i) {
  size_t j = i + 1;
#if defined(__SSE2__)
  const __m128i bias = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(-128 + 26));
  const __m128i fold = _mm_set1_epi8(0x20);
  while (j + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + j));
    const __m128i t = _mm_add_epi8(_mm_or_si128(v, fold), bias);
    const unsigned alpha = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(t, limit)));
    if (alpha != 0xFFFF) return j + static_cast<size_t>(__builtin_ctz(~alpha)) - i;
    j += 16;
  }
#endif
  while (j < n && IsAsciiAlpha(s[j])) ++j;
  return j - i;
}

// The unit buffers only grow: their size is their capacity, the number of
// units in use is passed along (shrinking and growing a vector every
// message would construct its elements one by one).
using UnitVec = std::vector<Unit, NoInitAllocator<Unit>>;
inline Unit* GrowUnits(UnitVec& v, size_t n) {
  if (v.size() < n) v.resize(std::max(n, v.size() * 2));
  return v.data();
}

// Units are written through raw pointers into vectors sized beforehand: one
// input byte gives at most one unit except for code points whose folded form
// has several characters (rare), which grow the buffer first.
class UnitWriter {
 public:
  UnitWriter(UnitVec& u, size_t cap) : u_(u) {
    w_ = GrowUnits(u_, cap);
    end_ = w_ + u_.size();
  }
  void Put(const Unit& x) { *w_++ = x; }
  void Reserve(size_t k) {
    if (static_cast<size_t>(end_ - w_) >= k) return;
    const size_t used = static_cast<size_t>(w_ - u_.data());
    u_.resize(std::max(u_.size() * 2, used + k));
    w_ = u_.data() + used;
    end_ = u_.data() + u_.size();
  }
  size_t Count() const { return static_cast<size_t>(w_ - u_.data()); }

 private:
  UnitVec& u_;
  Unit* w_;
  Unit* end_;
};

// The folded form of one non-ASCII code point (its table entry `entry`);
// `rest` input bytes follow it. Returns the number of units written.
inline size_t PutFolded(UnitWriter& w, char32_t cp, uint32_t entry, uint32_t b, uint32_t e, size_t rest) {
  const uint32_t len = EntryLen(entry);
  const CharClass cls = EntryClass(entry);
  if (cls == CharClass::kRemove) return 0;
  if (len == 0) {
    w.Put({cp, cls, static_cast<uint16_t>(EntrySyllable(entry)), b, e});
    return 1;
  }
  w.Reserve(len + rest);  // keeps one unit per remaining byte available
  const char32_t* m = tables::kPool + EntryOff(entry);
  size_t put = 0;
  for (uint32_t k = 0; k < len; ++k) {
    const uint32_t e2 = CharEntry(m[k]);
    const CharClass c2 = EntryClass(e2);
    if (c2 == CharClass::kRemove) continue;
    w.Put({m[k], c2, static_cast<uint16_t>(EntrySyllable(e2)), b, e});
    ++put;
  }
  return put;
}

inline bool HanRunCharAt(const unsigned char* s, size_t n, size_t i) {
  const char32_t cp = Decode3(s, n, i);
  return cp != 0 && HanRunChar(cp, CharEntry(cp));
}

// End of the run of Han run characters starting at s[i] (s[i] is one). One
// space between two of them belongs to the run: the canonicalisation drops
// a lone space between Han characters (萝 莉 → 萝莉). The run's first and
// last characters have no space next to them inside the run: a character
// between a separator and a space stands alone (萝 莉-资 joins 莉 and 资),
// one in a run does not.
inline size_t HanRunEnd(const unsigned char* s, size_t n, size_t i) {
  if (!HanRunCharAt(s, n, i + 3)) return i + 3;
  size_t j = i + 6, end = j;
  for (;;) {
    const bool space = j < n && s[j] == ' ';
    const size_t k = space ? j + 1 : j;
    if (!HanRunCharAt(s, n, k)) return end;
    j = k + 3;
    if (!space) end = j;
  }
}

struct Decomposed {
  size_t units = 0;     // units written
  size_t chars = 0;     // characters they stand for (a letter run counts each letter)
  bool non_ascii = false;  // the text has a byte outside ASCII
};

// Writes the units of `text` to u[0, units).
Decomposed Decompose(std::string_view text, UnitVec& u) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  UnitWriter w(u, n + 1);
  Decomposed d;
  for (size_t i = 0; i < n;) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      if (IsAsciiAlpha(c)) {
        const size_t len = AlphaRun(s, n, i);
        if (len >= kMinRun) {
          w.Put({kAsciiUnit[c].cp, CharClass::kLatin, kRunMark, static_cast<uint32_t>(i),
                 static_cast<uint32_t>(i + len)});
          d.chars += len;
          i += len;
          continue;
        }
      }
      Unit x = kAsciiUnit[c];
      if (x.cls != CharClass::kRemove) {
        x.b = static_cast<uint32_t>(i);
        x.e = static_cast<uint32_t>(i + 1);
        w.Put(x);
        ++d.chars;
      }
      ++i;
      continue;
    }
    d.non_ascii = true;
    uint32_t len;
    // Three-byte sequences (Han, CJK punctuation) decoded inline.
    char32_t cp = Decode3(s, n, i);
    uint32_t entry;
    if (cp != 0) {
      len = 3;
      entry = CharEntry(cp);
      if (HanRunChar(cp, entry)) {
        const size_t j = HanRunEnd(s, n, i);
        const size_t at = w.Count();
        if (j >= i + 6 && (at == 0 || u[at - 1].cls != CharClass::kHan || !MaySplit(u[at - 1].cp))) {
          w.Put({Cp3(s + j - 3), CharClass::kHan, kHanRunMark, static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
          d.chars += (j - i) / 3;
          i = j;
          continue;
        }
      }
    } else {
      cp = Decode(s, n, i, &len);
      entry = CharEntry(cp);
    }
    d.chars += PutFolded(w, cp, entry, static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), n - i - len);
    i += len;
  }
  d.units = w.Count();
  return d;
}

// True when the word unit at i stands alone: its neighbours are not word
// units (a letter run never stands alone).
inline bool Single(const Unit* u, size_t n, size_t i) {
  if (IsAnyRun(u[i])) return false;
  bool before = i == 0 || !IsWord(u[i - 1].cls);
  bool after = i + 1 >= n || !IsWord(u[i + 1].cls);
  return before && after;
}

// A letter or Han character that no rule below can change: not a separator,
// digit or symbol (leetspeak, apostrophes), not the first component of a
// split character.
inline bool PlainWordUnit(const Unit& x, bool split_chars) {
  switch (x.cls) {
    case CharClass::kLatin:
    case CharClass::kLetter:
      return x.cp != '\'';
    case CharClass::kHan:
      return !split_chars || !MaySplit(x.cp);
    default:
      return false;
  }
}

// Classes copied to the shadow as they are (ASCII letters and digits).
constexpr uint32_t kShadowCopy = (1u << static_cast<int>(CharClass::kLatin)) | (1u << static_cast<int>(CharClass::kDigit));
inline bool ShadowCopies(CharClass c) { return ((kShadowCopy >> static_cast<int>(c)) & 1) != 0; }

// Slack after the worst case: whole 16-byte stores of letters and their maps.
constexpr size_t kSlack = 32;

// The output of the canonicalisation: writes the canonical UTF-8 and its map
// (and, when kShadow, the pinyin shadow and its map: shadow byte → canonical
// offset; Han characters as "syllable;", letters and digits as they are,
// anything else as one space) as characters arrive, through raw pointers into
// buffers sized for the worst case (4 bytes per character plus slack so that
// a character's map entries are one block of 4 stores), trimmed at the end.
// The canonicalisation reads the last character, widens its original span,
// and drops it when it is the second copy in a run being squeezed.
template <bool kShadow>
class CanonWriter {
 public:
  CanonWriter(size_t chars, NormalizedText* out) : out_(out) {
    out->canon.resize(chars * 4 + kSlack);
    out->canon_src.resize(chars * 4 + kSlack);
    out->shadow.resize(kShadow ? chars * 8 + kSlack : 0);
    out->shadow_src.resize(kShadow ? chars * 8 + kSlack : 0);
    c_ = out->canon.data();
    cs_ = out->canon_src.data();
    sh_ = out->shadow.data();
    ss_ = out->shadow_src.data();
  }

  bool Empty() const { return cn_ == 0; }  // every character writes a byte
  char32_t LastCp() const { return last_.cp; }
  CharClass LastCls() const { return last_.cls; }
  // Widens the original span of the last character to end at `e`.
  void SetLastEnd(uint32_t e) {
    for (uint32_t k = last_.cb; k < cn_; ++k) cs_[k].end = e;
  }
  // Drops the last character, an equal copy of the one before it: it took
  // as many canonical and shadow bytes (the shadow state after it is the
  // same, so no separating space), which locates the one before. Only its
  // canonical start is exact (its shadow start may be one byte later, after
  // a space); two drops never follow each other without a Put between.
  void PopRepeat() {
    const uint32_t cbytes = static_cast<uint32_t>(cn_) - last_.cb, sbytes = static_cast<uint32_t>(sn_) - last_.sb;
    cn_ = last_.cb;
    sn_ = last_.sb;
    last_.cb -= cbytes;
    last_.sb -= sbytes;
  }

  void Put(const Unit& x) {
    Remember(x.cp, x.cls);
    const uint32_t cb = static_cast<uint32_t>(cn_);
    const ByteSpan span{x.b, x.e};
    if (x.cp < 0x80) {  // the common case: one byte, copied or one space in the shadow
      c_[cn_] = static_cast<char>(x.cp);
      cs_[cn_++] = span;
      if constexpr (kShadow) {
        if (ShadowCopies(x.cls)) {
          last_sh_ = sh_[sn_] = static_cast<char>(x.cp);
          ss_[sn_++] = cb;
        } else if (last_sh_ != ' ') {
          last_sh_ = sh_[sn_] = ' ';
          ss_[sn_++] = cb;
        }
      }
      return;
    }
    non_ascii_ = true;
    const int len = EncodeUtf8(x.cp, c_ + cn_);
    for (int k = 0; k < 4; ++k) cs_[cn_ + k] = span;  // fixed width: one block store
    cn_ += len;
    if constexpr (!kShadow) return;
    if (x.cls == CharClass::kHan && x.syl != 0) {
      if (last_sh_ != ' ' && last_sh_ != ';') {
        sh_[sn_] = ' ';
        ss_[sn_++] = cb;
      }
      std::memcpy(sh_ + sn_, tables::kSyllables[x.syl], 8);
      for (size_t k = 0; k < 8; ++k) ss_[sn_ + k] = cb;  // fixed width: syllable + ';' fit in 8
      sn_ += tables::kSyllableLen[x.syl] + 1u;
      last_sh_ = ';';
    } else if (ShadowCopies(x.cls)) {
      last_sh_ = sh_[sn_] = static_cast<char>(x.cp);
      ss_[sn_++] = cb;
    } else if (last_sh_ != ' ') {
      last_sh_ = sh_[sn_] = ' ';
      ss_[sn_++] = cb;
    }
  }

  // The ASCII letters of input bytes [b, e) of `s` (n bytes), lower-cased,
  // when the first differs from the last character and no three in a row are
  // equal (so that each is copied): SIMD stores, 16 letters at a time (the
  // buffers have the slack). Returns the length of the run of equal letters
  // it ends with (1 or 2).
  int PutLetters(const unsigned char* s, size_t n, uint32_t b, uint32_t e) {
    const uint32_t len = e - b;
#if defined(__SSE2__)
    const __m128i fold = _mm_set1_epi8(0x20);
    const __m128i two = _mm_set1_epi32(2), four = _mm_set1_epi32(4);
    __m128i span = _mm_setr_epi32(static_cast<int>(b), static_cast<int>(b + 1), static_cast<int>(b + 1),
                                  static_cast<int>(b + 2));
    const uint32_t c0 = static_cast<uint32_t>(cn_);
    __m128i soff = _mm_setr_epi32(static_cast<int>(c0), static_cast<int>(c0 + 1), static_cast<int>(c0 + 2),
                                  static_cast<int>(c0 + 3));
    for (uint32_t k = 0; k < len; k += 16) {
      // Whole 16-byte loads inside the text; the text's last bytes one by one.
      if (b + k + 16 <= n) {
        const __m128i v = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + b + k)), fold);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(c_ + cn_ + k), v);
        if constexpr (kShadow) _mm_storeu_si128(reinterpret_cast<__m128i*>(sh_ + sn_ + k), v);
      } else {
        for (uint32_t t = k; t < len; ++t) {
          c_[cn_ + t] = static_cast<char>(s[b + t] | 0x20);
          if constexpr (kShadow) sh_[sn_ + t] = c_[cn_ + t];
        }
      }
      // A whole block of maps, whatever the word's length (fixed trip
      // counts: no loop exit to mispredict; the slack takes the excess).
      for (uint32_t t = 0; t < 16; t += 2) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(cs_ + cn_ + k + t), span);
        span = _mm_add_epi32(span, two);
      }
      if constexpr (kShadow) {
        for (uint32_t t = 0; t < 16; t += 4) {
          _mm_storeu_si128(reinterpret_cast<__m128i*>(ss_ + sn_ + k + t), soff);
          soff = _mm_add_epi32(soff, four);
        }
      }
    }
#else
    for (uint32_t t = 0; t < len; ++t) {
      c_[cn_ + t] = static_cast<char>(s[b + t] | 0x20);
      cs_[cn_ + t] = {b + t, b + t + 1};
      if constexpr (kShadow) {
        sh_[sn_ + t] = c_[cn_ + t];
        ss_[sn_ + t] = static_cast<uint32_t>(cn_ + t);
      }
    }
#endif
    cn_ += len;
    const char l = c_[cn_ - 1];
    if constexpr (kShadow) {
      sn_ += len;
      last_sh_ = l;
    }
    last_ = {static_cast<uint32_t>(cn_ - 1), static_cast<uint32_t>(sn_ - (kShadow ? 1 : 0)),
             static_cast<unsigned char>(l), CharClass::kLatin};
    return len >= 2 && c_[cn_ - 2] == l ? 2 : 1;
  }

  // Han character `cp` (syllable `syl`) from the three input bytes at s + b,
  // which are its canonical form, when it differs from the last character.
  void PutHan(const unsigned char* s, uint32_t b, char32_t cp, uint32_t syl) {
    const uint32_t cb = static_cast<uint32_t>(cn_);
    last_ = {cb, static_cast<uint32_t>(sn_), cp, CharClass::kHan};
    non_ascii_ = true;
    std::memcpy(c_ + cn_, s + b, 3);
    const ByteSpan span{b, b + 3};
    for (int k = 0; k < 4; ++k) cs_[cn_ + k] = span;  // fixed width: one block store
    cn_ += 3;
    if constexpr (kShadow) {
      if (last_sh_ != ' ' && last_sh_ != ';') {
        sh_[sn_] = ' ';
        ss_[sn_++] = cb;
      }
      std::memcpy(sh_ + sn_, tables::kSyllables[syl], 8);
      for (size_t k = 0; k < 8; ++k) ss_[sn_ + k] = cb;  // fixed width: syllable + ';' fit in 8
      sn_ += tables::kSyllableLen[syl] + 1u;
      last_sh_ = ';';
    }
  }

  // An ASCII letter `l` (lower case) from input byte `b`.
  void PutLetter(char l, uint32_t b) {
    Remember(static_cast<unsigned char>(l), CharClass::kLatin);
    if constexpr (kShadow) {
      last_sh_ = sh_[sn_] = l;
      ss_[sn_++] = static_cast<uint32_t>(cn_);
    }
    c_[cn_] = l;
    cs_[cn_++] = {b, b + 1};
  }

  // Trims the buffers; an all-ASCII canonical form is its own shadow.
  void Finish() {
    out_->canon.resize(cn_);
    out_->canon_src.resize(cn_);
    out_->shadow.resize(non_ascii_ ? sn_ : 0);
    out_->shadow_src.resize(non_ascii_ ? sn_ : 0);
  }

 private:
  struct Last {
    uint32_t cb = 0, sb = 0;  // where its canonical and shadow bytes start
    char32_t cp = 0;
    CharClass cls = CharClass::kOther;
  };
  void Remember(char32_t cp, CharClass cls) { last_ = {static_cast<uint32_t>(cn_), static_cast<uint32_t>(sn_), cp, cls}; }

  NormalizedText* out_;
  char* c_;
  ByteSpan* cs_;
  char* sh_;
  uint32_t* ss_;
  size_t cn_ = 0, sn_ = 0;
  char last_sh_ = ' ';
  bool non_ascii_ = false;
  Last last_;  // the last character
};

// State of the separator rules across one canonicalisation.
struct SepState {
  // The single letters joined so far were separated by symbols, not spaces.
  bool spelled_with_symbols = false;
  size_t spelled_gap = 0;  // width of the first space run dropped between those letters
};

// Handles the separator run starting at u[i]; returns the index after it.
// Sets *dropped when the whole run was removed (the letters around it join).
template <typename Out>
size_t CanonSeparators(const Unit* u, size_t n, size_t i, Out& out, SepState& st, bool* dropped) {
  size_t j = i;
  bool all_space = true, noise = true;
  while (j < n && IsSep(u[j].cls)) {
    const bool space = u[j].cls == CharClass::kSpace;
    all_space &= space;
    noise &= space || !IsClausePunct(u[j].cp);
    ++j;
  }
  const size_t len = j - i;
  bool drop = false;
  if (!out.Empty() && j < n && len <= 3) {
    const CharClass pc = out.LastCls(), nc = u[j].cls;
    // Spaces and noise symbols between Han characters (萝-莉资源, 幼 女).
    if (pc == CharClass::kHan && nc == CharClass::kHan && noise) drop = true;
    // Single letters / Han characters with separators between them. In
    // letters spelled out with symbols (c-p l-i-n-k-s, p*a*i*d m*e*e*t),
    // a plain space between them is the break between two words.
    if (pc == nc && (pc == CharClass::kLatin || pc == CharClass::kHan) && i > 0 && Single(u, n, i - 1) &&
        Single(u, n, j)) {
      // Likewise a wider gap than the one between the letters
      // (l o l i   c o l l e c t i o n).
      const bool wider = all_space && st.spelled_gap > 0 && len > st.spelled_gap;
      const bool word_break = pc == CharClass::kLatin && all_space && (st.spelled_with_symbols || wider);
      drop = !word_break;
      if (drop && pc == CharClass::kLatin && !all_space) st.spelled_with_symbols = true;
      if (drop && pc == CharClass::kLatin && all_space && st.spelled_gap == 0) st.spelled_gap = len;
    }
  }
  *dropped = drop;
  if (drop) return j;
  st.spelled_with_symbols = false;
  st.spelled_gap = 0;
  if (all_space) {
    Unit x = u[i];
    x.cp = ' ';
    x.e = u[j - 1].e;
    out.Put(x);
    return j;
  }
  // Keep punctuation, collapse the spaces inside the run.
  for (size_t k = i; k < j; ++k) {
    if (u[k].cls == CharClass::kSpace && !out.Empty() && out.LastCls() == CharClass::kSpace) continue;
    Unit y = u[k];
    if (y.cls == CharClass::kSpace) y.cp = ' ';
    if (!out.Empty() && out.LastCp() == y.cp && y.cls == CharClass::kPunct) {
      out.SetLastEnd(y.e);  // squeeze repeated punctuation
      continue;
    }
    out.Put(y);
  }
  return j;
}

// One Latin letter `l` at input byte `b`, after the output so far: copied, or
// counted in a run of equal characters (runs of >= 3 squeezed to one).
template <typename Out>
inline void CanonLetter(Out& out, char l, uint32_t b, int& run) {
  if (out.Empty() || out.LastCp() != static_cast<unsigned char>(l)) {
    out.PutLetter(l, b);
    run = 1;
    return;
  }
  ++run;
  if (run == 3) {
    out.PopRepeat();       // drop the second copy
    out.SetLastEnd(b + 1);  // the first covers the whole run
  } else if (run > 3) {
    out.SetLastEnd(b + 1);
  } else {
    out.PutLetter(l, b);
  }
}

// One Han character of a Han run at input byte `b` of `s`: copied, or
// counted in a run of equal characters (runs of >= 3 squeezed to one).
template <typename Out>
inline void CanonHan(Out& out, const unsigned char* s, uint32_t b, int& run) {
  const char32_t cp = Cp3(s + b);
  if (out.Empty() || out.LastCp() != cp) {
    out.PutHan(s, b, cp, EntrySyllable(CharEntry(cp)));
    run = 1;
    return;
  }
  ++run;
  if (run == 3) {
    out.PopRepeat();        // drop the second copy
    out.SetLastEnd(b + 3);  // the first covers the whole run
  } else if (run > 3) {
    out.SetLastEnd(b + 3);
  } else {
    out.PutHan(s, b, cp, EntrySyllable(CharEntry(cp)));
  }
}

// True when three equal letters (ignoring case) follow each other in the
// letters s[b, e) of a text of n bytes.
inline bool HasTriple(const unsigned char* s, size_t n, uint32_t b, uint32_t e) {
  uint32_t k = b + 2;
#if defined(__SSE2__)
  const __m128i fold = _mm_set1_epi8(0x20);
  for (; k < e && k + 16 <= n; k += 16) {  // whole loads inside the text; positions past e masked
    const __m128i v0 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + k)), fold);
    const __m128i v1 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + k - 1)), fold);
    const __m128i v2 = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + k - 2)), fold);
    unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(v0, v1), _mm_cmpeq_epi8(v1, v2))));
    if (e - k < 16) m &= (1u << (e - k)) - 1;
    if (m != 0) return true;
  }
#endif
  for (; k < e; ++k) {
    if ((s[k] | 0x20) == (s[k - 1] | 0x20) && (s[k - 1] | 0x20) == (s[k - 2] | 0x20)) return true;
  }
  return false;
}

// The canonical form of the units u[0, n) of `text`, written to `out`.
template <typename Out>
void Canonicalize(std::string_view text, const Unit* u, size_t n, bool split_chars, Out& out) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  int run = 1;  // length of the current run of equal code points in the output
  SepState st;
  for (size_t i = 0; i < n;) {
    if (IsRun(u[i])) {  // a word of ASCII letters
      const uint32_t b = u[i].b, e = u[i].e;
      if ((out.Empty() || out.LastCp() != u[i].cp) && !HasTriple(s, text.size(), b, e)) {
        run = out.PutLetters(s, text.size(), b, e);
      } else {
        for (uint32_t k = b; k < e; ++k) CanonLetter(out, static_cast<char>(s[k] | 0x20), k, run);
      }
      ++i;
      continue;
    }
    if (IsHanRun(u[i])) {  // Han characters, each as a plain one below
      for (uint32_t k = u[i].b; k < u[i].e; k += 3) {
        if (s[k] == ' ') ++k;  // dropped, as the single-space path below drops it
        CanonHan(out, s, k, run);
      }
      ++i;
      continue;
    }
    // Fast path: a letter or Han character that differs from the last one.
    if (PlainWordUnit(u[i], split_chars) && (out.Empty() || out.LastCp() != u[i].cp)) {
      out.Put(u[i++]);
      run = 1;
      continue;
    }
    Unit x = u[i];
    // Fast path: one space between words (the common separator).
    if (x.cls == CharClass::kSpace && (i + 1 >= n || !IsSep(u[i + 1].cls))) {
      bool generic = false;
      if (!out.Empty() && i + 1 < n) {
        const CharClass pc = out.LastCls(), nc = u[i + 1].cls;
        // Bitwise, not short-circuit: one branch, rarely taken, instead of
        // one on the class before the space, which alternates in mixed text.
        if ((pc == CharClass::kHan) & (nc == CharClass::kHan)) {  // 幼 女: dropped
          ++i;
          continue;
        }
        generic = ((pc == nc) & (pc == CharClass::kLatin) & (i > 0)) && Single(u, n, i - 1) && Single(u, n, i + 1);
      }
      if (!generic) {
        st = SepState{};
        x.cp = ' ';
        out.Put(x);
        run = 1;
        ++i;
        continue;
      }
    }
    // Split characters.
    if (split_chars && x.cls == CharClass::kHan && i + 1 < n && u[i + 1].cls == CharClass::kHan) {
      if (char32_t whole = Recompose(x.cp, u[i + 1].cp)) {
        uint32_t e = CharEntry(whole);
        x = {whole, CharClass::kHan, static_cast<uint16_t>(EntrySyllable(e)), x.b, u[i + 1].e};
        ++i;
      }
    }
    // Leetspeak: a digit or @/$ between two Latin letters.
    if ((x.cls == CharClass::kDigit || x.cls == CharClass::kPunct) && !out.Empty() &&
        out.LastCls() == CharClass::kLatin && i + 1 < n && u[i + 1].cls == CharClass::kLatin) {
      if (char32_t l = LeetLetter(x.cp)) {
        x.cp = l;
        x.cls = CharClass::kLatin;
      }
    }
    // Apostrophes inside words go (i'll → ill, don't → dont).
    if (x.cp == '\'' && !out.Empty() && out.LastCls() == CharClass::kLatin && i + 1 < n &&
        u[i + 1].cls == CharClass::kLatin) {
      ++i;
      continue;
    }
    if (IsSep(x.cls)) {
      bool dropped;
      i = CanonSeparators(u, n, i, out, st, &dropped);
      if (!dropped) run = 1;
      continue;
    }
    ++i;
    // Squeeze runs of >= 3 equal non-digit characters to one.
    if (!out.Empty() && out.LastCp() == x.cp && x.cls != CharClass::kDigit) {
      ++run;
      if (run == 3) {
        out.PopRepeat();       // drop the second copy
        out.SetLastEnd(x.e);   // the first covers the whole run
        continue;
      }
      if (run > 3) {
        out.SetLastEnd(x.e);
        continue;
      }
    } else {
      run = 1;
    }
    out.Put(x);
  }
}

// Flattened: the writer stays a local the compiler can keep in registers
// (its fields are not reloaded after every byte written through char*).
template <bool kShadow>
[[gnu::flatten]] void CanonicalizeInto(std::string_view text, const Decomposed& d, const Unit* u, bool split_chars,
                      NormalizedText* out) {
  CanonWriter<kShadow> w(d.chars, out);
  Canonicalize(text, u, d.units, split_chars, w);
  w.Finish();
}

}  // namespace

ByteSpan NormalizedText::CanonToOriginal(uint32_t b, uint32_t e) const {
  if (canon_src.empty() || b >= canon_src.size()) return {};
  if (e == 0 || e > canon_src.size()) e = static_cast<uint32_t>(canon_src.size());
  if (e <= b) e = b + 1;
  uint32_t lo = canon_src[b].begin, hi = canon_src[e - 1].end;
  return {std::min(lo, hi), std::max(lo, hi)};
}

ByteSpan NormalizedText::ShadowToCanon(uint32_t b, uint32_t e) const {
  if (shadow_src.empty() || b >= shadow_src.size()) return {};
  if (e == 0 || e > shadow_src.size()) e = static_cast<uint32_t>(shadow_src.size());
  if (e <= b) e = b + 1;
  uint32_t cb = shadow_src[b], ce = shadow_src[e - 1];
  // End of the canonical character that starts at ce.
  auto c = static_cast<unsigned char>(canon[ce]);
  uint32_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return {cb, std::min<uint32_t>(ce + len, static_cast<uint32_t>(canon.size()))};
}

void NormalizedText::Clear() {
  canon.clear();
  canon_src.clear();
  shadow.clear();
  shadow_src.clear();
}

void Normalizer::Normalize(std::string_view text, NormalizedText* out) const {
  const Decomposed d = Decompose(text, out->units_in);
  // ASCII input folds to an ASCII canonical form, which is its own shadow.
  if (options_.shadow && d.non_ascii) {
    CanonicalizeInto<true>(text, d, out->units_in.data(), options_.split_chars, out);
  } else {
    CanonicalizeInto<false>(text, d, out->units_in.data(), options_.split_chars, out);
  }
}

std::string Normalizer::Canonical(std::string_view text) const {
  NormalizedText t;
  Normalizer n({.shadow = false, .split_chars = options_.split_chars});
  n.Normalize(text, &t);
  return t.canon;
}

bool Normalizer::HanSyllables(std::string_view canon, std::vector<std::string>* out) {
  out->clear();
  const auto* s = reinterpret_cast<const unsigned char*>(canon.data());
  for (size_t i = 0; i < canon.size();) {
    uint32_t len;
    char32_t cp = Decode(s, canon.size(), i, &len);
    i += len;
    uint32_t e = CharEntry(cp);
    if (EntryClass(e) != CharClass::kHan || EntrySyllable(e) == 0) return false;
    out->emplace_back(tables::kSyllables[EntrySyllable(e)], tables::kSyllableLen[EntrySyllable(e)]);
  }
  return !out->empty();
}

}  // namespace vigil::text
