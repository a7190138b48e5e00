#include "hash/digest_stitched.h"

#include <cstring>
#include <utility>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define VIGIL_STITCHED 1
#include <immintrin.h>
#else
#define VIGIL_STITCHED 0
#endif

namespace vigil::digest_internal {

#if VIGIL_STITCHED
#pragma GCC push_options
#pragma GCC target("sha,sse4.1,ssse3")
namespace {

#define VIGIL_INLINE __attribute__((always_inline)) inline

// RFC 1321: T[i] = floor(2^32 * |sin(i + 1)|) and the per-round shifts.
constexpr uint32_t kMd5T[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613,
    0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193,
    0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d,
    0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122,
    0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244,
    0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
    0xeb86d391};
constexpr int kMd5S[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

// FIPS 180-4: the first 32 bits of the fractional parts of the cube roots
// of the first 64 primes.
alignas(16) constexpr uint32_t kSha256K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

VIGIL_INLINE uint32_t Rotl(uint32_t x, int s) { return (x << s) | (x >> (32 - s)); }
VIGIL_INLINE uint32_t LoadLe32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
VIGIL_INLINE __m128i Load128(const uint8_t* p) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
}

// Each hash runs a 64-byte block as kQuads groups of 4 rounds: Begin,
// Quad<0> .. Quad<kQuads - 1>, End.
struct Md5 {
  static constexpr int kQuads = 16;
  uint32_t h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
  uint32_t v[4];
  VIGIL_INLINE void Begin() {
    for (int i = 0; i < 4; ++i) v[i] = h[i];
  }
  template <int I>
  VIGIL_INLINE void Step(const uint8_t* block) {
    constexpr int r = I / 16;
    // The roles (a, b, c, d) rotate by one slot per step.
    uint32_t& a = v[(64 - I) % 4];
    const uint32_t b = v[(65 - I) % 4], c = v[(66 - I) % 4], d = v[(67 - I) % 4];
    uint32_t f;
    int g;
    if constexpr (r == 0) {
      f = d ^ (b & (c ^ d));
      g = I % 16;
    } else if constexpr (r == 1) {
      f = c ^ (d & (b ^ c));
      g = (5 * I + 1) % 16;
    } else if constexpr (r == 2) {
      f = b ^ c ^ d;
      g = (3 * I + 5) % 16;
    } else {
      f = c ^ (b | ~d);
      g = (7 * I) % 16;
    }
    a = b + Rotl(a + f + LoadLe32(block + 4 * g) + kMd5T[I], kMd5S[r][I % 4]);
  }
  template <int Q>
  VIGIL_INLINE void Quad(const uint8_t* block) {
    Step<4 * Q>(block);
    Step<4 * Q + 1>(block);
    Step<4 * Q + 2>(block);
    Step<4 * Q + 3>(block);
  }
  VIGIL_INLINE void End() {
    for (int i = 0; i < 4; ++i) h[i] += v[i];
  }
  void Digest(uint8_t out[16]) const { std::memcpy(out, h, 16); }  // little-endian words
};

// SHA-256 with the SHA extensions: the state as (A, B, E, F) and
// (C, D, G, H) lanes, high to low.
struct Sha256 {
  static constexpr int kQuads = 16;
  __m128i abef = _mm_set_epi32(0x6a09e667, int(0xbb67ae85), 0x510e527f, int(0x9b05688c));
  __m128i cdgh = _mm_set_epi32(0x3c6ef372, int(0xa54ff53a), 0x1f83d9ab, 0x5be0cd19);
  __m128i abef0, cdgh0, m[4];
  VIGIL_INLINE void Begin() {
    abef0 = abef;
    cdgh0 = cdgh;
  }
  template <int Q>
  VIGIL_INLINE void Quad(const uint8_t* block) {
    if constexpr (Q < 4) {  // big-endian words, w0 in lane 0
      const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
      m[Q] = _mm_shuffle_epi8(Load128(block + 16 * Q), bswap);
    } else {  // w[4Q ..] from w[4(Q-4) ..] .. w[4(Q-1) ..]
      const __m128i s0 = _mm_sha256msg1_epu32(m[Q & 3], m[(Q + 1) & 3]);
      const __m128i w7 = _mm_alignr_epi8(m[(Q + 3) & 3], m[(Q + 2) & 3], 4);
      m[Q & 3] = _mm_sha256msg2_epu32(_mm_add_epi32(s0, w7), m[(Q + 3) & 3]);
    }
    const __m128i wk =
        _mm_add_epi32(m[Q & 3], _mm_load_si128(reinterpret_cast<const __m128i*>(kSha256K + 4 * Q)));
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);  // now (A, B, E, F); abef holds C, D, G, H
    abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(wk, 0x0E));
  }
  VIGIL_INLINE void End() {
    abef = _mm_add_epi32(abef, abef0);
    cdgh = _mm_add_epi32(cdgh, cdgh0);
  }
  void Digest(uint8_t out[32]) const {
    const uint32_t w[8] = {uint32_t(_mm_extract_epi32(abef, 3)), uint32_t(_mm_extract_epi32(abef, 2)),
                           uint32_t(_mm_extract_epi32(cdgh, 3)), uint32_t(_mm_extract_epi32(cdgh, 2)),
                           uint32_t(_mm_extract_epi32(abef, 1)), uint32_t(_mm_extract_epi32(abef, 0)),
                           uint32_t(_mm_extract_epi32(cdgh, 1)), uint32_t(_mm_extract_epi32(cdgh, 0))};
    for (int i = 0; i < 8; ++i) {
      const uint32_t be = __builtin_bswap32(w[i]);
      std::memcpy(out + 4 * i, &be, 4);
    }
  }
};

