#include <sys/mman.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <thread>
#include <type_traits>

#include "conversation/model.h"
#include "conversation/serialize.h"
#include "conversation/state.h"
#include "vigil/conversation.h"

namespace vigil {

using conversation::AgeFacts;
using conversation::Assessment;
using conversation::Category;
using conversation::ConversationState;
using conversation::EvidenceItem;
using conversation::Features;

// One lock stripe: an open-addressing (linear probing) table of records
// stored inline, capacity a power of two (0 until the first insert), load
// at most 4/5. Deletion shifts later records back (no tombstones). The
// record index uses the key's low bits; the stripe its high bits.
namespace conversation {

// A test-and-test-and-set lock: one atomic exchange to take and one store to
// release when free (a stripe is held for a few hundred instructions, or for
// a resize, a checkpoint or an eviction sweep; waiters yield after spinning).
class SpinLock {
 public:
  void lock() {
    for (int spins = 0; locked_.exchange(true, std::memory_order_acquire);) {
      while (locked_.load(std::memory_order_relaxed)) {
        if (++spins < 64) {
#if defined(__x86_64__) || defined(__i386__)
          __builtin_ia32_pause();
#endif
        } else {
          std::this_thread::yield();
        }
      }
    }
  }
  // Takes the lock only when it is free (a hint never waits for a writer).
  bool try_lock() {
    return !locked_.load(std::memory_order_relaxed) &&
           !locked_.exchange(true, std::memory_order_acquire);
  }
  void unlock() { locked_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> locked_{false};
};

// Record arrays of 2 MiB and more are mapped directly, 2 MiB-aligned and
// advised to use transparent huge pages: a random access to a large table
// then costs a cache miss without a page walk, and a table freed after a
// resize goes back to the system at once (the allocator would keep it).
constexpr size_t kHugePage = size_t{2} << 20;

static size_t TableBytes(size_t n) { return n * sizeof(ConversationState); }

static ConversationState* NewTable(size_t n) {
  const size_t bytes = TableBytes(n);
  void* mem = nullptr;
  if (bytes >= kHugePage && bytes % kHugePage == 0) {
    void* raw = mmap(nullptr, bytes + kHugePage, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) throw std::bad_alloc();
    uintptr_t start = reinterpret_cast<uintptr_t>(raw);
    uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
    if (aligned > start) munmap(raw, aligned - start);  // trim to the aligned range
    size_t tail = start + bytes + kHugePage - (aligned + bytes);
    if (tail > 0) munmap(reinterpret_cast<void*>(aligned + bytes), tail);
    mem = reinterpret_cast<void*>(aligned);
    (void)madvise(mem, bytes, MADV_HUGEPAGE);  // a hint; ignore failure
  } else {
    mem = std::aligned_alloc(alignof(ConversationState), bytes);
    if (mem == nullptr) throw std::bad_alloc();
  }
  auto* p = static_cast<ConversationState*>(mem);
  std::uninitialized_value_construct_n(p, n);
  return p;
}

static void FreeTable(ConversationState* p, size_t n) {
  if (p == nullptr) return;
  std::destroy_n(p, n);
  const size_t bytes = TableBytes(n);
  if (bytes >= kHugePage && bytes % kHugePage == 0) {
    munmap(p, bytes);
  } else {
    std::free(p);
  }
}

// One cache line per stripe: the lock and the table it guards (written by
// every update of the stripe). The table's published hint lives apart, in
// the tracker's packed hint array (eight stripes per line, written only when
// a table moves), so that Prefetch's lock-free reads from other threads do
// not contend with the lock's writes.
struct alignas(64) Stripe {
  mutable SpinLock mu;
  ConversationState* slots = nullptr;  // owned; `capacity` records
  uint32_t capacity = 0;
  uint32_t count = 0;
  std::atomic<uintptr_t>* hint = nullptr;  // slots | log2(capacity); null: unpublished

