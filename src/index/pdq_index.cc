#include "index/pdq_index.h"

#include <immintrin.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "core/hex.h"

namespace vigil {
namespace {

constexpr int kTables = PdqIndexLayout::kTables;
constexpr size_t kStride = PdqIndexLayout::kBuckets + 1;
constexpr int kMaxIndexedRadius = 63;  // h = 3: 697 buckets per table

inline uint32_t Half(const Pdq& p, int k) {
  return static_cast<uint32_t>(p.w[k >> 2] >> ((k & 3) * 16)) & 0xffffu;
}

// All 16-bit masks with popcount <= 3, in increasing popcount.
struct MaskTable {
  std::array<uint16_t, 697> masks{};
  std::array<uint16_t, 5> end{};  // end[h] = number of masks with popcount <= h
  MaskTable() {
    size_t n = 0;
    for (int pc = 0; pc <= 3; ++pc) {
      for (uint32_t m = 0; m < 65536; ++m) {
        if (std::popcount(m) == pc) masks[n++] = static_cast<uint16_t>(m);
      }
      end[pc] = static_cast<uint16_t>(n);
    }
  }
};

const MaskTable& Masks() {
  static const MaskTable table;  // immutable after first use
  return table;
}

// The search is compiled twice: for baseline x86-64 and for CPUs with
// POPCNT and AVX2 (picked once at run time). Everything it calls is forced
// inline so that it is generated for the caller's instruction set, and it
// counts bits with the builtins (std::popcount may stay an out-of-line call).
#define VIGIL_INLINE inline __attribute__((always_inline))

VIGIL_INLINE int Pop64(uint64_t x) { return __builtin_popcountll(x); }
VIGIL_INLINE int Dist(const Pdq& a, const Pdq& b) {
  return Pop64(a.w[0] ^ b.w[0]) + Pop64(a.w[1] ^ b.w[1]) + Pop64(a.w[2] ^ b.w[2]) +
         Pop64(a.w[3] ^ b.w[3]);
}

struct Range {
  uint32_t begin, end;
  uint32_t k, budget, bucket;
};

// Candidate: (position << 20) | (bucket << 4) | table.
VIGIL_INLINE uint64_t Cand(uint64_t pos, uint32_t bucket, uint32_t k) {
  return (pos << 20) | (uint64_t{bucket} << 4) | k;
}

// popcount(x) <= B with plain integer operations (vectorises on any ISA):
// clearing the lowest set bit B times must leave nothing.
template <int B>
VIGIL_INLINE bool AtMostBits(uint16_t x) {
  for (int i = 0; i < B; ++i) x = static_cast<uint16_t>(x & (x - 1));
  return x == 0;
}

// Appends (position << 4 | table) for bucket entries whose partner half is
// within B bits of the query's. Blocks of 32 are tested branch-free
// (vectorised); most blocks have no hit at all.
template <int B>
VIGIL_INLINE void ScanRange(const uint16_t* part, uint32_t begin, uint32_t end, uint16_t qp,
                            uint32_t table, uint32_t bucket, std::vector<uint64_t>* cand) {
  uint32_t i = begin;
  for (; i + 32 <= end; i += 32) {
    uint8_t hit[32];
    for (int j = 0; j < 32; ++j) hit[j] = AtMostBits<B>(static_cast<uint16_t>(part[i + j] ^ qp));
    uint64_t w[4];
    std::memcpy(w, hit, sizeof(w));
    if ((w[0] | w[1] | w[2] | w[3]) == 0) continue;
    for (int j = 0; j < 32; ++j) {
      if (hit[j]) cand->push_back(Cand(i + j, bucket, table));
    }
  }
  for (; i < end; ++i) {
    if (AtMostBits<B>(static_cast<uint16_t>(part[i] ^ qp))) {
      cand->push_back(Cand(i, bucket, table));
    }
  }
}


// ScanRange for every range, 16 entries per step with AVX2: per-lane
// popcount of (partner ^ query half) by nibble lookup, compared with the
// range's budget. Lanes past a range's end are masked off; whole 16-lane
// loads stay inside the partner array (`total` entries), else the rest of
// the range is scanned one entry at a time.
__attribute__((target("avx2,popcnt,bmi,bmi2"))) void ScanAllAvx2(
    const std::vector<Range>& ranges, const uint16_t* partner, size_t n, const uint32_t* qh,
    std::vector<uint64_t>* cand) {
  const __m256i lut = _mm256_setr_epi8(0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4,
                                       0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
  const __m256i low4 = _mm256_set1_epi8(0x0f);
  const __m256i ones = _mm256_set1_epi8(1);
  const __m256i lane = _mm256_setr_epi16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  const size_t total = PdqIndexLayout::PartnerCount(n);
  for (const Range& r : ranges) {
    const uint16_t* part = partner + r.k * n;
    const size_t base = r.k * n;  // index of part[0] in the whole array
    const uint16_t qp = static_cast<uint16_t>(qh[r.k ^ 1]);
    const __m256i q = _mm256_set1_epi16(static_cast<short>(qp));
    const __m256i limit = _mm256_set1_epi16(static_cast<short>(r.budget + 1));
    uint32_t i = r.begin;
    for (; i < r.end && base + i + 16 <= total; i += 16) {
      const __m256i x = _mm256_xor_si256(
          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(part + i)), q);
      const __m256i lo = _mm256_and_si256(x, low4);
      const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(x, 4), low4);
      const __m256i bytes = _mm256_add_epi8(_mm256_shuffle_epi8(lut, lo), _mm256_shuffle_epi8(lut, hi));
      const __m256i count = _mm256_maddubs_epi16(bytes, ones);  // per 16-bit lane
      __m256i ok = _mm256_cmpgt_epi16(limit, count);
      const uint32_t left = r.end - i;
      if (left < 16) {
        ok = _mm256_and_si256(ok, _mm256_cmpgt_epi16(_mm256_set1_epi16(static_cast<short>(left)), lane));
      }
      uint32_t mask = static_cast<uint32_t>(_mm256_movemask_epi8(ok));
      if (mask == 0) continue;
      mask = _pext_u32(mask, 0x55555555u);
      while (mask != 0) {
        const uint32_t j = static_cast<uint32_t>(__builtin_ctz(mask));
        mask &= mask - 1;
        cand->push_back(Cand(i + j, r.bucket, r.k));
      }
    }
    for (; i < r.end; ++i) {
      if (__builtin_popcount(static_cast<uint16_t>(part[i] ^ qp)) <= static_cast<int>(r.budget)) {
        cand->push_back(Cand(i, r.bucket, r.k));
      }
    }
  }
}

struct Arrays {
  const Pdq* items;
  size_t n;
  const uint32_t* offsets;
  const uint16_t* partner;
  const uint16_t* low;   // ids' low halves, tables 1..15
  const uint64_t* high;  // ids' high parts (unary), tables 1..15
  size_t high_words;     // per table
  uint64_t h1;           // PdqIndexLayout::HighMax(n) + 1

