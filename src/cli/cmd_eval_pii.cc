// `vigil eval pii --data FILE`: entity precision/recall per type (exact
// spans) and doxing precision/recall/F1 of the default pipeline on a
// labelled pii set (../shared/testdata/FORMATS.md, "pii"). Prints ids and
// spans of the worst misses and false hits, never the identifier values.
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "vigil/pii.h"
#include "vigil/pipeline.h"

namespace vigil::cli {
namespace {

struct EvalPiiOptions {
  std::string data;
  std::string data_dir;
  int show = 10;
};

struct Counts {
  int gold = 0, pred = 0, tp = 0;
};

double Ratio(int a, int b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }

using Span = std::tuple<std::string, int64_t, int64_t>;  // type, start, end

int RunEvalPii(const EvalPiiOptions& o) {
  std::ifstream in(o.data);
  if (!in) {
    std::fprintf(stderr, "vigil eval pii: %s: cannot open\n", o.data.c_str());
    return 2;
  }
  PipelineOptions po;
  po.detectors.data_dir = o.data_dir;
  auto pipeline = Pipeline::Create(std::move(po));
  if (!pipeline.ok()) {
    std::fprintf(stderr, "vigil eval pii: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  std::map<std::string, Counts> per_type;
  Counts dox;
  std::vector<std::string> misses, false_hits, dox_misses, dox_false;
  ScanContext ctx;
  Verdict v;
  std::string line;
  int rows = 0;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      std::fprintf(stderr, "vigil eval pii: %s:%d: expected a JSON object with a \"text\" string\n",
                   o.data.c_str(), line_no);
      return 2;
    }
    ++rows;
    Event e;
    e.id = j.value("id", "line-" + std::to_string(line_no));
    e.text = j["text"].get<std::string>();
    e.lang = j.value("lang", "");
    Status s = (*pipeline)->Scan(e, ctx, &v);
    if (!s.ok()) {
      std::fprintf(stderr, "vigil eval pii: %s:%d: %s\n", o.data.c_str(), line_no, s.message().c_str());
      return 2;
    }
    std::set<Span> gold, pred;
    if (j.contains("entities") && j["entities"].is_array()) {
      for (const auto& ent : j["entities"]) {
        gold.emplace(ent.value("type", ""), ent.value("start", -1), ent.value("end", -1));
      }
    }
    double dox_score = 0;
    for (const auto& sig : v.signals) {
      if (sig.type == SignalType::kPii) pred.emplace(sig.entity, sig.start, sig.end);
      if (sig.type == SignalType::kDoxing) dox_score = std::max(dox_score, sig.score);
    }
    for (const auto& g : gold) {
      Counts& c = per_type[std::get<0>(g)];
      ++c.gold;
      if (pred.count(g)) {
        ++c.tp;
      } else {
        misses.push_back(fmt::format("{} {} [{},{})", e.id, std::get<0>(g), std::get<1>(g), std::get<2>(g)));
      }
    }
    for (const auto& p : pred) {
      ++per_type[std::get<0>(p)].pred;
      if (!gold.count(p)) {
        false_hits.push_back(fmt::format("{} {} [{},{})", e.id, std::get<0>(p), std::get<1>(p), std::get<2>(p)));
      }
    }
    bool want = j.value("doxing", false), got = dox_score > 0;
    dox.gold += want;
    dox.pred += got;
    dox.tp += want && got;
    if (want && !got) dox_misses.push_back(e.id);
    if (got && !want) dox_false.push_back(fmt::format("{} (score {:.2f})", e.id, dox_score));
  }
  std::printf("vigil eval pii: %s (%d rows)\n\n", o.data.c_str(), rows);
  std::printf("%-16s %6s %6s %6s %10s %8s\n", "entity", "gold", "pred", "tp", "precision", "recall");
  Counts all;
  for (const auto& [type, c] : per_type) {
    std::printf("%-16s %6d %6d %6d %10.3f %8.3f\n", type.c_str(), c.gold, c.pred, c.tp,
                Ratio(c.tp, c.pred), Ratio(c.tp, c.gold));
    all.gold += c.gold;
    all.pred += c.pred;
    all.tp += c.tp;
  }
  std::printf("%-16s %6d %6d %6d %10.3f %8.3f\n", "all", all.gold, all.pred, all.tp,
              Ratio(all.tp, all.pred), Ratio(all.tp, all.gold));
  double p = Ratio(dox.tp, dox.pred), r = Ratio(dox.tp, dox.gold);
  std::printf("\ndoxing: gold %d, predicted %d, tp %d, precision %.3f, recall %.3f, F1 %.3f\n",
              dox.gold, dox.pred, dox.tp, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
  auto list = [&](const char* title, const std::vector<std::string>& items) {
    if (items.empty()) return;
    std::printf("\n%s (%zu):\n", title, items.size());
    for (size_t i = 0; i < items.size() && static_cast<int>(i) < o.show; ++i) {
      std::printf("  %s\n", items[i].c_str());
    }
  };
  list("entity misses", misses);
  list("entity false hits", false_hits);
  list("doxing misses", dox_misses);
  list("doxing false hits", dox_false);
  return 0;
}

}  // namespace

void AddEvalPiiCommand(CLI::App& eval, int* exit_code) {
  auto o = std::make_shared<EvalPiiOptions>();
  auto* cmd = eval.add_subcommand(
      "pii", "PII entity precision/recall per type (exact spans) and doxing precision/recall/F1");
  cmd->add_option("--data", o->data, "Labelled pii set (JSON Lines)")->required();
  cmd->add_option("--data-dir", o->data_dir, "Vigil data directory (lexicons, tables)");
  cmd->add_option("--show", o->show, "Misses and false hits listed per kind")->capture_default_str();
  cmd->callback([o, exit_code] { *exit_code = RunEvalPii(*o); });
}

}  // namespace vigil::cli
