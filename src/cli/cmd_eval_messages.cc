// `vigil eval messages --data FILE`: quality of the message-level text
// signals (solicitation, csam_trading, sextortion) against labelled JSON
// Lines (../shared/testdata/FORMATS.md, "messages"). Runs the whole default
// pipeline, so the figures are what `vigil scan` produces.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "vigil/pipeline.h"

namespace vigil::cli {
namespace {

struct EvalOptions {
  std::string data;
  std::string data_dir;
  double threshold = 0.5;
  int worst = 10;
  bool show_text = false;
  double min_recall = -1;
  double max_fpr = -1;
};

constexpr const char* kLabels[] = {"solicitation", "csam_trading", "sextortion"};

struct Row {
  std::string id, lang, text, notes;
  std::vector<std::string> labels, obfuscation;
  bool hard_negative = false;
  std::map<std::string, double> score;
  std::map<std::string, std::string> explanation;
  bool Has(const std::string& l) const {
    return std::find(labels.begin(), labels.end(), l) != labels.end();
  }
};

Status LoadRows(const std::string& path, std::vector<Row>* rows) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return InvalidArgumentError(path + ":" + std::to_string(n) + ": malformed JSON");
    Row r;
    if (!j.contains("id") || !j["id"].is_string()) return InvalidArgumentError(path + ":" + std::to_string(n) + ": missing string field id");
    r.id = j["id"];
    r.lang = j.value("lang", "");
    r.text = j.value("text", "");
    r.notes = j.value("notes", "");
    r.hard_negative = j.value("hard_negative", false);
    if (j.contains("labels")) {
      if (!j["labels"].is_array()) return InvalidArgumentError(path + ":" + std::to_string(n) + ": field labels: expected an array");
      for (const auto& l : j["labels"]) r.labels.push_back(l.get<std::string>());
    }
    if (j.contains("obfuscation") && j["obfuscation"].is_array()) {
      for (const auto& o : j["obfuscation"]) r.obfuscation.push_back(o.get<std::string>());
    }
    rows->push_back(std::move(r));
  }
  return Status::OK();
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s.empty() ? "-" : s;
}

