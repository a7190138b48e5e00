// Conversation state benchmarks: update cost per message with cues given
// (no text analysis), and memory per active conversation.
//
// Access patterns over N active conversations (all created before timing):
//   burst       messages of one conversation arrive in bursts of 1–15
//               (mean 8), bursts of random conversations: what a chat
//               stream looks like
//   random      every message goes to a uniformly random conversation (the
//               cache-miss worst case)
//   random_pf   random, with the caller prefetching the record 8 messages
//               ahead (a stream worker that holds a batch)
//   roundrobin  conversation i % N (the benchmark of the first version)
//   burst_pf2   burst, with the two-stage batch prefetch: Prefetch(record of
//               message i+8) and PrefetchCueState(message i+4, when it
//               carries cues) before Update(message i)
//   random_pf2  random with the same two-stage batch prefetch
//   burst_pf    burst, with the record prefetched 8 messages ahead only
//   burst_pipe  burst, prefetched as `vigil scan` (ScanBatch) and the stream
//               worker do: Prefetch(message i+2), PrefetchCueState(message
//               i+1) on every message (cues are not known before the scan)
//   random_pipe random, prefetched the same way. In production each message
//               is a full scan (microseconds), so two messages ahead hide
//               the loads; here an update is ~100 ns, so they hide only part
//               of a DRAM miss: these are the conservative figures.
//   random_batch random, updated through UpdateBatch in batches of 64 (groups
//               of 16: hash all, request the records, then the cue lines,
//               then update in order)
//   burst_batch burst, through UpdateBatch the same way
//   random_bigbatch random, through UpdateBatch in batches of 512 (a
//               stream worker's batch; still worked in chunks of 64)
//   burst_bigbatch burst, the same way
// The message stream (ids, keys, senders, cues) is materialised up front and
// read sequentially, as a worker reads a freshly parsed batch. Cue mixes:
//   realistic  one message in four carries one cue family at 0.8; in 99% of
//              the conversations a family common in benign chat (flattery,
//              gift, approach), in 1% any family (these alert)
//   all_risky  one message in four carries any family: nearly every
//              conversation alerts (the costlier path; the first version's mix)
//   every      every message carries a flattery cue (the model runs on every
//              message; no alert)
//   none       no message carries a cue (the record path alone: what the
//              cue path adds is the difference to `realistic`)
#include <benchmark/benchmark.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include <atomic>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <mutex>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "conversation/age_facts.h"
#include "vigil/conversation.h"

