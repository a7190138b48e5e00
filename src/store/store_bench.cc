// Recording throughput: verdicts per second into each store backend (one
// transaction per 256 verdicts, one sighting per 6 events), and evidence
// preserves per second into the vault (sync per 256).
//
//   scripts/services.sh start && build/src/store/store_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "store/store_test_util.h"
#include "vigil/evidence.h"
#include "vigil/store.h"

namespace vigil {
namespace {

constexpr int kBatch = 256;

std::vector<VerdictRecord> MakeBatch(int64_t base) {
  std::vector<VerdictRecord> out(kBatch);
  for (int i = 0; i < kBatch; ++i) {
    VerdictRecord& r = out[i];
    r.event_id = "b-" + std::to_string(base + i);
    r.ts_ms = 1777748640000 + (base + i) * 1000;
    r.platform = "demo";
    r.channel = "dm";
    r.account = "0123456789abcdef0123456789abcdef";
    if ((base + i) % 6 == 0) {
      r.action = Action::kBlock;
      r.rules = {"known_media_block"};
      r.signals.push_back({.type = SignalType::kKnownMedia, .score = 1, .list = "l",
                           .entry = "item-" + std::to_string((base + i) % 97), .category = "A"});
      r.sightings.push_back({"l", r.signals[0].entry, "A", r.ts_ms, "demo", "dm", r.account});
      r.case_id = "case-" + std::to_string((base + i) % 50);
    }
  }
  return out;
}

void RecordInto(benchmark::State& state, const std::string& backend) {
  auto db = testutil::TestDatabase::Create(backend);
  if (!db.ok()) {
    state.SkipWithError(db.status().ToString().c_str());
    return;
  }
  auto s = Store::Open((*db)->url());
  if (!s.ok()) {
    state.SkipWithError(s.status().ToString().c_str());
    return;
  }
  int64_t n = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto batch = MakeBatch(n);
    state.ResumeTiming();
    Status st = (*s)->RecordVerdicts(batch, nullptr);
    if (!st.ok()) state.SkipWithError(st.ToString().c_str());
    n += kBatch;
  }
  state.counters["verdicts_per_s"] = benchmark::Counter(static_cast<double>(n),
                                                        benchmark::Counter::kIsRate);
}

void BM_RecordSqlite(benchmark::State& state) { RecordInto(state, "sqlite"); }
void BM_RecordPostgres(benchmark::State& state) { RecordInto(state, "postgresql"); }
BENCHMARK(BM_RecordSqlite)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RecordPostgres)->Unit(benchmark::kMillisecond)->UseRealTime();

// What a stream worker asks of the store per fetched batch of 1000 events
// (the shape of bench/load.sh: 10 events per conversation, all allow, one
// checkpoint per touched conversation, one verdict message per batch):
// the committed-ids check, the checkpoint load, then CommitStreamBatch.
constexpr int kStreamBatch = 1000;
constexpr int64_t kConversations = 20000;

