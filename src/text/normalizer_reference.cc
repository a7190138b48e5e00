// Reference normaliser for tests and the differential fuzzer: the three-pass
// normaliser (decode and fold into units, canonicalise units, emit) as it was
// before the two-pass one in normalizer.cc. Not linked into vigil.
//
// Normaliser: one decode-and-fold pass over the input into code-point units,
// then one pass that recomposes split characters, folds leetspeak, removes
// inserted separators, squeezes repeats and writes the canonical UTF-8 with
// its offset map and the pinyin shadow. See include/vigil/text.h.
#include <algorithm>
#include <array>
#include <cstring>

#include "text/normalizer_chars.h"
#include "text/tables.h"
#include "vigil/text.h"

#include "text/normalizer_reference.h"

namespace vigil::text::reference {
namespace {

using namespace norm_chars;  // NOLINT: helpers shared with normalizer.cc

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
// `rest` input bytes follow it.
inline void PutFolded(UnitWriter& w, char32_t cp, uint32_t entry, uint32_t b, uint32_t e, size_t rest) {
  const uint32_t len = EntryLen(entry);
  const CharClass cls = EntryClass(entry);
  if (cls == CharClass::kRemove) return;
  if (len == 0) {
    w.Put({cp, cls, static_cast<uint16_t>(EntrySyllable(entry)), b, e});
    return;
  }
  w.Reserve(len + rest);  // keeps one unit per remaining byte available
  const char32_t* m = tables::kPool + EntryOff(entry);
  for (uint32_t k = 0; k < len; ++k) {
    const uint32_t e2 = CharEntry(m[k]);
    const CharClass c2 = EntryClass(e2);
    if (c2 == CharClass::kRemove) continue;
    w.Put({m[k], c2, static_cast<uint16_t>(EntrySyllable(e2)), b, e});
  }
}

// Writes the units of `text` to u[0, *count); returns true when the text has
// a byte outside ASCII.
bool Decompose(std::string_view text, UnitVec& u, size_t* count) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  UnitWriter w(u, n + 1);
  bool non_ascii = false;
  for (size_t i = 0; i < n;) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      Unit x = kAsciiUnit[c];
      if (x.cls != CharClass::kRemove) {
        x.b = static_cast<uint32_t>(i);
        x.e = static_cast<uint32_t>(i + 1);
        w.Put(x);
      }
      ++i;
      continue;
    }
    non_ascii = true;
    uint32_t len;
    char32_t cp;
    // Three-byte sequences (Han, CJK punctuation) decoded inline.
    if ((c & 0xF0) == 0xE0 && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 &&
        (cp = (char32_t{c & 0x0Fu} << 12) | (char32_t{s[i + 1] & 0x3Fu} << 6) | (s[i + 2] & 0x3Fu)) >= 0x800 &&
        (cp < 0xD800 || cp > 0xDFFF)) {
      len = 3;
    } else {
      cp = Decode(s, n, i, &len);
    }
    PutFolded(w, cp, CharEntry(cp), static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), n - i - len);
    i += len;
  }
  *count = w.Count();
  return non_ascii;
}