  Arrays(const Pdq* it, size_t nn, const uint32_t* off, const uint16_t* part, const uint8_t* ids)
      : items(it), n(nn), offsets(off), partner(part),
        low(reinterpret_cast<const uint16_t*>(ids)),
        high(reinterpret_cast<const uint64_t*>(ids + PdqIndexLayout::LowBytes(nn))),
        high_words(PdqIndexLayout::HighWords(nn)), h1(PdqIndexLayout::HighMax(nn) + 1) {}
};

constexpr uint32_t kNoId = UINT32_MAX;

// Position of the j-th (0-based) set bit of x; x has more than j set bits.
VIGIL_INLINE uint32_t Select64(uint64_t x, uint64_t j) {
  for (uint32_t byte = 0; byte < 8; ++byte) {
    uint32_t v = static_cast<uint32_t>(x >> (8 * byte)) & 0xffu;
    const uint64_t c = static_cast<uint64_t>(Pop64(v));
    if (j < c) {
      for (; j > 0; --j) v &= v - 1;
      return 8 * byte + static_cast<uint32_t>(__builtin_ctz(v));
    }
    j -= c;
  }
  return 64;
}

// First bit of bucket b's high parts in table k's bit vector.
VIGIL_INLINE uint64_t HighStart(const Arrays& a, uint32_t k, uint32_t b) {
  return uint64_t{a.offsets[k * kStride + b]} + uint64_t{b} * a.h1;
}

// Id of the entry at `pos` of bucket b of table k (table 0: the position
// itself); kNoId when the stored bits do not decode to an id below n (a
// corrupt file). Reads stay inside the bucket's bits.
VIGIL_INLINE uint32_t IdAt(const Arrays& a, uint32_t k, uint32_t b, uint64_t pos) {
  if (k == 0) return static_cast<uint32_t>(pos);
  const uint64_t begin = a.offsets[k * kStride + b];
  const uint64_t j0 = pos - begin;
  const uint64_t start = begin + uint64_t{b} * a.h1;
  const uint64_t stop = start + (a.offsets[k * kStride + b + 1] - begin) + a.h1;  // bits of b
  const uint64_t* hv = a.high + (k - 1) * a.high_words;
  const uint64_t last = std::min<uint64_t>((stop - 1) >> 6, a.high_words - 1);
  uint64_t w = start >> 6;
  if (w > last) return kNoId;
  uint64_t word = hv[w] & (~uint64_t{0} << (start & 63));
  uint64_t j = j0;
  for (;;) {
    const uint64_t c = static_cast<uint64_t>(Pop64(word));
    if (j < c) break;
    j -= c;
    if (++w > last) return kNoId;
    word = hv[w];
  }
  const uint64_t bit = w * 64 + Select64(word, j);  // >= start + j0
  const uint64_t id = ((bit - start - j0) << 16) | a.low[(k - 1) * a.n + pos];
  return id < a.n ? static_cast<uint32_t>(id) : kNoId;
}

}  // namespace

