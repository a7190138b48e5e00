#include "pii/numerals.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace vigil::pii {
namespace {

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(unsigned char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool IsAlnum(unsigned char c) { return IsDigit(c) || IsAlpha(c); }

// Up to eight ASCII letters, lower-cased, packed little-endian.
constexpr uint64_t Pack(std::string_view w) {
  uint64_t v = 0;
  for (size_t k = 0; k < w.size(); ++k) v |= static_cast<uint64_t>(static_cast<unsigned char>(w[k]) | 0x20) << (8 * k);
  return v;
}

struct WordEntry {
  uint64_t packed;
  uint8_t len;
  char digit;     // '0'..'9', or 0 for a multiplier
  uint8_t count;  // multiplier: 2 or 3
};
constexpr WordEntry kWords[] = {
    {Pack("o"), 1, '0', 1},     {Pack("oh"), 2, '0', 1},     {Pack("one"), 3, '1', 1},
    {Pack("two"), 3, '2', 1},   {Pack("six"), 3, '6', 1},    {Pack("zero"), 4, '0', 1},
    {Pack("four"), 4, '4', 1},  {Pack("five"), 4, '5', 1},   {Pack("nine"), 4, '9', 1},
    {Pack("three"), 5, '3', 1}, {Pack("seven"), 5, '7', 1},  {Pack("eight"), 5, '8', 1},
    {Pack("niner"), 5, '9', 1}, {Pack("double"), 6, 0, 2},  {Pack("triple"), 6, 0, 3},
};
constexpr size_t kMaxWordLen = 6;

// Letters a numeral word can start with (bit c - 'a'): d e f n o s t z.
constexpr uint32_t kWordInitials = (1u << ('d' - 'a')) | (1u << ('e' - 'a')) | (1u << ('f' - 'a')) |
                                   (1u << ('n' - 'a')) | (1u << ('o' - 'a')) | (1u << ('s' - 'a')) |
                                   (1u << ('t' - 'a')) | (1u << ('z' - 'a'));
bool MayStartWord(unsigned char c) { return (kWordInitials >> ((c | 0x20) - 'a')) & 1u; }

const WordEntry* LookupWord(std::string_view w) {
  if (w.size() > kMaxWordLen) return nullptr;
  const uint64_t p = Pack(w);
  for (const auto& e : kWords) {
    if (e.len == w.size() && e.packed == p) return &e;
  }
  return nullptr;
}

// Numeral characters and their digits.
struct CjkEntry {
  uint32_t cp;
  char digit;
};
constexpr CjkEntry kCjk[] = {
    {0x3007, '0'}, {0x96F6, '0'}, {0x6D1E, '0'},                                // 〇 零 洞
    {0x4E00, '1'}, {0x58F9, '1'}, {0x5E7A, '1'}, {0x4E48, '1'},                 // 一 壹 幺 么
    {0x4E8C, '2'}, {0x8D30, '2'}, {0x8CB3, '2'}, {0x4E24, '2'}, {0x5169, '2'},  // 二 贰 貳 两 兩
    {0x4E09, '3'}, {0x53C1, '3'}, {0x53C3, '3'},                                // 三 叁 參
    {0x56DB, '4'}, {0x8086, '4'},                                               // 四 肆
    {0x4E94, '5'}, {0x4F0D, '5'},                                               // 五 伍
    {0x516D, '6'}, {0x9646, '6'}, {0x9678, '6'},                                // 六 陆 陸
    {0x4E03, '7'}, {0x67D2, '7'}, {0x62D0, '7'},                                // 七 柒 拐
    {0x516B, '8'}, {0x634C, '8'},                                               // 八 捌
    {0x4E5D, '9'}, {0x7396, '9'}, {0x52FE, '9'},                                // 九 玖 勾
};

// Exact membership in three look-ups: kPairs.index[lead - 0xE3][second & 63]
// is 1 + the number of the (lead, second byte) pair some numeral character
// begins with (0: none), and bit (third & 63) of kPairs.third[pair] is set
// for the third bytes that complete one. All are U+3000..9FFF (E3..E9 leads).
struct PairTable {
  uint8_t index[7][64] = {};
  uint64_t third[32] = {};
};
constexpr PairTable MakePairTable() {
  PairTable t;
  int pairs = 0;
  for (const auto& e : kCjk) {
    uint8_t& slot = t.index[(e.cp >> 12) - 3][(e.cp >> 6) & 0x3F];
    if (slot == 0) slot = static_cast<uint8_t>(++pairs);
    t.third[slot - 1] |= uint64_t{1} << (e.cp & 0x3F);
  }
  return t;
}
constexpr PairTable kPairs = MakePairTable();

// True when p[0..2] (all readable) is a numeral character.
bool IsCjkNumeral(const unsigned char* p) {
  if (p[0] < 0xE3 || p[0] > 0xE9 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return false;
  const uint8_t pair = kPairs.index[p[0] - 0xE3][p[1] & 0x3F];
  return pair != 0 && ((kPairs.third[pair - 1] >> (p[2] & 0x3F)) & 1u);
}

// Length of the numeral word or character starting at p[i], or 0 (the word
// test does not look left: callers only pass word starts).
size_t NumeralAt(const unsigned char* p, size_t i, size_t n) {
  const unsigned char c = p[i];
  if (c < 0x80) {
    if (!IsAlpha(c) || !MayStartWord(c)) return 0;
    size_t j = i + 1;
    while (j < n && j - i <= kMaxWordLen && IsAlpha(p[j])) ++j;
    const bool word = (j >= n || !IsAlpha(p[j])) &&
                      LookupWord(std::string_view(reinterpret_cast<const char*>(p) + i, j - i)) != nullptr;
    return word ? j - i : 0;
  }
  return i + 2 < n && IsCjkNumeral(p + i) ? 3 : 0;
}

// Two consecutive numerals with only digits and separators between them, at
// most kGap bytes: what any run with two word-written digits holds ("一三",
// "四 5678 九", "double - five", "1三8零"). Prose such as "一起 … 一下" fails it.
struct NearPair {
  static constexpr size_t kGap = 32;
  const unsigned char* p;
  size_t last_end = SIZE_MAX;
  bool found = false;
  bool Add(size_t at, size_t len) {
    if (last_end != SIZE_MAX && at >= last_end && at - last_end <= kGap) {
      found = true;
      for (size_t k = last_end; k < at && found; ++k) {
        const unsigned char c = p[k];
        found = IsDigit(c) || c == ' ' || c == '-' || c == '.' || c == ',' || c == ')' || c == '\n' || c == '\r';
      }
    }
    last_end = at + len;
    return found;
  }
};

#if defined(__x86_64__)
// For the second byte s of a CJK character (a continuation byte 80..BF):
// kSecondLeads.rows[(s >> 4) & 3][s & 15] has bit (lead - 0xE3) set when
// (lead, s) begins some numeral character: four 16-entry tables for PSHUFB
// (each repeated for both 128-bit lanes).
struct SecondTable {
  alignas(32) uint8_t rows[4][32] = {};
};
constexpr SecondTable MakeSecondTable() {
  SecondTable t;
  for (const auto& e : kCjk) {
    const uint32_t second = 0x80 | ((e.cp >> 6) & 0x3F);
    const auto bit = static_cast<uint8_t>(1u << ((e.cp >> 12) - 3));
    t.rows[(second >> 4) & 3][second & 15] |= bit;
    t.rows[(second >> 4) & 3][16 + (second & 15)] |= bit;
  }
  return t;
}
constexpr SecondTable kSecondLeads = MakeSecondTable();

// The third byte, as a superset test: with bucket = second byte & 7,
// third.lo[t & 15] & third.hi[t >> 4] has bit `bucket` set when some numeral
// character with a second byte in that bucket ends in a byte like t.
struct ThirdTable {
  alignas(32) uint8_t bucket[32] = {};  // x & 15 -> 1 << (x & 7)
  alignas(32) uint8_t lo[32] = {};
  alignas(32) uint8_t hi[32] = {};
};
constexpr ThirdTable MakeThirdTable() {
  ThirdTable t;
  for (int x = 0; x < 32; ++x) t.bucket[x] = static_cast<uint8_t>(1u << (x & 7));
  for (const auto& e : kCjk) {
    const auto bit = static_cast<uint8_t>(1u << (((e.cp >> 6) & 0x3F) & 7));
    const uint32_t third = 0x80 | (e.cp & 0x3F);
    for (int lane = 0; lane < 32; lane += 16) {
      t.lo[lane + (third & 15)] |= bit;
      t.hi[lane + (third >> 4)] |= bit;
    }
  }
  return t;
}
constexpr ThirdTable kThirdBytes = MakeThirdTable();

// English numeral words as classes of (first, second, third) letters, so that
// three pairs of PSHUFB look-ups per position test "may begin a numeral word".
// A byte's classes at letter position k are lo[k][b & 15] & hi[k][b >> 4]
// (a superset of the exact set; the scalar check decides). Bytes are taken
// OR 0x20 (lower case). Classes: o+non-letter ("o"), "oh", "one",
// t{w,r}{o,i} ("two", "triple"), "thr", {s,f}{i,e,o}{x,v,u} ("six",
// "seven", "four", "five"), {n,e}i{n,g} ("nine", "eight"), {d,z}{o,e}{u,r}
// ("double", "zero").
enum : uint8_t { kOn = 1, kOh = 2, kOne = 4, kTwo = 8, kThr = 16, kSf = 32, kNe = 64, kDz = 128 };
constexpr bool IsLetterByte(unsigned b) { return b >= 'a' && b <= 'z'; }
constexpr uint8_t WordClass(int pos, unsigned b) {
  const bool letter = IsLetterByte(b);
  auto in = [&](const char* set) {
    for (const char* c = set; *c != 0; ++c) {
      if (static_cast<unsigned>(*c) == b) return true;
    }
    return false;
  };
  uint8_t c = 0;
  if (pos == 0) {
    if (b == 'o') c |= kOn | kOh | kOne;
    if (b == 't') c |= kTwo | kThr;
    if (in("sf")) c |= kSf;
    if (in("ne")) c |= kNe;
    if (in("dz")) c |= kDz;
  } else if (pos == 1) {
    if (!letter) c |= kOn;
    if (b == 'h') c |= kOh | kThr;
    if (b == 'n') c |= kOne;
    if (in("wr")) c |= kTwo;
    if (in("ieo")) c |= kSf;
    if (b == 'i') c |= kNe;
    if (in("oe")) c |= kDz;
  } else {
    c |= kOn;
    if (!letter) c |= kOh;
    if (b == 'e') c |= kOne;
    if (in("oi")) c |= kTwo;
    if (b == 'r') c |= kThr;
    if (in("xvu")) c |= kSf;
    if (in("ng")) c |= kNe;
    if (in("ur")) c |= kDz;
  }
  return c;
}
struct NibbleTables {
  struct Half {
    alignas(32) uint8_t v[32] = {};
  };
  Half lo[3], hi[3];
};
constexpr NibbleTables MakeWordNibbles() {
  NibbleTables t;
  for (int pos = 0; pos < 3; ++pos) {
    for (unsigned b = 0; b < 256; ++b) {
      if ((b & 0x20) == 0) continue;  // never seen: every byte is taken OR 0x20
      const uint8_t c = WordClass(pos, b);
      for (int lane = 0; lane < 32; lane += 16) {
        t.lo[pos].v[lane + (b & 15)] |= c;
        t.hi[pos].v[lane + (b >> 4)] |= c;
      }
    }
  }
  return t;
}
constexpr NibbleTables kWordNibbles = MakeWordNibbles();

#define VIGIL_AVX2 __attribute__((target("avx2"), always_inline))

// x in [lo, lo + span) iff (x + 0x80 - lo) < -128 + span as signed bytes.
VIGIL_AVX2 inline __m256i InRange(__m256i v, unsigned char lo, int span) {
  const __m256i shifted = _mm256_add_epi8(v, _mm256_set1_epi8(static_cast<char>(0x80 - lo)));
  return _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(-128 + span)), shifted);
}

VIGIL_AVX2 inline __m256i load(const unsigned char* q) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));
}
VIGIL_AVX2 inline __m256i eq(__m256i x, char c) { return _mm256_cmpeq_epi8(x, _mm256_set1_epi8(c)); }
VIGIL_AVX2 inline __m256i all3(__m256i x, __m256i y, __m256i z) {
  return _mm256_and_si256(x, _mm256_and_si256(y, z));
}
VIGIL_AVX2 inline __m256i table(const NibbleTables::Half& h) {
  return _mm256_load_si256(reinterpret_cast<const __m256i*>(h.v));
}
// Classes of each byte of x (already OR 0x20) under one letter position.
VIGIL_AVX2 inline __m256i Classes(__m256i x, const NibbleTables::Half& lo, const NibbleTables::Half& hi) {
  const __m256i low4 = _mm256_set1_epi8(0x0F);
  return _mm256_and_si256(_mm256_shuffle_epi8(table(lo), _mm256_and_si256(x, low4)),
                          _mm256_shuffle_epi8(table(hi), _mm256_and_si256(_mm256_srli_epi16(x, 4), low4)));
}

