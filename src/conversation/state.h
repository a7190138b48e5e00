// Per-conversation state: participants with decayed per-family cue mass,
// stated ages, who their cue messages go to, and a capped evidence list.
// Plain data plus O(1) update helpers; the tracker owns locking.
//
// Layout (the per-message path is cache-miss bound at millions of
// conversations): a ConversationState is a fixed 128-byte record (two
// adjacent cache lines) stored inline in the tracker's open-addressing table.
// Its first line holds what every message reads and writes: key, latest
// time, counters, alert fields, and the first two participants' id hashes
// and message counts. A message without cues or age facts in a two-party
// chat touches only that line (one cache miss, and the tracker requests
// only that line for it) and never the heap. The second line holds what
// messages with cues or age facts touch: the first time, the first two
// participants' model fields (age facts, families seen, whether they are
// named), the Cold pointer and the evidence list's header (so the slot the
// next evidence item goes to is known from the record). Everything rarer and variable lives in a heap
// `Cold` block allocated on first need: cue masses (a participant's first
// cue), account names and participants beyond two. A message with cues
// touches the Cold block (masses) and one evidence item; both addresses come
// from the record, so the two loads overlap instead of chaining.
//
// Cue masses decay lazily: a participant's masses are stored as of
// `decay_ts` (their latest cue message) and decayed to the reading time on
// read (MassAt, model Extract) or when new cues are added.
#ifndef VIGIL_CONVERSATION_STATE_H_
#define VIGIL_CONVERSATION_STATE_H_

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "conversation/age_facts.h"
#include "vigil/cues.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vigil::conversation {

inline constexpr float kMassScale = 1024.0f;  // fixed point of Participant::mass
inline constexpr int kUnknownAge = -1;
// Participant::self_age of someone known to be an adult by role rather than by
// a stated age: a parent introducing themself, or the addressee of 您. Outside
// the 5..99 range that stated ages take.
inline constexpr int kAdultByRole = 100;
inline constexpr int kKeepFirstEvidence = 4;  // the first evidence messages are never overwritten
inline constexpr int kInlineParticipants = 2;

enum class Category : uint8_t { kNone = 0, kGrooming = 1, kSextortion = 2 };

// What the model reads of a participant (touched by messages with cues or
// age facts only). The id and message count, which every message reads,
// live apart (ConversationState::part_id / part_messages): for slots 0–1 in
// the record's first cache line.
struct Participant {
  uint32_t families_seen = 0;  // bit per CueFamily ever seen from this participant
  int8_t self_age = kUnknownAge;  // age this participant states (years)
  uint8_t age_asks = 0;     // times they asked someone's age/grade/school (saturating)
  int8_t target = -1;       // slot their latest cue message went to
  uint8_t kinship = 0;      // times they addressed the other as close family (saturating)
  bool named = false;       // ConversationState::name(slot) is not empty
  uint8_t school = 0;       // their messages about their own life as a pupil (saturating)
};

// Id hash and message count of a participant from slot kInlineParticipants on.
struct MemberCount {
  uint64_t id = 0;
  uint32_t messages = 0;
};

// A participant's decayed per-family cue mass.
struct CueMass {
  int64_t decay_ts = 0;     // conversation time `mass` is stored at
  std::array<uint16_t, kNumCueFamilies> mass{};  // cue mass × kMassScale as of decay_ts
};
inline constexpr CueMass kNoCueMass{};

struct EvidenceItem {
  std::string message_id;
  int64_t ts = 0;
  uint32_t families = 0;  // families of the sender's cues in that message
  int8_t sender = -1;
  int8_t recipient = -1;
};

// The rare, variable-sized part of a conversation: one allocation for a
// two-party chat (masses and names of slots 0–1 inline).
struct Cold {
  // Cue masses of slots 0–1 first (the lines a cue message reads), inline
  // (one allocation with the rest of the block); of further slots by
  // slot - 2, sized on their first cue.
  std::array<CueMass, kInlineParticipants> inline_masses{};
  // Account ids of slots 0–1 (a short id stays in the string itself), then
  // of further slots by slot - 2; empty until needed.
  std::array<std::string, kInlineParticipants> inline_names;
  std::vector<Participant> more;      // participants from slot kInlineParticipants on
  std::vector<MemberCount> more_ids;  // their ids and message counts (same index)
  std::vector<CueMass> more_masses;
  std::vector<std::string> more_names;
  std::string* MutableName(int slot);  // null for a slot beyond the stored names
  const std::string* Name(int slot) const;
};