struct PdqIndexView::Scratch {
  std::vector<Range> ranges;
  std::vector<uint64_t> cand;
};

namespace {

// Stage 1: the buckets to visit (within h bits of the query's half, per
// table) with their partner budgets. They are random accesses into large
// arrays: every load is issued early (offsets, then whole buckets) so the
// misses overlap.
VIGIL_INLINE void PlanRanges(const Arrays& a, const uint32_t* qh, int t, int h,
                             std::vector<Range>* ranges) {
  const MaskTable& mt = Masks();
  const size_t nmasks = mt.end[h];
  ranges->resize(kTables * nmasks);
  for (int k = 0; k < kTables; ++k) {
    const uint32_t* off = a.offsets + k * kStride;
    for (size_t mi = 0; mi < nmasks; ++mi) __builtin_prefetch(off + (qh[k] ^ mt.masks[mi]));
  }
  for (int k = 0; k < kTables; ++k) {
    const uint32_t* off = a.offsets + k * kStride;
    const uint16_t* part = a.partner + k * a.n;
    for (size_t mi = 0; mi < nmasks; ++mi) {
      const uint32_t m = mt.masks[mi];
      const uint32_t b = qh[k] ^ m;
      Range& r = (*ranges)[k * nmasks + mi];
      r = {off[b], off[b + 1], static_cast<uint32_t>(k), static_cast<uint32_t>(t - Pop64(m)), b};
      // The whole bucket (typically 5 lines at 10 M), capped for huge ones.
      const uint32_t stop = std::min(r.end, r.begin + 512);
      for (uint32_t p = r.begin; p < stop; p += 32) __builtin_prefetch(part + p);
    }
  }
}

// Stage 2: entries whose chunk is within t of the query's (partner filter).
template <bool kAvx2>
VIGIL_INLINE void ScanRanges(const Arrays& a, const uint32_t* qh,
                             const std::vector<Range>& ranges, std::vector<uint64_t>* cand) {
  cand->clear();
  if constexpr (kAvx2) {
    ScanAllAvx2(ranges, a.partner, a.n, qh, cand);
    return;
  }
  for (const Range& r : ranges) {
    const uint16_t* part = a.partner + r.k * a.n;
    const uint16_t qp = static_cast<uint16_t>(qh[r.k ^ 1]);
    switch (r.budget) {
      case 0: ScanRange<0>(part, r.begin, r.end, qp, r.k, r.bucket, cand); break;
      case 1: ScanRange<1>(part, r.begin, r.end, qp, r.k, r.bucket, cand); break;
      case 2: ScanRange<2>(part, r.begin, r.end, qp, r.k, r.bucket, cand); break;
      case 3: ScanRange<3>(part, r.begin, r.end, qp, r.k, r.bucket, cand); break;
      case 4: ScanRange<4>(part, r.begin, r.end, qp, r.k, r.bucket, cand); break;
      case 5: ScanRange<5>(part, r.begin, r.end, qp, r.k, r.bucket, cand); break;
      case 6: ScanRange<6>(part, r.begin, r.end, qp, r.k, r.bucket, cand); break;
      default: ScanRange<7>(part, r.begin, r.end, qp, r.k, r.bucket, cand); break;
    }
  }
}

// Stage 3: candidates' positions to (id << 4) | table; undecodable ids (a
// corrupt file) are dropped. Each step's loads are issued before any is used.
VIGIL_INLINE void ResolveIds(const Arrays& a, std::vector<uint64_t>* cand) {
  for (uint64_t c : *cand) {
    const uint32_t k = static_cast<uint32_t>(c & 15);
    if (k == 0) continue;
    const uint32_t b = static_cast<uint32_t>(c >> 4) & 0xffffu;
    __builtin_prefetch(&a.low[(k - 1) * a.n + (c >> 20)]);
    __builtin_prefetch(&a.high[(k - 1) * a.high_words + (HighStart(a, k, b) >> 6)]);
  }
  size_t kept = 0;
  for (uint64_t c : *cand) {
    const uint32_t k = static_cast<uint32_t>(c & 15);
    const uint32_t id = IdAt(a, k, static_cast<uint32_t>(c >> 4) & 0xffffu, c >> 20);
    if (id == kNoId) continue;
    __builtin_prefetch(&a.items[id]);
    (*cand)[kept++] = (uint64_t{id} << 4) | k;
  }
  cand->resize(kept);
}

// Stage 4: exact distances; each result is reported once, by the first
// table in which it qualifies.
VIGIL_INLINE void Verify(const Arrays& a, const Pdq& q, const uint32_t* qh, uint32_t qi,
                         int radius, const std::vector<uint64_t>& cand,
                         std::vector<PdqHit>* out) {
  const int t = radius / 8;
  const int h = t / 2;
  for (uint64_t c : cand) {
    const uint32_t item = static_cast<uint32_t>(c >> 4);
    const int k = static_cast<int>(c & 15);
    const Pdq& x = a.items[item];
    const int d = Dist(q, x);
    if (d > radius) continue;
    bool earlier = false;
    for (int k2 = 0; k2 < k && !earlier; ++k2) {
      const int dh = Pop64(Half(x, k2) ^ qh[k2]);
      const int dp = Pop64(Half(x, k2 ^ 1) ^ qh[k2 ^ 1]);
      earlier = dh <= h && dh + dp <= t;
    }
    if (!earlier) out->push_back({qi, item, d});
  }
}

template <bool kAvx2>
VIGIL_INLINE void SearchOne(const Arrays& a, const Pdq& q, uint32_t qi, int radius,
                            PdqIndexView::Scratch* s, std::vector<PdqHit>* out) {
  uint32_t qh[kTables];
  for (int k = 0; k < kTables; ++k) qh[k] = Half(q, k);
  PlanRanges(a, qh, radius / 8, radius / 16, &s->ranges);
  ScanRanges<kAvx2>(a, qh, s->ranges, &s->cand);
  ResolveIds(a, &s->cand);
  Verify(a, q, qh, qi, radius, s->cand, out);
}

template <bool kAvx2>
VIGIL_INLINE void SearchBatch(const Arrays& a, const Pdq* queries, size_t nq, int radius,
                              std::vector<PdqHit>* out) {
  PdqIndexView::Scratch s;
  s.cand.reserve(1024);
  for (size_t qi = 0; qi < nq; ++qi) {
    if (radius > kMaxIndexedRadius) {
      for (size_t i = 0; i < a.n; ++i) {
        const int d = Dist(queries[qi], a.items[i]);
        if (d <= radius) out->push_back({static_cast<uint32_t>(qi), static_cast<uint32_t>(i), d});
      }
    } else {
      SearchOne<kAvx2>(a, queries[qi], static_cast<uint32_t>(qi), radius, &s, out);
    }
  }
}

using SearchFn = void (*)(const Arrays&, const Pdq*, size_t, int, std::vector<PdqHit>*);

__attribute__((target("popcnt,avx2,bmi,bmi2"))) void SearchAvx2(
    const Arrays& a, const Pdq* queries, size_t nq, int radius, std::vector<PdqHit>* out) {
  SearchBatch<true>(a, queries, nq, radius, out);
}

void SearchBaseline(const Arrays& a, const Pdq* queries, size_t nq, int radius,
                    std::vector<PdqHit>* out) {
  SearchBatch<false>(a, queries, nq, radius, out);
}

SearchFn PickSearch() {
  __builtin_cpu_init();
  const bool fast = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt") &&
                    __builtin_cpu_supports("bmi2");
  return fast ? &SearchAvx2 : &SearchBaseline;
}

}  // namespace

