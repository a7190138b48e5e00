// The per-message helpers of state.h against plain reference code: the id
// hash is persisted in checkpoints (its values must never change), and the
// vectorised cue-bit and mass paths must give exactly the scalar results.
#include "conversation/state.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include "conversation/age_facts.h"
#include "conversation/model.h"
#include "vigil/conversation.h"

namespace vigil::conversation {
namespace {

// HashId as first released (a variable-length tail memcpy into a zeroed word).
uint64_t ReferenceHashId(std::string_view s) {
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
  h ^= h >> 29;
  return h != 0 ? h : 1;
}

TEST(ConversationHash, PinnedValuesNeverChange) {
  // Keys and participant ids of existing checkpoints.
  const std::pair<const char*, uint64_t> kPinned[] = {
      {"", 0x47848a77c2953ad8ULL},
      {"a", 0x7a2325f939beef61ULL},
      {"u_bob", 0xf5e9fd79a586f854ULL},
      {"u_alice", 0x448f97d6400902d2ULL},
      {"conv-123", 0xa93240adb99ba969ULL},
      {"conversation-42", 0x09add1a5edb2a01aULL},
      {"0123456789abcdef", 0x6eb0e728ca5d92a1ULL},
      {"用户名字很长的一个账号id", 0x18bdb8df4b1ed66dULL},
  };
  for (const auto& [s, h] : kPinned) EXPECT_EQ(HashId(s), h) << s;
}

TEST(ConversationHash, MatchesReferenceAtEveryLengthAndOffset) {
  std::mt19937_64 rng(7);
  std::string buf(80, '\0');
  for (char& c : buf) c = static_cast<char>(rng());
  // Every length 0..64 at every alignment 0..7 (the tail is read with
  // overlapping loads that depend on both).
  for (size_t off = 0; off < 8; ++off) {
    for (size_t n = 0; n + off <= 72; ++n) {
      std::string_view s(buf.data() + off, n);
      ASSERT_EQ(HashId(s), ReferenceHashId(s)) << "length " << n << " offset " << off;
    }
  }
}

CueBits ReferenceCueBits(const MessageCues& c) {
  CueBits b;
  for (int f = 0; f < kNumCueFamilies; ++f) {
    b.present |= static_cast<uint32_t>(c.score[f] > 0.0f) << f;
    b.strong |= static_cast<uint32_t>(c.score[f] >= kStrongCue) << f;
  }
  return b;
}

TEST(ConversationCueBits, MatchScalarComparisonsOnEdgeValues) {
  EXPECT_EQ(CueBitsOf(nullptr).present, 0u);
  const float kEdges[] = {0.0f,
                          -0.0f,
                          -1.0f,
                          std::numeric_limits<float>::denorm_min(),
                          std::nextafter(kStrongCue, 0.0f),
                          kStrongCue,
                          1.0f,
                          7.5f,
                          std::numeric_limits<float>::quiet_NaN(),
                          std::numeric_limits<float>::infinity()};
  std::mt19937 rng(11);
  for (int trial = 0; trial < 20000; ++trial) {
    MessageCues c;
    const int k = trial % 5;  // 0: no cue at all (the fast path)
    for (int j = 0; j < k; ++j) {
      c.score[rng() % kNumCueFamilies] = kEdges[rng() % std::size(kEdges)];
    }
    const CueBits got = CueBitsOf(&c), want = ReferenceCueBits(c);
    ASSERT_EQ(got.present, want.present) << "trial " << trial;
    ASSERT_EQ(got.strong, want.strong) << "trial " << trial;
  }
}

TEST(ConversationDecay, FactorNeverExceedsTheUndecayedScale) {
  // Decay only ever shrinks stored mass (DecayToUnits' contract), for any
  // elapsed time and half-life.
  const int64_t kHalfLives[] = {1, 1000, 3600 * 1000, 14LL * 24 * 3600 * 1000};
  std::mt19937_64 rng(3);
  for (int64_t hl : kHalfLives) {
    for (int i = 0; i < 5000; ++i) {
      int64_t from = 1 + static_cast<int64_t>(rng() % 4000000000000ULL);
      int64_t to = from + static_cast<int64_t>(rng() % (i < 2500 ? 1000 : 100000000000ULL));
      float k = DecayToUnits(from, to, hl);
      ASSERT_LE(k, 1.0f / kMassScale) << from << " " << to << " " << hl;
      ASSERT_GE(k, 0.0f);
    }
    EXPECT_EQ(DecayToUnits(5, 5, hl), 1.0f / kMassScale);
    EXPECT_EQ(DecayToUnits(9, 5, hl), 1.0f / kMassScale);  // never backwards
  }
}

// Extract as first written (scalar, every family decayed one at a time),
// the reference for the vectorised one.
constexpr float kActive = 0.49f;  // model.cc
float RefV(const float* m, CueFamily f) { return std::min(1.0f, m[static_cast<int>(f)]); }
float RefGroomingMass(const float* m) {
  return m[static_cast<int>(CueFamily::kFlattery)] + m[static_cast<int>(CueFamily::kSecrecy)] +
         m[static_cast<int>(CueFamily::kSexualisation)] +
         m[static_cast<int>(CueFamily::kImageRequest)] +
         m[static_cast<int>(CueFamily::kPlatformMigration)];
}
void RefMassesAt(const CueMass& cm, int64_t now, int64_t hl, float* out) {
  for (int i = 0; i < kNumCueFamilies; ++i) out[i] = 0.0f;
  const float k = DecayToUnits(cm.decay_ts, now, hl);
  for (int i = 0; i < kNumCueFamilies; ++i) {
    if (cm.mass[i] != 0) out[i] = static_cast<float>(cm.mass[i]) * k;
  }
}
Features RefExtract(const ConversationState& c, int suspect, int64_t now, int64_t hl) {
  using F = CueFamily;
  Features f;
  const Participant& s = c.part(suspect);
  float m[kNumCueFamilies];
  RefMassesAt(c.mass(suspect), now, hl, m);
  for (int i = 0; i < kNumCueFamilies; ++i) {
    if (m[i] != 0 && m[i] >= kActive) ++f.families, f.family_mask |= 1u << i;
  }
  f.trust = std::max(RefV(m, F::kFlattery), RefV(m, F::kGift));
  f.probe = std::max(RefV(m, F::kAgeSignal), RefV(m, F::kSupervisionProbe));
  if (s.age_asks > 0 && s.kinship == 0) {
    f.probe = std::max(f.probe, 1.0f);
    if (!(f.family_mask & 1u)) ++f.families, f.family_mask |= 1u;
  }
  f.isolation = std::max(RefV(m, F::kSecrecy), RefV(m, F::kPlatformMigration));
  f.sexual = std::max({RefV(m, F::kSexualisation), RefV(m, F::kImageRequest),
                       RefV(m, F::kComplianceTest), RefV(m, F::kSolicitation)});
  f.approach = RefV(m, F::kApproach);
  f.possession = RefV(m, F::kPossessionClaim);
  f.threat = RefV(m, F::kThreat);
  f.demand = RefV(m, F::kPaymentDemand);
  f.extortion_cue = RefV(m, F::kSextortion);
  for (float g : {f.trust, f.probe, f.isolation, f.sexual, f.approach}) f.stages += g >= kActive;
  for (float g : {f.possession, f.threat, f.demand, f.extortion_cue}) f.coercive += g >= kActive;
  int t = TargetOf(c, suspect);
  f.suspect_age = s.self_age;
  f.minor_suspect = s.self_age >= 5 && s.self_age <= 17;
  f.adult_suspect = s.self_age >= 18;
  f.kinship = s.kinship > 0;
  if (t >= 0) {
    const Participant& v = c.part(t);
    f.target_age = v.self_age;
    f.minor_target = v.self_age >= 5 && v.self_age <= 17;
    f.adult_target = v.self_age >= 18;
    f.peer = f.minor_target && f.minor_suspect && std::abs(v.self_age - s.self_age) <= 3;
    f.kinship = f.kinship || v.kinship > 0;
    float mine = RefGroomingMass(m);
    if (mine > 0) {
      float theirs[kNumCueFamilies];
      RefMassesAt(c.mass(t), now, hl, theirs);
      f.reciprocal = RefGroomingMass(theirs) >= 0.6f * mine;
    }
  }
  return f;
}

void ExpectSameFeatures(const Features& a, const Features& b, int trial) {
  auto bits = [](float x) { return std::bit_cast<uint32_t>(x); };
  const float fa[] = {a.trust, a.probe, a.isolation, a.sexual, a.approach,
                      a.possession, a.threat, a.demand, a.extortion_cue};
  const float fb[] = {b.trust, b.probe, b.isolation, b.sexual, b.approach,
                      b.possession, b.threat, b.demand, b.extortion_cue};
  for (size_t i = 0; i < std::size(fa); ++i) {
    ASSERT_EQ(bits(fa[i]), bits(fb[i])) << "group " << i << " trial " << trial;
  }
  ASSERT_EQ(a.stages, b.stages) << trial;
  ASSERT_EQ(a.families, b.families) << trial;
  ASSERT_EQ(a.coercive, b.coercive) << trial;
  ASSERT_EQ(a.family_mask, b.family_mask) << trial;
  ASSERT_EQ(a.suspect_age, b.suspect_age) << trial;
  ASSERT_EQ(a.target_age, b.target_age) << trial;
  ASSERT_EQ(a.minor_target, b.minor_target) << trial;
  ASSERT_EQ(a.adult_suspect, b.adult_suspect) << trial;
  ASSERT_EQ(a.peer, b.peer) << trial;
  ASSERT_EQ(a.adult_target, b.adult_target) << trial;
  ASSERT_EQ(a.minor_suspect, b.minor_suspect) << trial;
  ASSERT_EQ(a.kinship, b.kinship) << trial;
  ASSERT_EQ(a.reciprocal, b.reciprocal) << trial;
}

TEST(ConversationModel, ExtractMatchesScalarReference) {
  std::mt19937_64 rng(5);
  const int8_t kAges[] = {kUnknownAge, 9, 12, 14, 16, 17, 18, 25, 40};
  int reciprocal = 0, scored = 0;
  for (int trial = 0; trial < 20000; ++trial) {
    ConversationState c;
    const int n = 2 + static_cast<int>(rng() % 3);
    const int64_t now = 1767225600000 + static_cast<int64_t>(rng() % 1000000000);
    for (int p = 0; p < n; ++p) {
      Participant& part = c.AddPart(rng() | 1);
      part.self_age = kAges[rng() % std::size(kAges)];
      part.kinship = rng() % 6 == 0;
      part.age_asks = rng() % 4 == 0;
      part.target = static_cast<int8_t>(static_cast<int>(rng() % (n + 1)) - 1);
      if (rng() % 4 == 0) continue;  // no masses at all
      CueMass& m = c.MutableMass(p);
      switch (rng() % 4) {  // stored at: now, earlier, later (clock skew), never
        case 0: m.decay_ts = now; break;
        case 1: m.decay_ts = now - static_cast<int64_t>(rng() % 3000000000ULL); break;
        case 2: m.decay_ts = now + 5000; break;
        default: m.decay_ts = 0;
      }
      for (auto& v : m.mass) v = rng() % 2 ? 0 : static_cast<uint16_t>(rng() % 2200);
    }
    const int64_t hl = rng() % 2 ? 14LL * 24 * 3600 * 1000 : 3600 * 1000;
    for (int s = 0; s < n; ++s) {
      const Features got = Extract(c, s, now, hl), want = RefExtract(c, s, now, hl);
      ExpectSameFeatures(got, want, trial);
      if (::testing::Test::HasFatalFailure()) return;
      // The lazy stage split gives the stages Score gives.
      const Assessment full = Score(got);
      Assessment split = ScoreRisk(got);
      EXPECT_EQ(split.grooming_stage, kStageNone);
      SetStages(got, &split);
      ASSERT_EQ(std::bit_cast<uint32_t>(full.z_grooming), std::bit_cast<uint32_t>(split.z_grooming));
      ASSERT_EQ(std::bit_cast<uint32_t>(full.z_sextortion),
                std::bit_cast<uint32_t>(split.z_sextortion));
      ASSERT_EQ(full.grooming_stage, split.grooming_stage);
      ASSERT_EQ(full.sextortion_stage, split.sextortion_stage);
      reciprocal += want.reciprocal;
      ++scored;
    }
  }
  // Both outcomes of the reciprocity test ran.
  EXPECT_GT(reciprocal, scored / 20);
  EXPECT_LT(reciprocal, scored - scored / 20);
}

}  // namespace
}  // namespace vigil::conversation