namespace {

constexpr int64_t kT0 = 1767225600000;
constexpr std::string_view kAlice = "u_alice", kBob = "u_bob";

vigil::MessageCues CueMix(int i) {
  vigil::MessageCues c;
  if (i % 4 == 0) c.score[(i / 4) % vigil::kNumCueFamilies] = 0.8f;  // a cue on 1 message in 4
  return c;
}

enum Pattern : int {
  kBurst = 0,
  kRandom = 1,
  kRandomPrefetch = 2,
  kRoundRobin = 3,
  kBurstPrefetch2 = 4,
  kRandomPrefetch2 = 5,
  kBurstPrefetch = 6,
  kBurstPipeline = 7,
  kRandomPipeline = 8,
  kRandomBatch = 9,
  kBurstBatch = 10,
  kRandomBigBatch = 11,
  kBurstBigBatch = 12,
};
bool IsBurst(Pattern p) {
  return p == kBurst || p == kBurstPrefetch2 || p == kBurstPrefetch || p == kBurstPipeline ||
         p == kBurstBatch || p == kBurstBigBatch;
}
bool IsBatch(Pattern p) {
  return p == kRandomBatch || p == kBurstBatch || p == kRandomBigBatch || p == kBurstBigBatch;
}
constexpr size_t kBatch = 64;  // messages per UpdateBatch call (chunked, stripes per chunk)
// Messages per UpdateBatch call in the big-batch patterns (a stream
// worker's fetched batch is 500 by default).
constexpr size_t kBigBatch = 512;
enum Mix : int { kRealistic = 0, kAllRisky = 1, kEvery = 2, kNoCues = 3 };

struct Msg {
  char conversation[20];
  uint8_t len;
  bool from_a;
  uint8_t cue;  // 0: none, else 1 + family (score 0.8)
  uint64_t key;
};

// cues[0]: none; cues[1 + f]: family f at 0.8.
std::vector<vigil::MessageCues> CueTable() {
  std::vector<vigil::MessageCues> t(1 + vigil::kNumCueFamilies);
  for (int f = 0; f < vigil::kNumCueFamilies; ++f) t[1 + f].score[f] = 0.8f;
  return t;
}

uint8_t PickCue(std::mt19937_64& rng, uint32_t conv, Mix mix) {
  using F = vigil::CueFamily;
  static constexpr F kBenign[] = {F::kFlattery, F::kGift, F::kApproach};
  if (mix == kEvery) return 1 + static_cast<int>(F::kFlattery);
  if (mix == kNoCues) return 0;
  if (rng() % 4 != 0) return 0;
  bool risky = mix == kAllRisky || conv % 100 == 0;
  int f = risky ? static_cast<int>(rng() % vigil::kNumCueFamilies)
                : static_cast<int>(kBenign[rng() % 3]);
  return static_cast<uint8_t>(1 + f);
}

// A message stream over n conversations in the given pattern.
std::vector<Msg> MakeStream(int n, Pattern p, size_t length, Mix mix = kRealistic) {
  std::mt19937_64 rng(42);
  std::vector<Msg> out(length);
  uint32_t conv = 0;
  int left = 0;
  for (size_t i = 0; i < length; ++i) {
    if (p == kRoundRobin) {
      conv = static_cast<uint32_t>(i % n);
    } else if (IsBurst(p)) {
      if (left == 0) {
        conv = static_cast<uint32_t>(rng() % n);
        left = 1 + static_cast<int>(rng() % 15);
      }
      --left;
    } else {
      conv = static_cast<uint32_t>(rng() % n);
    }
    Msg& m = out[i];
    int len = std::snprintf(m.conversation, sizeof(m.conversation), "conv-%u", conv);
    m.len = static_cast<uint8_t>(len);
    m.from_a = (i & 1) != 0;
    m.cue = PickCue(rng, conv, mix);
    m.key = vigil::ConversationTracker::Key(std::string_view(m.conversation, m.len));
  }
  return out;
}

long AnonHugeKb() {
  std::ifstream f("/proc/self/smaps_rollup");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("AnonHugePages:", 0) == 0) return std::stol(line.substr(14));
  }
  return -1;
}

long MinorFaults() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_minflt;
}

// At 10 M conversations the stream wraps after 4 M messages (800 MB less;
// a conversation's record is long out of cache by then).
size_t StreamLength(int n) {
  return std::max<size_t>(1 << 20, std::min<size_t>(2 * static_cast<size_t>(n), 1 << 22));
}

