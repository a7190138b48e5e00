#include "conversation/conversation_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/json_writer.h"

namespace vigil::conversation {
namespace {

void Finish(CategoryScores* s) {
  s->precision = s->tp + s->fp > 0 ? static_cast<double>(s->tp) / (s->tp + s->fp) : 0.0;
  s->recall = s->tp + s->fn > 0 ? static_cast<double>(s->tp) / (s->tp + s->fn) : 0.0;
  auto f = [&](double beta) {
    double b2 = beta * beta, d = b2 * s->precision + s->recall;
    return d > 0 ? (1 + b2) * s->precision * s->recall / d : 0.0;
  };
  s->f05 = f(0.5);
  s->f1 = f(1.0);
}

// Median and 90th percentile (nearest rank).
double Quantile(std::vector<double> v, double q) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  if (q == 0.5) {
    size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
  }
  size_t rank = static_cast<size_t>(std::ceil(q * static_cast<double>(v.size())));
  return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

void Score(CategoryScores* s, bool predicted, bool actual) {
  if (predicted && actual) ++s->tp;
  else if (predicted) ++s->fp;
  else if (actual) ++s->fn;
}

void WriteScores(JsonWriter& w, const char* key, const CategoryScores& s) {
  w.Key(key).BeginObject();
  w.Key("tp").Int(s.tp).Key("fp").Int(s.fp).Key("fn").Int(s.fn);
  w.Key("precision").Double(s.precision).Key("recall").Double(s.recall);
  w.Key("f0_5").Double(s.f05).Key("f1").Double(s.f1);
  w.EndObject();
}

}  // namespace

EvalReport Evaluate(const std::vector<EvalCase>& cases) {
  EvalReport r;
  std::vector<double> lengths, delays, penalties_k;
  for (const auto& c : cases) {
    ++r.conversations;
    lengths.push_back(c.messages);
    bool risky = c.label == "grooming" || c.label == "sextortion";
    bool alert = c.alert_at > 0;
    risky ? ++r.risky : ++r.benign;
    if (c.hard_negative) ++r.hard_negatives;
    Score(&r.risky_any, alert, risky);
    Score(&r.grooming, alert && c.category == "grooming", c.label == "grooming");
    Score(&r.sextortion, alert && c.category == "sextortion", c.label == "sextortion");
    if (!risky && alert) {
      ++r.benign_alarms;
      if (c.hard_negative) ++r.hard_negative_alarms;
    }
    if (risky && alert) {
      ++r.true_alerts;
      if (c.suspect == c.offender) ++r.suspect_correct;
      if (c.category_at_alert == c.label) ++r.category_at_alert_correct;
      if (c.first_flag > 0) {
        int d = c.alert_at - c.first_flag;
        r.delays.push_back(d);
        delays.push_back(d);
        if (d < 0) ++r.alerts_before_flag;
      }
      penalties_k.push_back(c.alert_at);
    }
  }
  Finish(&r.risky_any);
  Finish(&r.grooming);
  Finish(&r.sextortion);
  r.false_alarm_rate_hard =
      r.hard_negatives > 0 ? static_cast<double>(r.hard_negative_alarms) / r.hard_negatives : 0;
  r.false_alarm_rate_benign =
      r.benign > 0 ? static_cast<double>(r.benign_alarms) / r.benign : 0;
  r.delay_median = Quantile(delays, 0.5);
  r.delay_p90 = Quantile(delays, 0.9);
  // §6.3: penalty(k) = -1 + 2/(1+e^(-p(k-1))), p = ln 3 / (m - 1) with m the
  // median conversation length (Vogt's choice); speed = 1 - median penalty.
  double m = Quantile(lengths, 0.5);
  r.latency_p = m > 1 ? std::log(3.0) / (m - 1) : 0.0078;
  std::vector<double> pens;
  for (double k : penalties_k) pens.push_back(-1 + 2 / (1 + std::exp(-r.latency_p * (k - 1))));
  r.speed = pens.empty() ? 0.0 : 1.0 - Quantile(pens, 0.5);
  r.f_latency = r.risky_any.f1 * r.speed;
  r.suspect_accuracy =
      r.true_alerts > 0 ? static_cast<double>(r.suspect_correct) / r.true_alerts : 0.0;
  return r;
}

std::string ReportJson(const EvalReport& r) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("conversations").Int(r.conversations).Key("risky").Int(r.risky);
  w.Key("benign").Int(r.benign).Key("hard_negatives").Int(r.hard_negatives);
  WriteScores(w, "risky", r.risky_any);
  WriteScores(w, "grooming", r.grooming);
  WriteScores(w, "sextortion", r.sextortion);
  w.Key("false_alarms_hard_negative").Int(r.hard_negative_alarms);
  w.Key("false_alarm_rate_hard_negative").Double(r.false_alarm_rate_hard);
  w.Key("false_alarm_rate_benign").Double(r.false_alarm_rate_benign);
  w.Key("alert_delay").BeginObject();
  w.Key("median").Double(r.delay_median).Key("p90").Double(r.delay_p90);
  w.Key("before_first_flag").Int(r.alerts_before_flag);
  w.Key("values").BeginArray();
  for (int d : r.delays) w.Int(d);
  w.EndArray().EndObject();
  w.Key("latency").BeginObject();
  w.Key("p").Double(r.latency_p).Key("speed").Double(r.speed);
  w.Key("f_latency").Double(r.f_latency).EndObject();
  w.Key("suspect_accuracy").Double(r.suspect_accuracy);
  w.Key("suspect_correct").Int(r.suspect_correct).Key("true_alerts").Int(r.true_alerts);
  w.Key("category_at_alert_correct").Int(r.category_at_alert_correct);
  w.EndObject();
  return out;
}

