#include "conversation/conversation_eval.h"

#include <gtest/gtest.h>

// GCC 12 false positive on std::string operator+ at -O3 (GCC bug 105329).
#pragma GCC diagnostic ignored "-Wrestrict"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace vigil::conversation {
namespace {

EvalCase Case(std::string label, int first_flag, int alert_at, std::string category,
              bool suspect_ok, bool hard = false, int messages = 20) {
  EvalCase c;
  c.id = "c";
  c.label = std::move(label);
  c.first_flag = first_flag;
  c.alert_at = alert_at;
  c.category = category;
  c.category_at_alert = category;
  c.offender = c.label == "benign" ? "" : "bad";
  c.suspect = alert_at > 0 ? (suspect_ok ? "bad" : "other") : "";
  c.hard_negative = hard;
  c.messages = messages;
  return c;
}

TEST(ConversationEval, CountsDelaysAndLatency) {
  std::vector<EvalCase> cases = {
      Case("grooming", 5, 7, "grooming", true),     // delay +2
      Case("grooming", 9, 8, "grooming", true),     // delay -1
      Case("sextortion", 3, 6, "grooming", false),  // risky hit, wrong category and suspect
      Case("sextortion", 4, -1, "", false),         // miss
      Case("benign", -1, 10, "grooming", false, true),  // false alarm on a hard negative
      Case("benign", -1, -1, "", false, true),
      Case("benign", -1, -1, "", false, false),
  };
  EvalReport r = Evaluate(cases);
  EXPECT_EQ(r.risky_any.tp, 3);
  EXPECT_EQ(r.risky_any.fp, 1);
  EXPECT_EQ(r.risky_any.fn, 1);
  EXPECT_DOUBLE_EQ(r.risky_any.precision, 0.75);
  EXPECT_DOUBLE_EQ(r.risky_any.recall, 0.75);
  EXPECT_DOUBLE_EQ(r.risky_any.f05, 0.75);
  EXPECT_EQ(r.grooming.tp, 2);
  EXPECT_EQ(r.grooming.fp, 2);  // the mis-categorised sextortion and the benign alarm
  EXPECT_EQ(r.sextortion.fn, 2);
  EXPECT_EQ(r.hard_negative_alarms, 1);
  EXPECT_DOUBLE_EQ(r.false_alarm_rate_hard, 0.5);
  EXPECT_EQ(r.delays, (std::vector<int>{2, -1, 3}));
  EXPECT_DOUBLE_EQ(r.delay_median, 2.0);
  EXPECT_DOUBLE_EQ(r.delay_p90, 3.0);
  EXPECT_EQ(r.alerts_before_flag, 1);
  EXPECT_EQ(r.suspect_correct, 2);
  EXPECT_EQ(r.true_alerts, 3);
  // Half penalty at the median length (20): p = ln 3 / 19.
  EXPECT_NEAR(r.latency_p, std::log(3.0) / 19.0, 1e-12);
  double pen7 = -1 + 2 / (1 + std::exp(-r.latency_p * 6));  // median k = 7
  EXPECT_NEAR(r.speed, 1 - pen7, 1e-12);
  EXPECT_NEAR(r.f_latency, r.risky_any.f1 * r.speed, 1e-12);
}

TEST(ConversationEval, EmptyAndAllMissedAreZeroNotNaN) {
  EvalReport r = Evaluate({Case("grooming", 3, -1, "", false)});
  EXPECT_EQ(r.risky_any.f05, 0.0);
  EXPECT_EQ(r.speed, 0.0);
  EXPECT_EQ(r.suspect_accuracy, 0.0);
  EXPECT_FALSE(ReportJson(r).empty());
}

}  // namespace
}  // namespace vigil::conversation

namespace vigil::conversation {
namespace {

// The value after "key": in `vigil eval conversations` JSON (the first
// occurrence: the risky-conversation block comes first), or -1.
double JsonNumber(const std::string& json, const std::string& key) {
  size_t p = json.find("\"" + key + "\":");
  if (p == std::string::npos) return -1;
  return std::strtod(json.c_str() + p + key.size() + 3, nullptr);
}

std::string EvalJson(const std::string& events, const std::string& labels) {
  const char* bin = std::getenv("VIGIL_BIN");
  const std::string out = ::testing::TempDir() + "conv_eval.json";
  const std::string cmd = std::string(bin ? bin : "build/vigil") + " eval conversations --events " +
                          events + " --labels " + labels + " > " + out + " 2>/dev/null";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  std::ifstream f(out);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The development figures, through the command users run: F0.5 over
// risky conversations >= 0.93, false alarms <= 5 % of hard negatives, median
// alert delay <= 3 messages, suspect right on every true alert.
TEST(ConversationEvalQuality, DevSetMeetsTheTargets) {
  const std::string d = "../shared/testdata/conversations/";
  const std::string j = EvalJson(d + "dev.events.jsonl", d + "dev.labels.jsonl");
  EXPECT_GE(JsonNumber(j, "f0_5"), 0.93) << j;
  EXPECT_LE(JsonNumber(j, "false_alarm_rate_hard_negative"), 0.05) << j;
  EXPECT_LE(JsonNumber(j, "median"), 3.0) << j;
  EXPECT_EQ(JsonNumber(j, "suspect_accuracy"), 1.0) << j;
}

// Held-out sets after their reviews (tuning figures: E, F 0.91, G 0.96, H
// 0.93, I 0.92 F0.5 in the eighth session, J 0.93, K 0.99, L 0.95 in the
// ninth; at most 2 of 9-10 hard negatives alarmed) must not fall back.
TEST(ConversationEvalQuality, ReviewedHeldOutSetsDoNotRegress) {
  for (const char* set : {"conv_e", "conv_f", "conv_g", "conv_h", "conv_i", "conv_j", "conv_k", "conv_l"}) {
    const std::string d = std::string("eval/heldout/") + set + "/heldout.";
    const std::string j = EvalJson(d + "events.jsonl", d + "labels.jsonl");
    EXPECT_GE(JsonNumber(j, "f0_5"), 0.88) << set << ": " << j;
    EXPECT_LE(JsonNumber(j, "false_alarm_rate_hard_negative"), 0.23) << set << ": " << j;
  }
}

}  // namespace
}  // namespace vigil::conversation
