#include "vigil/conversation.h"

// GCC 12 false positive on std::string operator+ at -O3 (GCC bug 105329).
#pragma GCC diagnostic ignored "-Wrestrict"

#include <gtest/gtest.h>

#include <cstring>
#include <initializer_list>
#include <span>
#include <atomic>
#include <thread>

#include "conversation/serialize.h"
#include "vigil/pipeline.h"

namespace vigil {
namespace {

using F = CueFamily;
constexpr int64_t kT0 = 1767225600000;  // 2026-01-01
constexpr int64_t kMin = 60 * 1000;

MessageCues Cues(std::initializer_list<F> families, float score = 1.0f) {
  MessageCues c;
  for (F f : families) {
    c.score[static_cast<int>(f)] = score;
    c.hits.push_back(CueHit{f, score, 0, 1, 0});
  }
  return c;
}

// Drives one conversation through a tracker.
class Chat {
 public:
  Chat(ConversationTracker& t, std::string id) : t_(t), id_(std::move(id)) {}
  ConversationUpdate Say(const std::string& from, const std::string& to, const std::string& text,
                         std::initializer_list<F> families = {}, int64_t ts = -1) {
    MessageCues cues = Cues(families);
    ++n_;
    msg_id_ = id_ + "-" + std::to_string(n_);
    ConversationMessage m;
    m.conversation = id_;
    m.id = msg_id_;
    m.sender = from;
    m.recipient = to;
    m.ts_ms = ts >= 0 ? ts : kT0 + n_ * kMin;
    m.text = text;
    m.cues = &cues;
    ConversationUpdate u;
    Status s = t_.Update(m, &u);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return u;
  }
  int n() const { return n_; }
  void Skip() { ++n_; }  // continue the numbering of a restored conversation