// Bit k set: p[k] may start a numeral. Either a word start (previous byte
// not a letter) whose first three bytes may begin a numeral word (see
// kWordNibbles), or a CJK lead byte E3..E9 whose (lead, second byte) pair
// begins a numeral character. Reads p[-1] through p[33].
VIGIL_AVX2 inline uint32_t Candidates32(const unsigned char* p) {
  const __m256i case_bit = _mm256_set1_epi8(0x20), ones = _mm256_set1_epi8(-1);
  const __m256i v = load(p), next = load(p + 1);
  const __m256i l0 = _mm256_or_si256(v, case_bit);
  uint32_t out = 0;
  // English, where the block has a letter.
  if (_mm256_movemask_epi8(InRange(l0, 'a', 26)) != 0) {
    const __m256i cls = all3(Classes(l0, kWordNibbles.lo[0], kWordNibbles.hi[0]),
                             Classes(_mm256_or_si256(next, case_bit), kWordNibbles.lo[1], kWordNibbles.hi[1]),
                             Classes(_mm256_or_si256(load(p + 2), case_bit), kWordNibbles.lo[2], kWordNibbles.hi[2]));
    const __m256i word = _mm256_andnot_si256(
        _mm256_or_si256(InRange(_mm256_or_si256(load(p - 1), case_bit), 'a', 26),
                        _mm256_cmpeq_epi8(cls, _mm256_setzero_si256())),
        ones);
    out = static_cast<uint32_t>(_mm256_movemask_epi8(word));
  }
  // CJK, where the block has a byte >= 0x80: the lead's bit, ANDed with the
  // leads the second byte allows.
  if (_mm256_movemask_epi8(v) != 0) {
    const __m256i lead_tab = _mm256_setr_epi8(0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 0, 0, 0, 0, 0, 0,
                                              0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 0, 0, 0, 0, 0, 0);
    const __m256i low4 = _mm256_set1_epi8(0x0F);
    const __m256i lead_bits = _mm256_shuffle_epi8(lead_tab, _mm256_and_si256(v, low4));
    const __m256i lo = _mm256_and_si256(next, low4);
    const __m256i row = _mm256_and_si256(_mm256_srli_epi16(next, 4), _mm256_set1_epi8(0x03));
    __m256i allowed = _mm256_setzero_si256();
    for (int r = 0; r < 4; ++r) {
      const __m256i tab = _mm256_load_si256(reinterpret_cast<const __m256i*>(kSecondLeads.rows[r]));
      allowed = _mm256_or_si256(allowed, _mm256_and_si256(_mm256_shuffle_epi8(tab, lo), eq(row, static_cast<char>(r))));
    }
    const __m256i is_cont = eq(_mm256_and_si256(next, _mm256_set1_epi8(static_cast<char>(0xC0))), static_cast<char>(0x80));
    const __m256i hit = _mm256_xor_si256(
        _mm256_cmpeq_epi8(_mm256_and_si256(lead_bits, allowed), _mm256_setzero_si256()), ones);
    // The third byte, against the bucket of the second.
    const __m256i third = load(p + 2);
    const __m256i bucket = _mm256_shuffle_epi8(
        _mm256_load_si256(reinterpret_cast<const __m256i*>(kThirdBytes.bucket)), lo);
    const __m256i third_ok = all3(
        bucket, _mm256_shuffle_epi8(_mm256_load_si256(reinterpret_cast<const __m256i*>(kThirdBytes.lo)),
                                    _mm256_and_si256(third, low4)),
        _mm256_shuffle_epi8(_mm256_load_si256(reinterpret_cast<const __m256i*>(kThirdBytes.hi)),
                            _mm256_and_si256(_mm256_srli_epi16(third, 4), low4)));
    const __m256i hit3 = _mm256_xor_si256(_mm256_cmpeq_epi8(third_ok, _mm256_setzero_si256()), ones);
    out |= static_cast<uint32_t>(
        _mm256_movemask_epi8(_mm256_and_si256(all3(InRange(v, 0xE3, 7), is_cont, hit), hit3)));
  }
  return out;
}

