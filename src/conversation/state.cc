#include "conversation/state.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace vigil::conversation {

Cold& ConversationState::EnsureCold() {
  if (!cold) cold = std::make_unique<Cold>();
  return *cold;
}

Participant& ConversationState::AddPart(uint64_t id) {
  int i = nparts++;
  if (i < kInlineParticipants) {
    inline_ids[i] = id;
    inline_messages[i] = 0;
    inline_parts[i] = Participant();
    return inline_parts[i];
  }
  Cold& k = EnsureCold();
  k.more_ids.push_back(MemberCount{id, 0});
  return k.more.emplace_back();
}

void ConversationState::ResetPart(int i, uint64_t id) {
  part(i) = Participant();
  if (i < kInlineParticipants) {
    inline_ids[i] = id;
    inline_messages[i] = 0;
  } else {
    cold->more_ids[i - kInlineParticipants] = MemberCount{id, 0};
  }
}

CueMass& ConversationState::MutableMassSlow(int slot) {
  Cold& k = EnsureCold();
  if (slot < kInlineParticipants) return k.inline_masses[slot];
  size_t i = static_cast<size_t>(slot - kInlineParticipants);
  if (k.more_masses.size() <= i) k.more_masses.resize(i + 1);
  return k.more_masses[i];
}

const std::string* Cold::Name(int slot) const {
  if (slot < 0) return nullptr;
  if (slot < kInlineParticipants) return &inline_names[slot];
  size_t i = static_cast<size_t>(slot - kInlineParticipants);
  return i < more_names.size() ? &more_names[i] : nullptr;
}

std::string* Cold::MutableName(int slot) { return const_cast<std::string*>(Name(slot)); }

std::string_view ConversationState::name(int slot) const {
  const std::string* s = cold ? cold->Name(slot) : nullptr;
  return s ? std::string_view(*s) : std::string_view();
}

void ConversationState::SetName(int slot, std::string_view name) {
  if (slot < 0) return;
  Cold& k = EnsureCold();
  if (slot >= kInlineParticipants) {
    size_t i = static_cast<size_t>(slot - kInlineParticipants);
    if (k.more_names.size() <= i) k.more_names.resize(i + 1);
  }
  k.MutableName(slot)->assign(name);
  part(slot).named = !name.empty();
}

int Slot(ConversationState& c, std::string_view name, int max, int keep) {
  if (name.empty()) return -1;
  return SlotById(c, HashId(name), max, keep);
}

namespace {

// Drops every reference to slot `victim` before it is reused.
void Forget(ConversationState& c, int victim) {
  for (int i = 0; i < c.size(); ++i) {
    if (c.part(i).target == victim) c.part(i).target = -1;
  }
  if (c.last_asker == victim) c.last_asker = -1;
  for (auto& e : c.evidence_items) {
    if (e.sender == victim) e.sender = -1;
    if (e.recipient == victim) e.recipient = -1;
  }
  if (!c.cold) return;
  if (std::string* name = c.cold->MutableName(victim)) name->clear();
  if (victim < kInlineParticipants || static_cast<size_t>(victim - kInlineParticipants) <
                                           c.cold->more_masses.size()) {
    c.MutableMass(victim) = CueMass();
  }
}

}  // namespace

int AddSlot(ConversationState& c, uint64_t id, int max, int keep) {
  const int n = c.size();
  if (n < max) {
    c.AddPart(id);
    return n;
  }
  // Full: recycle the least active participant that never sent a cue and is
  // not the suspect (their counts are dropped; cue senders are kept).
  // Notable participants (cue senders, stated ages, age askers, anyone a cue
  // was addressed to, the suspect) are kept while a plain one exists.
  uint64_t targeted = 0;
  for (int i = 0; i < n; ++i) {
    int t = c.part(i).target;
    if (t >= 0 && t < 64) targeted |= 1ULL << t;
  }
  int victim = -1;
  for (int i = 0; i < n; ++i) {
    const Participant& p = c.part(i);
    bool notable = p.families_seen != 0 || p.self_age != kUnknownAge || p.age_asks != 0 ||
                   i == c.suspect || i == keep || (i < 64 && (targeted >> i) & 1);
    if (notable) continue;
    if (victim < 0 || c.part_messages(i) < c.part_messages(victim)) victim = i;
  }
  // All notable: recycle the last slot that is neither the suspect nor `keep`.
  for (int i = n - 1; victim < 0 && i >= 0; --i) {
    if (i != c.suspect && i != keep) victim = i;
  }
  Forget(c, victim);
  c.ResetPart(victim, id);
  return victim;
}

void AddCues(ConversationState& c, int slot, const MessageCues& cues, CueBits bits, int64_t ts,
             int64_t half_life_ms) {
  CueMass& m = c.MutableMass(slot);
  float k = DecayToUnits(m.decay_ts, ts, half_life_ms) * kMassScale;  // exact: powers of two
  if (ts > m.decay_ts) m.decay_ts = ts;
  // Only families with mass or with a cue in this message change.
  uint32_t touch = bits.present;
  if (k != 1.0f) touch |= NonzeroFamilies(m);
  for (; touch != 0; touch &= touch - 1) {
    int f = std::countr_zero(touch);
    float v = static_cast<float>(m.mass[f]) * k;
    if (bits.present >> f & 1) v += std::min(cues.score[f], 1.0f) * kMassScale;
    m.mass[f] = static_cast<uint16_t>(std::min(v, 65535.0f));
  }
  c.part(slot).families_seen |= bits.strong;
}