 private:
  ConversationTracker& t_;
  std::string id_;
  std::string msg_id_;
  int n_ = 0;
};

TEST(ConversationModel, AlertsOnGroomingProgressionAndStaysOn) {
  ConversationTracker t;
  Chat c(t, "c1");
  EXPECT_FALSE(c.Say("adult", "kid", "gg", {}).info.alert);
  EXPECT_FALSE(c.Say("adult", "kid", "how old r u", {F::kAgeSignal}).info.alert);
  EXPECT_FALSE(c.Say("kid", "adult", "12").info.alert);
  EXPECT_FALSE(c.Say("adult", "kid", "", {F::kFlattery}).info.alert);
  auto u = c.Say("adult", "kid", "", {F::kSecrecy});
  ASSERT_TRUE(u.info.alert);
  EXPECT_TRUE(u.alert_now);
  EXPECT_EQ(u.info.category, "grooming");
  EXPECT_EQ(u.info.suspect, "adult");
  EXPECT_EQ(u.info.stage, "isolation");
  EXPECT_GE(u.info.risk, 0.5);
  EXPECT_NE(u.explanation.find("secrecy"), std::string::npos);
  EXPECT_NE(u.explanation.find("addressee states age 12"), std::string::npos);
  EXPECT_EQ(u.info.evidence, (std::vector<std::string>{"c1-2", "c1-4", "c1-5"}));
  // Sticky: later benign messages keep the alert.
  auto later = c.Say("kid", "adult", "ok bye");
  EXPECT_TRUE(later.info.alert);
  EXPECT_FALSE(later.alert_now);
  EXPECT_EQ(later.info.suspect, "adult");
  EXPECT_TRUE(c.Say("adult", "kid", "", {F::kImageRequest}).adds_evidence);
}

TEST(ConversationModel, SingleFamilyNeverAlerts) {
  for (F f : {F::kImageRequest, F::kThreat, F::kSecrecy, F::kGift, F::kPaymentDemand,
              F::kPossessionClaim, F::kSexualisation, F::kApproach}) {
    ConversationTracker t;
    Chat c(t, "single");
    c.Say("kid", "adult", "im 12");
    for (int i = 0; i < 200; ++i) {
      ASSERT_FALSE(c.Say("adult", "kid", "", {f}).info.alert) << CueFamilyName(f) << " at " << i;
    }
  }
}

TEST(ConversationModel, NoAlertOnPeersOrFamily) {
  ConversationTracker t;
  Chat peers(t, "peers");
  peers.Say("a", "b", "im 14");
  peers.Say("b", "a", "im 13");
  for (int i = 0; i < 5; ++i) {
    EXPECT_FALSE(peers.Say("a", "b", "", {F::kFlattery, F::kSecrecy}).info.alert);
    EXPECT_FALSE(peers.Say("b", "a", "", {F::kFlattery, F::kPlatformMigration}).info.alert);
  }
  Chat gran(t, "gran");
  gran.Say("grandma", "kid", "", {F::kSupervisionProbe});
  gran.Say("kid", "grandma", "yes grandma im 9");
  EXPECT_FALSE(gran.Say("grandma", "kid", "", {F::kImageRequest, F::kPlatformMigration}).info.alert);
  Chat adults(t, "adults");
  adults.Say("x", "y", "im 29");
  adults.Say("y", "x", "i'm 31");
  EXPECT_FALSE(adults.Say("x", "y", "", {F::kFlattery, F::kImageRequest, F::kPlatformMigration}).info.alert);
}

// The asker's praise of the child's grade is not the asker's own age: the
// classic "哥哥" pattern (adult asks the age, praises "才五年级？…", gives a
// gift in secret, moves apps) alerts, where it used to read as two peers.
TEST(ConversationModel, AskersGradePraiseIsNotTheirOwnAge) {
  ConversationTracker t;
  Chat c(t, "gege");
  c.Say("gege", "kid", "你多大了呀 上学了没");
  c.Say("kid", "gege", "五年级了 11岁");
  c.Say("gege", "kid", "才五年级？比我见过的初中生还懂事");
  c.Say("gege", "kid", "", {F::kGift, F::kSecrecy});
  auto u = c.Say("gege", "kid", "", {F::kPlatformMigration, F::kSupervisionProbe});
  EXPECT_TRUE(u.info.alert);
  EXPECT_EQ(u.info.category, "grooming");
  EXPECT_EQ(u.info.suspect, "gege");
  // The same implicit grade from the child (who never asked) is the child's.
  Chat d(t, "kid-says");
  d.Say("adult", "kid", "im 34");
  d.Say("kid", "adult", "ugh everyone in year 8 is so immature lately honestly");
  d.Say("adult", "kid", "", {F::kGift, F::kSecrecy});
  EXPECT_TRUE(d.Say("adult", "kid", "", {F::kPlatformMigration, F::kImageRequest}).info.alert);
}

// A parent who introduces themself and answers a tutor's question about the
// child's age ("初一，12岁…") is not the child: the tutor's fee, video lessons
// and questions do not read as grooming of the parent. A child who states
// their own age to an adult still counts.
TEST(ConversationModel, ParentAnsweringForTheirChildIsAnAdult) {
  ConversationTracker t;
  Chat c(t, "tutor");
  c.Say("mum", "tutor", "张老师您好，我是王子轩妈妈，想给孩子补英语");
  c.Say("tutor", "mum", "王妈妈好。孩子几年级、多大了？");
  c.Say("mum", "tutor", "初一，12岁，语法比较弱，阅读还可以");
  for (int i = 0; i < 3; ++i) {
    EXPECT_FALSE(c.Say("tutor", "mum", "每小时200，您微信转账就行", {F::kPlatformMigration, F::kGift}).info.alert);
    EXPECT_FALSE(c.Say("tutor", "mum", "线上视频上课可以吗", {F::kImageRequest, F::kSupervisionProbe}).info.alert);
  }
  // The same adult talking to a child who says "我今年12" alerts.
  Chat d(t, "child");
  d.Say("tutor", "kid", "你多大了");
  d.Say("kid", "tutor", "我今年12");
  d.Say("tutor", "kid", "", {F::kGift, F::kSecrecy});
  EXPECT_TRUE(d.Say("tutor", "kid", "", {F::kPlatformMigration, F::kImageRequest}).info.alert);
}

// A target who states no age but speaks of their own school life in two
// messages counts as a minor (a weaker sign than a stated age), also after a
// checkpoint; one such message, or a parent or teacher speaking to a child
// about school, does not.
TEST(ConversationModel, PupilWhoStatesNoAgeIsAMinorTarget) {
  auto run = [](const std::vector<std::string>& target_lines, bool checkpoint) {
    ConversationTracker t;
    Chat c(t, "tutor");
    for (const auto& line : target_lines) c.Say("kid", "tutor", line);
    c.Say("tutor", "kid", "", {F::kFlattery, F::kSecrecy});
    ConversationTracker restored;
    ConversationTracker* u = &t;
    if (checkpoint) {
      EXPECT_TRUE(restored.Restore(t.Checkpoint()).ok());
      u = &restored;
    }
    Chat d(*u, "tutor");
    for (int i = 0; i < c.n(); ++i) d.Skip();
    return d.Say("tutor", "kid", "", {F::kApproach});
  };
  const std::vector<std::string> pupil = {"月考考砸了，我媽一直罵我", "ok i have to do homework bye"};
  auto a = run(pupil, false);
  EXPECT_TRUE(a.alert_now);
  EXPECT_NE(a.explanation.find("school life"), std::string::npos) << a.explanation;
  EXPECT_TRUE(run(pupil, true).alert_now);
  EXPECT_FALSE(run({"月考考砸了，我媽一直罵我", "好"}, false).info.alert);
  EXPECT_FALSE(run({"放学了吗 今晚吃饺子", "先写作业", "Homework before Xbox please"}, false).info.alert);
}

// A parent and child going over a school's sextortion warning quote every
// coercive family; close-family address keeps that from alerting, as it
// does for grooming. The same cues between strangers alert.
TEST(ConversationModel, FamilyGoingOverASextortionWarningDoesNotAlert) {
  ConversationTracker t;
  Chat c(t, "family");
  c.Say("mum", "kid", "浩然你认真看 学校发的防范网络性勒索");
  c.Say("kid", "mum", "知道了妈");
  c.Say("mum", "kid", "", {F::kPossessionClaim});
  EXPECT_FALSE(c.Say("mum", "kid", "", {F::kThreat}).info.alert);
  Chat d(t, "strangers");
  d.Say("x", "kid", "hi");
  d.Say("kid", "x", "hey");
  d.Say("x", "kid", "", {F::kPossessionClaim});
  EXPECT_TRUE(d.Say("x", "kid", "", {F::kThreat}).info.alert);
}

TEST(ConversationModel, SextortionAndUpgradeFromGrooming) {
  ConversationTracker t;
  Chat c(t, "s1");
  c.Say("kid", "fake", "im 15");
  c.Say("fake", "kid", "", {F::kFlattery});
  auto g = c.Say("fake", "kid", "", {F::kPlatformMigration, F::kImageRequest});
  ASSERT_TRUE(g.info.alert);
  EXPECT_EQ(g.info.category, "grooming");
  c.Say("kid", "fake", "", {F::kPaymentDemand});  // the victim talking about paying
  auto s = c.Say("fake", "kid", "", {F::kPossessionClaim, F::kThreat});
  EXPECT_TRUE(s.category_changed);
  EXPECT_EQ(s.info.category, "sextortion");
  EXPECT_EQ(s.info.suspect, "fake");
  EXPECT_TRUE(s.info.stage == "threat" || s.info.stage == "demand");
  // Sextortion evidence: the suspect's messages with sextortion families,
  // including the one that raised the category (flattery no longer counts).
  EXPECT_EQ(s.info.evidence, (std::vector<std::string>{"s1-3", "s1-5"}));

  Chat d(t, "s2");  // claim-only sextortion without any earlier grooming
  d.Say("x", "victim", "", {F::kPossessionClaim});
  auto a = d.Say("x", "victim", "", {F::kThreat, F::kPaymentDemand});
  ASSERT_TRUE(a.alert_now);
  EXPECT_EQ(a.info.category, "sextortion");
  EXPECT_EQ(a.info.suspect, "x");
}

TEST(ConversationModel, DecayForgetsOldWeakEvidence) {
  ConversationOptions o;
  o.half_life_ms = 24LL * 3600 * 1000;
  ConversationTracker t(o);
  Chat c(t, "slow");
  c.Say("kid", "adult", "im 12", {}, kT0);
  c.Say("adult", "kid", "", {F::kFlattery}, kT0 + kMin);
  // Sixty days later, one new family is not a progression any more.
  auto u = c.Say("adult", "kid", "", {F::kGift}, kT0 + 60LL * 24 * 3600 * 1000);
  EXPECT_FALSE(u.info.alert);
}

TEST(ConversationState, OutOfOrderTimestamps) {
  ConversationTracker t;
  Chat c(t, "ooo");
  c.Say("kid", "adult", "im 11", {}, kT0 + 100 * kMin);
  c.Say("adult", "kid", "", {F::kGift}, kT0 + 90 * kMin);     // late
  c.Say("adult", "kid", "", {F::kSecrecy}, kT0 + 10 * kMin);  // very late
  auto u = c.Say("adult", "kid", "", {F::kSupervisionProbe}, 0);  // no timestamp
  EXPECT_TRUE(u.info.alert);
  EXPECT_EQ(u.info.suspect, "adult");
  // Eviction uses the latest time seen, not the last message's time.
  EXPECT_EQ(t.EvictIdle(kT0 + 100 * kMin + t.options().idle_evict_ms - 1), 0u);
}

TEST(ConversationState, EvictsIdleConversationsOnly) {
  ConversationOptions o;
  o.idle_evict_ms = 3600 * 1000;
  ConversationTracker t(o);
  for (int i = 0; i < 100; ++i) {
    Chat c(t, "e" + std::to_string(i));
    c.Say("a", "b", "hi", {}, kT0 + (i < 50 ? 0 : 10 * 3600 * 1000));
  }
  EXPECT_EQ(t.size(), 100u);
  EXPECT_EQ(t.EvictIdle(kT0 + 10 * 3600 * 1000), 50u);
  EXPECT_EQ(t.size(), 50u);
  EXPECT_EQ(t.EvictIdle(kT0 + 10 * 3600 * 1000), 0u);
}

TEST(ConversationState, GroupChatWithManyParticipants) {
  ConversationOptions o;
  o.max_participants = 16;
  ConversationTracker t(o);
  Chat c(t, "group");
  // 300 members chatting; one adult targets one child inside the group.
  for (int i = 0; i < 300; ++i) c.Say("member" + std::to_string(i), "", "lol");
  c.Say("child", "groomer", "im 10");
  c.Say("groomer", "child", "", {F::kGift});
  for (int i = 300; i < 400; ++i) c.Say("member" + std::to_string(i), "", "gg");
  c.Say("groomer", "child", "", {F::kSupervisionProbe});
  auto u = c.Say("groomer", "child", "", {F::kSecrecy, F::kPlatformMigration});
  ASSERT_TRUE(u.info.alert);
  EXPECT_EQ(u.info.suspect, "groomer");
  EXPECT_LT(t.ApproxBytes(), 16u * 1024);
}

TEST(ConversationState, HundredThousandMessagesInBoundedMemory) {
  ConversationTracker t;
  Chat c(t, "long");
  size_t after_1k = 0;
  for (int i = 0; i < 100000; ++i) {
    bool cue = i % 7 == 0;
    c.Say(i % 2 ? "a" : "b", i % 2 ? "b" : "a", "message text",
          cue ? std::initializer_list<F>{F::kFlattery} : std::initializer_list<F>{});
    if (i == 1000) after_1k = t.ApproxBytes();
  }
  EXPECT_LE(t.ApproxBytes(), after_1k + 64);  // no growth after the caps are reached
  EXPECT_LT(t.ApproxBytes(), 8u * 1024);
  std::string cp = t.Checkpoint();
  EXPECT_LT(cp.size(), 2048u);
}

TEST(ConversationState, LazyDecayIgnoresMessagesWithoutCues) {
  // Masses decay on read: chat without cues in between must not change what
  // the model sees (the first version decayed and truncated per message).
  ConversationOptions o;
  o.half_life_ms = 24LL * 3600 * 1000;
  ConversationTracker quiet(o), chatty(o);
  Chat q(quiet, "c"), c(chatty, "c");
  for (Chat* x : {&q, &c}) {
    x->Say("kid", "adult", "im 12", {}, kT0);
    x->Say("adult", "kid", "", {F::kFlattery}, kT0 + kMin);
  }
  for (int i = 0; i < 500; ++i) c.Say(i % 2 ? "kid" : "adult", i % 2 ? "adult" : "kid", "lol", {}, kT0 + (2 + i) * kMin);
  auto uq = q.Say("adult", "kid", "", {F::kSecrecy}, kT0 + 12 * 3600 * 1000);
  auto uc = c.Say("adult", "kid", "", {F::kSecrecy}, kT0 + 12 * 3600 * 1000);
  EXPECT_TRUE(uq.info.alert);
  EXPECT_EQ(uq.info.alert, uc.info.alert);
  EXPECT_FLOAT_EQ(static_cast<float>(uq.info.risk), static_cast<float>(uc.info.risk));
  EXPECT_EQ(uq.explanation, uc.explanation);
}

TEST(ConversationState, EvidenceListsOnlyTheSuspectsCategoryCueMessages) {
  ConversationTracker t;
  Chat c(t, "ev");
  c.Say("kid", "adult", "im 12");
  c.Say("adult", "kid", "", {F::kFlattery});
  ASSERT_TRUE(c.Say("adult", "kid", "", {F::kSecrecy}).info.alert);
  for (int i = 0; i < 5; ++i) {
    c.Say("adult", "kid", "how was school");  // the suspect, no cue
    c.Say("kid", "adult", "ok");
  }
  // The other side's cue messages neither appear nor push the suspect's out
  // of the capped list; a suspect message with no grooming cue is not listed.
  for (int i = 0; i < 20; ++i) c.Say("kid", "adult", "", {F::kFlattery});
  auto pay = c.Say("adult", "kid", "", {F::kPaymentDemand});
  EXPECT_FALSE(pay.adds_evidence);
  auto u = c.Say("adult", "kid", "", {F::kImageRequest});
  EXPECT_TRUE(u.adds_evidence);
  EXPECT_EQ(u.info.evidence, (std::vector<std::string>{"ev-2", "ev-3", "ev-35"}));
}

TEST(ConversationState, EvidenceKeepsFirstItemsAndNewestRingAtAnyCap) {
  // The list grows in steps (4, 16, 64, … capped at max): whatever the cap,
  // it holds the first kKeepFirstEvidence items and a ring of the newest.
  using conversation::ConversationState;
  for (int max : {1, 3, 4, 5, 16, 70}) {
    ConversationState c;
    constexpr int kN = 200;
    for (int i = 0; i < kN; ++i) {
      conversation::AddEvidence(c, "e" + std::to_string(i), kT0 + i, 1u, 0, 1, max);
    }
    auto ev = c.evidence();
    ASSERT_EQ(static_cast<int>(ev.size()), max) << max;
    EXPECT_LE(c.evidence_items.capacity(), static_cast<size_t>(std::max(max, 4))) << max;
    const int keep = std::min(conversation::kKeepFirstEvidence, max - 1);
    for (int i = 0; i < keep; ++i) EXPECT_EQ(ev[i].message_id, "e" + std::to_string(i));
    const int ring = max - keep;
    std::vector<std::string> newest;
    for (int i = 0; i < ring; ++i) newest.push_back(ev[keep + (c.ring_next + i) % ring].message_id);
    for (int i = 0; i < ring; ++i) {
      EXPECT_EQ(newest[i], "e" + std::to_string(kN - ring + i)) << "max " << max << " ring " << i;
    }
  }
}

TEST(ConversationState, NamedFlagFollowsNamesThroughRecyclingAndCheckpoints) {
  using conversation::ConversationState;
  ConversationState c;
  int a = conversation::Slot(c, "a", 2);
  int b = conversation::Slot(c, "b", 2);
  EXPECT_FALSE(c.HasName(a));
  c.SetName(a, "a");
  c.SetName(b, "");  // an empty name (a group broadcast's recipient) is no name
  EXPECT_TRUE(c.HasName(a));
  EXPECT_FALSE(c.HasName(b));
  EXPECT_FALSE(c.HasName(-1));
  EXPECT_FALSE(c.HasName(5));
  // Round trip through the checkpoint format keeps the flag.
  c.key = 42;
  conversation::Writer w;
  w.Header(1);
  w.Conversation(c.key, c);
  std::string bytes = w.Finish();
  int restored = 0;
  ASSERT_TRUE(conversation::ReadCheckpoint(bytes, [&](ConversationState&& r) {
                ++restored;
                EXPECT_TRUE(r.HasName(a));
                EXPECT_EQ(r.name(a), "a");
                EXPECT_FALSE(r.HasName(b));
              }).ok());
  EXPECT_EQ(restored, 1);
  // A full two-slot conversation recycles a plain slot for a third sender:
  // the newcomer starts without the old occupant's name.
  int x = conversation::Slot(c, "x", 2, b);
  ASSERT_EQ(x, a);
  EXPECT_FALSE(c.HasName(x));
  EXPECT_EQ(c.name(x), "");
}

// Names of slots 0–1 live inline in the Cold block, later ones in a vector:
// both kinds survive a checkpoint and are forgotten when their slot is recycled.
TEST(ConversationState, NamesAcrossInlineAndExtraSlots) {
  using conversation::ConversationState;
  ConversationState c;
  std::vector<std::string> names;
  for (int i = 0; i < 5; ++i) {
    // Slots 1 and 3 get names longer than a short string holds inline.
    names.push_back(i % 2 ? "account-with-a-long-id-" + std::to_string(i) : "u" + std::to_string(i));
    ASSERT_EQ(conversation::Slot(c, names.back(), 5), i);
  }
  const size_t before = conversation::HeapBytes(c);
  for (int i = 0; i < 5; ++i) c.SetName(i, names[i]);
  EXPECT_GT(conversation::HeapBytes(c), before);  // the block, the vector and two long names
  c.key = 7;
  conversation::Writer w;
  w.Header(1);
  w.Conversation(c.key, c);
  std::string bytes = w.Finish();
  ASSERT_TRUE(conversation::ReadCheckpoint(bytes, [&](ConversationState&& r) {
                for (int i = 0; i < 5; ++i) {
                  EXPECT_TRUE(r.HasName(i)) << i;
                  EXPECT_EQ(r.name(i), names[i]) << i;
                }
                EXPECT_EQ(r.name(5), "");
              }).ok());
  // Full: a sixth sender recycles a plain slot, whose name goes with it.
  int x = conversation::Slot(c, "newcomer", 5, 0);
  ASSERT_GE(x, 1);
  EXPECT_FALSE(c.HasName(x));
  EXPECT_EQ(c.name(x), "");
  for (int i = 0; i < 5; ++i) {
    if (i != x) {
      EXPECT_EQ(c.name(i), names[i]) << i;
    }
  }
}

TEST(ConversationTracker, PrecomputedKeyAndPrefetchMatchPlainUpdate) {
  ConversationTracker a, b;
  MessageCues cues = Cues({F::kFlattery, F::kSecrecy});
  for (int i = 0; i < 200; ++i) {
    std::string id = "k" + std::to_string(i % 37);
    ConversationMessage m;
    m.conversation = id;
    m.id = "m";
    m.sender = i % 2 ? "kid" : "adult";
    m.recipient = i % 2 ? "adult" : "kid";
    m.ts_ms = kT0 + i * kMin;
    m.text = i % 2 ? "im 13" : "";
    m.cues = i % 3 ? nullptr : &cues;
    ConversationUpdate ua, ub;
    ASSERT_TRUE(a.Update(m, &ua).ok());
    m.conversation_key = ConversationTracker::Key(id);
    b.Prefetch(m.conversation_key);
    b.Prefetch(12345);  // any key, even one never seen
    b.PrefetchCueState(m.conversation_key);
    b.PrefetchCueState(12345);
    ASSERT_TRUE(b.Update(m, &ub).ok());
    EXPECT_EQ(ua.info.alert, ub.info.alert);
    EXPECT_DOUBLE_EQ(ua.info.risk, ub.info.risk);
  }
  EXPECT_EQ(a.Checkpoint(), b.Checkpoint());
  EXPECT_NE(ConversationTracker::Key(""), 0u);
}

// UpdateBatch gives exactly the updates of Update called in order: every
// field of every message's result and the final state, over batches that
// repeat a conversation (it must see its earlier message in the same
// group), span group boundaries, hold a message without a conversation id
// (refused alone, the rest goes on), group chats, age facts, alerts and
// out-of-order timestamps.
TEST(ConversationTracker, UpdateBatchMatchesUpdateInOrder) {
  ConversationOptions o;
  o.max_evidence = 5;  // the evidence ring wraps
  ConversationTracker seq(o), bat(o);
  const std::vector<MessageCues> cues = {
      MessageCues(), Cues({F::kFlattery}), Cues({F::kAgeSignal, F::kSecrecy}),
      Cues({F::kImageRequest, F::kPlatformMigration}), Cues({F::kThreat, F::kPossessionClaim}),
      Cues({F::kApproach}, 0.2f)};
  const char* texts[] = {"", "im 12", "how old are you?", "13", "我上五年级", "hi grandma"};
  const char* people[] = {"adult", "kid", "friend", "mod", "other"};
  std::vector<std::string> convs, ids;
  std::vector<ConversationMessage> msgs;
  uint64_t x = 12345;
  auto rnd = [&x](uint64_t n) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return (x >> 33) % n;
  };
  const size_t kMessages = 3000;
  convs.reserve(kMessages);
  ids.reserve(kMessages);
  for (size_t i = 0; i < kMessages; ++i) {
    // Runs of one conversation (repeats inside a group) and random others.
    size_t c = i % 7 < 3 ? (i / 7) % 40 : rnd(40);
    convs.push_back(i % 97 == 5 ? "" : "c" + std::to_string(c));
    ids.push_back("m" + std::to_string(i));
    ConversationMessage m;
    m.conversation = convs.back();
    m.id = ids.back();
    const bool group = c % 5 == 0;
    m.sender = people[group ? rnd(5) : i % 2];
    m.recipient = group ? "" : people[1 - i % 2];
    m.ts_ms = i % 50 == 7 ? 0 : kT0 + static_cast<int64_t>(i) * kMin - (i % 11 == 3 ? 30 * kMin : 0);
    m.text = texts[rnd(6)];
    m.cues = rnd(3) == 0 ? &cues[rnd(cues.size())] : nullptr;
    if (i % 13 == 0) m.conversation_key = ConversationTracker::Key(m.conversation);
    if (m.conversation.empty()) m.conversation_key = 0;
    msgs.push_back(m);
  }
  std::vector<ConversationUpdate> out(kMessages);
  std::vector<Status> status(kMessages);
  // Batches of varying size: 1, a partial chunk, a full chunk, several
  // chunks.
  size_t alerts = 0, refused = 0;
  for (size_t at = 0, k = 0; at < kMessages; ++k) {
    size_t n = std::min<size_t>(std::vector<size_t>{1, 5, 16, 37, 64, 300, 700}[k % 7],
                                kMessages - at);
    bat.UpdateBatch(std::span(msgs).subspan(at, n), std::span(out).subspan(at, n),
                    std::span(status).subspan(at, n));
    for (size_t i = at; i < at + n; ++i) {
      ConversationUpdate u;
      Status st = seq.Update(msgs[i], &u);
      ASSERT_EQ(st.ok(), status[i].ok()) << i;
      if (!st.ok()) {
        EXPECT_EQ(st.message(), status[i].message());
        ++refused;
        continue;
      }
      const ConversationUpdate& b = out[i];
      ASSERT_EQ(u.info.id, b.info.id) << i;
      EXPECT_EQ(u.info.risk, b.info.risk) << i;  // bit for bit
      EXPECT_EQ(u.info.alert, b.info.alert) << i;
      EXPECT_EQ(u.info.category, b.info.category) << i;
      EXPECT_EQ(u.info.suspect, b.info.suspect) << i;
      EXPECT_EQ(u.info.stage, b.info.stage) << i;
      EXPECT_EQ(u.info.evidence, b.info.evidence) << i;
      EXPECT_EQ(u.alert_now, b.alert_now) << i;
      EXPECT_EQ(u.adds_evidence, b.adds_evidence) << i;
      EXPECT_EQ(u.category_changed, b.category_changed) << i;
      EXPECT_EQ(u.score, b.score) << i;
      EXPECT_EQ(u.explanation, b.explanation) << i;
      alerts += u.alert_now;
    }
    at += n;
  }
  EXPECT_GT(alerts, 0u);  // the stream exercises the alert path
  EXPECT_GT(refused, 0u);
  EXPECT_EQ(seq.Checkpoint(), bat.Checkpoint());
  EXPECT_EQ(seq.size(), bat.size());
}

// The batch pipeline requests records and cue lines many messages ahead:
// tables that grow (records move) between a message's request and its
// update, long probe sequences (few stripes, many conversations) and
// conversations repeated within the look-ahead must not change any result.
TEST(ConversationTracker, UpdateBatchMatchesUpdateWhileTablesGrow) {
  ConversationOptions o;
  o.stripes = 2;
  ConversationTracker seq(o), bat(o);
  const std::vector<MessageCues> cues = {MessageCues(), Cues({F::kFlattery}),
                                         Cues({F::kSecrecy, F::kImageRequest}),
                                         Cues({F::kThreat, F::kPossessionClaim})};
  constexpr size_t kMessages = 20000;
  std::vector<std::string> convs, ids;
  convs.reserve(kMessages);
  ids.reserve(kMessages);
  std::vector<ConversationMessage> msgs;
  uint64_t x = 777;
  auto rnd = [&x](uint64_t n) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return (x >> 33) % n;
  };
  for (size_t i = 0; i < kMessages; ++i) {
    // New conversations keep arriving (the tables grow mid-batch), with
    // repeats of recent ones inside the look-ahead distance.
    size_t c = i % 3 == 0 ? i / 3 : rnd(i / 3 + 1);
    convs.push_back("conv-" + std::to_string(c));
    ids.push_back("m" + std::to_string(i));
    ConversationMessage m;
    m.conversation = convs.back();
    m.id = ids.back();
    m.sender = i % 2 ? "adult" : "kid";
    m.recipient = i % 2 ? "kid" : "adult";
    m.ts_ms = kT0 + static_cast<int64_t>(i) * kMin;
    m.cues = &cues[rnd(cues.size())];
    msgs.push_back(m);
  }
  std::vector<ConversationUpdate> out(kMessages);
  std::vector<Status> status(kMessages);
  size_t alerts = 0;
  for (size_t at = 0; at < kMessages; at += 256) {
    size_t n = std::min<size_t>(256, kMessages - at);
    bat.UpdateBatch(std::span(msgs).subspan(at, n), std::span(out).subspan(at, n),
                    std::span(status).subspan(at, n));
  }
  for (size_t i = 0; i < kMessages; ++i) {
    ConversationUpdate u;
    ASSERT_TRUE(seq.Update(msgs[i], &u).ok());
    ASSERT_TRUE(status[i].ok()) << i;
    ASSERT_EQ(u.info.risk, out[i].info.risk) << i;
    ASSERT_EQ(u.info.alert, out[i].info.alert) << i;
    ASSERT_EQ(u.info.evidence, out[i].info.evidence) << i;
    ASSERT_EQ(u.alert_now, out[i].alert_now) << i;
    ASSERT_EQ(u.explanation, out[i].explanation) << i;
    alerts += u.alert_now;
  }
  EXPECT_GT(alerts, 0u);
  EXPECT_EQ(seq.size(), kMessages / 3 + 1);
  EXPECT_EQ(seq.Checkpoint(), bat.Checkpoint());
}

