// Throughput of the whole scan path on text-only events: JSON parse →
// pipeline (all default detectors) → verdict JSON. Reports events/s per core.
//
//   build/scan_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "pipeline/batch.h"
#include "vigil/jsonl.h"
#include "vigil/pipeline.h"

namespace vigil {
namespace {

// Synthetic, benign chat lines of 20–300 bytes, mixed English and Chinese.
std::string MakeEvents(int n) {
  static const char* kWords[] = {"hello", "see", "you", "at", "school", "tomorrow", "the", "game",
                                 "was", "great", "你好", "明天", "见", "学校", "游戏", "很好玩",
                                 "homework", "lunch", "ok", "thanks"};
  std::mt19937 rng(42);
  std::string out;
  for (int i = 0; i < n; ++i) {
    std::string text;
    size_t target = 20 + rng() % 280;
    while (text.size() < target) {
      text += kWords[rng() % std::size(kWords)];
      text += ' ';
    }
    out += R"({"id":"b-)" + std::to_string(i) + R"(","conversation":"c-)" +
           std::to_string(i % 1000) +
           R"(","ts":"2026-05-02T19:04:00Z","sender":"u1","recipient":"u2","text":")" + text +
           "\"}\n";
  }
  return out;
}

void BM_ScanTextEvents(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  std::string input = MakeEvents(n);
  PipelineOptions o;
  o.detectors.data_dir = VIGIL_SOURCE_DIR "/data";
  auto p = Pipeline::Create(std::move(o));
  if (!p.ok()) {
    state.SkipWithError(p.status().ToString().c_str());
    return;
  }
  for (auto _ : state) {
    auto reader = EventReader::FromString(input);
    Status st;
    BatchSummary sum = ScanBatch(**p, *reader, nullptr, &st);
    benchmark::DoNotOptimize(sum.events);
  }
  state.counters["events_per_s"] =
      benchmark::Counter(static_cast<double>(n) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["ns_per_event"] = benchmark::Counter(
      static_cast<double>(n) * state.iterations(),
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.SetBytesProcessed(static_cast<int64_t>(input.size()) * state.iterations());
}
BENCHMARK(BM_ScanTextEvents)->Arg(100000)->Unit(benchmark::kMillisecond);

// The floor: parsing the same JSON Lines without any detector.
void BM_ParseOnly(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  std::string input = MakeEvents(n);
  for (auto _ : state) {
    auto reader = EventReader::FromString(input);
    Event ev;
    Status st;
    int64_t count = 0;
    while (reader->Next(&ev, &st)) count += st.ok();
    benchmark::DoNotOptimize(count);
  }
  state.counters["events_per_s"] =
      benchmark::Counter(static_cast<double>(n) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseOnly)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigil

BENCHMARK_MAIN();
