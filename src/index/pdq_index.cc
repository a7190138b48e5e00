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

// Appends candidates (Cand) for bucket entries whose partner half is
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
    const uint16_t qp = static_cast<uint16_t>(qh[(r.k + 1) & 15]);
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

constexpr uint32_t kNone = UINT32_MAX;
constexpr int kLastHop = kTables - 2;  // after 14 hops a walk knows all 16 halves

struct Arrays {
  size_t n;
  const uint32_t* offsets;
  const uint16_t* partner;
  const uint8_t* rank;
  const uint64_t* hi_prefix;  // kTables + 1 counts
  const uint64_t* hi;         // exception records
  uint64_t hi_records;
};

constexpr uint64_t kNoExceptions[kTables + 1] = {};

Arrays MakeArrays(size_t n, const uint32_t* offsets, const uint16_t* partner,
                  const uint8_t* rank, const uint64_t* rank_hi, size_t rank_hi_words) {
  if (rank_hi_words < kTables + 1) {
    return {n, offsets, partner, rank, kNoExceptions, kNoExceptions, 0};
  }
  return {n, offsets, partner, rank, rank_hi, rank_hi + kTables + 1, rank_hi_words - kTables - 1};
}

// High bits (rank >> 8) of the entry at `pos` of table k: 0 when it has no
// exception record. The search range is clamped to the records.
VIGIL_INLINE uint64_t HighRank(const Arrays& a, uint32_t k, uint32_t pos) {
  uint64_t lo = std::min(a.hi_prefix[k], a.hi_records);
  const uint64_t end = std::min(a.hi_prefix[k + 1], a.hi_records);
  uint64_t hi = end;
  const uint64_t key = uint64_t{pos} << 32;
  while (lo < hi) {
    const uint64_t mid = lo + (hi - lo) / 2;
    if (a.hi[mid] < key) lo = mid + 1; else hi = mid;
  }
  return lo < end && (a.hi[lo] >> 32) == pos ? (a.hi[lo] & 0xffffffffu) : 0;
}

// Position in table k+1 of the item at `pos` of table k, whose partner (its
// half k+1, the bucket there) is `half`; kNone when the stored rank does not
// fall inside that bucket (a corrupt file).
VIGIL_INLINE uint32_t NextPos(const Arrays& a, uint32_t k, uint32_t pos, uint32_t half) {
  const uint32_t* off = a.offsets + ((k + 1) & 15) * kStride;
  const uint32_t begin = off[half];
  const uint32_t size = off[half + 1] - begin;
  uint64_t r = a.rank[k * a.n + pos];
  if (size > PdqIndexLayout::kRankLowMax) r |= HighRank(a, k, pos) << 8;
  return r < size ? begin + static_cast<uint32_t>(r) : kNone;
}

VIGIL_INLINE void SetHalf(Pdq* p, int k, uint32_t h) {
  p->w[k >> 2] |= uint64_t{h} << ((k & 3) * 16);
}

// Table 0's bucket of position pos (the item's half 0).
uint32_t BucketOf(const Arrays& a, uint32_t pos) {
  const uint32_t* off = a.offsets;
  return static_cast<uint32_t>(std::upper_bound(off, off + PdqIndexLayout::kBuckets + 1, pos) -
                               off) - 1;
}

// One candidate's walk around its cycle.
struct Walk {
  uint32_t pos;    // position in `table`
  uint32_t id;     // table-0 position once passed, else kNone
  uint16_t half;   // half table + 1 of the item (the current entry's partner)
  uint8_t table;   // current table
  uint8_t start;   // table of the candidate
  uint8_t hops;
  uint8_t dnext;   // distance of `half` to the query's
  uint8_t dstart;  // distance of the start table's half (table 0's walks check table 15 with it)
  uint8_t dist;    // distance over the halves learnt so far (< radius + 16)
};

}  // namespace

