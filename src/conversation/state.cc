#include "conversation/state.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace vigil::conversation {

uint64_t HashId(std::string_view s) {
  // 8 bytes at a time with a multiply-xorshift mix (ids are short; this is
  // on the per-message path). Not cryptographic: 64-bit keys, and a
  // collision only merges two conversations' cue counts.
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xBF58476D1CE4E5B9ULL);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0x94D049BB133111EBULL;
    h ^= h >> 29;
  }
  uint64_t w = 0;
  std::memcpy(&w, s.data() + i, s.size() - i);
  h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 31;
  h *= 0x94D049BB133111EBULL;
  return h ^ (h >> 29);
}

int Slot(ConversationState& c, std::string_view name, int max, int keep) {
  if (name.empty()) return -1;
  uint64_t id = HashId(name);
  for (size_t i = 0; i < c.parts.size(); ++i) {
    if (c.parts[i].id == id) return static_cast<int>(i);
  }
  if (static_cast<int>(c.parts.size()) < max) {
    c.parts.emplace_back();
    c.parts.back().id = id;
    return static_cast<int>(c.parts.size() - 1);
  }
  // Full: recycle the least active participant that never sent a cue and is
  // not the suspect (their counts are dropped; cue senders are kept).
  // Notable participants (cue senders, stated ages, age askers, anyone a cue
  // was addressed to, the suspect) are kept while a plain one exists.
  uint64_t targeted = 0;
  for (const auto& p : c.parts) {
    if (p.target >= 0 && p.target < 64) targeted |= 1ULL << p.target;
  }
  int victim = -1;
  for (size_t i = 0; i < c.parts.size(); ++i) {
    const Participant& p = c.parts[i];
    bool notable = p.families_seen != 0 || p.self_age != kUnknownAge || p.age_asks != 0 ||
                   static_cast<int>(i) == c.suspect || static_cast<int>(i) == keep || (i < 64 && (targeted >> i) & 1);
    if (notable) continue;
    if (victim < 0 || p.messages < c.parts[victim].messages) victim = static_cast<int>(i);
  }
  // All notable: recycle the last slot that is neither the suspect nor `keep`.
  for (int i = static_cast<int>(c.parts.size()) - 1; victim < 0 && i >= 0; --i) {
    if (i != c.suspect && i != keep) victim = i;
  }
  for (auto& p : c.parts) {
    if (p.target == victim) p.target = -1;
  }
  if (c.last_asker == victim) c.last_asker = -1;
  for (auto& e : c.evidence) {
    if (e.sender == victim) e.sender = -1;
    if (e.recipient == victim) e.recipient = -1;
  }
  c.parts[victim] = Participant();
  c.parts[victim].id = id;
  return victim;
}

static float DecayFactor(int64_t from, int64_t to, int64_t half_life_ms) {
  if (from <= 0 || to <= from || half_life_ms <= 0) return 1.0f;
  return std::exp2(-static_cast<float>(to - from) / static_cast<float>(half_life_ms));
}

void AddCues(Participant& p, const MessageCues* cues, int64_t ts, int64_t half_life_ms) {
  ++p.messages;
  float k = DecayFactor(p.decay_ts, ts, half_life_ms);
  if (ts > p.decay_ts) p.decay_ts = ts;
  bool any = cues != nullptr;
  if (k == 1.0f && !any) return;
  for (int f = 0; f < kNumCueFamilies; ++f) {
    float add = any ? cues->score[f] : 0.0f;
    if (p.mass[f] == 0 && !(add > 0.0f)) continue;  // most families stay empty
    float v = static_cast<float>(p.mass[f]) * k;
    if (add > 0.0f) {
      v += std::min(add, 1.0f) * kMassScale;
      if (add >= 0.3f) p.families_seen |= 1u << f;
    }
    p.mass[f] = static_cast<uint16_t>(std::min(v, 65535.0f));
  }
}

float MassAt(const Participant& p, CueFamily f, int64_t ts, int64_t half_life_ms) {
  return static_cast<float>(p.mass[static_cast<int>(f)]) / kMassScale *
         DecayFactor(p.decay_ts, ts, half_life_ms);
}

void AddAgeFacts(ConversationState& c, int sender, int recipient, const AgeFacts& f) {
  if (sender < 0) return;
  Participant& p = c.parts[sender];
  if (f.asks_age) {
    if (p.age_asks < 255) ++p.age_asks;
    c.last_asker = static_cast<int8_t>(sender);
    c.last_ask_msg = c.messages;
  }
  if (f.kinship && p.kinship < 255) ++p.kinship;
  int age = f.self_age;
  // A bare number answers a recent age question from someone else.
  if (age < 0 && f.bare_number >= 5 && f.bare_number <= 99 && c.last_asker >= 0 &&
      c.last_asker != sender && c.messages - c.last_ask_msg <= 3) {
    age = f.bare_number;
  }
  if (age >= 5 && age <= 99) p.self_age = static_cast<int8_t>(age);
  // "你是初三吧": the sender's belief about the addressee, until they say.
  if (f.other_age >= 5 && f.other_age <= 99 && recipient >= 0 && recipient != sender &&
      c.parts[recipient].self_age == kUnknownAge) {
    c.parts[recipient].self_age = static_cast<int8_t>(f.other_age);
  }
}

void AddEvidence(ConversationState& c, std::string_view message_id, int64_t ts, uint32_t families,
                 int sender, int recipient, int max) {
  if (max <= 0) return;
  EvidenceItem* e = nullptr;
  if (static_cast<int>(c.evidence.size()) < max) {
    e = &c.evidence.emplace_back();
  } else {
    int keep = std::min(kKeepFirstEvidence, max - 1);
    int ring = max - keep;
    if (ring <= 0) return;
    e = &c.evidence[keep + static_cast<int>(c.ring_next % static_cast<uint32_t>(ring))];
    ++c.ring_next;
  }
  e->message_id.assign(message_id);
  e->ts = ts;
  e->families = families;
  e->sender = static_cast<int8_t>(sender);
  e->recipient = static_cast<int8_t>(recipient);
}

static size_t StringHeap(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }

size_t HeapBytes(const ConversationState& c) {
  size_t n = c.parts.capacity() * sizeof(Participant) + c.evidence.capacity() * sizeof(EvidenceItem);
  for (const auto& p : c.parts) n += StringHeap(p.name);
  for (const auto& e : c.evidence) n += StringHeap(e.message_id);
  return n;
}

}  // namespace vigil::conversation
