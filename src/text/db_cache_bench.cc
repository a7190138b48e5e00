// Text engine start-up with and without the compiled-database cache, side
// by side in one run, on the repository lexicon (data/lexicon):
//   BM_EngineCompileCold  TextEngine::Compile without a cache (every run
//                         compiles all Vectorscan databases)
//   BM_EngineLoadWarm     TextEngine::Compile with a cache directory that
//                         already holds this lexicon's file
// Both include the lexicon parse and pattern expansion (Lexicon::LoadDir is
// outside the timing). At the end it prints the CPU-time ratio and the
// cache file size.
//   build/db_cache_bench
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "vigil/text.h"

namespace vigil::text {
namespace {

namespace fs = std::filesystem;

double g_cold_ms = 0, g_warm_ms = 0;

std::string CacheDir() {
  static const std::string dir = (fs::temp_directory_path() / ("vigil_db_cache_bench_" + std::to_string(::getpid()))).string();
  return dir;
}

Lexicon RepoLexicon() {
  auto lex = Lexicon::LoadDir(VIGIL_SOURCE_DIR "/data/lexicon");
  if (!lex.ok()) {
    std::fprintf(stderr, "%s\n", lex.status().ToString().c_str());
    std::exit(2);
  }
  return std::move(lex).value();
}

void TimeCompile(benchmark::State& state, const std::string& cache_dir) {
  size_t patterns = 0;
  for (auto _ : state) {
    state.PauseTiming();
    Lexicon lex = RepoLexicon();
    state.ResumeTiming();
    TextEngineOptions o;
    o.cache_dir = cache_dir;
    auto eng = TextEngine::Compile(std::move(lex), o);
    if (!eng.ok()) {
      state.SkipWithError(eng.status().message().c_str());
      return;
    }
    patterns = (*eng)->pattern_count();
    state.PauseTiming();
    eng->reset();  // freeing is not start-up
    state.ResumeTiming();
  }
  state.counters["patterns"] = static_cast<double>(patterns);
}

void BM_EngineCompileCold(benchmark::State& state) { TimeCompile(state, ""); }

void BM_EngineLoadWarm(benchmark::State& state) {
  {  // writes the file (not timed)
    TextEngineOptions o;
    o.cache_dir = CacheDir();
    if (!TextEngine::Compile(RepoLexicon(), o).ok()) std::exit(2);
  }
  TimeCompile(state, CacheDir());
}

BENCHMARK(BM_EngineCompileCold)->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime();
BENCHMARK(BM_EngineLoadWarm)->Unit(benchmark::kMillisecond)->Iterations(10)->MeasureProcessCPUTime();

class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const auto& r : runs) {
      const double ms = r.GetAdjustedCPUTime();  // in the benchmark's unit (ms)
      if (r.benchmark_name().find("Cold") != std::string::npos) g_cold_ms = ms;
      if (r.benchmark_name().find("Warm") != std::string::npos) g_warm_ms = ms;
    }
  }
};

}  // namespace
}  // namespace vigil::text

int main(int argc, char** argv) {
  using namespace vigil::text;
  benchmark::Initialize(&argc, argv);
  RatioReporter rep;
  benchmark::RunSpecifiedBenchmarks(&rep);
  std::error_code ec;
  uintmax_t bytes = 0;
  for (const auto& e : fs::directory_iterator(CacheDir(), ec)) bytes += e.file_size(ec);
  if (g_cold_ms > 0 && g_warm_ms > 0) {
    std::printf("\nengine start-up CPU: cold compile %.0f ms, warm load %.0f ms, ratio %.1fx; cache file %.1f MB\n",
                g_cold_ms, g_warm_ms, g_cold_ms / g_warm_ms, static_cast<double>(bytes) / 1e6);
  }
  fs::remove_all(CacheDir(), ec);
  benchmark::Shutdown();
  return 0;
}