struct alignas(128) ConversationState {
  // --- first cache line: everything a message without cues or age facts in
  // a two-party chat reads and writes (lookup, ids, counters, the verdict's
  // risk and alert) ---
  uint64_t key = 0;         // tracker table key (hash of the conversation id); 0 = empty slot
  int64_t last_ts = 0;      // latest (max) timestamp seen
  std::array<uint64_t, kInlineParticipants> inline_ids{};  // id hashes of slots 0–1
  uint32_t messages = 0;
  float risk = 0.0f;        // risk of the leading category at the last assessment
  std::array<uint32_t, kInlineParticipants> inline_messages{};  // message counts of slots 0–1
  uint32_t last_ask_msg = 0;  // message count when last_asker asked an age
  uint32_t ring_next = 0;   // next ring slot of `evidence` once it is full
  Category alert = Category::kNone;  // sticky once set (category may be upgraded)
  int8_t suspect = -1;
  uint8_t nparts = 0;
  int8_t last_sender = -1;  // who sent the latest message (group replies)
  uint8_t stage = 0;        // model stage code at the last assessment
  int8_t last_asker = -1;   // who asked an age last
  // --- second cache line: what messages with cues or age facts touch ---
  alignas(64) int64_t first_ts = 0;  // read per message only when a message may be earlier
  std::unique_ptr<Cold> cold;  // null until a cue, a name or a third participant
  std::vector<EvidenceItem> evidence_items;  // capped: first kKeepFirstEvidence + a ring
  std::array<Participant, kInlineParticipants> inline_parts{};

  int size() const { return nparts; }
  Participant& part(int i) {
    return i < kInlineParticipants ? inline_parts[i] : cold->more[i - kInlineParticipants];
  }
  const Participant& part(int i) const {
    return i < kInlineParticipants ? inline_parts[i] : cold->more[i - kInlineParticipants];
  }
  uint64_t part_id(int i) const {
    return i < kInlineParticipants ? inline_ids[i] : cold->more_ids[i - kInlineParticipants].id;
  }
  uint32_t& part_messages(int i) {
    return i < kInlineParticipants ? inline_messages[i]
                                   : cold->more_ids[i - kInlineParticipants].messages;
  }
  uint32_t part_messages(int i) const {
    return i < kInlineParticipants ? inline_messages[i]
                                   : cold->more_ids[i - kInlineParticipants].messages;
  }
  // Appends a participant slot for id hash `id` (no messages yet).
  Participant& AddPart(uint64_t id);
  // Makes slot `i` a fresh participant `id` (recycling).
  void ResetPart(int i, uint64_t id);
  Cold& EnsureCold();
  const CueMass& mass(int slot) const {
    if (!cold) return kNoCueMass;
    if (slot < kInlineParticipants) return cold->inline_masses[slot];
    size_t i = static_cast<size_t>(slot - kInlineParticipants);
    return i < cold->more_masses.size() ? cold->more_masses[i] : kNoCueMass;
  }
  CueMass& MutableMass(int slot) {
    if (cold && slot < kInlineParticipants) return cold->inline_masses[slot];
    return MutableMassSlow(slot);
  }
  CueMass& MutableMassSlow(int slot);  // allocates Cold or a further slot's masses
  std::string_view name(int slot) const;
  void SetName(int slot, std::string_view name);
  bool HasName(int slot) const { return slot >= 0 && slot < nparts && part(slot).named; }
  std::span<const EvidenceItem> evidence() const { return evidence_items; }
};

static_assert(sizeof(Participant) == 12);
static_assert(sizeof(ConversationState) == 128, "a conversation record is two cache lines");


// Finds or adds the participant slot for `name`; when `max` slots are taken,
// the least active plain participant (never `keep`) is recycled. Returns -1
// only for an empty name.
int Slot(ConversationState& c, std::string_view name, int max, int keep = -1);
// Same, with the name already hashed (HashId(name) != 0 stands for a non-empty name).
inline int SlotById(ConversationState& c, uint64_t id, int max, int keep = -1);
// The slot of participant `id`, or -1.
inline int FindSlot(const ConversationState& c, uint64_t id);
// SlotById when FindSlot found nothing: adds or recycles a slot.
int AddSlot(ConversationState& c, uint64_t id, int max, int keep);