bool ParsePdqHex(std::string_view hex, Pdq* out) {
  if (hex.size() != 64) return false;
  uint8_t bytes[32];
  if (!FromHex(hex, bytes)) return false;
  for (int w = 0; w < 4; ++w) {
    uint64_t v = 0;
    for (int b = 7; b >= 0; --b) v = (v << 8) | bytes[w * 8 + b];
    out->w[w] = v;
  }
  return true;
}

std::string PdqToHex(const Pdq& p) {
  uint8_t bytes[32];
  for (int w = 0; w < 4; ++w) {
    for (int b = 0; b < 8; ++b) bytes[w * 8 + b] = static_cast<uint8_t>(p.w[w] >> (8 * b));
  }
  return ToHex(bytes, 32);
}

void BuildPdqIndex(const Pdq* items, size_t n, Pdq* sorted, uint32_t* order, uint32_t* offsets,
                   uint16_t* partner, uint8_t* ids) {
  std::vector<uint32_t> cursor(PdqIndexLayout::kBuckets);
  auto count = [&](const Pdq* src, int k) {
    uint32_t* off = offsets + k * kStride;
    std::fill(off, off + kStride, 0u);
    for (size_t i = 0; i < n; ++i) ++off[Half(src[i], k) + 1];
    for (size_t b = 1; b < kStride; ++b) off[b] += off[b - 1];
    std::copy(off, off + PdqIndexLayout::kBuckets, cursor.begin());
  };
  // Items in table 0's bucket order (stable): table 0 then needs no ids.
  count(items, 0);
  for (size_t i = 0; i < n; ++i) {
    const uint32_t p = cursor[Half(items[i], 0)]++;
    sorted[p] = items[i];
    order[p] = static_cast<uint32_t>(i);
  }
  std::memset(ids, 0, PdqIndexLayout::IdsBytes(n));
  uint16_t* low = reinterpret_cast<uint16_t*>(ids);
  uint64_t* high = reinterpret_cast<uint64_t*>(ids + PdqIndexLayout::LowBytes(n));
  const size_t words = PdqIndexLayout::HighWords(n);
  const uint64_t h1 = PdqIndexLayout::HighMax(n) + 1;
  for (int k = 0; k < kTables; ++k) {
    count(sorted, k);
    const uint32_t* off = offsets + k * kStride;
    uint16_t* part = partner + k * n;
    for (size_t i = 0; i < n; ++i) {  // ascending ids: ascending within each bucket
      const uint32_t b = Half(sorted[i], k);
      const uint32_t p = cursor[b]++;
      part[p] = static_cast<uint16_t>(Half(sorted[i], k ^ 1));
      if (k == 0) continue;
      low[(k - 1) * n + p] = static_cast<uint16_t>(i);
      const uint64_t bit = off[b] + b * h1 + (i >> 16) + (p - off[b]);
      high[(k - 1) * words + (bit >> 6)] |= uint64_t{1} << (bit & 63);
    }
  }
}