TEST(ConversationState, EvictionKeepsEveryOtherConversationReachable) {
  // Many conversations in few stripes: eviction shifts records inside the
  // open-addressing table; every survivor must keep its state.
  ConversationOptions o;
  o.stripes = 2;
  o.idle_evict_ms = 3600 * 1000;
  ConversationTracker t(o);
  constexpr int kN = 3000;
  auto id = [](int i) { return "g" + std::to_string(i); };
  for (int i = 0; i < kN; ++i) {
    int64_t ts = kT0 + (i % 2 ? 10 * 3600 * 1000 : 0);  // odd ones stay active
    Chat c(t, id(i));
    c.Say("kid", "adult", "im 12", {}, ts);
    if (i % 3 == 0) {
      c.Say("adult", "kid", "", {F::kFlattery}, ts);
      ASSERT_TRUE(c.Say("adult", "kid", "", {F::kSecrecy}, ts).info.alert) << i;
    }
  }
  EXPECT_EQ(t.EvictIdle(kT0 + 10 * 3600 * 1000), static_cast<size_t>(kN / 2));
  EXPECT_EQ(t.size(), static_cast<size_t>(kN / 2));
  for (int i = 0; i < kN; ++i) {
    ConversationMessage m;
    std::string conv = id(i);
    m.conversation = conv;
    m.id = "next";
    m.sender = "kid";
    m.recipient = "adult";
    m.ts_ms = kT0 + 10 * 3600 * 1000;
    ConversationUpdate u;
    ASSERT_TRUE(t.Update(m, &u).ok());
    // Survivors (odd) keep their alert; evicted ones start afresh.
    EXPECT_EQ(u.info.alert, i % 2 == 1 && i % 3 == 0) << i;
  }
  EXPECT_EQ(t.size(), static_cast<size_t>(kN));
}

