// PDQ range-search benchmark: Vigil's index against FAISS IndexBinaryFlat and
// IndexBinaryMultiHash on the same data, in one run (not a test).
//
//   build/pdq_index_bench [--sizes 1000000,10000000] [--queries 1000]
//                         [--flat-queries 100] [--radius 31] [--dir /tmp]
//                         [--methods vigil,mh,flat] [--data clustered|degenerate]
//
// load s (vigil): open + the first correct query; RSS: growth of resident
// memory over load and every query (vigil: the mapped pages lookups touched;
// FAISS: its index). Data: half the hashes are drawn around 100 k cluster centres (0..20 bits
// flipped), half uniform. Queries: half near-duplicates of entries (0..16 bits
// flipped), half uniform. Every method answers every query one at a time
// (single thread); the answer sets are compared query by query. FAISS flat is
// slow, so it answers only the first --flat-queries queries. --data degenerate:
// every hash within 0..4 bits of one hash (half of them identical) — buckets
// of ~n entries in every table, the rank exceptions' worst case.
#include <faiss/IndexBinaryFlat.h>
#include <faiss/IndexBinaryHash.h>
#include <faiss/impl/AuxIndexStructures.h>
#include <malloc.h>
#include <omp.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "index/pdq_index.h"
#include "vigil/match_index.h"