// SHA-1 with the SHA extensions: (A, B, C, D) in lanes 3..0, E in lane 3.
struct Sha1 {
  static constexpr int kQuads = 20;
  __m128i abcd = _mm_set_epi32(0x67452301, int(0xefcdab89), int(0x98badcfe), 0x10325476);
  __m128i e = _mm_set_epi32(int(0xc3d2e1f0), 0, 0, 0);
  __m128i abcd0, e0, prev, m[4];  // prev: ABCD before the last quad
  VIGIL_INLINE void Begin() {
    abcd0 = abcd;
    e0 = e;
  }
  template <int Q>
  VIGIL_INLINE void Quad(const uint8_t* block) {
    if constexpr (Q < 4) {  // big-endian words, w0 in lane 3
      const __m128i bswap = _mm_set_epi64x(0x0001020304050607ULL, 0x08090a0b0c0d0e0fULL);
      m[Q] = _mm_shuffle_epi8(Load128(block + 16 * Q), bswap);
    } else {  // w[t] = rotl1(w[t-3] ^ w[t-8] ^ w[t-14] ^ w[t-16]), 4 at a time
      const __m128i x = _mm_xor_si128(_mm_sha1msg1_epu32(m[Q & 3], m[(Q + 1) & 3]), m[(Q + 2) & 3]);
      m[Q & 3] = _mm_sha1msg2_epu32(x, m[(Q + 3) & 3]);
    }
    __m128i ee;
    if constexpr (Q == 0) {
      ee = _mm_add_epi32(e, m[0]);
    } else {
      ee = _mm_sha1nexte_epu32(prev, m[Q & 3]);
    }
    prev = abcd;
    abcd = _mm_sha1rnds4_epu32(abcd, ee, Q / 5);
  }
  VIGIL_INLINE void End() {
    e = _mm_sha1nexte_epu32(prev, e0);
    abcd = _mm_add_epi32(abcd, abcd0);
  }
  void Digest(uint8_t out[20]) const {
    const uint32_t w[5] = {uint32_t(_mm_extract_epi32(abcd, 3)), uint32_t(_mm_extract_epi32(abcd, 2)),
                           uint32_t(_mm_extract_epi32(abcd, 1)), uint32_t(_mm_extract_epi32(abcd, 0)),
                           uint32_t(_mm_extract_epi32(e, 3))};
    for (int i = 0; i < 5; ++i) {
      const uint32_t be = __builtin_bswap32(w[i]);
      std::memcpy(out + 4 * i, &be, 4);
    }
  }
};

