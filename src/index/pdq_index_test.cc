#include "index/pdq_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <set>
#include <tuple>

namespace vigil {
namespace {

// An index over `items`; Search() reports hits by index into `items`.
struct Index {
  std::vector<Pdq> items;
  std::vector<uint32_t> order;
  std::vector<uint32_t> offsets;
  std::vector<uint16_t> partner;
  std::vector<uint8_t> rank;
  std::vector<uint64_t> rank_hi;
  PdqIndexView view;
  explicit Index(std::vector<Pdq> v) : items(std::move(v)) {
    const size_t n = items.size();
    order.resize(n);
    offsets.resize(PdqIndexLayout::OffsetsCount());
    PdqBucketOffsets(items.data(), n, offsets.data());
    partner.resize(PdqIndexLayout::PartnerCount(n));
    rank.resize(PdqIndexLayout::RankCount(n));
    rank_hi.resize(PdqIndexLayout::RankHiWords(PdqIndexLayout::RankHiRecords(offsets.data())));
    BuildPdqIndex(items.data(), n, offsets.data(), order.data(), partner.data(), rank.data(),
                  rank_hi.data());
    view = PdqIndexView(n, offsets.data(), partner.data(), rank.data(), rank_hi.data(),
                        rank_hi.size());
  }
  uint64_t RankExceptions() const { return rank_hi.size() - PdqIndexLayout::kTables - 1; }
  void Search(const Pdq* q, size_t nq, int radius, std::vector<PdqHit>* out) const {
    const size_t first = out->size();
    view.RangeSearch(q, nq, radius, out);
    for (size_t i = first; i < out->size(); ++i) {
      PdqHit& h = (*out)[i];
      EXPECT_EQ(PdqDistance(q[h.query], items[order[h.item]]), h.distance);
      h.item = order[h.item];
    }
  }
  // Every hash reconstructed (one by one and in bulk) equals the input.
  void ExpectReconstructs() const {
    std::vector<Pdq> all(items.size());
    view.Items(0, all.size(), all.data());
    for (size_t slot = 0; slot < items.size(); ++slot) {
      ASSERT_EQ(all[slot], items[order[slot]]) << "slot " << slot;
      if (slot % 97 == 0) {
        ASSERT_EQ(view.Item(slot), items[order[slot]]) << "slot " << slot;
      }
    }
  }
};

using Triple = std::tuple<uint32_t, uint32_t, int>;
std::vector<Triple> Sorted(const std::vector<PdqHit>& h) {
  std::vector<Triple> v;
  for (const auto& x : h) v.emplace_back(x.query, x.item, x.distance);
  std::sort(v.begin(), v.end());
  return v;
}

Pdq Random(std::mt19937_64& rng) { return Pdq{{rng(), rng(), rng(), rng()}}; }
Pdq Flip(Pdq p, int bits, std::mt19937_64& rng) {
  for (int i = 0; i < bits; ++i) {
    int b = static_cast<int>(rng() % 256);
    p.w[b / 64] ^= uint64_t{1} << (b % 64);
  }
  return p;
}

// Half random, half around cluster centres (up to 20 bits flipped), like the benchmark.
std::vector<Pdq> Clustered(size_t n, size_t centres, std::mt19937_64& rng) {
  std::vector<Pdq> c(centres), out;
  for (auto& x : c) x = Random(rng);
  for (size_t i = 0; i < n; ++i) {
    out.push_back(i % 2 == 0 ? Flip(c[rng() % centres], static_cast<int>(rng() % 21), rng)
                             : Random(rng));
  }
  return out;
}

void Differential(const std::vector<Pdq>& items, uint64_t seed) {
  Index ix(items);
  EXPECT_EQ(ix.view.Validate(), "");
  ix.ExpectReconstructs();
  std::mt19937_64 rng(seed);
  std::vector<Pdq> queries;
  for (int i = 0; i < 2000; ++i) {
    const Pdq& base = items[rng() % items.size()];
    // Near-duplicates at every distance 0..63, plus unrelated hashes.
    queries.push_back(i % 4 == 3 ? Random(rng) : Flip(base, static_cast<int>(rng() % 64), rng));
  }
  std::vector<PdqHit> all;  // brute force once at the largest radius, then filtered
  PdqBruteForce(items.data(), items.size(), queries.data(), queries.size(), 63, &all);
  size_t total = 0;
  for (int radius : {0, 1, 7, 8, 15, 16, 23, 24, 31, 32, 40, 47, 55, 63}) {
    std::vector<PdqHit> got, want;
    ix.Search(queries.data(), queries.size(), radius, &got);
    for (const auto& hit : all) if (hit.distance <= radius) want.push_back(hit);
    ASSERT_EQ(Sorted(got), Sorted(want)) << "radius " << radius;
    std::vector<PdqHit> portable;  // the baseline x86-64 code path agrees
    ix.view.RangeSearchPortable(queries.data(), queries.size(), radius, &portable);
    for (auto& h : portable) h.item = ix.order[h.item];
    ASSERT_EQ(Sorted(portable), Sorted(got)) << "portable code, radius " << radius;
    total += want.size();
  }
  EXPECT_GT(total, 2000u);  // the comparison saw real matches
}

TEST(PdqIndexTest, ExactOnUniformRandom) {
  std::mt19937_64 rng(1);
  std::vector<Pdq> items(20000);
  for (auto& p : items) p = Random(rng);
  Differential(items, 2);
}

// A larger clustered set (positions past 65536 in every table) against
// brute force at the benchmark's radius.
TEST(PdqIndexTest, ExactOnALargerClusteredSet) {
  std::mt19937_64 rng(7);
  std::vector<Pdq> items = Clustered(300000, 3000, rng);
  Index ix(items);
  EXPECT_EQ(ix.view.Validate(), "");
  ix.ExpectReconstructs();
  std::vector<Pdq> queries;
  for (int i = 0; i < 300; ++i) {
    queries.push_back(i % 2 ? Random(rng) : Flip(items[rng() % items.size()], rng() % 40, rng));
  }
  std::vector<PdqHit> got, want;
  ix.Search(queries.data(), queries.size(), 31, &got);
  PdqBruteForce(items.data(), items.size(), queries.data(), queries.size(), 31, &want);
  EXPECT_EQ(Sorted(got), Sorted(want));
  EXPECT_GT(want.size(), 150u);
}

// Degenerate lists: thousands of identical and near-identical hashes fill
// buckets far past 256 entries in every table, so most ranks need their
// exception records. Answers stay exact at every radius.
TEST(PdqIndexTest, ExactOnDegenerateSets) {
  std::mt19937_64 rng(11);
  const Pdq base = Random(rng);
  std::vector<Pdq> items;
  for (int i = 0; i < 3000; ++i) items.push_back(base);
  for (int i = 0; i < 3000; ++i) items.push_back(Flip(base, 1 + static_cast<int>(rng() % 4), rng));
  for (int i = 0; i < 1500; ++i) items.push_back(Random(rng));
  std::shuffle(items.begin(), items.end(), rng);
  Index ix(items);
  EXPECT_EQ(ix.view.Validate(), "");
  EXPECT_GT(ix.RankExceptions(), 16u * 2500);
  ix.ExpectReconstructs();
  std::vector<Pdq> queries;
  for (int i = 0; i < 30; ++i) {
    queries.push_back(i % 3 == 2 ? Flip(items[rng() % items.size()], static_cast<int>(rng() % 64), rng)
                                 : Flip(base, static_cast<int>(rng() % 40), rng));
  }
  std::vector<PdqHit> all;
  PdqBruteForce(items.data(), items.size(), queries.data(), queries.size(), 63, &all);
  for (int radius : {0, 2, 5, 16, 31, 47, 63}) {
    std::vector<PdqHit> got, want, portable;
    ix.Search(queries.data(), queries.size(), radius, &got);
    for (const auto& hit : all) if (hit.distance <= radius) want.push_back(hit);
    ASSERT_EQ(Sorted(got), Sorted(want)) << "radius " << radius;
    ix.view.RangeSearchPortable(queries.data(), queries.size(), radius, &portable);
    for (auto& h : portable) h.item = ix.order[h.item];
    ASSERT_EQ(Sorted(portable), Sorted(want)) << "portable code, radius " << radius;
  }
  EXPECT_GT(all.size(), 20u * 6000);
}

// Corrupt ranks, partners and exception records (as a damaged file could
// carry) are reported by Validate() and never read out of bounds by a
// search or a reconstruction.
TEST(PdqIndexTest, CorruptRanksAreCaughtAndSearchStaysInBounds) {
  std::mt19937_64 rng(9);
  std::vector<Pdq> items = Clustered(5000, 50, rng);
  for (int i = 0; i < 600; ++i) items.push_back(items[0]);  // a bucket past 256 in every table
  Index ix(items);
  ASSERT_EQ(ix.view.Validate(), "");
  ASSERT_GT(ix.RankExceptions(), 0u);
  for (size_t i = 0; i < ix.rank.size(); i += 7) ix.rank[i] = 0xff;
  for (size_t i = 3; i < ix.partner.size(); i += 11) ix.partner[i] ^= 0x5a5a;
  for (size_t w = PdqIndexLayout::kTables + 1; w < ix.rank_hi.size(); w += 3) {
    ix.rank_hi[w] = w % 2 ? ~uint64_t{0} : rng();
  }
  EXPECT_NE(ix.view.Validate().find("table "), std::string::npos);
  EXPECT_EQ(ix.view.ValidateBounds(), "");
  const size_t n = ix.items.size();
  for (int radius : {31, 63, 100}) {
    std::vector<PdqHit> hits;
    ix.view.RangeSearch(ix.items.data(), 300, radius, &hits);
    for (const auto& h : hits) {
      ASSERT_LT(h.item, n);
      EXPECT_LE(h.distance, radius);
    }
  }
  std::vector<Pdq> all(n);
  ix.view.Items(0, n, all.data());
  (void)ix.view.Item(n - 1);
  // Exception counts that disagree with the buckets are refused up front.
  ix.rank_hi[1] += 1;
  EXPECT_NE(ix.view.ValidateBounds().find("rank exception count"), std::string::npos);
}

TEST(PdqIndexTest, ExactOnClusteredData) {
  std::mt19937_64 rng(3);
  Differential(Clustered(100000, 1000, rng), 4);
}

TEST(PdqIndexTest, DuplicatesAndEmpty) {
  std::mt19937_64 rng(5);
  Pdq p = Random(rng);
  Index ix(std::vector<Pdq>(50, p));
  std::vector<PdqHit> hits;
  ix.Search(&p, 1, 0, &hits);
  EXPECT_EQ(hits.size(), 50u);
  Index empty(std::vector<Pdq>{});
  hits.clear();
  empty.Search(&p, 1, 31, &hits);
  EXPECT_TRUE(hits.empty());
  // Radii above 63 use the scan and still agree with brute force.
  Index big(Clustered(3000, 30, rng));
  std::vector<PdqHit> want;
  hits.clear();
  big.Search(&p, 1, 128, &hits);
  PdqBruteForce(big.items.data(), big.items.size(), &p, 1, 128, &want);
  EXPECT_EQ(Sorted(hits), Sorted(want));
}

TEST(PdqIndexTest, HexRoundTrip) {
  Pdq p;
  const std::string hex = "f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95";
  std::string upper = hex;
  for (char& c : upper) c = static_cast<char>(std::toupper(c));
  ASSERT_TRUE(ParsePdqHex(upper, &p));
  EXPECT_EQ(PdqToHex(p), hex);
  EXPECT_FALSE(ParsePdqHex(hex.substr(1), &p));
  std::string bad = hex;
  bad[0] = 'g';
  EXPECT_FALSE(ParsePdqHex(bad, &p));
}

std::vector<Pdq> ReadHashes(const std::string& path) {
  std::ifstream f(path);
  std::vector<Pdq> out;
  std::string line;
  while (std::getline(f, line)) {
    Pdq p;
    if (!line.empty() && ParsePdqHex(line.substr(0, 64), &p)) out.push_back(p);
  }
  return out;
}

// The reference needles/haystack set: our index against the brute-force list
// shipped with the test data, for every distance it covers (0..63).
TEST(PdqIndexTest, NeedlesAgainstHaystackMatchReference) {
  const std::string dir = "../shared/testdata/threatexchange/pdq/";
  auto needles = ReadHashes(dir + "data/reg-test-input/needles.txt");
  auto haystack = ReadHashes(dir + "data/reg-test-input/haystack.txt");
  ASSERT_EQ(needles.size(), 100u);
  ASSERT_EQ(haystack.size(), 1350u);
  std::ifstream csv(dir + "regenerated/needles-vs-haystack-matches-upto63.csv");
  ASSERT_TRUE(csv.good());
  std::vector<Triple> ref;  // 0-based (needle, haystack, distance)
  std::string line;
  std::getline(csv, line);  // header
  while (std::getline(csv, line)) {
    unsigned a, b;
    int d;
    ASSERT_EQ(std::sscanf(line.c_str(), "%u,%u,%d", &a, &b, &d), 3) << line;
    ref.emplace_back(a - 1, b - 1, d);
  }
  ASSERT_EQ(ref.size(), 352u);
  Index ix(haystack);
  for (int r = 0; r <= 63; ++r) {
    std::vector<PdqHit> got;
    ix.Search(needles.data(), needles.size(), r, &got);
    std::vector<Triple> want;
    for (const auto& t : ref) if (std::get<2>(t) <= r) want.push_back(t);
    std::sort(want.begin(), want.end());
    ASSERT_EQ(Sorted(got), want) << "distance " << r;
    if (r == 0) {
      EXPECT_EQ(want.size(), 50u);
    }
    if (r == 31) {
      EXPECT_EQ(want.size(), 250u);
    }
  }
}

}  // namespace
}  // namespace vigil