void StreamInto(benchmark::State& state, const std::string& backend) {
  auto db = testutil::TestDatabase::Create(backend);
  if (!db.ok()) {
    state.SkipWithError(db.status().ToString().c_str());
    return;
  }
  auto s = Store::Open((*db)->url());
  if (!s.ok()) {
    state.SkipWithError(s.status().ToString().c_str());
    return;
  }
  int64_t n = 0;
  uint64_t seq = 0;
  const std::string state_bytes(120, 's');  // a small encrypted conversation state
  std::string previous_outbox;
  double check_s = 0, load_s = 0, commit_s = 0;  // per step, seconds
  for (auto _ : state) {
    state.PauseTiming();
    StreamBatch b;
    b.stream = "BENCH";
    b.partition = 0;
    b.worker = "w0";
    std::vector<std::string> ids, convs;
    std::string payload;
    for (int i = 0; i < kStreamBatch; ++i, ++n) {
      VerdictRecord r;
      r.event_id = "s-" + std::to_string(n);
      r.ts_ms = 1777748640000 + n;
      r.platform = "demo";
      r.channel = "dm";
      r.conversation = "c" + std::to_string((n * 7919) % kConversations);
      r.account = "0123456789abcdef0123456789abcdef";
      ids.push_back(r.event_id);
      convs.push_back(r.conversation);
      b.events.push_back({r.event_id, ++seq, n / kConversations + 1, ""});
      b.checkpoints.push_back({r.conversation, state_bytes});
      payload += "{\"id\":\"" + r.event_id + "\",\"action\":\"allow\",\"signals\":[]}\n";
      b.verdicts.push_back(std::move(r));
    }
    b.last_seq = seq;
    b.outbox.push_back({"vb:" + std::to_string(seq), "bench.vd.0", payload});
    if (!previous_outbox.empty()) b.outbox_done.push_back(previous_outbox);
    previous_outbox = b.outbox[0].id;
    state.ResumeTiming();
    auto t0 = std::chrono::steady_clock::now();
    auto done = (*s)->StreamEventsCommitted(ids);
    auto t1 = std::chrono::steady_clock::now();
    auto loaded = (*s)->LoadCheckpoints(convs);
    auto t2 = std::chrono::steady_clock::now();
    auto r = (*s)->CommitStreamBatch(b);
    auto t3 = std::chrono::steady_clock::now();
    check_s += std::chrono::duration<double>(t1 - t0).count();
    load_s += std::chrono::duration<double>(t2 - t1).count();
    commit_s += std::chrono::duration<double>(t3 - t2).count();
    if (!done.ok() || !loaded.ok() || !r.ok()) state.SkipWithError("stream batch failed");
  }
  state.counters["events_per_s"] = benchmark::Counter(static_cast<double>(n),
                                                      benchmark::Counter::kIsRate);
  // Microseconds per event in each step.
  const double per_event = n > 0 ? 1e6 / static_cast<double>(n) : 0;
  state.counters["check_us"] = check_s * per_event;
  state.counters["load_us"] = load_s * per_event;
  state.counters["commit_us"] = commit_s * per_event;
}

void BM_StreamBatchSqlite(benchmark::State& state) { StreamInto(state, "sqlite"); }
void BM_StreamBatchPostgres(benchmark::State& state) { StreamInto(state, "postgresql"); }
BENCHMARK(BM_StreamBatchSqlite)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3);
BENCHMARK(BM_StreamBatchPostgres)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3);

void BM_VaultPreserve(benchmark::State& state) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("vigil_vault_bench_" + std::to_string(getpid()));
  fs::remove_all(dir);
  auto keys = KeysFromHex(GenerateMasterKeyHex());
  VaultOptions o;
  o.dir = dir.string();
  auto v = Vault::Open(o, *keys);
  if (!v.ok()) {
    state.SkipWithError(v.status().ToString().c_str());
    return;
  }
  Event e;
  e.text = std::string(200, 'x');
  Verdict verdict;
  verdict.action = Action::kHold;
  std::vector<MediaHashes> media(1);
  int64_t n = 0;
  for (auto _ : state) {
    for (int i = 0; i < kBatch; ++i, ++n) {
      e.id = "p-" + std::to_string(n);
      media[0].bytes = std::string(16 << 10, static_cast<char>(n));  // 16 KiB image stand-in
      media[0].bytes += e.id;
      auto r = (*v)->Preserve(e, verdict, media, "case-1", n);
      if (!r.ok()) state.SkipWithError(r.status().ToString().c_str());
    }
    Status s = (*v)->Sync();
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  state.counters["preserves_per_s"] = benchmark::Counter(static_cast<double>(n),
                                                         benchmark::Counter::kIsRate);
  v->reset();
  fs::remove_all(dir);
}
BENCHMARK(BM_VaultPreserve)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace vigil

BENCHMARK_MAIN();
