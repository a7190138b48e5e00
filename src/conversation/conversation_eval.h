// Conversation-level quality metrics for `vigil eval conversations`
// (grooming-cues.md §6.3): per-category precision/recall/F0.5/F1, the
// false-alarm rate on hard negatives, alert delay against the labelled
// first_flag, latency-weighted F1 and suspect accuracy.
#ifndef VIGIL_CONVERSATION_CONVERSATION_EVAL_H_
#define VIGIL_CONVERSATION_CONVERSATION_EVAL_H_

#include <string>
#include <vector>

namespace vigil::conversation {

struct EvalCase {
  std::string id;
  std::string label;         // "grooming" | "sextortion" | "benign"
  bool hard_negative = false;
  int first_flag = -1;       // 1-based message index of first_flag, -1 when none
  std::string offender;
  int messages = 0;          // messages seen
  // Prediction.
  int alert_at = -1;         // 1-based index of the message that raised the alert, -1 none
  std::string category;      // category on the last message ("" when no alert)
  std::string category_at_alert;
  std::string suspect;       // suspect named at the alert
};

struct CategoryScores {
  int tp = 0, fp = 0, fn = 0;
  double precision = 0, recall = 0, f05 = 0, f1 = 0;
};

struct EvalReport {
  int conversations = 0, risky = 0, benign = 0, hard_negatives = 0;
  CategoryScores risky_any;   // alert vs risky label, category ignored
  CategoryScores grooming, sextortion;  // alert with the right final category
  int hard_negative_alarms = 0, benign_alarms = 0;
  double false_alarm_rate_hard = 0, false_alarm_rate_benign = 0;
  std::vector<int> delays;    // alert_at - first_flag for every true alert
  double delay_median = 0, delay_p90 = 0;
  int alerts_before_flag = 0;
  double latency_p = 0;       // penalty slope: half penalty at the median chat length
  double speed = 0, f_latency = 0;
  int suspect_correct = 0, true_alerts = 0;
  double suspect_accuracy = 0;
  int category_at_alert_correct = 0;
};

EvalReport Evaluate(const std::vector<EvalCase>& cases);
std::string ReportJson(const EvalReport& r);
std::string ReportTable(const EvalReport& r);
std::string CaseJson(const EvalCase& c);

}  // namespace vigil::conversation

#endif  // VIGIL_CONVERSATION_CONVERSATION_EVAL_H_