namespace vigil::conversation {
namespace {

// Everything a message without cues or age facts in a two-party chat reads
// or writes lies in the record's first cache line; what only cue messages
// touch lies in the second (tracker.cc requests only the first line for
// the others).
// A grade named without "I" by someone whose addressee already counts as a
// minor echoes the addressee's schooling ("understudy in 8th grade is huge"
// after the child's "the middle school musical, i'm understudy"): the sender
// stays of unknown age. Said to an addressee of unknown age, it is the
// sender's own (a pupil's "8th grade is so hard").
TEST(ConversationAgeFacts, GradeEchoedToAMinorIsNotTheSenders) {
  ConversationState c;
  const int coach = AddSlot(c, 11, 8, -1), child = AddSlot(c, 22, 8, -1);
  ASSERT_GE(coach, 0);
  ASSERT_GE(child, 0);
  AddAgeFacts(c, child, coach, ExtractAgeFacts("i'm in 7th grade"));
  ASSERT_EQ(c.part(child).self_age, 13);
  const AgeFacts echo = ExtractAgeFacts("understudy in 8th grade is huge, don't sell yourself short");
  ASSERT_TRUE(echo.implicit_grade);
  AddAgeFacts(c, coach, child, echo);
  EXPECT_EQ(c.part(coach).self_age, kUnknownAge);
  ConversationState peers;
  const int a = AddSlot(peers, 11, 8, -1), b = AddSlot(peers, 22, 8, -1);
  AddAgeFacts(peers, a, b, echo);
  EXPECT_EQ(peers.part(a).self_age, 14);
}

// A parent addressed with 您 (an adult by role) who answers a studio's
// question about the child with a short "11岁，五年级" speaks of the child:
// the parent does not become 11. A participant not known as an adult who
// answers the same way does.
TEST(ConversationAgeFacts, AdultByRoleAnsweringWithAChildsAgeSpeaksOfTheChild) {
  ConversationState c;
  const int studio = AddSlot(c, 11, 8, -1), parent = AddSlot(c, 22, 8, -1);
  ASSERT_GE(studio, 0);
  ASSERT_GE(parent, 0);
  AddAgeFacts(c, studio, parent, ExtractAgeFacts("您好！谢谢喜欢。孩子多大了呢？"));
  ASSERT_EQ(c.part(parent).self_age, kAdultByRole);
  AddAgeFacts(c, parent, studio, ExtractAgeFacts("11岁，五年级"));
  EXPECT_EQ(c.part(parent).self_age, kAdultByRole);
  ConversationState d;
  const int asker = AddSlot(d, 11, 8, -1), child = AddSlot(d, 22, 8, -1);
  AddAgeFacts(d, asker, child, ExtractAgeFacts("你多大了"));
  AddAgeFacts(d, child, asker, ExtractAgeFacts("11岁，五年级"));
  EXPECT_EQ(d.part(child).self_age, 11);
}

TEST(ConversationLayout, PerMessageFieldsInTheFirstLine) {
  ConversationState c;
  const char* base = reinterpret_cast<const char*>(&c);
  auto at = [&](const void* p) { return reinterpret_cast<const char*>(p) - base; };
  for (const void* p : {static_cast<const void*>(&c.key), static_cast<const void*>(&c.last_ts),
                        static_cast<const void*>(&c.inline_ids[1]),
                        static_cast<const void*>(&c.messages), static_cast<const void*>(&c.risk),
                        static_cast<const void*>(&c.inline_messages[1]),
                        static_cast<const void*>(&c.alert), static_cast<const void*>(&c.suspect),
                        static_cast<const void*>(&c.nparts),
                        static_cast<const void*>(&c.last_sender)}) {
    EXPECT_LT(at(p), 64);
  }
  EXPECT_LE(at(&c.last_asker) + 1, 64);
  EXPECT_GE(at(&c.first_ts), 64);
  EXPECT_GE(at(&c.cold), 64);
  EXPECT_GE(at(&c.evidence_items), 64);
  EXPECT_GE(at(&c.inline_parts[0]), 64);
  EXPECT_EQ(sizeof(ConversationState), 128u);
}

// first_ts (second line) is read only for a message that may be earlier
// than the latest: over random timestamp sequences (zero, negative, out of
// order) the tracker's first_ts equals the rule applied to every message.
TEST(ConversationLayout, FirstTimeMatchesTheRuleOnEveryMessage) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 300; ++trial) {
    ConversationTracker t;
    ConversationUpdate u;
    int64_t first = 0;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      ConversationMessage m;
      m.conversation = "conv";
      m.id = "m";
      m.sender = k % 2 ? "a" : "b";
      m.recipient = k % 2 ? "b" : "a";
      switch (rng() % 4) {
        case 0: m.ts_ms = 0; break;
        case 1: m.ts_ms = -static_cast<int64_t>(rng() % 1000); break;
        default: m.ts_ms = static_cast<int64_t>(rng() % 1000);
      }
      if (k == 0 || (m.ts_ms > 0 && (first == 0 || m.ts_ms < first))) first = m.ts_ms;
      ASSERT_TRUE(t.Update(m, &u).ok());
    }
    // Checkpoint layout: magic, version, flags, count (24 bytes), key, first_ts.
    const std::string cp = t.CheckpointConversation("conv");
    ASSERT_GE(cp.size(), 40u);
    int64_t stored = 0;
    std::memcpy(&stored, cp.data() + 32, 8);
    EXPECT_EQ(stored, first) << "trial " << trial;
  }
}

}  // namespace
}  // namespace vigil::conversation