// A cue family counts as seen (families_seen) and as evidence at this score.
inline constexpr float kStrongCue = 0.3f;

// Bit per family of one message: score > 0 (present) and >= kStrongCue (strong).
struct CueBits {
  uint32_t present = 0;
  uint32_t strong = 0;
};
inline CueBits CueBitsOf(const MessageCues* cues);  // null: none

// Bit per family whose stored mass is not zero.
inline uint32_t NonzeroFamilies(const CueMass& m);

// Decays the stored masses of slot `slot` to time `ts` (never backwards)
// with the given half-life and adds this message's cue scores (`bits` =
// CueBitsOf(&cues), present != 0).
void AddCues(ConversationState& c, int slot, const MessageCues& cues, CueBits bits, int64_t ts,
             int64_t half_life_ms);

// Factor that turns fixed-point masses stored at `from` into cue units at
// `to` (1/kMassScale when to <= from). Never above 1/kMassScale.
inline float DecayToUnits(int64_t from, int64_t to, int64_t half_life_ms) {
  float k = 1.0f / kMassScale;
  if (from > 0 && to > from && half_life_ms > 0) {
    k *= std::exp2(-static_cast<float>(to - from) / static_cast<float>(half_life_ms));
  }
  return k;
}

// Applies the age facts of a message from `sender` to `recipient`.
void AddAgeFacts(ConversationState& c, int sender, int recipient, const AgeFacts& f);

// Adds an evidence item, keeping at most `max` (first few kept, then a ring
// whose slots are reused in place).
void AddEvidence(ConversationState& c, std::string_view message_id, int64_t ts, uint32_t families,
                 int sender, int recipient, int max);

// A participant's mass for a family decayed to time `ts`, in cue units.
float MassAt(const CueMass& m, CueFamily f, int64_t ts, int64_t half_life_ms);

inline uint64_t HashId(std::string_view s) {
  // 8 bytes at a time with a multiply-xorshift mix (ids are short; this is
  // on the per-message path). Not cryptographic: 64-bit keys, and a
  // collision only merges two conversations' cue counts. Never 0 (0 marks
  // an empty table slot). Persisted in checkpoints: do not change.
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xBF58476D1CE4E5B9ULL);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0x94D049BB133111EBULL;
    h ^= h >> 29;
  }
  // The 0–7 tail bytes as a little-endian word (the value a memcpy into a
  // zeroed word gives), read without a variable-length memcpy call: for a
  // string of 8 bytes or more, the last 8 bytes shifted down (no branch on
  // the tail length); for a shorter one, two overlapping or three single loads.
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t r = s.size() - i;
  uint64_t w = 0;
  if (i > 0) {
    uint64_t last;
    std::memcpy(&last, p + r - 8, 8);
    w = r > 0 ? last >> (64 - 8 * r) : 0;
  } else if (r >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + r - 4, 4);
    w = lo | (static_cast<uint64_t>(hi) << (8 * (r - 4)));
  } else if (r > 0) {
    w = p[0] | (static_cast<uint64_t>(p[r / 2]) << (8 * (r / 2))) |
        (static_cast<uint64_t>(p[r - 1]) << (8 * (r - 1)));
  }
  h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 31;
  h *= 0x94D049BB133111EBULL;
  h ^= h >> 29;
  return h != 0 ? h : 1;
}

// Hints the CPU to load what a message with cues reads besides the record:
// the first two participants' cue masses and names (the head of Cold) and,
// when `evidence`, the slot AddEvidence(..., max) writes next. Both
// addresses come from the record, so the loads overlap. No effect on state.
inline void PrefetchCueLines(const ConversationState& c, bool evidence, int max) {
  if (c.cold) {
    // Masses and names of slots 0–1 (Cold's first two members): 144 bytes
    // at a 16-byte-aligned address, so at most three lines.
    constexpr size_t kHead = sizeof(Cold::inline_masses) + sizeof(Cold::inline_names);
    static_assert(kHead <= 144);
    const char* p = reinterpret_cast<const char*>(c.cold.get());
    __builtin_prefetch(p, 1);
    __builtin_prefetch(p + 64, 1);
    __builtin_prefetch(p + kHead - 1, 1);
  }
  if (!evidence || max <= 0) return;
  const auto& ev = c.evidence_items;
  const size_t n = ev.size();
  const EvidenceItem* e = nullptr;
  if (static_cast<int>(n) < max) {
    if (n < ev.capacity()) e = ev.data() + n;  // else the list is reallocated
  } else {
    int keep = std::min(kKeepFirstEvidence, max - 1);
    int ring = max - keep;
    if (ring > 0) e = ev.data() + keep + c.ring_next % static_cast<uint32_t>(ring);
  }
  if (e == nullptr) return;
  __builtin_prefetch(e, 1);
  __builtin_prefetch(reinterpret_cast<const char*>(e + 1) - 1, 1);
}