template <typename H, int... Q>
VIGIL_INLINE void Quads(H& h, const uint8_t* block, std::integer_sequence<int, Q...>) {
  (h.template Quad<Q>(block), ...);
}
template <typename H>
void OneBlock(H& h, const uint8_t* block) {
  h.Begin();
  Quads(h, block, std::make_integer_sequence<int, H::kQuads>{});
  h.End();
}

// SHA-1 quads [Lo, Lo + sizeof...(J)).
template <int Lo, int... J>
VIGIL_INLINE void Sha1Range(Sha1& s, const uint8_t* block, std::integer_sequence<int, J...>) {
  (s.template Quad<Lo + J>(block), ...);
}
// Interleaving step Q of 16: MD5 rounds 4Q .. 4Q + 3, SHA-256 rounds
// 4Q .. 4Q + 3 and the SHA-1 quads falling into the same sixteenth.
template <int Q>
VIGIL_INLINE void StitchStep(Md5& a, Sha1& b, Sha256& c, const uint8_t* block) {
  a.template Quad<Q>(block);
  c.template Quad<Q>(block);
  constexpr int lo = Q * 20 / 16, hi = (Q + 1) * 20 / 16;
  Sha1Range<lo>(b, block, std::make_integer_sequence<int, hi - lo>{});
}
template <int... Q>
VIGIL_INLINE void StitchSteps(Md5& a, Sha1& b, Sha256& c, const uint8_t* block,
                              std::integer_sequence<int, Q...>) {
  (StitchStep<Q>(a, b, c, block), ...);
}

// The padded final block(s): the rest, 0x80, zeros, the bit length in 8
// bytes (little-endian for MD5, big-endian for SHA). Returns their count.
int PadTail(const uint8_t* rest, size_t n, uint64_t total, bool big_endian, uint8_t out[128]) {
  std::memset(out, 0, 128);
  if (n > 0) std::memcpy(out, rest, n);
  out[n] = 0x80;
  const int blocks = n + 9 <= 64 ? 1 : 2;
  const uint64_t bits = total * 8;
  for (int i = 0; i < 8; ++i) {
    const int shift = big_endian ? 8 * (7 - i) : 8 * i;
    out[64 * blocks - 8 + i] = uint8_t(bits >> shift);
  }
  return blocks;
}

}  // namespace

bool StitchedDigestsAvailable() {
  return __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1") &&
         __builtin_cpu_supports("ssse3");
}

void StitchedDigests(std::string_view bytes, uint8_t md5[16], uint8_t sha1[20],
                     uint8_t sha256[32]) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t full = bytes.size() / 64;
  Md5 a;
  Sha1 b;
  Sha256 c;
  for (size_t i = 0; i < full; ++i) {
    const uint8_t* block = p + 64 * i;
    a.Begin();
    b.Begin();
    c.Begin();
    StitchSteps(a, b, c, block, std::make_integer_sequence<int, 16>{});
    a.End();
    b.End();
    c.End();
  }
  const size_t rest = bytes.size() % 64;
  uint8_t tail[128];
  const int nl = PadTail(p + 64 * full, rest, bytes.size(), false, tail);
  for (int i = 0; i < nl; ++i) OneBlock(a, tail + 64 * i);
  const int nb = PadTail(p + 64 * full, rest, bytes.size(), true, tail);
  for (int i = 0; i < nb; ++i) {
    OneBlock(b, tail + 64 * i);
    OneBlock(c, tail + 64 * i);
  }
  a.Digest(md5);
  b.Digest(sha1);
  c.Digest(sha256);
}

#pragma GCC pop_options
#else
bool StitchedDigestsAvailable() { return false; }
void StitchedDigests(std::string_view, uint8_t*, uint8_t*, uint8_t*) { __builtin_trap(); }
#endif

}  // namespace vigil::digest_internal
