// `vigil eval conversations --events FILE --labels FILE`: runs the default
// pipeline over a labelled conversation set, in order, and reports
// conversation-level quality (conversation/conversation_eval.h).
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "conversation/conversation_eval.h"
#include "vigil/jsonl.h"
#include "vigil/pipeline.h"

namespace vigil::cli {
namespace {

using conversation::EvalCase;

struct EvalConvOptions {
  std::string events, labels, data_dir;
  double threshold = -1;
  bool per_conversation = false;
  bool table = false;
};

struct Label {
  std::string label, first_flag, offender;
  bool hard_negative = false;
};

Status ReadLabels(const std::string& path, std::map<std::string, Label>* out) {
  std::ifstream in(path);
  if (!in) return IOError(path + ": cannot open labels file");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return InvalidArgumentError(path + ":" + std::to_string(n) + ": malformed JSON");
    auto str = [&](const char* k) -> std::string {
      auto it = j.find(k);
      return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    std::string id = str("conversation");
    Label l{str("label"), str("first_flag"), str("offender"), false};
    if (id.empty() || (l.label != "grooming" && l.label != "sextortion" && l.label != "benign")) {
      return InvalidArgumentError(path + ":" + std::to_string(n) +
                                  ": expected \"conversation\" and \"label\" in grooming|sextortion|benign");
    }
    auto hn = j.find("hard_negative");
    l.hard_negative = hn != j.end() && hn->is_boolean() && hn->get<bool>();
    (*out)[id] = l;
  }
  return Status::OK();
}

int Run(const EvalConvOptions& o) {
  std::map<std::string, Label> labels;
  if (Status s = ReadLabels(o.labels, &labels); !s.ok()) {
    std::fprintf(stderr, "vigil eval conversations: %s\n", s.message().c_str());
    return 2;
  }
  PipelineOptions po;
  po.detectors.data_dir = o.data_dir;
  if (o.threshold > 0) po.detectors.settings["conversation.threshold"] = std::to_string(o.threshold);
  auto pipeline = Pipeline::Create(std::move(po));
  if (!pipeline.ok()) {
    std::fprintf(stderr, "vigil eval conversations: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  auto reader = EventReader::Open(o.events);
  if (!reader.ok()) {
    std::fprintf(stderr, "vigil eval conversations: %s\n", reader.status().message().c_str());
    return 2;
  }
  std::unordered_map<std::string, EvalCase> cases;
  std::vector<std::string> order;
  ScanContext ctx;
  Event ev;
  Verdict v;
  Status st;
  int errors = 0;
  while ((*reader)->Next(&ev, &st)) {
    if (!st.ok() || ev.conversation.empty()) {
      ++errors;
      continue;
    }
    if (Status s = (*pipeline)->Scan(ev, ctx, &v); !s.ok()) {
      ++errors;
      continue;
    }
    auto [it, fresh] = cases.try_emplace(ev.conversation);
    EvalCase& c = it->second;
    if (fresh) order.push_back(ev.conversation);
    ++c.messages;
    auto lab = labels.find(ev.conversation);
    if (lab != labels.end() && ev.id == lab->second.first_flag) c.first_flag = c.messages;
    if (v.conversation && v.conversation->alert) {
      if (c.alert_at < 0) {
        c.alert_at = c.messages;
        c.suspect = v.conversation->suspect;
        c.category_at_alert = v.conversation->category;
      }
      c.category = v.conversation->category;
    }
  }
  std::vector<EvalCase> all;
  for (const auto& id : order) {
    auto lab = labels.find(id);
    if (lab == labels.end()) {
      std::fprintf(stderr, "vigil eval conversations: conversation %zu of the events has no label\n",
                   all.size() + 1);
      return 2;
    }
    EvalCase c = cases[id];
    c.id = id;
    c.label = lab->second.label;
    c.hard_negative = lab->second.hard_negative;
    c.offender = lab->second.offender;
    all.push_back(std::move(c));
  }
  if (o.per_conversation) {
    for (const auto& c : all) std::printf("%s\n", conversation::CaseJson(c).c_str());
  }
  auto report = conversation::Evaluate(all);
  if (o.table) std::printf("%s", conversation::ReportTable(report).c_str());
  else std::printf("%s\n", conversation::ReportJson(report).c_str());
  if (errors > 0) std::fprintf(stderr, "vigil eval conversations: %d event line(s) skipped\n", errors);
  return errors > 0 ? 1 : 0;
}

}  // namespace

void AddEvalConversationsCommand(CLI::App& eval, int* exit_code) {
  auto o = std::make_shared<EvalConvOptions>();
  auto* cmd = eval.add_subcommand(
      "conversations",
      "Conversation-level grooming/sextortion quality: P/R/F0.5/F1 per category, false alarms\n"
      "on hard negatives, alert delay vs first_flag, latency-weighted F1, suspect accuracy");
  cmd->add_option("--events", o->events, "Conversation events (JSON Lines, in time order)")->required();
  cmd->add_option("--labels", o->labels, "Labels: one {conversation,label,first_flag,offender,hard_negative} per line")
      ->required();
  cmd->add_option("--data", o->data_dir, "Data directory (lexicons, tables, policy)");
  cmd->add_option("--threshold", o->threshold, "Alert threshold (default: the built-in 0.5)");
  cmd->add_flag("--per-conversation", o->per_conversation, "Also print one line per conversation");
  cmd->add_flag("--table", o->table, "Human-readable table instead of JSON");
  cmd->callback([o, exit_code] { *exit_code = Run(*o); });
}

}  // namespace vigil::cli
