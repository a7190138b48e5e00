#include "index/pdq_index.h"

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

// popcount(x) <= B without a popcount instruction (the build targets baseline
// x86-64): clearing the lowest set bit B times must leave nothing.
template <int B>
inline bool AtMostBits(uint16_t x) {
  for (int i = 0; i < B; ++i) x = static_cast<uint16_t>(x & (x - 1));
  return x == 0;
}

// Appends (id << 4 | table) for bucket entries whose partner half is within B
// bits of the query's. Blocks of 32 are tested branch-free (vectorisable);
// most blocks have no hit at all.
template <int B>
void ScanRange(const uint16_t* part, const uint32_t* id, uint32_t begin, uint32_t end,
               uint16_t qp, uint32_t table, std::vector<uint64_t>* cand) {
  uint32_t i = begin;
  for (; i + 32 <= end; i += 32) {
    uint8_t hit[32];
    for (int j = 0; j < 32; ++j) hit[j] = AtMostBits<B>(static_cast<uint16_t>(part[i + j] ^ qp));
    uint64_t w[4];
    std::memcpy(w, hit, sizeof(w));
    if ((w[0] | w[1] | w[2] | w[3]) == 0) continue;
    for (int j = 0; j < 32; ++j) {
      if (hit[j]) cand->push_back((uint64_t{id[i + j]} << 4) | table);
    }
  }
  for (; i < end; ++i) {
    if (AtMostBits<B>(static_cast<uint16_t>(part[i] ^ qp))) {
      cand->push_back((uint64_t{id[i]} << 4) | table);
    }
  }
}