TEST(ConversationCheckpoint, RoundTripContinuesIdentically) {
  ConversationTracker a;
  for (int i = 0; i < 50; ++i) {
    Chat c(a, "rt" + std::to_string(i));
    c.Say("kid", "adult", "im 12");
    c.Say("adult", "kid", "", {F::kFlattery});
    if (i % 2) c.Say("adult", "kid", "", {F::kSecrecy});
  }
  std::string bytes = a.Checkpoint();
  ConversationTracker b;
  ASSERT_TRUE(b.Restore(bytes).ok());
  EXPECT_EQ(b.size(), a.size());
  // Same next message on both gives the same result.
  for (int i = 0; i < 50; ++i) {
    std::string id = "rt" + std::to_string(i);
    Chat ca(a, id), cb(b, id);
    auto ua = ca.Say("adult", "kid", "", {F::kGift});
    auto ub = cb.Say("adult", "kid", "", {F::kGift});
    EXPECT_EQ(ua.info.alert, ub.info.alert) << id;
    EXPECT_EQ(ua.info.suspect, ub.info.suspect);
    EXPECT_DOUBLE_EQ(ua.info.risk, ub.info.risk);
    EXPECT_EQ(ua.info.evidence, ub.info.evidence);
  }
  // Restoring a checkpoint of b into c gives the same size and bytes length.
  ConversationTracker c;
  ASSERT_TRUE(c.Restore(b.Checkpoint()).ok());
  EXPECT_EQ(c.Checkpoint().size(), b.Checkpoint().size());
}