int RunEval(const EvalOptions& o) {
  std::vector<Row> rows;
  if (Status s = LoadRows(o.data, &rows); !s.ok()) {
    std::fprintf(stderr, "vigil eval messages: %s\n", s.message().c_str());
    return 2;
  }
  PipelineOptions po;
  po.detectors.data_dir = o.data_dir;
  po.detectors.settings["text.min_score"] = "0.000001";  // every score; the threshold is applied here
  auto pipeline = Pipeline::Create(std::move(po));
  if (!pipeline.ok()) {
    std::fprintf(stderr, "vigil eval messages: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  ScanContext ctx;
  Verdict v;
  Event e;
  for (auto& r : rows) {
    e.Clear();
    e.id = r.id;
    e.lang = r.lang;
    e.text = r.text;
    if (Status s = (*pipeline)->Scan(e, ctx, &v); !s.ok()) {
      std::fprintf(stderr, "vigil eval messages: %s: %s\n", r.id.c_str(), s.message().c_str());
      return 2;
    }
    for (const auto& sig : v.signals) {
      std::string t(SignalTypeName(sig.type));
      if (sig.score > r.score[t]) {
        r.score[t] = sig.score;
        r.explanation[t] = sig.explanation;
      }
    }
  }
  auto pred = [&](const Row& r, const std::string& l) {
    auto it = r.score.find(l);
    return it != r.score.end() && it->second >= o.threshold;
  };
  std::printf("vigil eval messages: %s (%zu rows, threshold %.2f)\n\n", o.data.c_str(), rows.size(), o.threshold);
  std::printf("%-14s %7s %5s %5s %5s %9s %7s %7s\n", "label", "support", "tp", "fp", "fn", "precision", "recall", "f1");
  double worst_recall = 1.0;
  for (const char* lc : kLabels) {
    std::string l = lc;
    int tp = 0, fp = 0, fn = 0, support = 0;
    for (const auto& r : rows) {
      bool y = r.Has(l), p = pred(r, l);
      support += y;
      tp += y && p;
      fp += !y && p;
      fn += y && !p;
    }
    double prec = tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0;
    double rec = support ? static_cast<double>(tp) / support : 1.0;
    double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0.0;
    if (support > 0) worst_recall = std::min(worst_recall, rec);
    std::printf("%-14s %7d %5d %5d %5d %9.3f %7.3f %7.3f\n", lc, support, tp, fp, fn, prec, rec, f1);
  }
  int benign = 0, benign_fp = 0, hard = 0, hard_fp = 0;
  for (const auto& r : rows) {
    if (!r.labels.empty()) continue;
    bool any = false;
    for (const char* l : kLabels) any |= pred(r, l);
    ++benign;
    benign_fp += any;
    if (r.hard_negative) {
      ++hard;
      hard_fp += any;
    }
  }
  double fpr = benign ? static_cast<double>(benign_fp) / benign : 0.0;
  std::printf("\nfalse-positive rate, benign rows        : %.3f (%d of %d)\n", fpr, benign_fp, benign);
  std::printf("false-positive rate, hard negatives     : %.3f (%d of %d)\n",
              hard ? static_cast<double>(hard_fp) / hard : 0.0, hard_fp, hard);
  // Recall per obfuscation family (any label).
  std::map<std::string, std::pair<int, int>> fam;
  for (const auto& r : rows) {
    if (r.labels.empty()) continue;
    bool hit = false;
    for (const auto& l : r.labels) hit |= pred(r, l);
    for (const auto& f : r.obfuscation) {
      fam[f].first += hit;
      fam[f].second += 1;
    }
  }
  if (!fam.empty()) {
    std::printf("\nrecall by obfuscation family:");
    for (const auto& [f, c] : fam) std::printf(" %s %d/%d", f.c_str(), c.first, c.second);
    std::printf("\n");
  }
  // Worst misses: positives with the lowest score for a label they carry.
  std::vector<std::tuple<double, const Row*, std::string>> misses, false_hits;
  for (const auto& r : rows) {
    for (const char* lc : kLabels) {
      std::string l = lc;
      double s = r.score.count(l) ? r.score.at(l) : 0.0;
      if (r.Has(l) && s < o.threshold) misses.emplace_back(s, &r, l);
      if (!r.Has(l) && s >= o.threshold) false_hits.emplace_back(-s, &r, l);
    }
  }
  std::sort(misses.begin(), misses.end(), [](auto& a, auto& b) { return std::get<0>(a) < std::get<0>(b); });
  std::sort(false_hits.begin(), false_hits.end(), [](auto& a, auto& b) { return std::get<0>(a) < std::get<0>(b); });
  auto show = [&](const char* title, const auto& list, bool neg) {
    std::printf("\n%s (%zu):\n", title, list.size());
    int k = 0;
    for (const auto& [s, r, l] : list) {
      if (k++ >= o.worst) break;
      std::printf("  %s [%s] %s score=%.3f labels=%s obfuscation=%s%s\n", r->id.c_str(), r->lang.c_str(),
                  l.c_str(), neg ? -s : s, Join(r->labels).c_str(), Join(r->obfuscation).c_str(),
                  r->hard_negative ? " hard_negative" : "");
      auto it = r->explanation.find(l);
      if (it != r->explanation.end()) std::printf("      %s\n", it->second.c_str());
      if (o.show_text) std::printf("      text: %s\n", r->text.c_str());
    }
  };
  show("worst misses", misses, false);
  show("false hits", false_hits, true);
  bool fail = (o.min_recall >= 0 && worst_recall < o.min_recall) || (o.max_fpr >= 0 && fpr > o.max_fpr);
  if (fail) std::printf("\nFAIL: recall %.3f (min %.3f), benign FPR %.3f (max %.3f)\n", worst_recall, o.min_recall, fpr, o.max_fpr);
  return fail ? 1 : 0;
}

}  // namespace

void AddEvalMessagesCommand(CLI::App& eval, int* exit_code) {
  auto o = std::make_shared<EvalOptions>();
  auto* cmd = eval.add_subcommand(
      "messages",
      "Precision, recall and F1 per label (solicitation, csam_trading, sextortion), false-positive\n"
      "rate on benign rows and hard negatives, worst misses and false hits, on labelled messages.");
  cmd->add_option("--data", o->data, "Labelled messages (JSON Lines)")->required();
  cmd->add_option("--data-dir", o->data_dir, "Data directory (lexicons); default ./data");
  cmd->add_option("--threshold", o->threshold, "Score at which a label is predicted")->capture_default_str();
  cmd->add_option("--worst", o->worst, "How many misses / false hits to list")->capture_default_str();
  cmd->add_flag("--show-text", o->show_text, "Also print the text of listed rows");
  cmd->add_option("--min-recall", o->min_recall, "Exit 1 when any label's recall is lower");
  cmd->add_option("--max-fpr", o->max_fpr, "Exit 1 when the benign false-positive rate is higher");
  cmd->callback([o, exit_code] { *exit_code = RunEval(*o); });
}

}  // namespace vigil::cli