float MassAt(const CueMass& m, CueFamily f, int64_t ts, int64_t half_life_ms) {
  return static_cast<float>(m.mass[static_cast<int>(f)]) *
         DecayToUnits(m.decay_ts, ts, half_life_ms);
}

void AddAgeFacts(ConversationState& c, int sender, int recipient, const AgeFacts& f) {
  if (sender < 0) return;
  Participant& p = c.part(sender);
  // Who has probed the other's age or grade, before this message.
  const bool prober = p.age_asks > 0;
  if (f.asks_age) {
    if (p.age_asks < 255) ++p.age_asks;
    c.last_asker = static_cast<int8_t>(sender);
    c.last_ask_msg = c.messages;
  }
  if (f.kinship && p.kinship < 255) ++p.kinship;
  if (f.school_life && p.school < 255) ++p.school;
  // Adults by role (see kAdultByRole): a parent introducing themself, and
  // whoever is addressed with 您, unless they have stated an age.
  if (f.parent_role) p.self_age = static_cast<int8_t>(kAdultByRole);
  if (f.honorific && recipient >= 0 && recipient != sender &&
      c.part(recipient).self_age == kUnknownAge) {
    c.part(recipient).self_age = static_cast<int8_t>(kAdultByRole);
  }
  int age = f.self_age;
  // A parent who names a minor age or grade without "I" ("初一，12岁，语法比较弱",
  // answering the tutor) speaks of their child; so does an adult by role who
  // answers someone's recent question with a minor age, even in a short
  // reply ("孩子多大了呢？" "11岁，五年级").
  const bool answers_recent = c.last_asker >= 0 && c.last_asker != sender &&
                              c.messages - c.last_ask_msg <= 3;
  const bool of_child = p.self_age == kAdultByRole && (!f.self_stated || answers_recent);
  if (of_child && age >= 0 && age < 18) age = -1;
  // A grade named without "I" by the one who asked about the other's is the
  // other's grade being praised or probed ("才五年级？…"), not the sender's.
  if (f.implicit_grade && prober) age = -1;
  // ...and by one whose addressee already counts as a minor ("understudy in
  // 8th grade is huge", after the child's "the middle school musical"): the
  // addressee's schooling echoed, not the sender's.
  if (f.implicit_grade && recipient >= 0 && recipient != sender) {
    const int8_t theirs = c.part(recipient).self_age;
    if (theirs != kUnknownAge && theirs >= 5 && theirs < 18) age = -1;
  }
  // A bare number answers a recent age question from someone else.
  if (age < 0 && f.bare_number >= 5 && f.bare_number <= 99 && answers_recent &&
      !(of_child && f.bare_number < 18)) {
    age = f.bare_number;
  }
  if (age >= 5 && age <= 99) p.self_age = static_cast<int8_t>(age);
  // "你是初三吧": the sender's belief about the addressee, until they say.
  if (f.other_age >= 5 && f.other_age <= 99 && recipient >= 0 && recipient != sender &&
      c.part(recipient).self_age == kUnknownAge) {
    c.part(recipient).self_age = static_cast<int8_t>(f.other_age);
  }
}

void AddEvidence(ConversationState& c, std::string_view message_id, int64_t ts, uint32_t families,
                 int sender, int recipient, int max) {
  if (max <= 0) return;
  auto& evidence = c.evidence_items;
  EvidenceItem* e = nullptr;
  if (static_cast<int>(evidence.size()) < max) {
    // Grow 4 → 16 → 64 … (capped at max): a default list of 16 is allocated
    // twice instead of five times, and copied once.
    if (evidence.size() == evidence.capacity()) {
      size_t want = std::max<size_t>(kKeepFirstEvidence, 4 * evidence.capacity());
      evidence.reserve(std::min(want, static_cast<size_t>(max)));
    }
    e = &evidence.emplace_back();
  } else {
    int keep = std::min(kKeepFirstEvidence, max - 1);
    int ring = max - keep;
    if (ring <= 0) return;
    e = &evidence[keep + static_cast<int>(c.ring_next % static_cast<uint32_t>(ring))];
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
  size_t n = c.evidence_items.capacity() * sizeof(EvidenceItem);
  for (const auto& e : c.evidence_items) n += StringHeap(e.message_id);
  if (!c.cold) return n;
  const Cold& k = *c.cold;
  n += sizeof(Cold) + k.more.capacity() * sizeof(Participant) +
       k.more_ids.capacity() * sizeof(MemberCount) +
       k.more_masses.capacity() * sizeof(CueMass) + k.more_names.capacity() * sizeof(std::string);
  for (const auto& s : k.inline_names) n += StringHeap(s);
  for (const auto& s : k.more_names) n += StringHeap(s);
  return n;
}

}  // namespace vigil::conversation
