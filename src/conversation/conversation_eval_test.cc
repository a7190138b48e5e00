#include "conversation/conversation_eval.h"

#include <gtest/gtest.h>

// GCC 12 false positive on std::string operator+ at -O3 (GCC bug 105329).
#pragma GCC diagnostic ignored "-Wrestrict"

#include <cmath>

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