TEST(ConversationCheckpoint, OneConversationMovesAloneAndContinuesIdentically) {
  ConversationTracker a;
  Chat c(a, "one");
  c.Say("adult", "kid", "how old r u", {F::kAgeSignal});
  c.Say("kid", "adult", "12");
  c.Say("adult", "kid", "", {F::kFlattery});
  Chat other(a, "other");
  other.Say("p", "q", "hi");
  EXPECT_EQ(a.CheckpointConversation("missing"), "");
  std::string one = a.CheckpointConversation("one");
  ASSERT_FALSE(one.empty());

  // A new process: restores only "one", then both continue identically.
  ConversationTracker b;
  ASSERT_TRUE(b.RestoreConversation("one", one).ok());
  EXPECT_EQ(b.size(), 1u);
  Chat ca(a, "one"), cb(b, "one");
  auto ua = ca.Say("adult", "kid", "", {F::kSecrecy});
  auto ub = cb.Say("adult", "kid", "", {F::kSecrecy});
  EXPECT_TRUE(ua.alert_now);
  EXPECT_EQ(ua.alert_now, ub.alert_now);
  EXPECT_DOUBLE_EQ(ua.info.risk, ub.info.risk);
  EXPECT_EQ(ua.info.suspect, ub.info.suspect);

  // Without the restore the same message does not alert.
  ConversationTracker fresh;
  Chat cf(fresh, "one");
  EXPECT_FALSE(cf.Say("adult", "kid", "", {F::kSecrecy}).alert_now);

  // Bytes of another conversation or of several are refused; state unchanged.
  Status s = b.RestoreConversation("other", one);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << s.ToString();
  EXPECT_FALSE(b.RestoreConversation("one", a.Checkpoint()).ok());
  EXPECT_FALSE(b.RestoreConversation("one", one.substr(0, one.size() - 1)).ok());
  EXPECT_EQ(b.size(), 1u);
  // Empty bytes forget the conversation.
  ASSERT_TRUE(b.RestoreConversation("one", "").ok());
  EXPECT_EQ(b.size(), 0u);
}