// Heap bytes held by one conversation outside its table record (estimate).
size_t HeapBytes(const ConversationState& c);

// --- inline hot-path helpers ---

inline int FindSlot(const ConversationState& c, uint64_t id) {
  const int n = c.size();
  if (n > 0 && c.inline_ids[0] == id) return 0;
  if (n > 1 && c.inline_ids[1] == id) return 1;
  for (int i = kInlineParticipants; i < n; ++i) {
    if (c.cold->more_ids[i - kInlineParticipants].id == id) return i;
  }
  return -1;
}

inline int SlotById(ConversationState& c, uint64_t id, int max, int keep) {
  int i = FindSlot(c, id);
  return i >= 0 ? i : AddSlot(c, id, max, keep);
}

inline CueBits CueBitsOf(const MessageCues* cues) {
  CueBits b;
  if (cues == nullptr) return b;
  const float* v = cues->score.data();
#if defined(__SSE2__)
  if constexpr (kNumCueFamilies == 16) {
    // Four compares per threshold, packed to one byte per family (the
    // all-ones lanes saturate to 0xFF), one movemask each.
    const __m128 zero = _mm_setzero_ps(), strong = _mm_set1_ps(kStrongCue);
    const __m128 x0 = _mm_loadu_ps(v), x1 = _mm_loadu_ps(v + 4), x2 = _mm_loadu_ps(v + 8),
                 x3 = _mm_loadu_ps(v + 12);
    // Most messages carry no cue: all sixteen scores +0.0 (all bits zero).
    const __m128i any = _mm_or_si128(_mm_or_si128(_mm_castps_si128(x0), _mm_castps_si128(x1)),
                                     _mm_or_si128(_mm_castps_si128(x2), _mm_castps_si128(x3)));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(any, _mm_setzero_si128())) == 0xFFFF) return b;
    auto bits = [&](__m128 c0, __m128 c1, __m128 c2, __m128 c3) {
      __m128i lo = _mm_packs_epi32(_mm_castps_si128(c0), _mm_castps_si128(c1));
      __m128i hi = _mm_packs_epi32(_mm_castps_si128(c2), _mm_castps_si128(c3));
      return static_cast<uint32_t>(_mm_movemask_epi8(_mm_packs_epi16(lo, hi)));
    };
    b.present = bits(_mm_cmpgt_ps(x0, zero), _mm_cmpgt_ps(x1, zero), _mm_cmpgt_ps(x2, zero),
                     _mm_cmpgt_ps(x3, zero));
    b.strong = bits(_mm_cmpge_ps(x0, strong), _mm_cmpge_ps(x1, strong),
                    _mm_cmpge_ps(x2, strong), _mm_cmpge_ps(x3, strong));
    return b;
  }
#endif
  for (int f = 0; f < kNumCueFamilies; ++f) {
    b.present |= static_cast<uint32_t>(v[f] > 0.0f) << f;
    b.strong |= static_cast<uint32_t>(v[f] >= kStrongCue) << f;
  }
  return b;
}

inline uint32_t NonzeroFamilies(const CueMass& m) {
#if defined(__SSE2__)
  if constexpr (kNumCueFamilies == 16) {
    const __m128i zero = _mm_setzero_si128();
    __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m.mass.data()));
    __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m.mass.data() + 8));
    __m128i eq = _mm_packs_epi16(_mm_cmpeq_epi16(lo, zero), _mm_cmpeq_epi16(hi, zero));
    return ~static_cast<uint32_t>(_mm_movemask_epi8(eq)) & 0xFFFFu;
  }
#endif
  uint32_t b = 0;
  for (int f = 0; f < kNumCueFamilies; ++f) b |= static_cast<uint32_t>(m.mass[f] != 0) << f;
  return b;
}

}  // namespace vigil::conversation

#endif  // VIGIL_CONVERSATION_STATE_H_
