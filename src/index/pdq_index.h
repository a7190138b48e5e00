// PDQ range index: every item within Hamming distance r of a query, exactly.
//
// Multi-index hashing, two-level pigeonhole. The 256 bits are 8 chunks of 32
// bits; d(q,x) <= r implies some chunk j has d_j <= t = floor(r/8). A chunk is
// two 16-bit halves (a, b), so d_j <= t implies d(a) <= h or d(b) <= h with
// h = floor(t/2). There is one table per half (16 tables): items bucketed by
// that half (65536 buckets, counting-sorted ids) with the partner half stored
// beside each id. A query visits, per table, the buckets within h bits of its
// half and keeps items whose whole chunk is within t (partner popcount, no
// random access); only those are fetched and verified. Each result is
// reported once: by the first table in which it qualifies. Radius 31 gives
// t = 3, h = 1: 17 buckets per table. Radii above 63 fall back to a scan.
//
// The arrays live in caller-provided memory (an mmapped file or a vector),
// so the index loads without rebuilding.
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
  uint32_t item;   // index into the indexed hashes
  int distance;
};

// Sizes and layout of the index arrays for n items.
struct PdqIndexLayout {
  static constexpr int kTables = 16;
  static constexpr size_t kBuckets = 65536;
  static size_t OffsetsCount() { return kTables * (kBuckets + 1); }  // uint32 each
  static size_t PartnerCount(size_t n) { return kTables * n; }       // uint16 each
  static size_t IdsCount(size_t n) { return kTables * n; }           // uint32 each
};

// Read-only view over the arrays (not owning).
class PdqIndexView {
 public:
  PdqIndexView() = default;
  PdqIndexView(const Pdq* items, size_t n, const uint32_t* offsets, const uint16_t* partner,
               const uint32_t* ids)
      : items_(items), n_(n), offsets_(offsets), partner_(partner), ids_(ids) {}

  size_t size() const { return n_; }
  const Pdq& item(size_t i) const { return items_[i]; }

  // Appends every (query, item) pair with distance <= radius (0..256) to
  // *out, grouped by query in batch order, items in no particular order.
  void RangeSearch(const Pdq* queries, size_t nq, int radius, std::vector<PdqHit>* out) const;

  // Checks that the arrays are safe to search: offsets sorted and covering
  // the items, ids in range; cost O(n). Returns an empty string when sound.
  std::string Validate() const;

 private:
  void SearchOne(const Pdq& q, uint32_t qi, int radius, std::vector<PdqHit>* out) const;
  void ScanOne(const Pdq& q, uint32_t qi, int radius, std::vector<PdqHit>* out) const;

  const Pdq* items_ = nullptr;
  size_t n_ = 0;
  const uint32_t* offsets_ = nullptr;
  const uint16_t* partner_ = nullptr;
  const uint32_t* ids_ = nullptr;
};

// Fills offsets/partner/ids (sized per PdqIndexLayout) for items[0..n).
void BuildPdqIndex(const Pdq* items, size_t n, uint32_t* offsets, uint16_t* partner,
                   uint32_t* ids);

// Brute-force reference: the same answer as RangeSearch, by a full scan.
void PdqBruteForce(const Pdq* items, size_t n, const Pdq* queries, size_t nq, int radius,
                   std::vector<PdqHit>* out);

}  // namespace vigil

#endif  // VIGIL_INDEX_PDQ_INDEX_H_