// Builds n conversations and a message stream in `pattern`, then calls
// run(step), where each step() feeds the tracker one message of the stream.
// With `warm`, the whole stream is fed once before run(): every conversation
// it reaches then holds its cue state (Cold block, evidence list allocated,
// heap pages touched), as in a worker that has run for a while; without it,
// the timed updates include each conversation's first cue (allocations and
// the page faults of a growing heap).
template <typename Run>
void WithStream(int n, Pattern pattern, Mix mix, bool warm, Run run) {
  vigil::ConversationTracker t;
  std::vector<Msg> stream = MakeStream(n, pattern, StreamLength(n), mix);
  const std::vector<vigil::MessageCues> cues = CueTable();
  vigil::ConversationUpdate u;
  vigil::ConversationMessage m;
  m.id = "m-000123";
  for (int i = 0; i < n; ++i) {  // every conversation exists before timing
    std::string id = "conv-" + std::to_string(i);
    m.conversation = id;
    m.sender = "u_alice";
    m.recipient = "u_bob";
    m.ts_ms = kT0;
    (void)t.Update(m, &u);
  }
  const bool two_stage = pattern == kBurstPrefetch2 || pattern == kRandomPrefetch2;
  const bool pipeline = pattern == kBurstPipeline || pattern == kRandomPipeline;
  const bool prefetch =
      pattern == kRandomPrefetch || pattern == kBurstPrefetch || two_stage || pipeline;
  const size_t ahead = pipeline ? 2 : 8;  // stage 0 distance (stage 1: 1 or 4)
  const size_t len = stream.size();
  size_t i = 0;
  int64_t tick = 0;
  // Batch patterns: each step queues one message; every kBatch-th step
  // updates the queued batch (time per step = time per message).
  const size_t batch_size =
      pattern == kRandomBigBatch || pattern == kBurstBigBatch ? kBigBatch : kBatch;
  std::vector<vigil::ConversationMessage> batch(batch_size);
  std::vector<vigil::ConversationUpdate> outs(batch_size);
  std::vector<vigil::Status> statuses(batch_size);
  size_t queued = 0;
  auto step_batch = [&] {
    const Msg& s = stream[i];
    vigil::ConversationMessage& q = batch[queued];
    q.id = m.id;
    q.conversation = std::string_view(s.conversation, s.len);
    q.conversation_key = 0;  // UpdateBatch hashes it (once)
    q.sender = s.from_a ? kAlice : kBob;
    q.recipient = s.from_a ? kBob : kAlice;
    q.ts_ms = kT0 + ++tick * 1000;
    q.cues = &cues[s.cue];
    if (++queued == batch_size) {
      t.UpdateBatch(batch, outs, statuses);
      benchmark::DoNotOptimize(statuses.data());
      queued = 0;
    }
    if (++i == len) i = 0;
  };
  auto step = [&] {
    const Msg& s = stream[i];
    if (prefetch) t.Prefetch(stream[(i + ahead) % len].key);
    if (two_stage) {
      const Msg& soon = stream[(i + 4) % len];
      if (soon.cue != 0) t.PrefetchCueState(soon.key);
    }
    if (pipeline) t.PrefetchCueState(stream[(i + 1) % len].key);
    m.conversation = std::string_view(s.conversation, s.len);
    m.conversation_key = prefetch ? s.key : 0;
    m.sender = s.from_a ? kAlice : kBob;
    m.recipient = s.from_a ? kBob : kAlice;
    m.ts_ms = kT0 + ++tick * 1000;
    m.cues = &cues[s.cue];
    benchmark::DoNotOptimize(t.Update(m, &u));
    if (++i == len) i = 0;
  };
  if (IsBatch(pattern)) {
    if (warm) {
      for (size_t k = 0; k < len; ++k) step_batch();
    }
    run(step_batch);
  } else {
    if (warm) {
      for (size_t k = 0; k < len; ++k) step();
    }
    run(step);
  }
}

void RunUpdates(benchmark::State& state, Pattern pattern, Mix mix, bool warm = false) {
  long faults_before = 0;
  WithStream(static_cast<int>(state.range(0)), pattern, mix, warm, [&](auto& step) {
    faults_before = MinorFaults();
    for (auto _ : state) step();
    // Huge pages mapped while the tracker lives (its tables ask for them).
    state.counters["anon_huge_MB"] = static_cast<double>(AnonHugeKb()) / 1024.0;
  });
  state.SetItemsProcessed(state.iterations());
  // Page faults in the timed loop (first touches of a growing heap) per message.
  state.counters["faults_per_msg"] =
      static_cast<double>(MinorFaults() - faults_before) / static_cast<double>(state.iterations());
}

// Arg 0: conversations; arg 1: access pattern.
void BM_UpdateCuesGiven(benchmark::State& state) {
  RunUpdates(state, static_cast<Pattern>(state.range(1)), kRealistic);
}
BENCHMARK(BM_UpdateCuesGiven)
    ->ArgNames({"convs", "pattern"})
    ->ArgsProduct({{1000, 1000000},
                   {kBurst, kRandom, kRandomPrefetch, kRoundRobin, kBurstPrefetch2,
                    kRandomPrefetch2, kBurstPrefetch, kBurstPipeline, kRandomPipeline, kRandomBatch,
                    kBurstBatch, kRandomBigBatch, kBurstBigBatch}});
