// PII path per message on 100k mixed Chinese/English messages of 20–300
// bytes, about one in five carrying an (invented) identifier.
//
//   build/pii_bench --benchmark_counters_tabular=true
//
// BM_Recognizer: PiiRecognizer::Find only. BM_RecognizerNoIds: recogniser +
// doxing scorer on messages with no identifier at all. BM_PiiPath: recogniser + doxing
// scorer (what the pii and doxing detectors do per event). BM_Pipeline: the
// whole Pipeline::Scan of a text event with every default detector.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "pii/doxing.h"
#include "pii/numerals.h"
#include "vigil/pii.h"
#include "vigil/pipeline.h"

namespace vigil {
namespace {

// `id_share`: one message in `id_share` carries an identifier (0 = none).
std::vector<std::string> MakeMessages(int n, int id_share) {
  static const char* kWords[] = {"hello", "see", "you", "at", "school", "tomorrow", "the", "game",
                                 "was", "great", "你好", "明天", "见", "学校", "游戏", "很好玩",
                                 "homework", "lunch", "ok", "thanks", "订单", "2025", "电话",
                                 "call", "my", "大家", "公司", "每天"};
  static const char* kIds[] = {"13812345678", "11010519491231002X", "6217 0069 2321 6207",
                               "(303) 555-0108", "a.b@example.com", "A123456789", "A123456(3)",
                               "407-39-7264", "+852 9647 3058", "0936-432-371",
                               "订单号266295465864228967", "400-737-2899"};
  std::mt19937 rng(7);
  std::vector<std::string> out;
  out.reserve(n);
  for (int i = 0; i < n; ++i) {
    std::string text;
    size_t target = 20 + rng() % 280;
    bool with_id = id_share > 0 && rng() % id_share == 0;
    size_t id_at = with_id ? rng() % target : SIZE_MAX;
    while (text.size() < target) {
      if (text.size() >= id_at) {
        text += kIds[rng() % std::size(kIds)];
        id_at = SIZE_MAX;
      } else {
        text += kWords[rng() % std::size(kWords)];
      }
      text += ' ';
    }
    out.push_back(std::move(text));
  }
  return out;
}

const std::vector<std::string>& Messages() {
  static const auto* m = new std::vector<std::string>(MakeMessages(100000, 5));
  return *m;
}

const std::vector<std::string>& PlainMessages() {
  static const auto* m = new std::vector<std::string>(MakeMessages(100000, 0));
  return *m;
}

void Report(benchmark::State& state, size_t bytes) {
  double n = static_cast<double>(Messages().size()) * state.iterations();
  state.counters["ns_per_msg"] = benchmark::Counter(n, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["msgs_per_s"] = benchmark::Counter(n, benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}

size_t TotalBytes() {
  size_t b = 0;
  for (const auto& m : Messages()) b += m.size();
  return b;
}

void BM_Recognizer(benchmark::State& state) {
  auto r = PiiRecognizer::Create(VIGIL_SOURCE_DIR "/data");
  if (!r.ok()) return state.SkipWithError(r.status().ToString().c_str());
  PiiScratch scratch;
  std::vector<PiiEntity> ents;
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& m : Messages()) {
      ents.clear();
      (*r)->Find(m, &scratch, &ents);
      found += ents.size();
    }
  }
  benchmark::DoNotOptimize(found);
  Report(state, TotalBytes());
}
BENCHMARK(BM_Recognizer)->Unit(benchmark::kMillisecond);

// The same, on messages without any identifier: the cost every message pays.
void BM_RecognizerNoIds(benchmark::State& state) {
  auto r = PiiRecognizer::Create(VIGIL_SOURCE_DIR "/data");
  auto d = pii::DoxingScorer::Create(VIGIL_SOURCE_DIR "/data");
  if (!r.ok() || !d.ok()) return state.SkipWithError("cannot load data/pii");
  PiiScratch scratch;
  pii::DoxScratch dox;
  std::vector<PiiEntity> ents;
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& m : PlainMessages()) {
      ents.clear();
      (*r)->Find(m, &scratch, &ents);
      found += ents.size() + (*d)->Score(m, ents, &dox).doxing;
    }
  }
  benchmark::DoNotOptimize(found);
  double n = static_cast<double>(PlainMessages().size()) * state.iterations();
  state.counters["ns_per_msg"] = benchmark::Counter(n, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["msgs_per_s"] = benchmark::Counter(n, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RecognizerNoIds)->Unit(benchmark::kMillisecond);

void BM_PiiPath(benchmark::State& state) {
  auto r = PiiRecognizer::Create(VIGIL_SOURCE_DIR "/data");
  auto d = pii::DoxingScorer::Create(VIGIL_SOURCE_DIR "/data");
  if (!r.ok() || !d.ok()) return state.SkipWithError("cannot load data/pii");
  PiiScratch scratch;
  pii::DoxScratch dox;
  std::vector<PiiEntity> ents;
  size_t flagged = 0;
  for (auto _ : state) {
    for (const auto& m : Messages()) {
      ents.clear();
      (*r)->Find(m, &scratch, &ents);
      flagged += (*d)->Score(m, ents, &dox).doxing;
    }
  }
  benchmark::DoNotOptimize(flagged);
  Report(state, TotalBytes());
}
BENCHMARK(BM_PiiPath)->Unit(benchmark::kMillisecond);

// The digit-reading step alone (pii/numerals.h) on messages without numeral
// words: its byte precheck is what every message pays for it.
void BM_NumeralPrecheck(benchmark::State& state) {
  pii::NumeralReader reader;
  size_t runs = 0;
  for (auto _ : state) {
    for (const auto& m : PlainMessages()) runs += reader.Find(m);
  }
  benchmark::DoNotOptimize(runs);
  state.counters["with_runs"] = static_cast<double>(runs) / state.iterations();
  double n = static_cast<double>(PlainMessages().size()) * state.iterations();
  state.counters["ns_per_msg"] = benchmark::Counter(n, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_NumeralPrecheck)->Unit(benchmark::kMillisecond);

void BM_Pipeline(benchmark::State& state) {
  PipelineOptions o;
  o.detectors.data_dir = VIGIL_SOURCE_DIR "/data";
  auto p = Pipeline::Create(std::move(o));
  if (!p.ok()) return state.SkipWithError(p.status().ToString().c_str());
  std::vector<Event> events(Messages().size());
  for (size_t i = 0; i < events.size(); ++i) {
    events[i].id = std::string("b-").append(std::to_string(i));
    events[i].sender = std::string("u").append(std::to_string(i % 5000));
    events[i].ts_ms = 1'700'000'000'000LL + static_cast<int64_t>(i) * 1000;
    events[i].text = Messages()[i];
  }
  ScanContext ctx;
  Verdict v;
  for (auto _ : state) {
    for (const auto& e : events) benchmark::DoNotOptimize((*p)->Scan(e, ctx, &v).ok());
  }
  Report(state, TotalBytes());
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigil

BENCHMARK_MAIN();