// Counts numerals at p[1..n) in 32-byte blocks, until two are near (n > 0; p[0] is the caller's):
// the last partial block is scanned from a zero-padded copy.
__attribute__((target("avx2"), noinline)) void CountNumeralsAvx2(const unsigned char* p, size_t n, NearPair* pair) {
  alignas(32) unsigned char pad[1 + 32 + 34];
  for (size_t i = 1; i < n; i += 32) {
    const unsigned char* block = p + i;
    uint32_t mask;
    if (i + 34 <= n) {
      mask = Candidates32(block);
    } else {
      std::memset(pad, 0, sizeof(pad));
      pad[0] = p[i - 1];
      std::memcpy(pad + 1, p + i, n - i);
      mask = Candidates32(pad + 1);
      if (n - i < 32) mask &= (1u << (n - i)) - 1;
    }
    for (; mask != 0; mask &= mask - 1) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(mask));
      const size_t len = NumeralAt(p, at, n);
      if (len != 0 && pair->Add(at, len)) return;
    }
  }
}
#undef VIGIL_AVX2
#endif

// The precheck: true when `t` holds two numeral words/characters with only
// digits and separators between them (see NearPair). On x86-64 with AVX2, 32 bytes at a time: only the rare
// positions Candidates32 leaves are checked one by one; else a scalar loop.
bool HasNearNumerals(std::string_view t) {
  const auto* p = reinterpret_cast<const unsigned char*>(t.data());
  const size_t n = t.size();
  NearPair pair{p};
  auto scalar = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      const unsigned char c = p[i];
      if (c < 0x80 ? (!IsAlpha(c) || (i > 0 && IsAlpha(p[i - 1]))) : (c < 0xE3 || c > 0xE9)) continue;
      const size_t len = NumeralAt(p, i, n);
      if (len != 0 && pair.Add(i, len)) return true;
    }
    return false;
  };