TEST(ConversationCheckpoint, RefusesCorruptTruncatedAndNewer) {
  ConversationTracker a;
  Chat c(a, "x");
  c.Say("kid", "adult", "im 12");
  c.Say("adult", "kid", "", {F::kFlattery});
  std::string good = a.Checkpoint();

  ConversationTracker b;
  Chat keep(b, "keep");
  keep.Say("p", "q", "hi");
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x40;
  Status s = b.Restore(flipped);
  EXPECT_EQ(s.code(), StatusCode::kCorruption) << s.ToString();
  EXPECT_NE(s.message().find("checksum"), std::string::npos);
  EXPECT_FALSE(b.Restore(good.substr(0, good.size() - 3)).ok());
  EXPECT_FALSE(b.Restore("").ok());
  EXPECT_FALSE(b.Restore("not a checkpoint at all, definitely not").ok());

  std::string newer = good.substr(0, good.size() - 8);
  uint32_t v = kConversationCheckpointVersion + 1;
  std::memcpy(newer.data() + 8, &v, 4);
  uint64_t h = conversation::Fnv1a(newer);
  newer.append(reinterpret_cast<const char*>(&h), 8);
  s = b.Restore(newer);
  EXPECT_EQ(s.code(), StatusCode::kFailedPrecondition) << s.ToString();
  EXPECT_NE(s.message().find("newer"), std::string::npos);

  // Failed restores left the state alone.
  EXPECT_EQ(b.size(), 1u);
  ASSERT_TRUE(b.Restore(good).ok());
  EXPECT_EQ(b.size(), 1u);
}

