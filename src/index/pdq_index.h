// PDQ range index: every item within Hamming distance r of a query, exactly.
//
// Multi-index hashing, two-level pigeonhole. The 256 bits are 8 chunks of 32
// bits; d(q,x) <= r implies some chunk j has d_j <= t = floor(r/8). A chunk is
// two 16-bit halves (a, b), so d_j <= t implies d(a) <= h or d(b) <= h with
// h = floor(t/2). There is one table per half (16 tables): items bucketed by
// that half (65536 buckets, counting-sorted) with the partner half stored
// beside each entry. A query visits, per table, the buckets within h bits of
// its half and keeps entries whose whole chunk is within t (partner popcount,
// no random access); only those are fetched and verified. Each result is
// reported once: by the first table in which it qualifies. Radius 31 gives
// t = 3, h = 1: 17 buckets per table. Radii above 63 fall back to a scan.
//
// Memory per item: the 32-byte hash, a 2-byte partner per table (32 B) and an
// item id per table except table 0 — the items are stored sorted by table 0's
// half, so table 0's id is the position itself. Within a bucket the ids
// ascend, so they are Elias-Fano coded with 16 low bits: a uint16 per entry
// plus a unary bit vector of the high parts (entry j of bucket b with id x
// sets bit off[b] + b * (H + 1) + (x >> 16) + j, H = (n - 1) >> 16), about
// 2 bits per entry — 18 bits an id, 15 x 2.25 = 33.75 B. Total ~98 B per
// item, plus 4 MiB of bucket offsets.
//
// The arrays live in caller-provided memory (an mmapped file or a vector),
// so the index loads without rebuilding. Searching never reads outside the
// arrays even when they are corrupt, provided the offsets passed
// ValidateOffsets(): ids are range-checked as they are read.
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
  uint32_t item;   // position in the index's (sorted) item array
  int distance;
};

// Sizes and layout of the index arrays for n items.
struct PdqIndexLayout {
  static constexpr int kTables = 16;
  static constexpr size_t kBuckets = 65536;
  static size_t OffsetsCount() { return kTables * (kBuckets + 1); }  // uint32 each
  static size_t PartnerCount(size_t n) { return kTables * n; }       // uint16 each
  // Ids of tables 1..15: the low halves (uint16, padded to 8 bytes), then
  // per table the high-part bit vector of HighWords(n) 64-bit words.
  static size_t HighMax(size_t n) { return n == 0 ? 0 : (n - 1) >> 16; }
  static size_t HighWords(size_t n) {
    return (n + kBuckets * (HighMax(n) + 1)) / 64 + 1;
  }
  static size_t LowBytes(size_t n) { return ((kTables - 1) * n * 2 + 7) / 8 * 8; }
  static size_t IdsBytes(size_t n) { return LowBytes(n) + (kTables - 1) * HighWords(n) * 8; }
};

// Read-only view over the arrays (not owning).
class PdqIndexView {
 public:
  PdqIndexView() = default;
  // ids: PdqIndexLayout::IdsBytes(n) bytes, 8-byte aligned.
  PdqIndexView(const Pdq* items, size_t n, const uint32_t* offsets, const uint16_t* partner,
               const uint8_t* ids)
      : items_(items), n_(n), offsets_(offsets), partner_(partner), ids_(ids) {}

  size_t size() const { return n_; }
  const Pdq& item(size_t i) const { return items_[i]; }

  // Appends every (query, item) pair with distance <= radius (0..256) to
  // *out, grouped by query in batch order, items in no particular order.
  // The search is compiled for baseline x86-64 and for AVX2 + POPCNT + BMI2
  // CPUs (picked once, at the first call); RangeSearchPortable always runs
  // the baseline code (for tests: both must give the same answers).
  void RangeSearch(const Pdq* queries, size_t nq, int radius, std::vector<PdqHit>* out) const;
  void RangeSearchPortable(const Pdq* queries, size_t nq, int radius,
                           std::vector<PdqHit>* out) const;

  // Checks that the bucket offsets are sorted and cover the items (cost:
  // 4 MiB read, independent of n). Returns an empty string when sound.
  std::string ValidateOffsets() const;
  // Also decodes every stored id (in range, ascending in its bucket) and
  // checks that the items are in table 0's order; O(n).
  std::string Validate() const;

  struct Scratch;

 private:
  const Pdq* items_ = nullptr;
  size_t n_ = 0;
  const uint32_t* offsets_ = nullptr;
  const uint16_t* partner_ = nullptr;
  const uint8_t* ids_ = nullptr;
};

// Sorts items[0..n) by table 0's half (stably) into sorted[0..n) with
// order[slot] = the input index of sorted[slot], then fills offsets, partner
// and ids (sized per PdqIndexLayout; ids 8-byte aligned) for the sorted items.
void BuildPdqIndex(const Pdq* items, size_t n, Pdq* sorted, uint32_t* order, uint32_t* offsets,
                   uint16_t* partner, uint8_t* ids);

// Brute-force reference: the same answer as RangeSearch, by a full scan.
void PdqBruteForce(const Pdq* items, size_t n, const Pdq* queries, size_t nq, int radius,
                   std::vector<PdqHit>* out);

}  // namespace vigil

#endif  // VIGIL_INDEX_PDQ_INDEX_H_
