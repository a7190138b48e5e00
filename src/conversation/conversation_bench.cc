// Conversation state benchmarks: update cost per message with cues given
// (no text analysis), and memory per active conversation.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <mutex>
#include <unordered_map>
#include <string>
#include <vector>

#include "conversation/age_facts.h"
#include "vigil/conversation.h"

namespace {

vigil::MessageCues CueMix(int i) {
  vigil::MessageCues c;
  if (i % 4 == 0) c.score[(i / 4) % vigil::kNumCueFamilies] = 0.8f;  // a cue on 1 message in 4
  return c;
}

// Update of an active conversation (1 M conversations, round robin), cues
// given, empty text: the state update alone.
void BM_UpdateCuesGiven(benchmark::State& state) {
  const int kConversations = static_cast<int>(state.range(0));
  vigil::ConversationTracker t;
  std::vector<std::string> ids(kConversations);
  for (int i = 0; i < kConversations; ++i) ids[i] = "conv-" + std::to_string(i);
  std::vector<vigil::MessageCues> cues;
  for (int i = 0; i < 64; ++i) cues.push_back(CueMix(i));
  vigil::ConversationUpdate u;
  vigil::ConversationMessage m;
  m.id = "m";
  int64_t i = 0;
  for (auto _ : state) {
    m.conversation = ids[i % kConversations];
    m.sender = (i & 1) ? "u_alice" : "u_bob";
    m.recipient = (i & 1) ? "u_bob" : "u_alice";
    m.ts_ms = 1767225600000 + i * 1000;
    m.cues = &cues[i & 63];
    benchmark::DoNotOptimize(t.Update(m, &u));
    ++i;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_UpdateCuesGiven)->Arg(1000)->Arg(1000000);

// Every message carries cues (worst case: the model runs on every message).
void BM_UpdateEveryMessageCued(benchmark::State& state) {
  vigil::ConversationTracker t;
  std::vector<std::string> ids(1000);
  for (int i = 0; i < 1000; ++i) ids[i] = "conv-" + std::to_string(i);
  vigil::MessageCues cue;
  cue.score[static_cast<int>(vigil::CueFamily::kFlattery)] = 0.7f;
  vigil::ConversationUpdate u;
  vigil::ConversationMessage m;
  m.id = "m";
  m.cues = &cue;
  int64_t i = 0;
  for (auto _ : state) {
    m.conversation = ids[i % 1000];
    m.sender = (i & 1) ? "u_alice" : "u_bob";
    m.recipient = (i & 1) ? "u_bob" : "u_alice";
    m.ts_ms = 1767225600000 + i * 1000;
    benchmark::DoNotOptimize(t.Update(m, &u));
    ++i;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_UpdateEveryMessageCued);

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

// Side-by-side floor: hash the id, lock a stripe, find in an unordered_map
// (what any keyed per-conversation store pays before doing any work).
void BM_BaselineLockedMapFind(benchmark::State& state) {
  const int kConversations = static_cast<int>(state.range(0));
  struct Stripe {
    std::mutex mu;
    std::unordered_map<uint64_t, uint64_t> map;
  };
  std::vector<Stripe> stripes(64);
  std::vector<std::string> ids(kConversations);
  for (int i = 0; i < kConversations; ++i) {
    ids[i] = "conv-" + std::to_string(i);
    uint64_t h = std::hash<std::string>()(ids[i]);
    stripes[h % 64].map[h] = i;
  }
  int64_t i = 0;
  for (auto _ : state) {
    uint64_t h = std::hash<std::string>()(ids[i % kConversations]);
    Stripe& st = stripes[h % 64];
    std::lock_guard<std::mutex> lock(st.mu);
    benchmark::DoNotOptimize(++st.map[h]);
    ++i;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BaselineLockedMapFind)->Arg(1000)->Arg(1000000);

long RssKb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

// Memory: N two-party conversations with a few messages each; reports RSS
// growth per conversation and the tracker's own estimate, and extrapolates
// to 10 M conversations.
void BM_MemoryPerConversation(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    long before = RssKb();
    auto t = std::make_unique<vigil::ConversationTracker>();
    vigil::ConversationUpdate u;
    vigil::MessageCues cue = CueMix(0);
    vigil::MessageCues none;
    std::string id;
    for (int i = 0; i < n; ++i) {
      id = "conversation-" + std::to_string(i);
      for (int k = 0; k < 4; ++k) {
        vigil::ConversationMessage m;
        m.conversation = id;
        m.id = "m";
        m.sender = k & 1 ? "u_participant_a" : "u_participant_b";
        m.recipient = k & 1 ? "u_participant_b" : "u_participant_a";
        m.ts_ms = 1767225600000 + k * 1000;
        m.cues = (i % 10 == 0 && k == 0) ? &cue : &none;  // 10% of chats carry a cue
        (void)t->Update(m, &u);
      }
    }
    long after = RssKb();
    double rss_per = (after - before) * 1024.0 / n;
    double est_per = static_cast<double>(t->ApproxBytes()) / n;
    state.counters["rss_bytes_per_conv"] = rss_per;
    state.counters["est_bytes_per_conv"] = est_per;
    state.counters["rss_GB_at_10M"] = rss_per * 1e7 / 1e9;
    state.counters["checkpoint_bytes_per_conv"] =
        static_cast<double>(t->Checkpoint().size()) / n;
  }
}
BENCHMARK(BM_MemoryPerConversation)->Arg(2000000)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