// True when the word unit at i stands alone: its neighbours are not word units.
inline bool Single(const Unit* u, size_t n, size_t i) {
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

// State of the separator rules across one canonicalisation.
struct SepState {
  // The single letters joined so far were separated by symbols, not spaces.
  bool spelled_with_symbols = false;
  size_t spelled_gap = 0;  // width of the first space run dropped between those letters
};

// Handles the separator run starting at u[i]; returns the index after it.
// Sets *dropped when the whole run was removed (the letters around it join).
size_t CanonSeparators(const Unit* u, size_t n, size_t i, const Unit* ob, Unit*& op, SepState& st,
                       bool* dropped) {
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
  if (op != ob && j < n && len <= 3) {
    const CharClass pc = op[-1].cls, nc = u[j].cls;
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
    *op++ = x;
    return j;
  }
  // Keep punctuation, collapse the spaces inside the run.
  for (size_t k = i; k < j; ++k) {
    if (u[k].cls == CharClass::kSpace && op != ob && op[-1].cls == CharClass::kSpace) continue;
    Unit y = u[k];
    if (y.cls == CharClass::kSpace) y.cp = ' ';
    if (op != ob && op[-1].cp == y.cp && y.cls == CharClass::kPunct) {
      op[-1].e = y.e;  // squeeze repeated punctuation
      continue;
    }
    *op++ = y;
  }
  return j;
}

// Second pass: the canonical sequence of units out[0, returned count) from
// the folded units u[0, n). Every input unit gives at most one output unit.
size_t Canonicalize(const Unit* u, size_t n, bool split_chars, UnitVec& out) {
  Unit* const ob = GrowUnits(out, n);
  Unit* op = ob;
  int run = 1;  // length of the current run of equal code points in the output
  SepState st;
  for (size_t i = 0; i < n;) {
    // Fast path: a letter or Han character that differs from the last one.
    if (PlainWordUnit(u[i], split_chars) && (op == ob || op[-1].cp != u[i].cp)) {
      std::memcpy(static_cast<void*>(op++), &u[i++], sizeof(Unit));
      run = 1;
      continue;
    }
    Unit x = u[i];
    // Fast path: one space between words (the common separator).
    if (x.cls == CharClass::kSpace && (i + 1 >= n || !IsSep(u[i + 1].cls))) {
      bool generic = false;
      if (op != ob && i + 1 < n) {
        const CharClass pc = op[-1].cls, nc = u[i + 1].cls;
        if (pc == CharClass::kHan && nc == CharClass::kHan) {  // 幼 女: dropped
          ++i;
          continue;
        }
        generic = pc == nc && pc == CharClass::kLatin && i > 0 && Single(u, n, i - 1) && Single(u, n, i + 1);
      }
      if (!generic) {
        st = SepState{};
        x.cp = ' ';
        *op++ = x;
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
    if ((x.cls == CharClass::kDigit || x.cls == CharClass::kPunct) && op != ob &&
        op[-1].cls == CharClass::kLatin && i + 1 < n && u[i + 1].cls == CharClass::kLatin) {
      if (char32_t l = LeetLetter(x.cp)) {
        x.cp = l;
        x.cls = CharClass::kLatin;
      }
    }
    // Apostrophes inside words go (i'll → ill, don't → dont).
    if (x.cp == '\'' && op != ob && op[-1].cls == CharClass::kLatin && i + 1 < n &&
        u[i + 1].cls == CharClass::kLatin) {
      ++i;
      continue;
    }
    if (IsSep(x.cls)) {
      bool dropped;
      i = CanonSeparators(u, n, i, ob, op, st, &dropped);
      if (!dropped) run = 1;
      continue;
    }
    ++i;
    // Squeeze runs of >= 3 equal non-digit characters to one.
    if (op != ob && op[-1].cp == x.cp && x.cls != CharClass::kDigit) {
      ++run;
      if (run == 3) {
        --op;              // drop the second copy
        op[-1].e = x.e;    // the first covers the whole run
        continue;
      }
      if (run > 3) {
        op[-1].e = x.e;
        continue;
      }
    } else {
      run = 1;
    }
    *op++ = x;
  }
  return static_cast<size_t>(op - ob);
}

// Writes the canonical UTF-8 and its map through raw pointers into buffers
// sized for the worst case (4 bytes per unit, plus slack so that every
// character's map entries can be written as one block of 4), then trims
// them. When `shadow` is set, also writes the pinyin shadow and its map
// (shadow byte → canonical offset): Han characters as "syllable;" words,
// letters and digits as they are, anything else as one space. An all-ASCII
// canonical form is its own shadow: none is kept.
// Classes copied to the shadow as they are (ASCII letters and digits).
constexpr uint32_t kShadowCopy = (1u << static_cast<int>(CharClass::kLatin)) | (1u << static_cast<int>(CharClass::kDigit));
inline bool ShadowCopies(CharClass c) { return ((kShadowCopy >> static_cast<int>(c)) & 1) != 0; }

template <bool kShadow>
void EmitUnits(const Unit* u, size_t n, NormalizedText* out) {
  out->canon.resize(n * 4 + 4);
  out->canon_src.resize(n * 4 + 4);
  out->shadow.resize(kShadow ? n * 8 + 8 : 0);
  out->shadow_src.resize(kShadow ? n * 8 + 8 : 0);
  char* c = out->canon.data();
  ByteSpan* cs = out->canon_src.data();
  char* sh = out->shadow.data();
  uint32_t* ss = out->shadow_src.data();
  size_t cn = 0, sn = 0;
  char last = ' ';
  for (const Unit *x = u, *const xe = u + n; x != xe; ++x) {
    const uint32_t cb = static_cast<uint32_t>(cn);
    const ByteSpan span{x->b, x->e};
    if (x->cp < 0x80) {  // the common case: one byte, copied or one space in the shadow
      c[cn] = static_cast<char>(x->cp);
      cs[cn++] = span;
      if constexpr (kShadow) {
        if (ShadowCopies(x->cls)) {
          last = sh[sn] = static_cast<char>(x->cp);
          ss[sn++] = cb;
        } else if (last != ' ') {
          last = sh[sn] = ' ';
          ss[sn++] = cb;
        }
      }
      continue;
    }
    const int len = EncodeUtf8(x->cp, c + cn);
    for (int k = 0; k < 4; ++k) cs[cn + k] = span;  // fixed width: one block store
    cn += len;
    if constexpr (!kShadow) continue;
    if (x->cls == CharClass::kHan && x->syl != 0) {
      if (last != ' ' && last != ';') {
        sh[sn] = ' ';
        ss[sn++] = cb;
      }
      std::memcpy(sh + sn, tables::kSyllables[x->syl], 8);
      for (size_t k = 0; k < 8; ++k) ss[sn + k] = cb;  // fixed width: syllable + ';' fit in 8
      sn += tables::kSyllableLen[x->syl] + 1u;
      last = ';';
    } else if (ShadowCopies(x->cls)) {
      last = sh[sn] = static_cast<char>(x->cp);
      ss[sn++] = cb;
    } else if (last != ' ') {
      last = sh[sn] = ' ';
      ss[sn++] = cb;
    }
  }
  out->canon.resize(cn);
  out->canon_src.resize(cn);
  const bool ascii = cn == n;  // one byte per unit
  out->shadow.resize(ascii ? 0 : sn);
  out->shadow_src.resize(ascii ? 0 : sn);
}

void Emit(const Unit* u, size_t n, bool shadow, NormalizedText* out) {
  if (shadow) {
    EmitUnits<true>(u, n, out);
  } else {
    EmitUnits<false>(u, n, out);
  }
}

}  // namespace

void Normalize(std::string_view text, const NormalizerOptions& options, NormalizedText* out) {
  size_t folded;
  const bool non_ascii = Decompose(text, out->units_in, &folded);
  const size_t canon = Canonicalize(out->units_in.data(), folded, options.split_chars, out->units_out);
  Emit(out->units_out.data(), canon, options.shadow && non_ascii, out);
}

}  // namespace vigil::text::reference