// 10 M conversations (2.6 GB): a fixed iteration count, so that each
// repetition builds the state once (no iteration-count estimation runs).
BENCHMARK(BM_UpdateCuesGiven)
    ->ArgNames({"convs", "pattern"})
    ->ArgsProduct({{10000000},
                   {kBurst, kRandom, kBurstPrefetch, kBurstPipeline, kRandomPipeline, kRandomBatch,
                    kBurstBatch, kRandomBigBatch, kBurstBigBatch}})
    ->Iterations(1 << 21);

// The same after one untimed pass over the stream (steady state: the
// conversations already hold cue state; no heap growth while timed).
void BM_UpdateCuesGivenSteady(benchmark::State& state) {
  RunUpdates(state, static_cast<Pattern>(state.range(1)), kRealistic, true);
}
BENCHMARK(BM_UpdateCuesGivenSteady)
    ->ArgNames({"convs", "pattern"})
    ->ArgsProduct({{1000, 1000000},
                   {kBurst, kRandom, kRandomBatch, kBurstBatch, kRandomBigBatch, kBurstBigBatch}});
BENCHMARK(BM_UpdateCuesGivenSteady)
    ->ArgNames({"convs", "pattern"})
    ->ArgsProduct({{10000000},
                   {kBurst, kRandom, kRandomBatch, kBurstBatch, kRandomBigBatch, kBurstBigBatch}})
    ->Iterations(1 << 21);

void BM_UpdateCuesGivenAllRisky(benchmark::State& state) {
  RunUpdates(state, static_cast<Pattern>(state.range(1)), kAllRisky);
}
BENCHMARK(BM_UpdateCuesGivenAllRisky)
    ->ArgNames({"convs", "pattern"})
    ->ArgsProduct({{1000, 1000000}, {kBurst, kRandom, kRoundRobin}});

void BM_UpdateEveryMessageCued(benchmark::State& state) {
  RunUpdates(state, static_cast<Pattern>(state.range(1)), kEvery);
}
BENCHMARK(BM_UpdateEveryMessageCued)
    ->ArgNames({"convs", "pattern"})
    ->ArgsProduct({{1000, 1000000}, {kBurst, kRandom}});

void BM_UpdateNoCues(benchmark::State& state) {
  RunUpdates(state, static_cast<Pattern>(state.range(1)), kNoCues);
}
BENCHMARK(BM_UpdateNoCues)
    ->ArgNames({"convs", "pattern"})
    ->ArgsProduct({{1000, 1000000},
                   {kBurst, kRandom, kRandomBatch, kBurstBatch, kRandomBigBatch, kBurstBigBatch}});

// Age/grade extraction on a typical short message (runs in Update when text is given).
void BM_AgeFacts(benchmark::State& state) {
  std::string text = "lol ok im in 6th grade, how old r u? 我上五年级";
  for (auto _ : state) benchmark::DoNotOptimize(vigil::conversation::ExtractAgeFacts(text));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AgeFacts);

void BM_AgeFactsPlainMessage(benchmark::State& state) {
  std::string text = "lol that round was wild, gg";
  for (auto _ : state) benchmark::DoNotOptimize(vigil::conversation::ExtractAgeFacts(text));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AgeFactsPlainMessage);

