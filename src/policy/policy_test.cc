#include <gtest/gtest.h>

#include <fstream>

#include "pipeline/batch.h"
#include "vigil/pipeline.h"
#include "vigil/policy.h"

namespace vigil {
namespace {

Signal Sig(SignalType t, double score) { return Signal{.type = t, .score = score}; }

Signal Media(const std::string& category, int distance = 0) {
  return Signal{.type = SignalType::kKnownMedia, .score = 1, .list = "demo", .entry = "e",
                .category = category, .distance = distance, .hash_type = "pdq"};
}

std::unique_ptr<Policy> Load(const std::string& text) {
  auto p = ParsePolicy(text, "t.toml");
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? std::move(p).value() : nullptr;
}

std::string ErrorOf(const std::string& text) {
  auto p = ParsePolicy(text, "bad.toml");
  EXPECT_FALSE(p.ok());
  return p.ok() ? "" : p.status().message();
}

Verdict Decide(const Policy& p, std::vector<Signal> signals, const Event& e = {}) {
  Verdict v;
  v.signals = std::move(signals);
  p.Decide(e, &v);
  return v;
}

TEST(PolicyTest, DefaultFileReproducesAndExtendsTheBuiltinTable) {
  auto p = LoadPolicyFile("data/policy.toml");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const Policy& pol = **p;
  Verdict v = Decide(pol, {Media("test")});
  EXPECT_EQ(v.action, Action::kBlock);
  EXPECT_EQ(v.rules, std::vector<std::string>{"known_media_block"});
  ASSERT_EQ(v.reasons.size(), 1u);
  EXPECT_NE(v.reasons[0].find("known abuse material"), std::string::npos);

  v = Decide(pol, {Media("A")});
  EXPECT_EQ(v.action, Action::kReport);
  EXPECT_EQ(v.rules, (std::vector<std::string>{"known_media_block", "known_media_severe_report"}));

  v = Decide(pol, {Sig(SignalType::kPii, 1.0)});
  EXPECT_EQ(v.action, Action::kRedact);
  EXPECT_EQ(v.rules, std::vector<std::string>{"pii_alone_redact"});

  v = Decide(pol, {Sig(SignalType::kPii, 1.0), Sig(SignalType::kDoxing, 0.7)});
  EXPECT_EQ(v.action, Action::kHold);
  EXPECT_EQ(v.rules, std::vector<std::string>{"signal_hold"});

  EXPECT_EQ(Decide(pol, {Sig(SignalType::kGrooming, 0.49)}).action, Action::kAllow);
  EXPECT_EQ(Decide(pol, {Sig(SignalType::kGrooming, 0.5)}).action, Action::kHold);
  EXPECT_EQ(Decide(pol, {Sig(SignalType::kSextortion, 0.9)}).action, Action::kReport);
  EXPECT_EQ(Decide(pol, {}).action, Action::kAllow);
  EXPECT_TRUE(Decide(pol, {}).rules.empty());

  Verdict conv;
  conv.conversation = ConversationInfo{.id = "c", .risk = 0.9, .alert = true,
                                       .category = "grooming"};
  pol.Decide(Event{}, &conv);
  EXPECT_EQ(conv.action, Action::kReport);
  EXPECT_EQ(conv.rules, (std::vector<std::string>{"grooming_conversation_report",
                                                  "grooming_conversation_hold"}));
  conv.conversation->risk = 0.6;
  pol.Decide(Event{}, &conv);
  EXPECT_EQ(conv.action, Action::kHold);
}

TEST(PolicyTest, DefaultFileAgreesWithBuiltinOnTheSamples) {
  PipelineOptions a, b;
  a.detectors.list_files = b.detectors.list_files = {"samples/known.txt"};
  a.media_root = b.media_root = "samples";
  auto file_policy = LoadPolicyFile("data/policy.toml");
  ASSERT_TRUE(file_policy.ok());
  b.policy = std::move(file_policy).value();
  auto pa = Pipeline::Create(std::move(a));
  auto pb = Pipeline::Create(std::move(b));
  ASSERT_TRUE(pa.ok() && pb.ok());
  auto ra = EventReader::Open("samples/events.jsonl");
  ASSERT_TRUE(ra.ok());
  Event e;
  Status st;
  ScanContext ctx;
  Verdict va, vb;
  int blocked = 0, n = 0;
  while ((*ra)->Next(&e, &st)) {
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE((*pa)->Scan(e, ctx, &va).ok());
    ASSERT_TRUE((*pb)->Scan(e, ctx, &vb).ok());
    bool pii_only = !vb.signals.empty() &&
                    std::all_of(vb.signals.begin(), vb.signals.end(),
                                [](const Signal& s) { return s.type == SignalType::kPii; });
    // The file adds conversation-level rules (hold/report an alerted
    // conversation's messages) that the built-in table does not have.
    bool conversation_rule = vb.conversation.has_value() && vb.conversation->alert;
    if (!pii_only && !conversation_rule) {
      EXPECT_EQ(va.action, vb.action) << e.id;
    }
    blocked += vb.action == Action::kBlock;
    ++n;
  }
  EXPECT_EQ(n, 300);
  EXPECT_GT(blocked, 0);
}

TEST(PolicyTest, ConditionsCombineOnOneSignal) {
  auto p = Load(R"(
version = 1
[[rule]]
name = "near"
signal = "known_media"
list_category = "A"
max_distance = 10
action = "report"
reason = "near match of category A"
)");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(Decide(*p, {Media("A", 10)}).action, Action::kReport);
  EXPECT_EQ(Decide(*p, {Media("A", 11)}).action, Action::kAllow);
  // Category from one signal and distance from another do not combine.
  EXPECT_EQ(Decide(*p, {Media("A", 30), Media("B", 1)}).action, Action::kAllow);
}

TEST(PolicyTest, PlatformChannelMinSignalsAndFinal) {
  auto p = Load(R"(
version = 1
[[rule]]
name = "test_channel_allow"
channel = "test"
action = "allow"
reason = "test traffic"
final = true
[[rule]]
name = "two_pii"
signal = "pii"
min_signals = 2
platform = ["demo", "other"]
action = "hold"
reason = "several identifiers"
)");
  ASSERT_NE(p, nullptr);
  Event e;
  e.platform = "demo";
  auto two = std::vector<Signal>{Sig(SignalType::kPii, 1), Sig(SignalType::kPii, 1)};
  EXPECT_EQ(Decide(*p, two, e).action, Action::kHold);
  EXPECT_EQ(Decide(*p, {Sig(SignalType::kPii, 1)}, e).action, Action::kAllow);
  e.platform = "elsewhere";
  EXPECT_EQ(Decide(*p, two, e).action, Action::kAllow);
  e.platform = "demo";
  e.channel = "test";
  Verdict v = Decide(*p, two, e);
  EXPECT_EQ(v.action, Action::kAllow);
  EXPECT_EQ(v.rules, std::vector<std::string>{"test_channel_allow"});
}

TEST(PolicyTest, UnknownSignalTypeNamesTheLine) {
  std::string m = ErrorOf("version = 1\n[[rule]]\nname = \"x\"\nsignal = \"groomin\"\n"
                          "action = \"hold\"\n");
  EXPECT_NE(m.find("bad.toml:4:"), std::string::npos) << m;
  EXPECT_NE(m.find("unknown signal type 'groomin'"), std::string::npos) << m;
  EXPECT_NE(m.find("grooming"), std::string::npos) << m;  // lists what is expected
}

TEST(PolicyTest, BadThresholdsNameTheLine) {
  std::string m = ErrorOf("version = 1\n[[rule]]\nname = \"x\"\naction = \"hold\"\n"
                          "min_score = 1.5\n");
  EXPECT_NE(m.find("bad.toml:5: rule 'x': min_score: bad threshold"), std::string::npos) << m;
  m = ErrorOf("version = 1\n[[rule]]\nname = \"x\"\naction = \"hold\"\nmin_score = \"high\"\n");
  EXPECT_NE(m.find("bad.toml:5:"), std::string::npos) << m;
  m = ErrorOf("version = 1\n[[rule]]\nname = \"x\"\naction = \"hold\"\nmin_score = nan\n");
  EXPECT_NE(m.find("bad.toml:5:"), std::string::npos) << m;
  m = ErrorOf("version = 1\n\n[[rule]]\nname = \"x\"\naction = \"hold\"\nmin_score = 0.8\n"
              "max_score = 0.2\n");
  EXPECT_NE(m.find("bad.toml:3: rule 'x': bad threshold: min_score 0.8 is above max_score 0.2"),
            std::string::npos)
      << m;
}

TEST(PolicyTest, DuplicateRuleNameNamesBothLines) {
  std::string m = ErrorOf("version = 1\n[[rule]]\nname = \"a\"\naction = \"hold\"\n"
                          "[[rule]]\nname = \"a\"\naction = \"block\"\n");
  EXPECT_NE(m.find("bad.toml:6: rule 'a': duplicate rule name (first defined on line 3)"),
            std::string::npos)
      << m;
}

TEST(PolicyTest, SyntaxErrorNamesTheLine) {
  std::string m = ErrorOf("version = 1\n[[rule]]\nname = \"a\"\naction = \"hold\n");
  EXPECT_NE(m.find("bad.toml:4: syntax error"), std::string::npos) << m;
  m = ErrorOf("version = 1\n[[rule]]\nname = \"a\"\n\naction = = 3\n");
  EXPECT_NE(m.find("bad.toml:5: syntax error"), std::string::npos) << m;
}

TEST(PolicyTest, OtherMistakesAreReportedAllAtOnce) {
  std::string m = ErrorOf("version = 2\nrules = 1\n[[rule]]\nname = \"a b\"\naction = \"nuke\"\n"
                          "colour = \"red\"\n[[rule]]\nreason = \"r\"\n");
  for (const char* want :
       {"bad.toml:1: version: expected 1", "bad.toml:2: unknown key 'rules'",
        "bad.toml:4: rule: name: expected", "bad.toml:5: rule 'a b': action: expected one of allow",
        "bad.toml:6: rule 'a b': unknown key 'colour'", "bad.toml:7: rule: missing name",
        "bad.toml:7: rule: missing action"}) {
    EXPECT_NE(m.find(want), std::string::npos) << want << "\n" << m;
  }
  // Sorted by line.
  EXPECT_EQ(m.rfind("bad.toml:1:", 0), 0u) << m;
  EXPECT_LT(m.find("bad.toml:6:"), m.find("bad.toml:7:"));
  EXPECT_NE(ErrorOf("").find("no [[rule]] tables"), std::string::npos);
  auto missing = LoadPolicyFile("no/such/policy.toml");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no/such/policy.toml"), std::string::npos);
}

TEST(PolicyTest, BuiltinStillWorks) {
  auto p = BuiltinPolicy();
  EXPECT_EQ(Decide(*p, {Media("x")}).action, Action::kBlock);
  EXPECT_EQ(Decide(*p, {Sig(SignalType::kPii, 0.6)}).action, Action::kRedact);
  EXPECT_EQ(Decide(*p, {Sig(SignalType::kDoxing, 0.6)}).action, Action::kHold);
  EXPECT_EQ(Decide(*p, {Sig(SignalType::kPii, 0.6), Sig(SignalType::kDoxing, 0.6)}).action,
            Action::kHold);
}

}  // namespace
}  // namespace vigil