void PdqIndexView::RangeSearch(const Pdq* queries, size_t nq, int radius,
                               std::vector<PdqHit>* out) const {
  if (radius < 0 || n_ == 0) return;
  static const SearchFn search = PickSearch();  // immutable after first use
  search(Arrays(items_, n_, offsets_, partner_, ids_), queries, nq, radius, out);
}

void PdqIndexView::RangeSearchPortable(const Pdq* queries, size_t nq, int radius,
                                       std::vector<PdqHit>* out) const {
  if (radius < 0 || n_ == 0) return;
  SearchBaseline(Arrays(items_, n_, offsets_, partner_, ids_), queries, nq, radius, out);
}

std::string PdqIndexView::ValidateOffsets() const {
  for (int k = 0; k < kTables; ++k) {
    const uint32_t* off = offsets_ + k * kStride;
    if (off[0] != 0 || off[PdqIndexLayout::kBuckets] != n_) {
      return "table " + std::to_string(k) + ": bucket offsets do not cover the items";
    }
    for (size_t b = 0; b < PdqIndexLayout::kBuckets; ++b) {
      if (off[b] > off[b + 1]) return "table " + std::to_string(k) + ": offsets not sorted";
    }
  }
  return "";
}

std::string PdqIndexView::Validate() const {
  std::string why = ValidateOffsets();
  if (!why.empty()) return why;
  for (size_t i = 0; i < n_; ++i) {
    const uint32_t b = Half(items_[i], 0);
    if (i < offsets_[b] || i >= offsets_[b + 1]) return "items are not in table 0's order";
  }
  const Arrays a(items_, n_, offsets_, partner_, ids_);
  for (uint32_t k = 1; k < kTables; ++k) {
    const uint32_t* off = offsets_ + k * kStride;
    for (uint32_t b = 0; b < PdqIndexLayout::kBuckets; ++b) {
      uint32_t prev = 0;
      for (uint32_t p = off[b]; p < off[b + 1]; ++p) {
        const uint32_t id = IdAt(a, k, b, p);
        if (id == kNoId) return "table " + std::to_string(k) + ": item id out of range";
        if (p > off[b] && id <= prev) return "table " + std::to_string(k) + ": ids not ascending";
        prev = id;
      }
    }
  }
  return "";
}

void PdqBruteForce(const Pdq* items, size_t n, const Pdq* queries, size_t nq, int radius,
                   std::vector<PdqHit>* out) {
  for (size_t qi = 0; qi < nq; ++qi) {
    for (size_t i = 0; i < n; ++i) {
      int d = PdqDistance(queries[qi], items[i]);
      if (d <= radius) out->push_back({static_cast<uint32_t>(qi), static_cast<uint32_t>(i), d});
    }
  }
}

}  // namespace vigil