// Side-by-side floors over the same streams: (a) hash the id, lock a stripe,
// find in an unordered_map (the first version's store); (b) read-modify-write
// one 128-byte record per message in a flat array indexed by the key (the
// memory-latency floor of any keyed state of this size).
void BM_BaselineLockedMapFind(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  struct Stripe {
    std::mutex mu;
    std::unordered_map<uint64_t, uint64_t> map;
  };
  std::vector<Stripe> stripes(64);
  std::vector<Msg> stream = MakeStream(n, static_cast<Pattern>(state.range(1)), StreamLength(n));
  for (const Msg& m : stream) {
    uint64_t h = std::hash<std::string_view>()(std::string_view(m.conversation, m.len));
    stripes[h % 64].map[h] = 0;
  }
  size_t i = 0;
  for (auto _ : state) {
    const Msg& m = stream[i];
    uint64_t h = std::hash<std::string_view>()(std::string_view(m.conversation, m.len));
    Stripe& st = stripes[h % 64];
    std::lock_guard<std::mutex> lock(st.mu);
    benchmark::DoNotOptimize(++st.map[h]);
    if (++i == stream.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BaselineLockedMapFind)
    ->ArgNames({"convs", "pattern"})
    ->ArgsProduct({{1000, 1000000}, {kBurst, kRandom}});

void BM_BaselineRecordTouch(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  struct alignas(128) Rec {
    uint64_t v[16];
  };
  size_t cap = 1;
  while (cap * 4 < static_cast<size_t>(n) * 5) cap *= 2;
  std::vector<Rec> recs(cap);
  std::vector<Msg> stream = MakeStream(n, static_cast<Pattern>(state.range(1)), StreamLength(n));
  size_t i = 0;
  for (auto _ : state) {
    Rec& r = recs[stream[i].key & (cap - 1)];
    ++r.v[0];
    benchmark::DoNotOptimize(r.v[9] += r.v[0]);
    if (++i == stream.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BaselineRecordTouch)
    ->ArgNames({"convs", "pattern"})
    ->ArgsProduct({{1000, 1000000}, {kBurst, kRandom}});

// The physical floor of the batch path on this machine: per message one
// random 128-byte record (the tracker's stride; the tables of 64 stripes
// laid out as one array of the same total size, 2 MiB-aligned) has its
// first line read and written, the record kFloorAhead messages later
// requested first. Arg 2 (lock): 0 none, 1 one `lock xchg` (+ release
// store) per message on its stripe's lock line (what Update does), 2 one per
// 64 messages, 3 no lock but a dependent chain of 100 multiplies per
// message (about an update's time in cache: does the prefetch still hide
// the miss when messages are far apart?), 4 as 3 with the next 16 records'
// first words also loaded together every 16 messages (page walks and
// misses overlapped by demand loads); arg 3 (thp): 1 madvise(MADV_HUGEPAGE)
// as the tracker's tables, 0 4 KiB pages only. Counter anon_huge_MB: huge
// pages mapped.
constexpr size_t kFloorAhead = 16;

void BM_FloorRecordTouch(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const int lock_mode = static_cast<int>(state.range(2));
  struct alignas(128) Rec {
    uint64_t v[16];
  };
  // The tracker's capacity: per stripe the power of two keeping load <= 0.8.
  size_t per = 8;
  while ((static_cast<size_t>(n) / 64 + 1) * 5 > per * 4) per *= 2;
  const size_t cap = per * 64;
  const size_t bytes = cap * sizeof(Rec);
  const size_t huge = size_t{2} << 20;
  void* raw =
      mmap(nullptr, bytes + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) {
    state.SkipWithError("mmap failed");
    return;
  }
  auto* recs = reinterpret_cast<Rec*>((reinterpret_cast<uintptr_t>(raw) + huge - 1) & ~(huge - 1));
  if (state.range(3) != 0) (void)madvise(recs, bytes, MADV_HUGEPAGE);
  std::memset(recs, 1, bytes);  // touched, as a filled table
  struct alignas(64) Lock {
    std::atomic<bool> held{false};
  };
  std::vector<Lock> locks(64);
  std::vector<Msg> stream = MakeStream(n, static_cast<Pattern>(state.range(1)), StreamLength(n));
  const size_t len = stream.size();
  auto at = [&](uint64_t key) -> Rec& { return recs[key & (cap - 1)]; };
  size_t i = 0, since = 0;
  for (auto _ : state) {
    __builtin_prefetch(&at(stream[(i + kFloorAhead) % len].key), 1);
    const uint64_t key = stream[i].key;
    if (lock_mode == 1 || (lock_mode == 2 && ++since == 64)) {
      since = 0;
      Lock& l = locks[(key >> 32) & 63];
      benchmark::DoNotOptimize(l.held.exchange(true, std::memory_order_acquire));
      l.held.store(false, std::memory_order_release);
    }
    if (lock_mode == 4 && i % 16 == 0) {  // the next 16 records' first words loaded together
      uint64_t acc = 0;
      for (size_t k = 0; k < 16; ++k) acc += at(stream[(i + k) % len].key).v[0];
      benchmark::DoNotOptimize(acc);
    }
    if (lock_mode == 3 || lock_mode == 4) {  // ~100 ns of work per message (an update's)
      uint64_t x = key;
      for (int k = 0; k < 100; ++k) {
        x = x * 0x9E3779B97F4A7C15ULL + k;
        benchmark::DoNotOptimize(x);
      }
    }
    Rec& r = at(key);
    ++r.v[0];
    benchmark::DoNotOptimize(r.v[5] += r.v[0]);
    if (++i == len) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["anon_huge_MB"] = static_cast<double>(AnonHugeKb()) / 1024.0;
  munmap(raw, bytes + huge);
}
BENCHMARK(BM_FloorRecordTouch)
    ->ArgNames({"convs", "pattern", "lock", "thp"})
    ->ArgsProduct({{1000, 1000000, 10000000}, {kBurst, kRandom}, {0, 1, 2, 3, 4}, {0, 1}});

long RssKb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

// Memory: N two-party conversations with a few messages each (10% of them
// with a cue, so they hold names and evidence); reports RSS growth per
// conversation and the tracker's own estimate. The 10 M figure is measured,
// not extrapolated (tables grow in powers of two, so bytes per conversation
// vary with N): --benchmark_filter=BM_MemoryPerConversation/10000000.
void BM_MemoryPerConversation(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    long before = RssKb();
    auto t = std::make_unique<vigil::ConversationTracker>();
    vigil::ConversationUpdate u;
    vigil::MessageCues cue = CueMix(0);
    vigil::MessageCues none;
    char id[32];
    char msg_id[32];
    for (int i = 0; i < n; ++i) {
      int len = std::snprintf(id, sizeof(id), "conversation-%d", i);
      for (int k = 0; k < 4; ++k) {
        int mlen = std::snprintf(msg_id, sizeof(msg_id), "msg-%d-%d", i, k);
        vigil::ConversationMessage m;
        m.conversation = std::string_view(id, len);
        m.id = std::string_view(msg_id, mlen);
        m.sender = k & 1 ? "u_participant_a" : "u_participant_b";
        m.recipient = k & 1 ? "u_participant_b" : "u_participant_a";
        m.ts_ms = kT0 + k * 1000;
        m.cues = (i % 10 == 0 && k == 0) ? &cue : &none;  // 10% of chats carry a cue
        (void)t->Update(m, &u);
      }
    }
    long after = RssKb();
    double rss_per = (after - before) * 1024.0 / n;
    state.counters["rss_bytes_per_conv"] = rss_per;
    state.counters["est_bytes_per_conv"] = static_cast<double>(t->ApproxBytes()) / n;
    state.counters["rss_GB_total"] = (after - before) * 1024.0 / 1e9;
    if (n <= 2000000) {  // the 10 M checkpoint would take ~2 GB more on a shared machine
      state.counters["checkpoint_bytes_per_conv"] = static_cast<double>(t->Checkpoint().size()) / n;
    }
  }
}
BENCHMARK(BM_MemoryPerConversation)->Arg(2000000)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MemoryPerConversation)->Arg(10000000)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

// `conversation_bench --drive=CONVS,PATTERN,MIX,UPDATES` feeds UPDATES
// messages after 200 k warm-up messages and exits, for instruction counts:
// valgrind --tool=callgrind --toggle-collect='vigil::ConversationTracker::Update*'
// build/conversation_bench --drive=1000,0,0,250000, minus the same with 50000 updates, divided by
// 200 k = instructions per update (set-up and harness cancel). Otherwise a Google Benchmark binary.
int main(int argc, char** argv) {
  if (argc == 2 && std::strncmp(argv[1], "--drive=", 8) == 0) {
    int convs = 0, pattern = 0, mix = 0;
    long updates = 0;
    if (std::sscanf(argv[1] + 8, "%d,%d,%d,%ld", &convs, &pattern, &mix, &updates) != 4 ||
        convs <= 0 || pattern < 0 || pattern > kBurstBigBatch || mix < 0 || mix > kNoCues ||
        updates < 0) {
      std::fprintf(stderr, "usage: %s --drive=CONVS,PATTERN(0-12),MIX(0-3),UPDATES\n", argv[0]);
      return 2;
    }
    WithStream(convs, static_cast<Pattern>(pattern), static_cast<Mix>(mix), false, [&](auto& step) {
      for (long k = 0; k < 200000 + updates; ++k) step();
    });
    return 0;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