const MaskTable& Masks() {
  static const MaskTable table;  // immutable after first use
  return table;
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

void BuildPdqIndex(const Pdq* items, size_t n, uint32_t* offsets, uint16_t* partner,
                   uint32_t* ids) {
  std::vector<uint32_t> cursor(PdqIndexLayout::kBuckets);
  for (int k = 0; k < kTables; ++k) {
    uint32_t* off = offsets + k * kStride;
    std::fill(off, off + kStride, 0u);
    for (size_t i = 0; i < n; ++i) ++off[Half(items[i], k) + 1];
    for (size_t b = 1; b < kStride; ++b) off[b] += off[b - 1];
    std::copy(off, off + PdqIndexLayout::kBuckets, cursor.begin());
    uint16_t* part = partner + k * n;
    uint32_t* id = ids + k * n;
    for (size_t i = 0; i < n; ++i) {
      uint32_t p = cursor[Half(items[i], k)]++;
      id[p] = static_cast<uint32_t>(i);
      part[p] = static_cast<uint16_t>(Half(items[i], k ^ 1));
    }
  }
}

void PdqIndexView::RangeSearch(const Pdq* queries, size_t nq, int radius,
                               std::vector<PdqHit>* out) const {
  if (radius < 0 || n_ == 0) return;
  for (size_t qi = 0; qi < nq; ++qi) {
    if (radius > kMaxIndexedRadius) {
      ScanOne(queries[qi], static_cast<uint32_t>(qi), radius, out);
    } else {
      SearchOne(queries[qi], static_cast<uint32_t>(qi), radius, out);
    }
  }
}

void PdqIndexView::ScanOne(const Pdq& q, uint32_t qi, int radius, std::vector<PdqHit>* out) const {
  for (size_t i = 0; i < n_; ++i) {
    int d = PdqDistance(q, items_[i]);
    if (d <= radius) out->push_back({qi, static_cast<uint32_t>(i), d});
  }
}

void PdqIndexView::SearchOne(const Pdq& q, uint32_t qi, int radius,
                             std::vector<PdqHit>* out) const {
  const int t = radius / 8;
  const int h = t / 2;
  const MaskTable& mt = Masks();
  const size_t nmasks = mt.end[h];
  uint32_t qh[kTables];
  for (int k = 0; k < kTables; ++k) qh[k] = Half(q, k);
  // The buckets are random accesses into large arrays: issue every load
  // early (offsets, then bucket heads) so the misses overlap.
  struct Range {
    uint32_t begin, end;
    uint32_t k, budget;
  };
  std::vector<Range> ranges(kTables * nmasks);
  for (int k = 0; k < kTables; ++k) {
    const uint32_t* off = offsets_ + k * kStride;
    for (size_t mi = 0; mi < nmasks; ++mi) __builtin_prefetch(off + (qh[k] ^ mt.masks[mi]));
  }
  for (int k = 0; k < kTables; ++k) {
    const uint32_t* off = offsets_ + k * kStride;
    const uint16_t* part = partner_ + k * n_;
    for (size_t mi = 0; mi < nmasks; ++mi) {
      const uint32_t m = mt.masks[mi];
      const uint32_t b = qh[k] ^ m;
      Range& r = ranges[k * nmasks + mi];
      r = {off[b], off[b + 1], static_cast<uint32_t>(k),
           static_cast<uint32_t>(t - std::popcount(m))};
      __builtin_prefetch(part + r.begin);
    }
  }
  // Candidates: (item << 4) | table.
  std::vector<uint64_t> cand;
  cand.reserve(256);
  for (const Range& r : ranges) {
    const uint16_t* part = partner_ + r.k * n_;
    const uint32_t* id = ids_ + r.k * n_;
    const uint16_t qp = static_cast<uint16_t>(qh[r.k ^ 1]);
    switch (r.budget) {
      case 0: ScanRange<0>(part, id, r.begin, r.end, qp, r.k, &cand); break;
      case 1: ScanRange<1>(part, id, r.begin, r.end, qp, r.k, &cand); break;
      case 2: ScanRange<2>(part, id, r.begin, r.end, qp, r.k, &cand); break;
      case 3: ScanRange<3>(part, id, r.begin, r.end, qp, r.k, &cand); break;
      case 4: ScanRange<4>(part, id, r.begin, r.end, qp, r.k, &cand); break;
      case 5: ScanRange<5>(part, id, r.begin, r.end, qp, r.k, &cand); break;
      case 6: ScanRange<6>(part, id, r.begin, r.end, qp, r.k, &cand); break;
      default: ScanRange<7>(part, id, r.begin, r.end, qp, r.k, &cand); break;
    }
  }
  for (uint64_t c : cand) __builtin_prefetch(&items_[c >> 4]);
  for (uint64_t c : cand) {
    const uint32_t item = static_cast<uint32_t>(c >> 4);
    const int k = static_cast<int>(c & 15);
    const Pdq& x = items_[item];
    const int d = PdqDistance(q, x);
    if (d > radius) continue;
    // Report once: only from the first table in which the item qualifies.
    bool earlier = false;
    for (int k2 = 0; k2 < k && !earlier; ++k2) {
      const int dh = std::popcount(Half(x, k2) ^ qh[k2]);
      const int dp = std::popcount(Half(x, k2 ^ 1) ^ qh[k2 ^ 1]);
      earlier = dh <= h && dh + dp <= t;
    }
    if (!earlier) out->push_back({qi, item, d});
  }
}

std::string PdqIndexView::Validate() const {
  for (int k = 0; k < kTables; ++k) {
    const uint32_t* off = offsets_ + k * kStride;
    if (off[0] != 0 || off[PdqIndexLayout::kBuckets] != n_) {
      return "table " + std::to_string(k) + ": bucket offsets do not cover the items";
    }
    for (size_t b = 0; b < PdqIndexLayout::kBuckets; ++b) {
      if (off[b] > off[b + 1]) return "table " + std::to_string(k) + ": offsets not sorted";
    }
    const uint32_t* id = ids_ + k * n_;
    uint32_t max_id = 0;
    for (size_t i = 0; i < n_; ++i) max_id = std::max(max_id, id[i]);
    if (n_ > 0 && max_id >= n_) return "table " + std::to_string(k) + ": item id out of range";
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