  Stripe() = default;
  Stripe(const Stripe&) = delete;
  Stripe& operator=(const Stripe&) = delete;
  ~Stripe() { FreeTable(slots, capacity); }
  void Publish() {
    if (hint == nullptr) return;
    uintptr_t h = slots ? reinterpret_cast<uintptr_t>(slots) | std::countr_zero(capacity) : 0;
    hint->store(h, std::memory_order_relaxed);
  }
};
static_assert(sizeof(Stripe) == 64);
static_assert(alignof(ConversationState) >= 64, "the hint packs log2(capacity) in the low bits");

// Hints the CPU to load the record slot `key` hashes to in `stripe`: its
// first line (what a message without cues reads), with `both` its second
// line too (what a message with cues or age facts reads), and with `next`
// the first line of the record after it (where a record displaced along its
// probe sequence usually sits: the probe reads only keys). No lock; the
// hint may be stale.
inline void PrefetchRecord(const std::atomic<uintptr_t>& hint, uint64_t key, bool next,
                           bool both) {
  uintptr_t h = hint.load(std::memory_order_relaxed);
  if (h == 0) return;
  // The table may be freed by a concurrent resize: the address is then
  // merely useless (a prefetch never faults).
  const uintptr_t mask = (uintptr_t{1} << (h & 63)) - 1;
  const uintptr_t base = h & ~uintptr_t{63};
  const uintptr_t at = base + (key & mask) * sizeof(ConversationState);
  __builtin_prefetch(reinterpret_cast<const void*>(at), 1);
  if (both) __builtin_prefetch(reinterpret_cast<const void*>(at + 64), 1);
  if (!next) return;
  __builtin_prefetch(
      reinterpret_cast<const void*>(base + ((key + 1) & mask) * sizeof(ConversationState)), 1);
}

}  // namespace conversation

using Shard = conversation::Stripe;

namespace {

constexpr uint32_t kMinCapacity = 8;

size_t Probe(const ConversationState* slots, size_t mask, uint64_t key) {
  size_t i = key & mask;
  while (slots[i].key != key && slots[i].key != 0) i = (i + 1) & mask;
  return i;
}

[[gnu::noinline, gnu::cold]] void Grow(Shard& s);

}  // namespace

ConversationTracker::ConversationTracker(ConversationOptions options) : options_(options) {
  options_.stripes = std::clamp(options_.stripes, 1, 4096);
  options_.max_participants = std::clamp(options_.max_participants, 2, 127);
  options_.max_evidence = std::clamp(options_.max_evidence, 1, 1024);
  nshards_ = static_cast<size_t>(options_.stripes);
  shards_ = std::make_unique<Shard[]>(nshards_);
  hints_ = std::make_unique<std::atomic<uintptr_t>[]>(nshards_);
  for (size_t i = 0; i < nshards_; ++i) shards_[i].hint = &hints_[i];
}

ConversationTracker::~ConversationTracker() = default;

uint64_t ConversationTracker::Key(std::string_view conversation) {
  return conversation::HashId(conversation);
}

// High bits pick the stripe (multiply-shift, no division).
static size_t StripeOf(uint64_t key, size_t n) {
  return static_cast<size_t>(((key >> 32) * n) >> 32);  // n <= 4096
}

Shard& ConversationTracker::ShardOf(uint64_t key) const { return shards_[StripeOf(key, nshards_)]; }

void ConversationTracker::Prefetch(uint64_t key) const {
  // Both lines (whether the message carries cues is not known yet), and the
  // record after the home slot: a displaced record (linear probing) then is
  // in cache too when PrefetchCueState or Update probes for it.
  conversation::PrefetchRecord(hints_[StripeOf(key, nshards_)], key, true, true);
}

void ConversationTracker::PrefetchCueState(uint64_t key) const {
  PrefetchCueLinesIfFree(key, StripeOf(key, nshards_));
}

namespace {

[[gnu::always_inline]] inline ConversationState& FindOrAdd(Shard& s, uint64_t key) {
  if ((uint64_t{s.count} + 1) * 5 > uint64_t{s.capacity} * 4) Grow(s);
  ConversationState& c = s.slots[Probe(s.slots, s.capacity - 1, key)];
  if (c.key == 0) {
    c.key = key;
    ++s.count;
  }
  return c;
}

void Grow(Shard& s) {
  if (s.capacity >= (uint32_t{1} << 31)) throw std::bad_alloc();
  uint32_t cap = s.capacity ? s.capacity * 2 : kMinCapacity;
  ConversationState* fresh = conversation::NewTable(cap);
  for (size_t i = 0; i < s.capacity; ++i) {
    if (s.slots[i].key == 0) continue;
    fresh[Probe(fresh, cap - 1, s.slots[i].key)] = std::move(s.slots[i]);
  }
  conversation::FreeTable(s.slots, s.capacity);
  s.slots = fresh;
  s.capacity = cap;
  s.Publish();
}

// Removes the record at `i`, shifting back later records of its cluster so
// every record stays reachable from its home slot.
void EraseAt(Shard& s, size_t i) {
  const size_t mask = s.capacity - 1;
  for (size_t j = (i + 1) & mask; s.slots[j].key != 0; j = (j + 1) & mask) {
    size_t home = s.slots[j].key & mask;
    if (((j - home) & mask) >= ((j - i) & mask)) {
      s.slots[i] = std::move(s.slots[j]);
      i = j;
    }
  }
  s.slots[i] = ConversationState();
  --s.count;
}

bool HasFacts(const AgeFacts& f) {
  return f.asks_age || f.kinship || f.self_age >= 0 || f.other_age >= 0 || f.bare_number >= 0 ||
         f.parent_role || f.honorific || f.school_life;
}

// Families that count as evidence for a category.
uint32_t CategoryMask(Category c) {
  using F = CueFamily;
  auto bit = [](F f) { return 1u << static_cast<int>(f); };
  uint32_t groom = bit(F::kAgeSignal) | bit(F::kFlattery) | bit(F::kGift) |
                   bit(F::kSupervisionProbe) | bit(F::kSecrecy) | bit(F::kPlatformMigration) |
                   bit(F::kSexualisation) | bit(F::kImageRequest) | bit(F::kComplianceTest) |
                   bit(F::kApproach) | bit(F::kSolicitation);
  uint32_t sext = bit(F::kThreat) | bit(F::kPaymentDemand) | bit(F::kPossessionClaim) |
                  bit(F::kSextortion) | bit(F::kImageRequest) | bit(F::kSexualisation) |
                  bit(F::kPlatformMigration);
  return c == Category::kSextortion ? sext : c == Category::kGrooming ? groom : 0;
}

std::string_view CategoryName(Category c) {
  return c == Category::kGrooming ? "grooming" : c == Category::kSextortion ? "sextortion" : "";
}

// a == b, inline for ids up to 16 bytes (no memcmp call): the caller reuses
// its ConversationUpdate, so across a burst the id is usually already there.
inline bool SameBytes(const std::string& a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  if (n >= 8 && n <= 16) {
    uint64_t a0, a1, b0, b1;
    std::memcpy(&a0, x, 8);
    std::memcpy(&b0, y, 8);
    std::memcpy(&a1, x + n - 8, 8);
    std::memcpy(&b1, y + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 4 && n < 8) {
    uint32_t a0, a1, b0, b1;
    std::memcpy(&a0, x, 4);
    std::memcpy(&b0, y, 4);
    std::memcpy(&a1, x + n - 4, 4);
    std::memcpy(&b1, y + n - 4, 4);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  return std::memcmp(x, y, n) == 0;
}

// Copies `from` into slot n of `v`, reusing the strings already there (the
// caller reuses its ConversationUpdate, so this does not allocate).
void SetAt(std::vector<std::string>* v, size_t n, std::string_view from) {
  if (n >= v->size()) v->emplace_back(from);
  else if (!SameBytes((*v)[n], from)) (*v)[n].assign(from);
}

// *s = from, without writing when it already holds it.
void SetTo(std::string* s, std::string_view from) {
  if (!SameBytes(*s, from)) s->assign(from);
}

void FillAlertInfo(const ConversationState& c, ConversationInfo* info);

// The verdict's conversation object. Inline for a conversation without an
// alert (most messages): the strings are only cleared when they hold text.
[[gnu::always_inline]] inline void FillInfo(const ConversationState& c,
                                            std::string_view conversation,
                                            ConversationInfo* info) {
  if (!SameBytes(info->id, conversation)) info->id.assign(conversation);
  info->risk = c.risk;
  info->alert = c.alert != Category::kNone;
  if (info->alert && c.suspect >= 0) {
    FillAlertInfo(c, info);
    return;
  }
  if (!info->category.empty()) info->category.clear();
  if (!info->suspect.empty()) info->suspect.clear();
  if (!info->stage.empty()) info->stage.clear();
  if (!info->evidence.empty()) info->evidence.clear();
}

[[gnu::noinline]] void FillAlertInfo(const ConversationState& c, ConversationInfo* info) {
  SetTo(&info->category, CategoryName(c.alert));
  SetTo(&info->suspect, c.name(c.suspect));
  SetTo(&info->stage, conversation::StageName(c.stage));
  // Arrival order: the kept first items, then the ring from its oldest slot.
  auto ev = c.evidence();
  size_t n = ev.size(), out = 0;
  size_t keep = std::min<size_t>(conversation::kKeepFirstEvidence, n);
  // The suspect's messages whose cues count for the alert category (the
  // messages that carry the category's signal).
  const uint32_t relevant = CategoryMask(c.alert);
  auto add = [&](const EvidenceItem& e) {
    if (e.sender == c.suspect && (e.families & relevant) != 0) {
      SetAt(&info->evidence, out++, e.message_id);
    }
  };
  for (size_t i = 0; i < keep; ++i) add(ev[i]);
  size_t ring = n - keep;
  for (size_t i = 0; i < ring; ++i) add(ev[keep + (c.ring_next + i) % ring]);
  info->evidence.resize(out);
}

struct Candidate {
  int slot = -1;
  Features f;
  Assessment a;
  Category cat = Category::kNone;
  float risk = 0.0f;
};

}  // namespace

// Scores the sender, the addressee when the sender's age facts changed (a
// child stating an age raises the risk of who they talk to) and the current
// suspect; raises, keeps or upgrades the alert.
void ConversationTracker::Assess(ConversationState& c, int s, int r, uint32_t mask, int64_t now,
                                 const ConversationMessage& msg, ConversationUpdate* out) const {
  float thr = static_cast<float>(options_.alert_threshold);
  // Constructed only for the slots that are scored (usually one).
  union Storage {
    Candidate at[3];
    Storage() {}
  } storage;
  Candidate* cands = storage.at;
  int n = 0;
  for (int slot : {s, r, static_cast<int>(c.suspect)}) {
    if (slot < 0) continue;
    bool dup = false;
    for (int i = 0; i < n; ++i) dup = dup || cands[i].slot == slot;
    const auto& p = c.part(slot);
    if (dup || (p.families_seen == 0 && p.age_asks == 0 && slot != c.suspect)) continue;
    Candidate& k = *new (&cands[n++])
        Candidate{slot, conversation::Extract(c, slot, now, options_.half_life_ms)};
    k.a = conversation::ScoreRisk(k.f);  // stages are set below for the chosen one
    k.cat = k.a.Alerting(thr);
  }
  Candidate* chosen = nullptr;
  if (c.alert == Category::kNone) {
    for (int i = 0; i < n; ++i) {
      Candidate& k = cands[i];
      k.risk = k.a.Risk();
      if (chosen == nullptr || (k.cat != Category::kNone) > (chosen->cat != Category::kNone) ||
          ((k.cat != Category::kNone) == (chosen->cat != Category::kNone) &&
           k.risk > chosen->risk))
        chosen = &k;
    }
    if (chosen == nullptr) return;
    c.risk = chosen->risk;
    if (chosen->cat == Category::kNone) return;
    c.alert = chosen->cat;
    c.suspect = static_cast<int8_t>(chosen->slot);
    out->alert_now = true;
  } else {
    for (int i = 0; i < n; ++i) {
      if (cands[i].slot == c.suspect) chosen = &cands[i];
    }
    if (chosen == nullptr) return;
    // Sticky alert and suspect; the category may move from grooming to
    // sextortion when the suspect starts coercing.
    if (chosen->cat == Category::kSextortion && c.alert == Category::kGrooming) {
      c.alert = Category::kSextortion;
      out->category_changed = true;
    }
  }
  Assessment& a = chosen->a;
  conversation::SetStages(chosen->f, &a);
  float score = c.alert == Category::kSextortion ? a.Sextortion() : a.Grooming();
  c.risk = std::max(c.risk, score);
  uint8_t stage = c.alert == Category::kSextortion && a.sextortion_stage != conversation::kStageNone
                      ? a.sextortion_stage
                      : a.grooming_stage;
  if (stage != conversation::kStageNone) c.stage = stage;
  if (!c.HasName(c.suspect)) c.SetName(c.suspect, c.suspect == s ? msg.sender : msg.recipient);
  out->adds_evidence = s == c.suspect && (mask & CategoryMask(c.alert)) != 0;
  out->score = score;
  if (out->alert_now || out->adds_evidence || out->category_changed) {
    conversation::Explain(chosen->f, a, c.alert, &out->explanation);
  }
}

// The cue and age-fact part of Update (out of line: most messages carry
// neither, and their path stays short).
void ConversationTracker::Fold(ConversationState& c, int s, int r, conversation::CueBits bits,
                               const AgeFacts* facts, const ConversationMessage& msg,
                               ConversationUpdate* out) const {
  const int64_t ts = msg.ts_ms;
  const int64_t now = c.last_ts;  // decay never runs backwards for late messages
  conversation::Participant& sp = c.part(s);
  if (bits.present != 0) conversation::AddCues(c, s, *msg.cues, bits, ts, options_.half_life_ms);
  const uint32_t mask = bits.strong;
  bool age_changed = false;  // the sender's age facts, or the age they gave the recipient
  if (facts != nullptr && HasFacts(*facts)) {
    int8_t age_before = sp.self_age;
    int8_t recipient_age_before = r >= 0 ? c.part(r).self_age : conversation::kUnknownAge;
    uint8_t asks_before = sp.age_asks, kin_before = sp.kinship, school_before = sp.school;
    conversation::AddAgeFacts(c, s, r, *facts);
    age_changed = sp.self_age != age_before || sp.age_asks != asks_before ||
                  sp.kinship != kin_before || sp.school != school_before ||
                  (r >= 0 && c.part(r).self_age != recipient_age_before);
  }
  if ((mask != 0 || age_changed) && !c.HasName(s)) c.SetName(s, msg.sender);
  if (mask != 0 && r >= 0) sp.target = static_cast<int8_t>(r);
  const bool was_alerted = c.alert != Category::kNone;

  // An alerted conversation is re-assessed on every message that changes a
  // participant's cue masses or age facts (to raise the category, the stage
  // and the risk, and to add evidence). Messages that change neither are not
  // assessed: with masses only decaying, neither the category nor the
  // (max-held) risk can rise, so only a decayed stage could differ.
  bool assess = mask != 0 || age_changed || (c.alert != Category::kNone && bits.present != 0);
  if (assess) Assess(c, s, age_changed ? r : -1, mask, now, msg, out);
  // Until the alert any cue message may become evidence (the suspect is not
  // known yet); after it, only the suspect's messages with cues of the (maybe
  // just upgraded) alert category take a slot of the capped list.
  if (mask != 0 && (!was_alerted || (s == c.suspect && (mask & CategoryMask(c.alert)) != 0))) {
    conversation::AddEvidence(c, msg.id, ts, mask, s, r, options_.max_evidence);
  }
}

// What Update computes from a message before it touches the state: the
// table key and stripe, the participants' id hashes, the cue bits and the
// age facts (each id hashed once).
// Members are set by Prepare (facts only when has_facts), so that the
// per-message path does not initialise the age facts of every message.
struct ConversationTracker::Prepared {
  uint64_t key;  // 0: the message has no conversation id
  size_t stripe;
  uint64_t sender_id;
  uint64_t recipient_id;  // 0: no recipient
  conversation::CueBits bits;
  bool has_facts;  // the text was read and states an age fact
  union {
    AgeFacts facts;  // valid when has_facts
  };
  Prepared() {}
};
static_assert(std::is_trivially_destructible_v<AgeFacts>);

[[gnu::always_inline]] inline void ConversationTracker::Prepare(const ConversationMessage& msg,
                                                                Prepared* p, bool next) const {
  if (msg.conversation.empty()) {
    p->key = 0;
    return;
  }
  p->key = msg.conversation_key != 0 ? msg.conversation_key : Key(msg.conversation);
  p->stripe = StripeOf(p->key, nshards_);
  p->bits = conversation::CueBitsOf(msg.cues);
  // The record load overlaps the id hashes and the age facts. Its second
  // line only for a message with cues or text (age facts): the others read
  // only the first.
  conversation::PrefetchRecord(hints_[p->stripe], p->key, next,
                               p->bits.present != 0 || !msg.text.empty());
  p->sender_id = conversation::HashId(msg.sender.empty() ? "?" : msg.sender);
  p->recipient_id = msg.recipient.empty() ? 0 : conversation::HashId(msg.recipient);
  p->has_facts = false;
  if (!msg.text.empty()) {
    new (&p->facts) AgeFacts(conversation::ExtractAgeFacts(msg.text));
    p->has_facts = HasFacts(p->facts);
  }
}

void ConversationTracker::PrefetchCueLinesIfFree(uint64_t key, size_t stripe) const {
  Shard& shard = shards_[stripe];
  if (!shard.mu.try_lock()) return;
  if (shard.capacity != 0) {
    const ConversationState& c = shard.slots[Probe(shard.slots, shard.capacity - 1, key)];
    if (c.key == key) conversation::PrefetchCueLines(c, true, options_.max_evidence);
  }
  shard.mu.unlock();
}

[[gnu::always_inline]] inline void ConversationTracker::Apply(const ConversationMessage& msg,
                                                              const Prepared& p,
                                                              ConversationUpdate* out) {
  Shard& shard = shards_[p.stripe];
  std::lock_guard<conversation::SpinLock> lock(shard.mu);
  ApplyLocked(msg, p, out);
}

// Apply with the message's stripe already held by the caller.
[[gnu::always_inline]] inline void ConversationTracker::ApplyLocked(const ConversationMessage& msg,
                                                                    const Prepared& p,
                                                                    ConversationUpdate* out) {
  out->alert_now = out->adds_evidence = out->category_changed = false;
  out->score = 0.0;
  out->explanation.clear();
  Shard& shard = shards_[p.stripe];
  const conversation::CueBits bits = p.bits;
  const int max_parts = options_.max_participants;

  ConversationState& c = FindOrAdd(shard, p.key);
  // Only a message with cues requests the cue lines: requesting them on
  // every message (so that a burst's first message starts their load) made
  // bursts at 1 M slower on this VM (141–181 vs 115–140 ns), a prefetch into
  // a heap page missing from the TLB stalls on the page walk.
  if (bits.present != 0) conversation::PrefetchCueLines(c, bits.strong != 0, options_.max_evidence);
  int s = conversation::SlotById(c, p.sender_id, max_parts);
  int r = p.recipient_id != 0 ? conversation::SlotById(c, p.recipient_id, max_parts, s) : -1;
  if (r < 0 && c.size() == 2) r = s == 0 ? 1 : 0;
  // In a group chat the recipient is the group, a slot that never speaks: a
  // message then goes to whoever the sender answers, the last other speaker
  // (an offender singling out one child in a server or class group).
  if (r >= 0 && c.size() > 2 && c.part_messages(r) == 0 && c.last_sender >= 0 &&
      c.last_sender != s)
    r = c.last_sender;
  if (r == s) r = -1;
  c.last_sender = static_cast<int8_t>(s);
  int64_t ts = msg.ts_ms;
  // first_ts is in the record's second line: read only when it may change.
  // Once last_ts > 0, first_ts is non-zero and at most last_ts, so a message
  // at or after last_ts leaves it as it is (in-order arrival, most messages).
  if (c.messages == 0 || ts < c.last_ts || c.last_ts <= 0) {
    if (c.messages == 0 || (ts > 0 && (c.first_ts == 0 || ts < c.first_ts))) c.first_ts = ts;
  }
  if (ts > c.last_ts) c.last_ts = ts;
  ++c.messages;

  ++c.part_messages(s);
  // A message without cues and age facts ends here (most messages).
  if (bits.present != 0 || p.has_facts) {
    Fold(c, s, r, bits, p.has_facts ? &p.facts : nullptr, msg, out);
  }
  FillInfo(c, msg.conversation, &out->info);
}

Status ConversationTracker::Update(const ConversationMessage& msg, ConversationUpdate* out) {
  Prepared p;
  Prepare(msg, &p, false);
  if (p.key == 0) return InvalidArgumentError("message has no conversation id");
  Apply(msg, p, out);
  return Status::OK();
}

namespace {

// The stripes one UpdateBatch chunk touches (a bitmap by stripe index),
// taken in ascending order on construction (no deadlock with the
// single-stripe holders) and released on destruction, also when an update
// throws (std::bad_alloc from a table or heap block).
class HeldStripes {
 public:
  using Bitmap = std::array<uint64_t, 4096 / 64>;  // stripes <= 4096
  HeldStripes(Shard* shards, size_t nshards, Bitmap& held)
      : shards_(shards), words_((nshards + 63) / 64), held_(held) {
    ForEach([](Shard& s) { s.mu.lock(); });
  }
  ~HeldStripes() {
    ForEach([](Shard& s) { s.mu.unlock(); });
    std::fill_n(held_.begin(), words_, 0);
  }
  HeldStripes(const HeldStripes&) = delete;
  HeldStripes& operator=(const HeldStripes&) = delete;

 private:
  template <typename F>
  void ForEach(F f) {
    for (size_t w = 0; w < words_; ++w) {
      for (uint64_t b = held_[w]; b != 0; b &= b - 1) f(shards_[w * 64 + std::countr_zero(b)]);
    }
  }
  Shard* shards_;
  size_t words_;
  Bitmap& held_;
};

}  // namespace

// With p's stripe held: finds its (cached) record and requests the lines a
// message with cues reads behind it.
void ConversationTracker::PrefetchCueLinesHeld(const Prepared& p) const {
  if (p.key == 0 || p.bits.present == 0) return;
  const Shard& shard = shards_[p.stripe];
  if (shard.capacity == 0) return;
  const ConversationState& c = shard.slots[Probe(shard.slots, shard.capacity - 1, p.key)];
  if (c.key == p.key) conversation::PrefetchCueLines(c, true, options_.max_evidence);
}

void ConversationTracker::UpdateBatch(std::span<const ConversationMessage> msgs,
                                      std::span<ConversationUpdate> out,
                                      std::span<Status> status) {
  // Chunks of kLockChunk messages, each in three steps:
  //   1. every message is prepared: its ids hashed once, its home record and
  //      the record after it (where a displaced record usually sits)
  //      requested;
  //   2. every stripe the chunk touches is taken (HeldStripes). The first
  //      atomic exchange waits for the loads in flight, i.e. for the chunk's
  //      records, which thus all land in one overlapped wait instead of one
  //      exchange per message draining them one by one;
  //   3. under the held stripes, message i + kCueAhead, when it carries cues,
  //      has the lines behind its record requested while message i is
  //      applied; then the stripes are released.
  // Other threads wait for a held stripe for at most one chunk's updates.
  static_assert(kCueAhead < kLockChunk);
  std::array<Prepared, kLockChunk> prep;
  HeldStripes::Bitmap held{};
  for (size_t base = 0; base < msgs.size(); base += kLockChunk) {
    const size_t n = std::min(kLockChunk, msgs.size() - base);
    for (size_t i = 0; i < n; ++i) {
      Prepare(msgs[base + i], &prep[i], true);
      if (prep[i].key != 0) held[prep[i].stripe >> 6] |= uint64_t{1} << (prep[i].stripe & 63);
    }
    HeldStripes lock(shards_.get(), nshards_, held);
    for (size_t i = 0; i < std::min(kCueAhead, n); ++i) PrefetchCueLinesHeld(prep[i]);
    for (size_t i = 0; i < n; ++i) {
      if (i + kCueAhead < n) PrefetchCueLinesHeld(prep[i + kCueAhead]);
      if (prep[i].key == 0) {
        status[base + i] = InvalidArgumentError("message has no conversation id");
        continue;
      }
      ApplyLocked(msgs[base + i], prep[i], &out[base + i]);
      Status& st = status[base + i];
      if (!st.ok() || !st.message().empty()) st = Status::OK();
    }
  }
}

size_t ConversationTracker::EvictIdle(int64_t now_ms) {
  size_t dropped = 0;
  for (size_t k = 0; k < nshards_; ++k) {
    Shard& shard = shards_[k];
    std::lock_guard<conversation::SpinLock> lock(shard.mu);
    // EraseAt may shift a later record into slot i: look at i again then.
    for (size_t i = 0; i < shard.capacity;) {
      const ConversationState& c = shard.slots[i];
      if (c.key != 0 && c.last_ts + options_.idle_evict_ms < now_ms) {
        EraseAt(shard, i);
        ++dropped;
      } else {
        ++i;
      }
    }
  }
  return dropped;
}

size_t ConversationTracker::size() const {
  size_t n = 0;
  for (size_t k = 0; k < nshards_; ++k) {
    std::lock_guard<conversation::SpinLock> lock(shards_[k].mu);
    n += shards_[k].count;
  }
  return n;
}

size_t ConversationTracker::ApproxBytes() const {
  size_t n = nshards_ * (sizeof(Shard) + sizeof(std::atomic<uintptr_t>));
  for (size_t k = 0; k < nshards_; ++k) {
    const Shard& shard = shards_[k];
    std::lock_guard<conversation::SpinLock> lock(shard.mu);
    n += shard.capacity * sizeof(ConversationState);
    for (size_t i = 0; i < shard.capacity; ++i) {
      if (shard.slots[i].key != 0) n += conversation::HeapBytes(shard.slots[i]);
    }
  }
  return n;
}

std::string ConversationTracker::Checkpoint() const {
  conversation::Writer w;
  w.Header(0);
  uint64_t count = 0;
  for (size_t k = 0; k < nshards_; ++k) {
    const Shard& shard = shards_[k];
    std::lock_guard<conversation::SpinLock> lock(shard.mu);
    for (size_t i = 0; i < shard.capacity; ++i) {
      const ConversationState& c = shard.slots[i];
      if (c.key == 0) continue;
      w.Conversation(c.key, c);
      ++count;
    }
  }
  w.SetCount(count);  // what was written, even if updates ran meanwhile
  return w.Finish();
}

Status ConversationTracker::Restore(std::string_view bytes) {
  auto fresh = std::make_unique<Shard[]>(nshards_);
  auto insert = [&](ConversationState&& c) {
    Shard& s = fresh[StripeOf(c.key, nshards_)];
    size_t before = s.count;
    ConversationState& slot = FindOrAdd(s, c.key);
    if (s.count != before) slot = std::move(c);  // a repeated key: the first copy wins
  };
  VIGIL_RETURN_IF_ERROR(conversation::ReadCheckpoint(bytes, insert));
  for (size_t i = 0; i < nshards_; ++i) {
    std::lock_guard<conversation::SpinLock> lock(shards_[i].mu);
    std::swap(shards_[i].slots, fresh[i].slots);
    std::swap(shards_[i].capacity, fresh[i].capacity);
    std::swap(shards_[i].count, fresh[i].count);
    shards_[i].Publish();
  }
  return Status::OK();  // the old tables are freed with `fresh`, outside the locks
}

std::string ConversationTracker::CheckpointConversation(std::string_view conversation) const {
  const uint64_t key = Key(conversation);
  Shard& shard = ShardOf(key);
  std::lock_guard<conversation::SpinLock> lock(shard.mu);
  if (shard.capacity == 0) return {};
  const ConversationState& c = shard.slots[Probe(shard.slots, shard.capacity - 1, key)];
  if (c.key != key) return {};
  conversation::Writer w;
  w.Header(1);
  w.Conversation(key, c);
  return w.Finish();
}

Status ConversationTracker::RestoreConversation(std::string_view conversation,
                                                std::string_view bytes) {
  const uint64_t key = Key(conversation);
  Shard& shard = ShardOf(key);
  if (bytes.empty()) {  // forget the conversation
    std::lock_guard<conversation::SpinLock> lock(shard.mu);
    if (shard.capacity == 0) return Status::OK();
    const size_t i = Probe(shard.slots, shard.capacity - 1, key);
    if (shard.slots[i].key == key) EraseAt(shard, i);
    return Status::OK();
  }
  std::optional<ConversationState> state;
  size_t count = 0;
  bool other = false;
  VIGIL_RETURN_IF_ERROR(conversation::ReadCheckpoint(bytes, [&](ConversationState&& c) {
    ++count;
    if (c.key != key) {
      other = true;
    } else if (!state) {
      state.emplace(std::move(c));
    }
  }));
  if (count != 1 || other) {
    return InvalidArgumentError("conversation checkpoint: expected exactly the state of the "
                                "requested conversation, got " +
                                std::to_string(count) + " conversation(s)" +
                                (other ? " under another key" : ""));
  }
  std::lock_guard<conversation::SpinLock> lock(shard.mu);
  ConversationState& slot = FindOrAdd(shard, key);
  slot = std::move(*state);
  return Status::OK();
}

}  // namespace vigil
