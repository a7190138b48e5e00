// Per-conversation state: participants with decayed per-family cue mass,
// stated ages, who their cue messages go to, and a capped evidence list.
// Plain data plus O(1) update helpers; the tracker owns locking.
#ifndef VIGIL_CONVERSATION_STATE_H_
#define VIGIL_CONVERSATION_STATE_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "conversation/age_facts.h"
#include "vigil/cues.h"

namespace vigil::conversation {

inline constexpr float kMassScale = 1024.0f;  // fixed point of Participant::mass
inline constexpr int kUnknownAge = -1;
inline constexpr int kKeepFirstEvidence = 4;  // the first evidence messages are never overwritten

enum class Category : uint8_t { kNone = 0, kGrooming = 1, kSextortion = 2 };

struct Participant {
  uint64_t id = 0;          // hash of the account id
  int64_t decay_ts = 0;     // conversation time the masses were last decayed to
  uint32_t messages = 0;
  uint32_t families_seen = 0;  // bit per CueFamily ever seen from this participant
  std::array<uint16_t, kNumCueFamilies> mass{};  // decayed cue mass × kMassScale
  int8_t self_age = kUnknownAge;  // age this participant states (years)
  uint8_t age_asks = 0;     // times they asked someone's age/grade/school (saturating)
  int8_t target = -1;       // slot their latest cue message went to
  uint8_t kinship = 0;      // times they addressed the other as close family (saturating)
  std::string name;         // the account id; kept once they send a cue or state an age
};

struct EvidenceItem {
  std::string message_id;
  int64_t ts = 0;
  uint32_t families = 0;  // families of the sender's cues in that message
  int8_t sender = -1;
  int8_t recipient = -1;
};

struct ConversationState {
  std::vector<Participant> parts;
  std::vector<EvidenceItem> evidence;  // capped: first kKeepFirstEvidence + a ring
  int64_t first_ts = 0;
  int64_t last_ts = 0;      // latest (max) timestamp seen
  uint32_t messages = 0;
  uint32_t ring_next = 0;   // next ring slot once evidence is full
  float risk = 0.0f;        // risk of the leading category at the last assessment
  Category alert = Category::kNone;  // sticky once set (category may be upgraded)
  int8_t suspect = -1;
  uint8_t stage = 0;        // model stage code at the last assessment
  int8_t last_asker = -1;   // who asked an age last, and at which message
  uint32_t last_ask_msg = 0;
};

// Finds or adds the participant slot for `name`; when `max` slots are taken,
// the least active plain participant (never `keep`) is recycled. Returns -1
// only for an empty name.
int Slot(ConversationState& c, std::string_view name, int max, int keep = -1);

// Decays a participant's masses to time `ts` (never backwards) with the
// given half-life, then adds this message's cue scores.
void AddCues(Participant& p, const MessageCues* cues, int64_t ts, int64_t half_life_ms);

// Applies the age facts of a message from `sender` to `recipient`.
void AddAgeFacts(ConversationState& c, int sender, int recipient, const AgeFacts& f);

// Adds an evidence item, keeping at most `max` (first few kept, then a ring
// whose slots are reused in place).
void AddEvidence(ConversationState& c, std::string_view message_id, int64_t ts, uint32_t families,
                 int sender, int recipient, int max);

// A participant's mass for a family decayed to time `ts`, in cue units.
float MassAt(const Participant& p, CueFamily f, int64_t ts, int64_t half_life_ms);

uint64_t HashId(std::string_view s);

// Heap bytes held by one conversation (estimate, for memory accounting).
size_t HeapBytes(const ConversationState& c);

}  // namespace vigil::conversation

#endif  // VIGIL_CONVERSATION_STATE_H_