namespace {

using Clock = std::chrono::steady_clock;
using vigil::Pdq;

double Secs(Clock::time_point a) { return std::chrono::duration<double>(Clock::now() - a).count(); }

// Resident memory now. Free heap pages are returned to the system first, so
// that memory a previous method freed is not reused unseen by the next one.
double RssMiB() {
  malloc_trim(0);
  std::ifstream f("/proc/self/statm");
  long pages = 0, rss = 0;
  f >> pages >> rss;
  return rss * (sysconf(_SC_PAGESIZE) / 1048576.0);
}

Pdq Random(std::mt19937_64& rng) { return Pdq{{rng(), rng(), rng(), rng()}}; }
Pdq Flip(Pdq p, int bits, std::mt19937_64& rng) {
  for (int i = 0; i < bits; ++i) {
    int b = static_cast<int>(rng() % 256);
    p.w[b / 64] ^= uint64_t{1} << (b % 64);
  }
  return p;
}

struct Row {
  std::string method;
  size_t n = 0, nq = 0;
  double median_us = 0, p99_us = 0, build_s = 0, load_s = 0, mem_mib = 0;
};

void Stats(std::vector<double> us, Row* r) {
  std::sort(us.begin(), us.end());
  r->nq = us.size();
  r->median_us = us[us.size() / 2];
  r->p99_us = us[std::min(us.size() - 1, us.size() * 99 / 100)];
}

std::vector<std::vector<uint32_t>> Canon(std::vector<std::vector<uint32_t>> v) {
  for (auto& x : v) std::sort(x.begin(), x.end());
  return v;
}

void RunSize(size_t n, size_t nq, size_t flat_q, int radius, const std::string& dir,
             const std::string& methods, bool degenerate, std::vector<Row>* rows) {
  std::mt19937_64 rng(42 + n);
  std::vector<Pdq> centres(degenerate ? 1 : 100000);
  for (auto& c : centres) c = Random(rng);
  std::vector<Pdq> items(n);
  for (size_t i = 0; i < n; ++i) {
    if (degenerate) {
      items[i] = i % 2 == 0 ? centres[0] : Flip(centres[0], 1 + static_cast<int>(rng() % 4), rng);
    } else {
      items[i] = i % 2 == 0 ? Flip(centres[rng() % centres.size()], static_cast<int>(rng() % 21), rng)
                            : Random(rng);
    }
  }
  std::vector<Pdq> queries(nq);
  for (size_t i = 0; i < nq; ++i) {
    queries[i] = i % 2 == 0 ? Flip(items[rng() % n], static_cast<int>(rng() % 17), rng) : Random(rng);
  }
  std::printf("== n=%zu queries=%zu radius=%d\n", n, nq, radius);
  std::fflush(stdout);

  // --- Vigil: build a list, save it as .vidx, map it back, query it.
  std::vector<std::vector<uint32_t>> vigil_ans(nq);
  {
    Row r{"vigil (chained MIH, mmap .vidx)", n};
    vigil::HashList list;
    list.name = "bench";
    list.entries.resize(n);
    for (size_t i = 0; i < n; ++i) {
      list.entries[i].id = std::to_string(i);
      list.entries[i].type = vigil::HashType::kPdq;
      list.entries[i].value = vigil::PdqToHex(items[i]);
    }
    // Sizes of the PDQ index arrays: offsets, partners, ranks, rank exceptions.
    std::vector<uint32_t> offsets(vigil::PdqIndexLayout::OffsetsCount());
    vigil::PdqBucketOffsets(items.data(), n, offsets.data());
    const uint64_t exceptions = vigil::PdqIndexLayout::RankHiRecords(offsets.data());
    const double index_bytes = offsets.size() * 4.0 + vigil::PdqIndexLayout::PartnerCount(n) * 2.0 +
                               vigil::PdqIndexLayout::RankCount(n) +
                               vigil::PdqIndexLayout::RankHiWords(exceptions) * 8.0;
    offsets = std::vector<uint32_t>();
    auto t0 = Clock::now();
    auto built = vigil::CompiledList::Build(list);
    r.build_s = Secs(t0);
    if (!built.ok()) { std::fprintf(stderr, "%s\n", built.status().message().c_str()); return; }
    const std::string path = dir + "/pdq_bench_" + std::to_string(n) + ".vidx";
    if (auto s = (*built)->Save(path); !s.ok()) { std::fprintf(stderr, "%s\n", s.message().c_str()); return; }
    const size_t file_bytes = (*built)->bytes();
    built = vigil::StatusOr<std::shared_ptr<const vigil::CompiledList>>(
        vigil::InternalError("released"));
    list = vigil::HashList();
    // Load = time to the first correct answer: map + open-time checks + one
    // query (cold page tables). The remaining checksums are verified in the
    // background; that time is reported separately, and the timed queries
    // run after it so it does not share the CPU with them.
    double rss0 = RssMiB();
    t0 = Clock::now();
    auto cl = vigil::CompiledList::Open(path);
    if (!cl.ok()) { std::fprintf(stderr, "%s\n", cl.status().message().c_str()); return; }
    std::vector<vigil::CompiledList::PdqResult> res;
    (*cl)->MatchPdq({vigil::PdqToHex(queries[0])}, radius, &res);
    r.load_s = Secs(t0);
    const bool verified_at_open =
        (*cl)->verification() == vigil::CompiledList::Verification::kVerified;
    if (auto s = (*cl)->WaitVerified(); !s.ok()) { std::fprintf(stderr, "%s\n", s.message().c_str()); return; }
    const double verify_s = Secs(t0);
    std::printf("  vigil: ready (open + first query) %.3f s; all checksums verified %s %.3f s\n",
                r.load_s, verified_at_open ? "before open returned," : "in the background by",
                verify_s);
    std::printf("  vigil: file %.0f MiB = %.1f B/hash (entries, ids, strings included); "
                "PDQ index arrays %.1f B/hash (%llu rank exceptions)\n",
                file_bytes / 1048576.0, double(file_bytes) / n, index_bytes / n,
                static_cast<unsigned long long>(exceptions));
    std::vector<double> us;
    for (size_t q = 0; q < nq; ++q) {
      std::vector<std::string> hex{vigil::PdqToHex(queries[q])};
      res.clear();
      auto t = Clock::now();
      (*cl)->MatchPdq(hex, radius, &res);
      us.push_back(Secs(t) * 1e6);
      for (const auto& x : res) vigil_ans[q].push_back(x.entry);  // entry i == item i here
    }
    r.mem_mib = RssMiB() - rss0;  // after load and every query: the pages lookups touched
    Stats(us, &r);
    rows->push_back(r);
    std::remove(path.c_str());
  }
  vigil_ans = Canon(vigil_ans);
  size_t total = 0;
  for (const auto& a : vigil_ans) total += a.size();
  std::printf("  vigil: %zu matches over %zu queries\n", total, nq);
  const uint8_t* codes = reinterpret_cast<const uint8_t*>(items.data());
  const uint8_t* qcodes = reinterpret_cast<const uint8_t*>(queries.data());
  auto faiss_run = [&](faiss::IndexBinary& ix, Row r, size_t limit) {
    double rss0 = RssMiB();
    auto t0 = Clock::now();
    ix.add(static_cast<faiss::IndexBinary::idx_t>(n), codes);
    r.build_s = Secs(t0);
    std::vector<double> us;
    size_t mismatches = 0;
    for (size_t q = 0; q < limit; ++q) {
      faiss::RangeSearchResult res(1);
      auto t = Clock::now();
      ix.range_search(1, qcodes + 32 * q, radius + 1, &res);  // FAISS: distance < radius
      us.push_back(Secs(t) * 1e6);
      std::vector<uint32_t> got;
      for (size_t k = res.lims[0]; k < res.lims[1]; ++k) got.push_back(static_cast<uint32_t>(res.labels[k]));
      std::sort(got.begin(), got.end());
      if (got != vigil_ans[q]) ++mismatches;
    }
    r.mem_mib = RssMiB() - rss0;
    Stats(us, &r);
    std::printf("  %s: %zu of %zu queries differ from vigil\n", r.method.c_str(), mismatches, limit);
    rows->push_back(r);
  };
  if (methods.find("mh") != std::string::npos) {
    faiss::IndexBinaryMultiHash mh(256, 16, 16);
    mh.nflip = 1;  // 16 tables x 16 bits, 1 flip: exact for radius <= 31
    faiss_run(mh, Row{"faiss IndexBinaryMultiHash(16x16, nflip=1)", n}, nq);
  }
  if (methods.find("flat") != std::string::npos) {
    faiss::IndexBinaryFlat flat(256);
    faiss_run(flat, Row{"faiss IndexBinaryFlat", n}, std::min(flat_q, nq));
  }
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes{1000000, 10000000};
  size_t nq = 1000, flat_q = 100;
  int radius = 31;
  std::string dir = "/tmp";
  std::string methods = "vigil,mh,flat";
  bool degenerate = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--sizes") {
      sizes.clear();
      std::string s = argv[i + 1];
      for (size_t p = 0; p < s.size();) {
        size_t c = s.find(',', p);
        sizes.push_back(std::stoull(s.substr(p, c - p)));
        p = c == std::string::npos ? s.size() : c + 1;
      }
    } else if (a == "--queries") nq = std::stoull(argv[i + 1]);
    else if (a == "--flat-queries") flat_q = std::stoull(argv[i + 1]);
    else if (a == "--radius") radius = std::stoi(argv[i + 1]);
    else if (a == "--dir") dir = argv[i + 1];
    else if (a == "--methods") methods = argv[i + 1];
    else if (a == "--data") degenerate = std::string(argv[i + 1]) == "degenerate";
  }
  omp_set_num_threads(1);
  std::vector<Row> rows;
  for (size_t n : sizes) RunSize(n, nq, flat_q, radius, dir, methods, degenerate, &rows);
  std::printf("\n| hashes | method | queries | median µs | p99 µs | build s | load s | RSS MiB | RSS B/hash |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|\n");
  for (const Row& r : rows) {
    std::printf("| %zu | %s | %zu | %.1f | %.1f | %.2f | %s | %.0f | %.1f |\n", r.n,
                r.method.c_str(), r.nq, r.median_us, r.p99_us, r.build_s,
                r.load_s > 0 ? std::to_string(r.load_s).substr(0, 5).c_str() : "-", r.mem_mib,
                r.mem_mib * 1048576.0 / r.n);
  }
  return 0;
}