std::string ReportTable(const EvalReport& r) {
  std::string out;
  char line[256];
  auto row = [&](const char* name, const CategoryScores& s) {
    std::snprintf(line, sizeof(line), "%-11s tp %3d fp %3d fn %3d  P %.3f  R %.3f  F0.5 %.3f  F1 %.3f\n",
                  name, s.tp, s.fp, s.fn, s.precision, s.recall, s.f05, s.f1);
    out += line;
  };
  std::snprintf(line, sizeof(line), "conversations %d (risky %d, benign %d, hard negatives %d)\n",
                r.conversations, r.risky, r.benign, r.hard_negatives);
  out += line;
  row("risky", r.risky_any);
  row("grooming", r.grooming);
  row("sextortion", r.sextortion);
  std::snprintf(line, sizeof(line),
                "false alarms: hard negatives %d/%d (%.1f%%), all benign %.1f%%\n",
                r.hard_negative_alarms, r.hard_negatives, 100 * r.false_alarm_rate_hard,
                100 * r.false_alarm_rate_benign);
  out += line;
  std::snprintf(line, sizeof(line),
                "alert delay vs first_flag (messages): median %.1f, p90 %.1f, %d earlier\n",
                r.delay_median, r.delay_p90, r.alerts_before_flag);
  out += line;
  std::snprintf(line, sizeof(line), "latency: p %.4f, speed %.3f, F_latency %.3f\n", r.latency_p,
                r.speed, r.f_latency);
  out += line;
  std::snprintf(line, sizeof(line),
                "suspect correct %d/%d (%.3f); category right at the alert %d/%d\n",
                r.suspect_correct, r.true_alerts, r.suspect_accuracy,
                r.category_at_alert_correct, r.true_alerts);
  out += line;
  return out;
}

std::string CaseJson(const EvalCase& c) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("conversation").String(c.id).Key("label").String(c.label);
  w.Key("hard_negative").Bool(c.hard_negative).Key("messages").Int(c.messages);
  w.Key("first_flag").Int(c.first_flag).Key("alert_at").Int(c.alert_at);
  w.Key("category").String(c.category).Key("category_at_alert").String(c.category_at_alert);
  w.Key("suspect_correct").Bool(!c.offender.empty() && c.suspect == c.offender);
  w.EndObject();
  return out;
}

}  // namespace vigil::conversation