#if defined(__x86_64__)
  if (n > 1 && __builtin_cpu_supports("avx2")) {
    if (scalar(0, 1)) return true;  // the blocks read one byte before their start
    CountNumeralsAvx2(p, n, &pair);
    return pair.found;
  }
#endif
  return scalar(0, n);
}

}  // namespace

char CjkNumeralDigit(std::string_view s, size_t i) {
  if (i + 2 >= s.size()) return 0;
  const auto c0 = static_cast<unsigned char>(s[i]), c1 = static_cast<unsigned char>(s[i + 1]),
             c2 = static_cast<unsigned char>(s[i + 2]);
  if (!IsCjkNumeral(reinterpret_cast<const unsigned char*>(s.data() + i))) return 0;
  const uint32_t cp = ((c0 & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (c2 & 0x3Fu);
  for (const auto& e : kCjk) {
    if (e.cp == cp) return e.digit;
  }
  return 0;
}

namespace {

bool IsSepByte(unsigned char c) {
  return c == ' ' || c == '-' || c == '.' || c == ',' || c == '\n' || c == '\r' || c == ')';
}

}  // namespace

// Reads the token starting at t_[i]: an ASCII digit run not glued to letters
// (a trailing resident-ID 'X' may follow; it stays outside the token), a
// numeral word standing alone ("double"/"triple" take the next word), or a
// numeral character.
bool NumeralReader::ReadToken(uint32_t i, Token* tok) const {
  const uint32_t n = static_cast<uint32_t>(t_.size());
  const auto c = static_cast<unsigned char>(t_[i]);
  *tok = Token{i, i, kDigits, 0, 1, false, false};
  if (IsDigit(c)) {
    if (i > 0 && IsAlpha(static_cast<unsigned char>(t_[i - 1]))) return false;
    uint32_t p = i;
    while (p < n && IsDigit(static_cast<unsigned char>(t_[p]))) ++p;
    if (p < n && IsAlpha(static_cast<unsigned char>(t_[p])) &&
        !((t_[p] | 0x20) == 'x' && (p + 1 >= n || !IsAlnum(static_cast<unsigned char>(t_[p + 1]))))) {
      return false;
    }
    tok->e = p;
    return true;
  }
  if (IsAlpha(c)) {
    if (i > 0 && IsAlnum(static_cast<unsigned char>(t_[i - 1]))) return false;
    uint32_t p = i;
    while (p < n && IsAlpha(static_cast<unsigned char>(t_[p]))) ++p;
    if (p < n && IsDigit(static_cast<unsigned char>(t_[p]))) return false;
    const WordEntry* w = MayStartWord(c) ? LookupWord(t_.substr(i, p - i)) : nullptr;
    if (w == nullptr) return false;
    tok->kind = kWord;
    tok->e = p;
    if (w->digit != 0) {
      tok->digit = w->digit;
      return true;
    }
    // "double five", "triple-seven": the multiplier and one single numeral.
    Token next;
    if (p + 1 >= n || (t_[p] != ' ' && t_[p] != '-') || !ReadToken(p + 1, &next) ||
        next.kind == kDigits || next.count != 1) {
      return false;
    }
    tok->digit = next.digit;
    tok->count = w->count;
    tok->e = next.e;
    return true;
  }
  if (c >= 0xE3 && c <= 0xE9) {
    const char d = CjkNumeralDigit(t_, i);
    if (d == 0) return false;
    *tok = Token{i, i + 3, kCjk, d, 1, false, false};
    return true;
  }
  return false;
}

// End of the separator starting at p (p itself when there is none): up to
// four bytes of spaces, at most one of - . , ) and at most one line break.
uint32_t NumeralReader::SkipSeparator(uint32_t p, bool* paren, uint32_t* marks) const {
  const uint32_t n = static_cast<uint32_t>(t_.size());
  uint32_t q = p, breaks = 0;
  *marks = 0;
  *paren = false;
  while (q < n && q - p < 4 && IsSepByte(static_cast<unsigned char>(t_[q]))) {
    const char c = t_[q];
    if (c == '\n') ++breaks;
    if (c == '-' || c == '.' || c == ',' || c == ')') ++*marks;
    if (c == ')') *paren = true;
    ++q;
  }
  if (breaks > 1 || *marks > 1) return p;
  return q;
}

bool NumeralReader::Find(std::string_view text) {
  t_ = text;
  tokens_.clear();
  runs_.clear();
  if (!HasNearNumerals(text)) return false;
  const uint32_t n = static_cast<uint32_t>(text.size());
  uint32_t i = 0;
  while (i < n) {
    Token tok;
    if (!ReadToken(i, &tok)) {
      // Step over the whole word or character.
      const auto c = static_cast<unsigned char>(t_[i]);
      if (IsAlnum(c)) {
        while (i < n && IsAlnum(static_cast<unsigned char>(t_[i]))) ++i;
      } else {
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      }
      continue;
    }
    // A run: this token, then separator + token for as long as they come.
    const uint32_t first = static_cast<uint32_t>(tokens_.size());
    tokens_.push_back(tok);
    for (;;) {
      const Token& prev = tokens_.back();
      if (prev.kind == kDigits && prev.e < n && IsAlpha(static_cast<unsigned char>(t_[prev.e]))) break;  // 'X'
      bool paren;
      uint32_t marks;
      const uint32_t q = SkipSeparator(prev.e, &paren, &marks);
      Token next;
      if (q >= n || !ReadToken(q, &next)) break;
      const bool glued = q == prev.e;
      const bool words = prev.kind == kWord && next.kind == kWord;
      next.paren = paren;
      // Inside one digit group: characters or digits written together, and
      // words joined by one space or hyphen. Anything else starts a group.
      next.group_start = !glued && !(words && q - prev.e == 1 && marks <= 1 && t_[prev.e] != '.' &&
                                     t_[prev.e] != ',' && t_[prev.e] != ')' && t_[prev.e] != '\n');
      tokens_.push_back(next);
    }
    i = tokens_.back().e;
    CloseRun(first, static_cast<uint32_t>(tokens_.size()));
  }
  return !runs_.empty();
}

// Keeps tokens [first, last) as a run when it can hold an identifier.
void NumeralReader::CloseRun(uint32_t first, uint32_t last) {
  uint32_t digits = 0, word_digits = 0;
  bool hyphen_words = false;
  for (uint32_t k = first; k < last; ++k) {
    const Token& tk = tokens_[k];
    if (tk.kind == kDigits) {
      digits += tk.e - tk.b;
    } else {
      digits += tk.count;
      word_digits += tk.count;
    }
    if (k > first && !tk.group_start && tk.kind == kWord && t_[tk.b - 1] == '-') hyphen_words = true;
  }
  if (digits < 7 || word_digits < 2) {
    tokens_.resize(first);
    return;
  }
  // "four-oh-four five-five-five": hyphens join words, spaces part groups.
  if (hyphen_words) {
    for (uint32_t k = first + 1; k < last; ++k) {
      Token& tk = tokens_[k];
      if (!tk.group_start && tk.kind == kWord && tokens_[k - 1].kind == kWord && t_[tk.b - 1] == ' ') {
        tk.group_start = true;
      }
    }
  }
  const uint32_t n = static_cast<uint32_t>(t_.size());
  auto glued_word = [&](const Token& tk, bool left) {
    if (tk.kind == kCjk) {  // a neighbouring character that is not a numeral
      return left ? tk.b > 0 && static_cast<unsigned char>(t_[tk.b - 1]) >= 0x80
                  : tk.e < n && static_cast<unsigned char>(t_[tk.e]) >= 0x80;
    }
    if (tk.kind == kWord) {  // a neighbouring word after one space
      return left ? tk.b >= 2 && t_[tk.b - 1] == ' ' && IsAlpha(static_cast<unsigned char>(t_[tk.b - 2]))
                  : tk.e + 1 < n && t_[tk.e] == ' ' && IsAlpha(static_cast<unsigned char>(t_[tk.e + 1]));
    }
    return false;
  };
  Run r{first, last, false, false};
  if (last - first >= 2) {
    r.trim_left = glued_word(tokens_[first], true);
    r.trim_right = glued_word(tokens_[last - 1], false);
  }
  runs_.push_back(r);
}

void NumeralReader::Put(char c, uint32_t b, uint32_t e, bool word) {
  buf_[len_] = c;
  start_[len_] = b;
  end_[len_] = e;
  wsum_[len_ + 1] = wsum_[len_] + (word ? 1 : 0);
  ++len_;
}

bool NumeralReader::Render(int trim) {
  if (trim != 0) {
    bool any = false;
    for (const Run& r : runs_) any |= ((trim & 1) && r.trim_left) || ((trim & 2) && r.trim_right);
    if (!any) return false;
  }
  // Rendering never lengthens the text: every token and separator becomes
  // at most as many bytes as it had.
  const uint32_t n = static_cast<uint32_t>(t_.size());
  if (buf_.size() < n) {
    buf_.resize(n);
    start_.resize(n);
    end_.resize(n);
    wsum_.resize(n + 1);
  }
  len_ = 0;
  wsum_[0] = 0;
  uint32_t pos = 0;
  auto copy_to = [&](uint32_t stop) {
    for (; pos < stop; ++pos) Put(t_[pos], pos, pos + 1, false);
  };
  for (const Run& r : runs_) {
    const uint32_t first = r.first + ((trim & 1) && r.trim_left ? 1 : 0);
    const uint32_t last = r.last - ((trim & 2) && r.trim_right ? 1 : 0);
    if (first >= last) continue;  // both tokens trimmed: left as written
    copy_to(tokens_[first].b);
    for (uint32_t k = first; k < last; ++k) {
      const Token& tk = tokens_[k];
      if (k > first && tk.group_start) {
        const uint32_t sb = tokens_[k - 1].e;
        Put(tk.paren ? ')' : ' ', sb, std::max(sb + 1, tk.b), false);
      }
      if (tk.kind == kDigits) {
        for (uint32_t p = tk.b; p < tk.e; ++p) Put(t_[p], p, p + 1, false);
      } else {
        for (int c = 0; c < tk.count; ++c) Put(tk.digit, tk.b, tk.e, true);
      }
    }
    pos = tokens_[last - 1].e;
  }
  copy_to(n);
  return true;
}

}  // namespace vigil::pii
