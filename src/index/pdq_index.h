// PDQ range index: every item within Hamming distance r of a query, exactly.
//
// Chained multi-index hashing. The 256 bits are 16 halves h_0..h_15 of 16
// bits; d_k is the distance of half k, d = d_0 + ... + d_15. Pigeonhole: with
// h = floor(r/16), t = floor(r/8) (so 2h <= t), d <= r implies a k with
// d_k <= h and d_k + d_{k+1} <= t (k+1 mod 16). Else every k with d_k <= h
// has d_{k+1} >= t+1-d_k > h, so those pairs (k, k+1) are disjoint and each
// sums to >= t+1, the other halves are >= h+1 each: d >= min(16(h+1),
// 8(t+1)) > r. Radius 31: h = 1, t = 3, 17 buckets a table.
//
// Table k buckets every item by h_k (65536 buckets, counting-sorted); each
// entry stores its partner h_{k+1} (uint16, contiguous: a query visits the
// buckets within h bits of its half and filters their entries on d_k +
// d_{k+1} <= t without random access) and a pointer to the same item in
// table k+1. That item sits in bucket h_{k+1} — the partner — so the pointer
// is only its rank in that bucket: one uint8 per entry; the rare ranks over
// 255 (buckets of more than 256 entries: clustered or degenerate data) keep
// their high bits in a sorted per-table exception list, searched only when
// the target bucket is that large. Table 0's position is the item's identity
// (PdqHit::item). There is no array of hashes: a candidate is verified by
// walking the cycle (table k+1, k+2, ...), learning one half per hop and
// stopping once the distance exceeds r (false candidates: 3-4 hops); all
// candidates of a query walk in lockstep with prefetches so the misses
// overlap. A result is reported by the last table (in 0..15) in which it
// qualifies; a walk from an earlier table passes that table before it wraps
// to 0 and drops the candidate there.
//
// Memory per item: 16 x (2 + 1) = 48 B, plus 4 MiB of bucket offsets and
// 8 B per rank exception (none for uniform data; about 16 x 8 B per hash for
// a list of identical hashes). Hashes are reconstructed when needed: one by
// walking its cycle (Item), all by 14 gather passes over a block (Items).
//
// The arrays live in caller-provided memory (an mmapped file or a vector),
// so the index loads without rebuilding. Searching and reconstruction never
// read outside the arrays even when they are corrupt, provided
// ValidateBounds() passed: ranks are range-checked against their bucket.
#ifndef VIGIL_INDEX_PDQ_INDEX_H_
#define VIGIL_INDEX_PDQ_INDEX_H_

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

// 256 bits: the 32 bytes of the hex string in order, as 4 little-endian words.
struct Pdq {
  uint64_t w[4] = {0, 0, 0, 0};
  bool operator==(const Pdq& o) const {
    return w[0] == o.w[0] && w[1] == o.w[1] && w[2] == o.w[2] && w[3] == o.w[3];
  }
};

bool ParsePdqHex(std::string_view hex, Pdq* out);  // 64 hex digits, any case
std::string PdqToHex(const Pdq& p);                // lower case

inline int PdqDistance(const Pdq& a, const Pdq& b) {
  return std::popcount(a.w[0] ^ b.w[0]) + std::popcount(a.w[1] ^ b.w[1]) +
         std::popcount(a.w[2] ^ b.w[2]) + std::popcount(a.w[3] ^ b.w[3]);
}

struct PdqHit {
  uint32_t query;  // index into the query batch
  uint32_t item;   // position in table 0 (the item's identity)
  int distance;
};

// Sizes and layout of the index arrays for n items.
struct PdqIndexLayout {
  static constexpr int kTables = 16;
  static constexpr size_t kBuckets = 65536;
  static constexpr uint32_t kRankLowMax = 256;  // ranks below this need no exception
  static size_t OffsetsCount() { return kTables * (kBuckets + 1); }  // uint32 each
  static size_t PartnerCount(size_t n) { return kTables * n; }       // uint16 each
  static size_t RankCount(size_t n) { return kTables * n; }          // uint8 each
  // Rank exceptions (uint64 words): kTables + 1 prefix counts (table k's
  // records are [prefix[k], prefix[k+1])), then the records, each
  // (position << 32) | (rank >> 8), ascending per table.
  static size_t RankHiWords(uint64_t records) { return kTables + 1 + records; }
  // The number of table k's exceptions implied by the offsets: entries of
  // buckets of table k+1 past their 256th.
  static uint64_t RankHiRecords(const uint32_t* offsets, int k);
  static uint64_t RankHiRecords(const uint32_t* offsets);  // all tables
};

// Read-only view over the arrays (not owning).
class PdqIndexView {
 public:
  PdqIndexView() = default;
  PdqIndexView(size_t n, const uint32_t* offsets, const uint16_t* partner, const uint8_t* rank,
               const uint64_t* rank_hi, size_t rank_hi_words)
      : n_(n), offsets_(offsets), partner_(partner), rank_(rank), rank_hi_(rank_hi),
        rank_hi_words_(rank_hi_words) {}

  size_t size() const { return n_; }
  // The hash of item i (< size()), reconstructed by walking its cycle.
  Pdq Item(size_t i) const;
  // Items first .. first + count - 1 (in bounds) into out[0 .. count).
  void Items(size_t first, size_t count, Pdq* out) const;

  // Appends every (query, item) pair with distance <= radius (0..256) to
  // *out, grouped by query in batch order, items in no particular order.
  // Radii above 63 scan reconstructed hashes. The search is compiled for
  // baseline x86-64 and for AVX2 + POPCNT + BMI2 CPUs (picked once, at the
  // first call); RangeSearchPortable always runs the baseline code (for
  // tests: both must give the same answers).
  void RangeSearch(const Pdq* queries, size_t nq, int radius, std::vector<PdqHit>* out) const;
  void RangeSearchPortable(const Pdq* queries, size_t nq, int radius,
                           std::vector<PdqHit>* out) const;

  // Checks what bounds every read: the bucket offsets are sorted and cover
  // the items, the rank exception counts match the offsets and the array
  // (cost: 8 MiB read, independent of n). Returns an empty string when sound.
  std::string ValidateBounds() const;
  // Also checks every rank (inside its bucket), the exception lists (sorted)
  // and that every cycle closes on its start; O(n).
  std::string Validate() const;

  struct Scratch;

 private:
  size_t n_ = 0;
  const uint32_t* offsets_ = nullptr;
  const uint16_t* partner_ = nullptr;
  const uint8_t* rank_ = nullptr;
  const uint64_t* rank_hi_ = nullptr;
  size_t rank_hi_words_ = 0;
};

// Bucket offsets of all tables for items[0..n) (they do not depend on the
// items' order); size the exceptions with RankHiRecords() from them.
void PdqBucketOffsets(const Pdq* items, size_t n, uint32_t* offsets);
// With offsets from PdqBucketOffsets: order[slot] = the input index of the
// item at table-0 position slot (stable in input order), and partner, rank
// and rank_hi (sized per PdqIndexLayout) for it.
void BuildPdqIndex(const Pdq* items, size_t n, const uint32_t* offsets, uint32_t* order,
                   uint16_t* partner, uint8_t* rank, uint64_t* rank_hi);

// Brute-force reference: the same answer as RangeSearch, by a full scan.
void PdqBruteForce(const Pdq* items, size_t n, const Pdq* queries, size_t nq, int radius,
                   std::vector<PdqHit>* out);

}  // namespace vigil

#endif  // VIGIL_INDEX_PDQ_INDEX_H_