// In a group chat every message goes to the group id, a slot that never
// speaks: a message is taken as a reply to the last other speaker, so an
// adult singling out the child who just spoke is assessed against her age.
// The last speaker is part of the checkpoint.
TEST(ConversationTracker, GroupReplyGoesToTheLastSpeaker) {
  auto run = [](bool checkpoint_midway) {
    ConversationTracker t;
    Chat c(t, "g");
    c.Say("teen_a", "grp", "anyone online");
    c.Say("kid", "grp", "im 12");
    ConversationTracker restored;
    ConversationTracker* cur = &t;
    if (checkpoint_midway) {
      EXPECT_TRUE(restored.RestoreConversation("g", t.CheckpointConversation("g")).ok());
      cur = &restored;
    }
    Chat d(*cur, "g");
    for (int i = 0; i < 2; ++i) d.Say("x", "grp", "filler");  // keep message ids distinct
    d.Say("kid", "grp", "yeah");
    d.Say("mod", "grp", "", {F::kSecrecy, F::kPlatformMigration});
    d.Say("kid", "grp", "ok");
    return d.Say("mod", "grp", "", {F::kGift, F::kSupervisionProbe});
  };
  ConversationUpdate plain = run(false), resumed = run(true);
  EXPECT_TRUE(plain.alert_now || plain.info.risk >= 0.5) << plain.info.risk;
  EXPECT_EQ(plain.info.suspect, "mod");
  EXPECT_DOUBLE_EQ(plain.info.risk, resumed.info.risk);

  // Addressed to the group with nobody answered (no earlier speaker), the
  // same cues do not name a minor target.
  ConversationTracker t;
  Chat c(t, "h");
  c.Say("mod", "grp", "", {F::kSecrecy, F::kPlatformMigration});
  auto u = c.Say("mod", "grp", "", {F::kGift, F::kSupervisionProbe});
  EXPECT_LT(u.info.risk, plain.info.risk);
}

// Version 1 checkpoints (before the last speaker was stored) still load.
// A version 3 checkpoint of one two-party conversation without cues, names
// or evidence, rewritten in an older format: without the participants'
// school counts (version 2) and the last sender (version 1).
std::string OlderCheckpoint(const std::string& v3, uint32_t version) {
  std::string b = v3.substr(0, v3.size() - 8);
  // File header 24 bytes, conversation header 45; a participant is 60 bytes,
  // its school count, and its (empty) name's 2-byte length.
  constexpr size_t kFirst = 24 + 45, kPart = 63, kSchool = 60;
  EXPECT_EQ(b[kFirst + kPart + kSchool], 0);
  EXPECT_EQ(b[kFirst + kSchool], 0);
  b.erase(kFirst + kPart + kSchool, 1);
  b.erase(kFirst + kSchool, 1);
  if (version < 2) {
    // One conversation without evidence ends with: last sender (1 byte),
    // evidence count (2 bytes).
    EXPECT_EQ(b[b.size() - 3], 1);  // "p" sent last: slot 1
    b.erase(b.size() - 3, 1);
  }
  std::memcpy(b.data() + 8, &version, 4);
  uint64_t h = conversation::Fnv1a(b);
  b.append(reinterpret_cast<const char*>(&h), 8);
  return b;
}

TEST(ConversationCheckpoint, ReadsVersions1And2) {
  ConversationTracker a;
  Chat c(a, "v1");
  c.Say("q", "p", "hey");
  c.Say("p", "q", "hi");
  const std::string v3 = a.Checkpoint();
  for (uint32_t version : {1u, 2u}) {
    ConversationTracker b;
    Status s = b.Restore(OlderCheckpoint(v3, version));
    ASSERT_TRUE(s.ok()) << version << ": " << s.ToString();
    EXPECT_EQ(b.size(), 1u);
    // Version 2: the same state as the original (school counts 0), written
    // back as version 3; version 1 does not know the last sender.
    if (version == 2) {
      EXPECT_EQ(b.Checkpoint(), v3);
    }
  }
  // A version 3 file cut the same way is refused (the bytes do not add up).
  std::string cut = OlderCheckpoint(v3, 2);
  uint32_t three = 3;
  std::memcpy(cut.data() + 8, &three, 4);
  cut.resize(cut.size() - 8);
  uint64_t h = conversation::Fnv1a(cut);
  cut.append(reinterpret_cast<const char*>(&h), 8);
  EXPECT_FALSE(ConversationTracker().Restore(cut).ok());
}