struct PdqIndexView::Scratch {
  std::vector<Range> ranges;
  std::vector<uint64_t> cand;
  std::vector<Walk> walks;
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

// Stage 2: entries with d_k + d_{k+1} <= t (partner filter).
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
    const uint16_t qp = static_cast<uint16_t>(qh[(r.k + 1) & 15]);
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

// Stage 3: every candidate walks its cycle, all in lockstep (one hop of
// every walk per round; each round's loads are issued before any is used).
// A walk stops when its distance exceeds the radius, when a later table
// (start < c <= 15) qualifies (that table's walk reports the item), or
// once it knows all 16 halves and the item's identity: then it is a result.
VIGIL_INLINE void WalkCandidates(const Arrays& a, const uint32_t* qh, uint32_t qi, int radius,
                                 const std::vector<uint64_t>& cand, std::vector<Walk>* walks,
                                 std::vector<PdqHit>* out) {
  const int t = radius / 8;
  const int h = radius / 16;
  walks->clear();
  for (uint64_t c : cand) {
    const uint32_t k = static_cast<uint32_t>(c & 15);
    const uint32_t b = static_cast<uint32_t>(c >> 4) & 0xffffu;
    const uint32_t p = static_cast<uint32_t>(c >> 20);
    const uint16_t hp = a.partner[k * a.n + p];
    const int dk = Pop64(b ^ qh[k]);
    const int dn = Pop64(hp ^ qh[(k + 1) & 15]);
    __builtin_prefetch(&a.rank[k * a.n + p]);
    __builtin_prefetch(&a.offsets[((k + 1) & 15) * kStride + hp]);
    walks->push_back({p, k == 0 ? p : kNone, hp, static_cast<uint8_t>(k),
                      static_cast<uint8_t>(k), 0, static_cast<uint8_t>(dn),
                      static_cast<uint8_t>(dk), static_cast<uint8_t>(dk + dn)});
  }
  while (!walks->empty()) {
    size_t kept = 0;
    for (Walk w : *walks) {  // to the next table
      const uint32_t next = NextPos(a, w.table, w.pos, w.half);
      if (next == kNone) continue;
      w.table = static_cast<uint8_t>((w.table + 1) & 15);
      w.pos = next;
      __builtin_prefetch(&a.partner[w.table * a.n + next]);
      __builtin_prefetch(&a.rank[w.table * a.n + next]);
      (*walks)[kept++] = w;
    }
    walks->resize(kept);
    kept = 0;
    for (Walk w : *walks) {  // learn the next half
      const uint32_t c = w.table;
      const uint16_t next_half = a.partner[c * a.n + w.pos];
      const int dc = w.dnext;
      const int dn = Pop64(next_half ^ qh[(c + 1) & 15]);
      ++w.hops;
      if (c > w.start && dc <= h && dc + dn <= t) continue;  // a later table reports it
      if (w.hops <= kLastHop) w.dist = static_cast<uint8_t>(w.dist + dn);
      if (w.dist > radius) continue;
      if (c == 0) w.id = w.pos;
      // Table 0's walks end at table 14, knowing d_15 (dn) and d_0.
      if (w.start == 0 && c == kLastHop && dn <= h && dn + w.dstart <= t) continue;
      if (w.hops >= kLastHop && w.id != kNone) {
        out->push_back({qi, w.id, w.dist});
        continue;
      }
      w.half = next_half;
      w.dnext = static_cast<uint8_t>(dn);
      __builtin_prefetch(&a.offsets[((c + 1) & 15) * kStride + next_half]);
      (*walks)[kept++] = w;
    }
    walks->resize(kept);
  }
}

template <bool kAvx2>
VIGIL_INLINE void SearchOne(const Arrays& a, const Pdq& q, uint32_t qi, int radius,
                            PdqIndexView::Scratch* s, std::vector<PdqHit>* out) {
  uint32_t qh[kTables];
  for (int k = 0; k < kTables; ++k) qh[k] = Half(q, k);
  PlanRanges(a, qh, radius / 8, radius / 16, &s->ranges);
  ScanRanges<kAvx2>(a, qh, s->ranges, &s->cand);
  WalkCandidates(a, qh, qi, radius, s->cand, &s->walks, out);
}

template <bool kAvx2>
VIGIL_INLINE void SearchBatch(const Arrays& a, const Pdq* queries, size_t nq, int radius,
                              std::vector<PdqHit>* out) {
  PdqIndexView::Scratch s;
  s.cand.reserve(1024);
  s.walks.reserve(1024);
  for (size_t qi = 0; qi < nq; ++qi) {
    SearchOne<kAvx2>(a, queries[qi], static_cast<uint32_t>(qi), radius, &s, out);
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

// Radii above kMaxIndexedRadius: every reconstructed hash against every
// query, a block of items at a time; hits grouped by query.
void ScanAll(const PdqIndexView& v, const Pdq* queries, size_t nq, int radius,
             std::vector<PdqHit>* out) {
  constexpr size_t kBlock = 4096;
  std::vector<std::vector<PdqHit>> per_query(nq);
  std::vector<Pdq> items(std::min(kBlock, v.size()));
  for (size_t first = 0; first < v.size(); first += kBlock) {
    const size_t count = std::min(kBlock, v.size() - first);
    v.Items(first, count, items.data());
    for (size_t qi = 0; qi < nq; ++qi) {
      for (size_t j = 0; j < count; ++j) {
        const int d = PdqDistance(queries[qi], items[j]);
        if (d <= radius) {
          per_query[qi].push_back({static_cast<uint32_t>(qi), static_cast<uint32_t>(first + j), d});
        }
      }
    }
  }
  for (const auto& hits : per_query) out->insert(out->end(), hits.begin(), hits.end());
}

}  // namespace

uint64_t PdqIndexLayout::RankHiRecords(const uint32_t* offsets, int k) {
  const uint32_t* off = offsets + ((k + 1) & 15) * kStride;
  uint64_t records = 0;
  for (size_t b = 0; b < kBuckets; ++b) {
    const uint32_t size = off[b + 1] - off[b];
    if (size > kRankLowMax) records += size - kRankLowMax;
  }
  return records;
}

uint64_t PdqIndexLayout::RankHiRecords(const uint32_t* offsets) {
  uint64_t records = 0;
  for (int k = 0; k < kTables; ++k) records += RankHiRecords(offsets, k);
  return records;
}

Pdq PdqIndexView::Item(size_t i) const {
  const Arrays a = MakeArrays(n_, offsets_, partner_, rank_, rank_hi_, rank_hi_words_);
  Pdq out;
  SetHalf(&out, 0, BucketOf(a, static_cast<uint32_t>(i)));
  uint32_t pos = static_cast<uint32_t>(i);
  for (int k = 0; k <= kLastHop; ++k) {
    const uint32_t half = partner_[k * n_ + pos];
    SetHalf(&out, k + 1, half);
    if (k == kLastHop) break;
    pos = NextPos(a, k, pos, half);
    if (pos == kNone) break;  // corrupt: the remaining halves stay 0
  }
  return out;
}

void PdqIndexView::Items(size_t first, size_t count, Pdq* out) const {
  const Arrays a = MakeArrays(n_, offsets_, partner_, rank_, rank_hi_, rank_hi_words_);
  constexpr size_t kBlock = 4096;
  std::vector<uint32_t> pos(std::min(kBlock, count));
  for (size_t done = 0; done < count; done += kBlock) {
    const size_t m = std::min(kBlock, count - done);
    Pdq* o = out + done;
    uint32_t b = BucketOf(a, static_cast<uint32_t>(first + done));
    for (size_t j = 0; j < m; ++j) {
      const uint32_t p = static_cast<uint32_t>(first + done + j);
      while (offsets_[b + 1] <= p) ++b;
      o[j] = Pdq();
      SetHalf(&o[j], 0, b);
      pos[j] = p;
    }
    // One gather pass per table: each pass's loads are independent.
    for (int k = 0; k <= kLastHop; ++k) {
      for (size_t j = 0; j < m; ++j) {
        if (pos[j] == kNone) continue;
        const uint32_t half = partner_[k * n_ + pos[j]];
        SetHalf(&o[j], k + 1, half);
        if (k == kLastHop) continue;
        pos[j] = NextPos(a, k, pos[j], half);
        if (pos[j] != kNone) {
          __builtin_prefetch(&partner_[(k + 1) * n_ + pos[j]]);
          __builtin_prefetch(&rank_[(k + 1) * n_ + pos[j]]);
        }
      }
    }
  }
}

void PdqBucketOffsets(const Pdq* items, size_t n, uint32_t* offsets) {
  std::fill(offsets, offsets + PdqIndexLayout::OffsetsCount(), 0u);
  for (size_t i = 0; i < n; ++i) {
    for (int k = 0; k < kTables; ++k) ++offsets[k * kStride + Half(items[i], k) + 1];
  }
  for (int k = 0; k < kTables; ++k) {
    uint32_t* off = offsets + k * kStride;
    for (size_t b = 1; b < kStride; ++b) off[b] += off[b - 1];
  }
}

void BuildPdqIndex(const Pdq* items, size_t n, const uint32_t* offsets, uint32_t* order,
                   uint16_t* partner, uint8_t* rank, uint64_t* rank_hi) {
  std::vector<uint32_t> cursor(PdqIndexLayout::kBuckets), cur(n), next(n);
  // Positions of every item in table k: stable in input order.
  auto place = [&](int k, std::vector<uint32_t>* pos) {
    const uint32_t* off = offsets + k * kStride;
    std::copy(off, off + PdqIndexLayout::kBuckets, cursor.begin());
    for (size_t i = 0; i < n; ++i) (*pos)[i] = cursor[Half(items[i], k)]++;
  };
  place(0, &cur);
  for (size_t i = 0; i < n; ++i) order[cur[i]] = static_cast<uint32_t>(i);
  uint64_t* prefix = rank_hi;
  uint64_t* records = rank_hi + kTables + 1;
  uint64_t nrec = 0;
  std::vector<uint64_t> exc;
  for (int k = 0; k < kTables; ++k) {
    const int c = (k + 1) & 15;
    place(c, &next);
    const uint32_t* offc = offsets + c * kStride;
    exc.clear();
    for (size_t i = 0; i < n; ++i) {
      const uint32_t p = cur[i];
      const uint32_t hc = Half(items[i], c);
      const uint32_t r = next[i] - offc[hc];
      partner[k * n + p] = static_cast<uint16_t>(hc);
      rank[k * n + p] = static_cast<uint8_t>(r);
      if (r >= PdqIndexLayout::kRankLowMax) exc.push_back((uint64_t{p} << 32) | (r >> 8));
    }
    std::sort(exc.begin(), exc.end());
    prefix[k] = nrec;
    std::copy(exc.begin(), exc.end(), records + nrec);
    nrec += exc.size();
    std::swap(cur, next);
  }
  prefix[kTables] = nrec;
}

void PdqIndexView::RangeSearch(const Pdq* queries, size_t nq, int radius,
                               std::vector<PdqHit>* out) const {
  if (radius < 0 || n_ == 0) return;
  if (radius > kMaxIndexedRadius) return ScanAll(*this, queries, nq, radius, out);
  static const SearchFn search = PickSearch();  // immutable after first use
  search(MakeArrays(n_, offsets_, partner_, rank_, rank_hi_, rank_hi_words_), queries, nq, radius,
         out);
}

void PdqIndexView::RangeSearchPortable(const Pdq* queries, size_t nq, int radius,
                                       std::vector<PdqHit>* out) const {
  if (radius < 0 || n_ == 0) return;
  if (radius > kMaxIndexedRadius) return ScanAll(*this, queries, nq, radius, out);
  SearchBaseline(MakeArrays(n_, offsets_, partner_, rank_, rank_hi_, rank_hi_words_), queries, nq,
                 radius, out);
}

std::string PdqIndexView::ValidateBounds() const {
  for (int k = 0; k < kTables; ++k) {
    const uint32_t* off = offsets_ + k * kStride;
    if (off[0] != 0 || off[PdqIndexLayout::kBuckets] != n_) {
      return "table " + std::to_string(k) + ": bucket offsets do not cover the items";
    }
    for (size_t b = 0; b < PdqIndexLayout::kBuckets; ++b) {
      if (off[b] > off[b + 1]) return "table " + std::to_string(k) + ": offsets not sorted";
    }
  }
  if (rank_hi_words_ < kTables + 1 || rank_hi_[0] != 0) {
    return "rank exceptions: missing or malformed counts";
  }
  for (int k = 0; k < kTables; ++k) {
    const uint64_t want = PdqIndexLayout::RankHiRecords(offsets_, k);
    if (rank_hi_[k + 1] < rank_hi_[k] || rank_hi_[k + 1] - rank_hi_[k] != want) {
      return "table " + std::to_string(k) + ": rank exception count does not match the buckets";
    }
  }
  if (rank_hi_[kTables] != rank_hi_words_ - kTables - 1) {
    return "rank exceptions: size does not match the counts";
  }
  return "";
}

std::string PdqIndexView::Validate() const {
  std::string why = ValidateBounds();
  if (!why.empty()) return why;
  const Arrays a = MakeArrays(n_, offsets_, partner_, rank_, rank_hi_, rank_hi_words_);
  for (int k = 0; k < kTables; ++k) {
    for (uint64_t r = a.hi_prefix[k]; r < a.hi_prefix[k + 1]; ++r) {
      const bool ascending = r == a.hi_prefix[k] || (a.hi[r - 1] >> 32) < (a.hi[r] >> 32);
      if (!ascending || (a.hi[r] >> 32) >= n_) {
        return "table " + std::to_string(k) + ": rank exceptions not ascending or out of range";
      }
    }
  }
  std::vector<uint32_t> cur(n_);
  for (size_t i = 0; i < n_; ++i) cur[i] = static_cast<uint32_t>(i);
  for (int k = 0; k < kTables; ++k) {
    for (size_t i = 0; i < n_; ++i) {
      cur[i] = NextPos(a, k, cur[i], partner_[k * n_ + cur[i]]);
      if (cur[i] == kNone) return "table " + std::to_string(k) + ": rank outside its bucket";
    }
  }
  for (size_t i = 0; i < n_; ++i) {
    if (cur[i] != i) return "item " + std::to_string(i) + ": cycle does not close";
  }
  return "";
}

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
