// Image hashing throughput, side by side in one run (run from the repo root):
//   build/src/media/media_bench
// * DecodeOnly:        libjpeg-turbo decode of every JPEG of the PDQ test data
// * DecodePdqDigests:  the same bytes through the media stage (MD5, SHA-1,
//                      SHA-256, decode, PDQ), as `vigil hash` does per file
// * DigestsOnly:       the three digests alone (the split)
// * PdqOnly:           PDQ of one decoded 1600x1004 (1.6 MP) image
// * PdqOnlyDihedral:   the same with the 8 dihedral hashes
// items_per_second is images/s.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "hash/media_hash.h"
#include "vigil/digest.h"
#include "vigil/media.h"
#include "vigil/pdq.h"

namespace vigil {
namespace {

const char* kData = "../shared/testdata/threatexchange/pdq/data";

const std::vector<std::string>& Jpegs() {
  static const std::vector<std::string> files = [] {
    std::vector<std::string> paths, out;
    std::error_code ec;
    for (const auto& e : std::filesystem::recursive_directory_iterator(kData, ec)) {
      if (e.path().extension() == ".jpg") paths.push_back(e.path().string());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      auto b = ReadFileBounded(p, 64 << 20);
      if (b.ok()) out.push_back(std::move(*b));
    }
    return out;
  }();
  return files;
}

void BM_DecodeOnly(benchmark::State& state) {
  const auto& files = Jpegs();
  Image img;
  for (auto _ : state) {
    for (const auto& f : files) {
      if (!DecodeJpeg(f, {}, &img).ok()) state.SkipWithError("decode failed");
      benchmark::DoNotOptimize(img.pixels.data());
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * files.size());
}

void BM_DecodePdqDigests(benchmark::State& state) {
  const auto& files = Jpegs();
  MediaScratch scratch;
  MediaHashOptions mo;
  MediaHashes h;
  for (auto _ : state) {
    for (const auto& f : files) {
      HashMediaBytes(f, mo, &scratch, &h);
      if (h.pdq.empty()) state.SkipWithError("no PDQ");
      benchmark::DoNotOptimize(h.pdq.data());
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * files.size());
}

void BM_DigestsOnly(benchmark::State& state) {
  const auto& files = Jpegs();
  for (auto _ : state) {
    for (const auto& f : files) benchmark::DoNotOptimize(ComputeDigests(f));
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * files.size());
}

void PdqOnly(benchmark::State& state, bool dihedral) {
  auto img = DecodeImageFile(std::string(kData) + "/bridge-mods/aaa-orig.jpg");
  if (!img.ok()) {
    state.SkipWithError("cannot decode aaa-orig.jpg");
    return;
  }
  PdqHasher hasher;
  PdqResult r;
  PdqOptions o;
  o.dihedral = dihedral;
  for (auto _ : state) {
    (void)hasher.Hash(*img, o, &r);
    benchmark::DoNotOptimize(r.hash.words.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(std::to_string(img->width) + "x" + std::to_string(img->height));
}
void BM_PdqOnly(benchmark::State& state) { PdqOnly(state, false); }
void BM_PdqOnlyDihedral(benchmark::State& state) { PdqOnly(state, true); }

// Alternated so that both sides see the same machine load.
BENCHMARK(BM_DecodeOnly)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_DecodePdqDigests)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_DecodeOnly)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_DecodePdqDigests)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_DigestsOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PdqOnly)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PdqOnlyDihedral)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace vigil

BENCHMARK_MAIN();