TEST(ConversationTracker, ConcurrentUpdatesOfDistinctConversations) {
  ConversationTracker t;
  std::vector<std::thread> threads;
  for (int th = 0; th < 4; ++th) {
    threads.emplace_back([&t, th] {
      for (int i = 0; i < 500; ++i) {
        Chat c(t, "t" + std::to_string(th) + "-" + std::to_string(i));
        c.Say("kid", "adult", "im 12");
        c.Say("adult", "kid", "", {F::kGift, F::kSecrecy});
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(t.size(), 2000u);
}

// Threads on one tracker, each with its own conversations, through Update
// and UpdateBatch of several sizes at once (batches hold a chunk's stripes
// while single updates take one): every conversation ends as a tracker fed
// its messages alone in order.
TEST(ConversationTracker, ConcurrentUpdatesAndBatchesOfDistinctConversations) {
  ConversationTracker shared;
  const std::vector<MessageCues> cues = {MessageCues(), Cues({F::kFlattery}),
                                         Cues({F::kSecrecy, F::kImageRequest})};
  constexpr int kThreads = 4, kConvs = 40, kMessages = 2000;
  std::vector<std::vector<std::string>> convs(kThreads), ids(kThreads);
  std::vector<std::vector<ConversationMessage>> msgs(kThreads);
  for (int th = 0; th < kThreads; ++th) {
    for (int c = 0; c < kConvs; ++c) {
      convs[th].push_back("t" + std::to_string(th) + "-" + std::to_string(c));
    }
    for (int i = 0; i < kMessages; ++i) ids[th].push_back("m" + std::to_string(i));
    for (int i = 0; i < kMessages; ++i) {
      ConversationMessage m;
      m.conversation = convs[th][(i * 7 + i / 13) % kConvs];
      m.id = ids[th][i];
      m.sender = i % 2 ? "adult" : "kid";
      m.recipient = i % 2 ? "kid" : "adult";
      m.ts_ms = kT0 + static_cast<int64_t>(i) * kMin;
      m.text = i % 9 == 0 ? "im 12" : "";
      m.cues = &cues[(i / 3) % cues.size()];
      msgs[th].push_back(m);
    }
  }
  // Thread 0 updates one message at a time, the others in batches of 64,
  // 300 and 1000.
  const size_t batch[kThreads] = {1, 64, 300, 1000};
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int th = 0; th < kThreads; ++th) {
    threads.emplace_back([&, th] {
      std::vector<ConversationUpdate> out(kMessages);
      std::vector<Status> status(kMessages);
      for (size_t at = 0; at < kMessages; at += batch[th]) {
        size_t n = std::min<size_t>(batch[th], kMessages - at);
        if (n == 1) {
          status[at] = shared.Update(msgs[th][at], &out[at]);
        } else {
          shared.UpdateBatch(std::span(msgs[th]).subspan(at, n), std::span(out).subspan(at, n),
                             std::span(status).subspan(at, n));
        }
      }
      for (const Status& s : status) failures += !s.ok();
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(shared.size(), static_cast<size_t>(kThreads * kConvs));
  for (int th = 0; th < kThreads; ++th) {
    ConversationTracker alone;
    ConversationUpdate u;
    for (const ConversationMessage& m : msgs[th]) ASSERT_TRUE(alone.Update(m, &u).ok());
    for (const std::string& c : convs[th]) {
      EXPECT_EQ(shared.CheckpointConversation(c), alone.CheckpointConversation(c)) << c;
    }
  }
}

TEST(ConversationTracker, RefusesMessageWithoutConversation) {
  ConversationTracker t;
  ConversationMessage m;
  ConversationUpdate u;
  EXPECT_FALSE(t.Update(m, &u).ok());
}

// A stand-in text engine for the pipeline test: cues from fixed markers.
class MarkerCues : public Detector {
 public:
  std::string_view name() const override { return "marker_cues"; }
  Status Detect(const Event& e, ScanContext& ctx, std::vector<Signal>*) const override {
    MessageCues& c = ctx.Slot<MessageCues>();
    c.Clear();
    for (int f = 0; f < kNumCueFamilies; ++f) {
      std::string tag(1, '<');
      tag.append(CueFamilyName(static_cast<F>(f)));
      tag.push_back('>');
      size_t p = e.text.find(tag);
      if (p == std::string::npos) continue;
      c.score[f] = 1.0f;
      c.hits.push_back(CueHit{static_cast<F>(f), 1.0f, static_cast<uint32_t>(p),
                              static_cast<uint32_t>(p + tag.size()), 0});
    }
    return Status::OK();
  }
};

TEST(ConversationDetector, FillsVerdictAndSignalsInPipeline) {
  DetectorRegistry r;
  ASSERT_TRUE(r.Register("marker_cues", [](const DetectorConfig&) {
                 return StatusOr<std::unique_ptr<Detector>>(std::make_unique<MarkerCues>());
               }).ok());
  DetectorRegistry defaults = DefaultRegistry();
  for (const auto& [name, factory] : defaults.entries()) {
    if (name == "conversation") {
      ASSERT_TRUE(r.Register(name, factory).ok());
    }
  }
  auto p = Pipeline::Create(PipelineOptions{}, r);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ScanContext ctx;
  Verdict v;
  auto scan = [&](const std::string& id, const std::string& from, const std::string& to,
                  const std::string& text) {
    Event e;
    e.id = id;
    e.conversation = "conv";
    e.sender = from;
    e.recipient = to;
    e.ts_ms = kT0;
    e.text = text;
    EXPECT_TRUE((*p)->Scan(e, ctx, &v).ok());
  };
  scan("m1", "kid", "adult", "im 12");
  ASSERT_TRUE(v.conversation.has_value());
  EXPECT_FALSE(v.conversation->alert);
  scan("m2", "adult", "kid", "nice <gift>");
  EXPECT_TRUE(v.signals.empty());
  scan("m3", "adult", "kid", "ok <secrecy>");
  ASSERT_TRUE(v.conversation->alert);
  EXPECT_EQ(v.conversation->category, "grooming");
  EXPECT_EQ(v.conversation->suspect, "adult");
  ASSERT_EQ(v.signals.size(), 1u);
  EXPECT_EQ(v.signals[0].type, SignalType::kGrooming);
  ASSERT_EQ(v.signals[0].evidence.size(), 1u);
  EXPECT_EQ(v.signals[0].evidence[0].start, 3u);
  EXPECT_EQ(v.signals[0].evidence[0].term, "secrecy");
  EXPECT_EQ(v.action, Action::kHold);
  scan("m4", "kid", "adult", "ok");
  EXPECT_TRUE(v.conversation->alert);
  EXPECT_TRUE(v.signals.empty());
  Event none;
  none.id = "x";
  ASSERT_TRUE((*p)->Scan(none, ctx, &v).ok());
  EXPECT_FALSE(v.conversation.has_value());
}

}  // namespace
}  // namespace vigil
